import { duplicateKeys, phoneCountry, Role } from "@leadline/shared";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
  type Connection,
} from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { badInput } from "../../graphql/errors.js";
import { User } from "../users/user.entity.js";
import { DuplicateMatchResult } from "../leads/lead.types.js";
import { DuplicateClustersArgs, FindDuplicatesInput, MergeLeadsInput } from "./dedup.inputs.js";
import {
  type DuplicateCluster,
  DuplicateClusterConnection,
  MergeLeadsPayload,
  UndoMergePayload,
} from "./dedup.types.js";
import { findDuplicateClusters, loadClusterLeads } from "./duplicate-clusters.js";
import { checkOrganizationDuplicates, countUncheckedLeads } from "./duplicate-pairs.js";
import { findDuplicateLeads } from "./duplicate-finder.js";
import { LeadMerge } from "./lead-merge.entity.js";
import { MergeService } from "./merge.service.js";

const MAX_CHECK_TEXT = 300;
/** A backlog the cluster report checks itself before answering; a larger one is left to the job. */
const INLINE_CHECK_LIMIT = 1_000;

const isClusterCursor = (value: unknown): value is string => typeof value === "string";
const merges = (context: Context) =>
  new MergeService(context.em, requireViewer(context), context.services.pubSub, context.services.jobs);

@Resolver(() => LeadMerge)
export class DedupResolver {
  @Authorized()
  @Query(() => [DuplicateMatchResult], {
    description:
      "Live leads that look like the same person as the input (same email, same phone, or name and company at least 85% similar), strongest first. Cheap enough to call while a form is being typed.",
  })
  async findDuplicates(
    @Arg("input", () => FindDuplicatesInput) input: FindDuplicatesInput,
    @Ctx() context: Context,
  ): Promise<DuplicateMatchResult[]> {
    const { excludeLeadId, country, ...fields } = input;
    for (const [field, value] of Object.entries(fields))
      if (typeof value === "string" && value.length > MAX_CHECK_TEXT)
        throw badInput(field, `must be at most ${MAX_CHECK_TEXT} characters`);
    const keys = duplicateKeys(fields, phoneCountry(country));
    return findDuplicateLeads(context.em, requireViewer(context).organizationId, keys, {
      excludeIds: excludeLeadId ? [excludeLeadId] : [],
    });
  }

  @Authorized()
  @Query(() => DuplicateClusterConnection, {
    description:
      "Groups of matching leads in the viewer's organisation, for review and merging; the groups with the newest lead first.",
  })
  async duplicateClusters(
    @Args(() => DuplicateClustersArgs) args: DuplicateClustersArgs,
    @Ctx() context: Context,
  ): Promise<Connection<DuplicateCluster> & { uncheckedLeads: number }> {
    const first = checkPageSize(args.first);
    const after = args.after ? decodeCursor(args.after, isClusterCursor) : undefined;
    const organizationId = requireViewer(context).organizationId;
    // A few unchecked leads are checked here, so a small organisation's report is always current; more are
    // the paced job's, or a reader looping on the report would spend PostgreSQL's time at will.
    let uncheckedLeads = await countUncheckedLeads(context.em, organizationId);
    if (uncheckedLeads > 0 && uncheckedLeads <= INLINE_CHECK_LIMIT) {
      await checkOrganizationDuplicates(context.em, organizationId, INLINE_CHECK_LIMIT);
      uncheckedLeads = await countUncheckedLeads(context.em, organizationId);
    }
    const all = await findDuplicateClusters(context.em, organizationId);
    const rest = after === undefined ? all : all.filter((cluster) => cluster.id < after);
    const page = rest.slice(0, first + 1);
    const leads = await loadClusterLeads(context.em, organizationId, page);
    const clusters = page.map((cluster) => ({
      id: cluster.id,
      size: cluster.leadIds.length,
      reasons: cluster.reasons,
      leads: cluster.leadIds.flatMap((id) => leads.get(id) ?? []),
    }));
    return {
      ...toConnection(
        clusters,
        first,
        all.length,
        (cluster) => encodeCursor(cluster.id),
        after !== undefined,
      ),
      uncheckedLeads,
    };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => MergeLeadsPayload, {
    description:
      "Merges duplicates into a master lead (MANAGER and above): chosen field values, united tags, summed engagement; score history (and, as they land, activities and assignments) moves to the master; the duplicates are soft-deleted. `undoMerge` restores everything for 7 days.",
  })
  mergeLeads(
    @Arg("input", () => MergeLeadsInput) input: MergeLeadsInput,
    @Ctx() context: Context,
  ): Promise<MergeLeadsPayload> {
    return merges(context).merge(input);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => UndoMergePayload, {
    description: "Restores the leads of a merge exactly as they were (within 7 days; MANAGER and above).",
  })
  undoMerge(@Arg("mergeId", () => ID) mergeId: string, @Ctx() context: Context): Promise<UndoMergePayload> {
    return merges(context).undo(mergeId);
  }

  @FieldResolver(() => ID, { description: "The lead the others were merged into." })
  masterId(@Root() merge: LeadMerge): string {
    return merge.master.id;
  }

  @FieldResolver(() => User, { nullable: true })
  mergedBy(@Root() merge: LeadMerge, @Ctx() context: Context): Promise<User | null> {
    return merge.mergedBy ? context.loaders.user.load(merge.mergedBy.id) : Promise.resolve(null);
  }
}

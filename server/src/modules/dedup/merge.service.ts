import { isMergeableLeadField, LeadEventType, MERGEABLE_LEAD_FIELDS } from "@leadline/shared";
import type { JobQueue } from "../../jobs/queue.js";
import { WebhookEventType } from "../webhook-endpoints/webhook-events.js";
import { emitWebhookEvent, leadWebhookData } from "../webhook-endpoints/webhook-outbox.js";
import { sql } from "kysely";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { badInput, notFound } from "../../graphql/errors.js";
import type { LeadlinePubSub } from "../../realtime/pubsub.js";
import type { Viewer } from "../auth/viewer.js";
import { publishLeadChange } from "../leads/lead-events.js";
import { Lead } from "../leads/lead.entity.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import { ScoringService } from "../scoring/scoring.service.js";
import { User } from "../users/user.entity.js";
import type { MergeLeadsInput } from "./dedup.inputs.js";
import { LeadMerge } from "./lead-merge.entity.js";
import { restoreLeads, snapshotLeads } from "./lead-snapshot.js";
import { moveChildRows, restoreChildRows } from "./merge-children.js";
import { publishWorkloadChanged } from "../routing/workload-events.js";

export const MAX_MERGE_DUPLICATES = 20;
export const UNDO_WINDOW_DAYS = 7;
const ENGAGEMENT = ["emailOpens", "emailClicks", "websiteVisits", "formSubmissions"] as const;

/** Merges duplicate leads into a master and undoes merges, one transaction each. MANAGER and above. */
export class MergeService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly pubSub: LeadlinePubSub,
    private readonly jobs: JobQueue,
  ) {}

  async merge(input: MergeLeadsInput): Promise<{ merge: LeadMerge; master: Lead }> {
    const org = this.viewer.organizationId;
    const duplicateIds = [...new Set(input.duplicateIds)];
    if (!isUuid(input.masterId)) throw notFound("Lead");
    if (duplicateIds.length === 0 || duplicateIds.length > MAX_MERGE_DUPLICATES)
      throw badInput("duplicateIds", `must name 1 to ${MAX_MERGE_DUPLICATES} leads`);
    if (duplicateIds.includes(input.masterId)) throw badInput("duplicateIds", "must not include the master");
    if (!duplicateIds.every(isUuid)) throw notFound("Lead");
    for (const choice of input.fieldChoices ?? []) {
      if (!isMergeableLeadField(choice.field))
        throw badInput("fieldChoices.field", `must be one of ${MERGEABLE_LEAD_FIELDS.join(", ")}`);
      if (choice.leadId !== input.masterId && !duplicateIds.includes(choice.leadId))
        throw badInput("fieldChoices.leadId", "must be the master or one of the duplicates");
    }
    const all = [input.masterId, ...duplicateIds];
    const now = new Date();

    const result = await this.em.transactional(async (tx) => {
      const leads = await tx.find(Lead, { id: { $in: all }, organization: org, deletedAt: null });
      if (leads.length !== all.length) throw notFound("Lead");
      const byId = new Map(leads.map((lead) => [lead.id, lead]));
      const master = byId.get(input.masterId)!;
      const duplicates = duplicateIds.map((id) => byId.get(id)!);
      const before = await snapshotLeads(tx, org, all);
      // Whose open-lead counts the merge moves: every owner before, and the master's after.
      const owners = leads.map((lead) => lead.assignedTo?.id);

      for (const { field, leadId } of input.fieldChoices ?? []) {
        const source = byId.get(leadId)!;
        if (field === "consent") Object.assign(master.consent, { ...source.consent });
        else
          (master as unknown as Record<string, unknown>)[field] = (
            source as unknown as Record<string, unknown>
          )[field];
      }
      master.tags = [...new Set(leads.flatMap((lead) => lead.tags))];
      for (const counter of ENGAGEMENT) master[counter] = leads.reduce((sum, lead) => sum + lead[counter], 0);
      const engagedAt = leads.map((lead) => lead.lastEngagementAt?.getTime() ?? 0);
      master.lastEngagementAt = Math.max(...engagedAt) > 0 ? new Date(Math.max(...engagedAt)) : null;
      for (const duplicate of duplicates) duplicate.deletedAt = now;
      await tx.flush();

      const moved = await moveChildRows(tx, org, master.id, duplicateIds);
      const score = await new ScoringService(tx, org).applyScore(
        master,
        ScoreChangeReason.MERGED,
        this.viewer.userId,
        now,
      );
      await tx.flush();
      const { rows: history } = await sql<{ id: string }>`
        select id from lead_score where lead_id = ${master.id} and reason = 'MERGED' and created_at = ${now}`.execute(
        tx.getKysely(),
      );
      const merge = tx.create(LeadMerge, {
        organization: org,
        master,
        mergedLeadIds: duplicateIds,
        mergedBy: tx.getReference(User, this.viewer.userId),
        snapshot: { leads: before, moved, historyIds: history.map((row) => row.id) },
        createdAt: now,
        undoableUntil: new Date(now.getTime() + UNDO_WINDOW_DAYS * 86_400_000),
      });
      await tx.flush();
      await emitWebhookEvent(tx, this.jobs, org, WebhookEventType.LEAD_MERGED, {
        mergeId: merge.id,
        lead: leadWebhookData(master),
        mergedLeadIds: duplicateIds,
      });
      return { merge, master, score, owners: [...owners, master.assignedTo?.id] };
    });
    publishLeadChange(this.pubSub, org, LeadEventType.UPDATED, result.master.id, result.score);
    for (const id of duplicateIds) publishLeadChange(this.pubSub, org, LeadEventType.DELETED, id);
    publishWorkloadChanged(this.pubSub, org, { userIds: result.owners });
    return { merge: result.merge, master: result.master };
  }

  /** Restores every lead of a merge exactly as it was and moves the child rows back (within 7 days). */
  async undo(mergeId: string): Promise<{ merge: LeadMerge; leads: Lead[] }> {
    const org = this.viewer.organizationId;
    if (!isUuid(mergeId)) throw notFound("Merge");
    const merge = await this.em.transactional(async (tx) => {
      const found = await tx.findOne(
        LeadMerge,
        { id: mergeId, organization: org },
        { populate: ["snapshot"] },
      );
      if (!found) throw notFound("Merge");
      if (found.undoneAt) throw badInput("mergeId", "was already undone");
      if (found.undoableUntil.getTime() < Date.now())
        throw badInput("mergeId", `can only be undone within ${UNDO_WINDOW_DAYS} days`);
      // Claims the undo: of two concurrent undos, the second finds undone_at set and stops.
      const claimed =
        await sql`update lead_merge set undone_at = now() where id = ${mergeId} and undone_at is null`.execute(
          tx.getKysely(),
        );
      if (Number(claimed.numAffectedRows ?? 0) !== 1) throw badInput("mergeId", "was already undone");
      const { leads, moved, historyIds } = found.snapshot;
      await restoreChildRows(tx, org, moved);
      if (historyIds.length > 0)
        await sql`delete from lead_score where organization_id = ${org} and id = any(${historyIds}::uuid[])`.execute(
          tx.getKysely(),
        );
      await restoreLeads(tx, org, leads);
      return found;
    });
    const ids = [merge.master.id, ...merge.mergedLeadIds];
    const fresh = this.em.fork();
    const leads = await fresh.find(Lead, { id: { $in: ids }, organization: org });
    const restored = ids.map((id) => leads.find((lead) => lead.id === id)!);
    const undone = await fresh.findOneOrFail(LeadMerge, { id: mergeId });
    publishLeadChange(this.pubSub, org, LeadEventType.UPDATED, merge.master.id);
    for (const id of merge.mergedLeadIds) publishLeadChange(this.pubSub, org, LeadEventType.CREATED, id);
    publishWorkloadChanged(this.pubSub, org, { userIds: restored.map((lead) => lead.assignedTo?.id) });
    return { merge: undone, leads: restored };
  }
}

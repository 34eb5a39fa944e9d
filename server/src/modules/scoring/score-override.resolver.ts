import { LeadEventType, Role } from "@leadline/shared";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../graphql/context.js";
import { badInput } from "../../graphql/errors.js";
import { findLiveLeadOrFail } from "../leads/lead-access.js";
import { publishLeadChange } from "../leads/lead-events.js";
import {
  ClearLeadScoreOverrideInput,
  LeadScorePayload,
  OverrideLeadScoreInput,
} from "./score-override.types.js";
import { emitLeadWebhooks } from "../webhook-endpoints/webhook-outbox.js";
import { ScoringService } from "./scoring.service.js";

const MAX_REASON = 500;

/** Hand-set scores: MANAGER and above, always with a reason, always in the history. */
@Resolver()
export class ScoreOverrideResolver {
  @Authorized(Role.MANAGER)
  @Mutation(() => LeadScorePayload, {
    description: "Sets a lead's score by hand until cleared; rules keep computing `computedScore`.",
  })
  overrideLeadScore(
    @Arg("input", () => OverrideLeadScoreInput) input: OverrideLeadScoreInput,
    @Ctx() context: Context,
  ): Promise<LeadScorePayload> {
    if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100)
      throw badInput("score", "must be a whole number from 0 to 100");
    return setOverride(context, input.leadId, input.score, input.reason);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => LeadScorePayload, { description: "Returns a lead to the score its rules give." })
  clearLeadScoreOverride(
    @Arg("input", () => ClearLeadScoreOverrideInput) input: ClearLeadScoreOverrideInput,
    @Ctx() context: Context,
  ): Promise<LeadScorePayload> {
    return setOverride(context, input.leadId, null, input.reason);
  }
}

async function setOverride(
  context: Context,
  leadId: string,
  score: number | null,
  reason: string,
): Promise<LeadScorePayload> {
  const viewer = requireViewer(context);
  const note = reason.trim();
  if (!note) throw badInput("reason", "is required");
  if (note.length > MAX_REASON) throw badInput("reason", `must be at most ${MAX_REASON} characters`);
  const lead = await findLiveLeadOrFail(context.em, viewer.organizationId, leadId);
  const change = await new ScoringService(context.em, viewer.organizationId).setOverride(
    lead,
    score,
    note,
    viewer.userId,
  );
  // The override and its lead.scored webhook commit together.
  await context.em.transactional(async (em) => {
    await em.flush();
    await emitLeadWebhooks(em, context.services.jobs, lead, { score: change });
  });
  publishLeadChange(context.services.pubSub, viewer.organizationId, LeadEventType.UPDATED, lead.id, change);
  return { lead };
}

import {
  ActivityType,
  duplicateKeys,
  LeadEventType,
  LeadStatus,
  parseLostReason,
  Role,
  roleAtLeast,
  validateLeadFields,
} from "@leadline/shared";
import { validate as isUuid } from "uuid";
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
  type Connection,
} from "../../graphql/connection.js";
import { badInput, forbidden } from "../../graphql/errors.js";
import type { EntityManager } from "../../db/orm.js";
import type { Viewer } from "../auth/viewer.js";
import type { Services } from "../../graphql/context.js";
import { publishLeadChange } from "./lead-events.js";
import { User } from "../users/user.entity.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import { publishLeadAssigned, recordAssignment } from "../routing/assignment.service.js";
import { AssignmentType } from "../routing/routing.entities.js";
import { Notifier } from "../notifications/notifier.js";
import { notifyRouting } from "../routing/routing-notifications.js";
import { RoutingService } from "../routing/routing.service.js";
import { markFirstContact } from "../routing/sla.service.js";
import { ScoringService } from "../scoring/scoring.service.js";
import { Lead } from "./lead.entity.js";
import { leadRowMapper } from "./lead-row.js";
import type { CreateLeadInput, LeadFieldsInput, LeadsArgs, UpdateLeadInput } from "./lead.inputs.js";
import { type ListPosition } from "./lead-list.query.js";
import { fetchLeadList } from "./lead-list.fetch.js";
import { changedFields } from "./lead-changes.js";
import { assertCanChangeLead, assertCanWrite, findLiveLead, findLiveLeadOrFail } from "./lead-access.js";
import { moveLeadToStage, stageForStatus, type StageMove } from "../pipeline/stage-move.js";
import { recordActivity } from "../activities/activity-recorder.js";
import { findDuplicateLeads, type FoundDuplicate } from "../dedup/duplicate-finder.js";
import { LeadBuilder } from "./lead-creation.js";
import { applyEnrichment } from "./lead-enrichment.js";
import { CreateLeadOutcome, DuplicatePolicy } from "./lead.inputs.js";
import { publishWorkloadChanged } from "../routing/workload-events.js";
import { emitLeadWebhooks } from "../webhook-endpoints/webhook-outbox.js";

export interface CreateLeadResult {
  /** Null when WARN found duplicates and nothing was created. */
  lead: Lead | null;
  duplicates: FoundDuplicate[];
  outcome: CreateLeadOutcome;
}

const MAX_SEARCH_LENGTH = 200;

const isPosition = (value: unknown): value is ListPosition => {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== "object" || v === null) return false;
  if (v.kind === "offset") return Number.isInteger(v.offset) && (v.offset as number) >= 0;
  return v.kind === "keyset" && typeof v.key === "string" && typeof v.id === "string" && isUuid(v.id);
};

/** Lead reads and writes for one viewer: every query is scoped to the viewer's organisation. */
export class LeadService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly services: Pick<Services, "pubSub" | "jobs" | "clock">,
  ) {
    this.scoring = new ScoringService(em, viewer.organizationId);
  }

  private readonly scoring: ScoringService;

  /** A page of leads; the count query runs only when the caller wants `totalCount`. */
  async list(args: LeadsArgs, withTotalCount = true): Promise<Connection<Lead>> {
    const first = checkPageSize(args.first);
    if (args.search && args.search.length > MAX_SEARCH_LENGTH)
      throw badInput("search", `must be at most ${MAX_SEARCH_LENGTH} characters`);
    if (args.filter?.assignedToIds?.some((id) => !isUuid(id)))
      throw badInput("filter.assignedToIds", "must hold user ids");
    if (args.filter?.stageIds?.some((id) => !isUuid(id)))
      throw badInput("filter.stageIds", "must hold stage ids");
    const staleDays = args.filter?.noActivityInDays;
    if (staleDays !== undefined && staleDays !== null && (staleDays < 1 || staleDays > 3650))
      throw badInput("filter.noActivityInDays", "must be from 1 to 3650");
    const after = args.after ? decodeCursor(args.after, isPosition) : undefined;
    const { rows, total, byRelevance } = await fetchLeadList(
      this.em,
      {
        organizationId: this.viewer.organizationId,
        filter: args.filter,
        search: args.search?.trim() || undefined,
        order: args.orderBy,
        after,
        limit: first + 1,
        now: this.services.clock.now(),
      },
      withTotalCount,
    );
    const offset = after?.kind === "offset" ? after.offset : 0;
    const sortKeys = new Map<Lead, string>();
    const toLead = leadRowMapper(this.em);
    const leads = rows.map((row) => {
      const lead = toLead(row);
      sortKeys.set(lead, String(row.sort_key));
      return lead;
    });
    return toConnection(
      leads,
      first,
      total ?? 0,
      (lead, index) =>
        encodeCursor(
          byRelevance
            ? { kind: "offset", offset: offset + index + 1 }
            : { kind: "keyset", key: sortKeys.get(lead), id: lead.id },
        ),
      after !== undefined,
    );
  }

  /** A live lead of the viewer's organisation, or null. */
  async find(id: string): Promise<Lead | null> {
    return findLiveLead(this.em, this.viewer.organizationId, id);
  }

  /**
   * Creates a lead, after a duplicate check. `onDuplicate` says what a match does: CREATE (the default)
   * creates anyway and reports the matches; WARN creates nothing and returns them; UPDATE_EXISTING
   * applies the input to the strongest match instead (with the same permission checks as updateLead).
   */
  async create(input: CreateLeadInput): Promise<CreateLeadResult> {
    assertCanWrite(this.viewer);
    const { onDuplicate, ...leadInput } = input;
    const policy = onDuplicate ?? DuplicatePolicy.CREATE;
    const fields = this.validate(leadInput, "create");
    const duplicates = await findDuplicateLeads(this.em, this.viewer.organizationId, duplicateKeys(fields));
    const best = duplicates[0];
    if (best && policy === DuplicatePolicy.WARN)
      return { lead: null, duplicates, outcome: CreateLeadOutcome.NOT_CREATED };
    if (best && policy === DuplicatePolicy.UPDATE_EXISTING) {
      const lead = await this.update({ ...leadInput, id: best.lead.id });
      return { lead, duplicates, outcome: CreateLeadOutcome.UPDATED_EXISTING };
    }
    const assignee =
      input.assignedToId !== undefined
        ? await this.resolveAssignee(input.assignedToId)
        : this.viewer.role === Role.MEMBER
          ? this.em.getReference(User, this.viewer.userId)
          : null;
    const organizationId = this.viewer.organizationId;
    const now = this.services.clock.now();
    const stage = await stageForStatus(this.em, organizationId, fields.status ?? LeadStatus.NEW);
    // The round-robin turn is taken before the transaction (see RoutingService.takeTicket); then the
    // lead, its stage, score and history, and its routing (owner and assignment row) commit together;
    // events go out after the commit.
    const ticket = assignee
      ? null
      : await new RoutingService(this.em, organizationId).takeTicket(this.draft(leadInput), now);
    const { lead, score, routed, notifier } = await this.em.transactional(async (em) => {
      const notifier = new Notifier(em, this.services.jobs, organizationId);
      const { lead, score } = await new LeadBuilder(em, organizationId).build({
        fields,
        actorId: this.viewer.userId,
        now,
        extra: {
          createdAt: now,
          stage,
          stageEnteredAt: now,
          lostReasonCode:
            fields.status === LeadStatus.LOST && fields.lostReason
              ? parseLostReason(fields.lostReason).reason
              : null,
          createdBy: this.viewer.userId,
          assignedTo: assignee,
          ...(input.consent && {
            consent: { given: input.consent.given, at: new Date(), source: input.consent.source ?? null },
          }),
        },
      });
      // Routed before the first flush: the lead is inserted with its owner (no second UPDATE of the row,
      // which would rewrite every lead index and rerun the search-word trigger).
      const routed = await new RoutingService(em, organizationId).routeNewLead(lead, ticket);
      await em.flush();
      if (routed) await notifyRouting(em, notifier, [{ lead, decision: routed }]);
      await emitLeadWebhooks(em, this.services.jobs, lead, {
        created: true,
        assigned: lead.assignedTo
          ? { toUserId: lead.assignedTo.id, type: routed?.type ?? AssignmentType.MANUAL }
          : null,
      });
      return { lead, score, routed, notifier };
    });
    notifier.publish(this.services.pubSub);
    publishLeadChange(this.services.pubSub, organizationId, LeadEventType.CREATED, lead.id, score);
    if (lead.assignedTo)
      publishLeadAssigned(
        this.services.pubSub,
        organizationId,
        lead.id,
        lead.assignedTo.id,
        routed?.type ?? AssignmentType.MANUAL,
      );
    publishWorkloadChanged(this.services.pubSub, organizationId, {
      userIds: [lead.assignedTo?.id],
      teamIds: [lead.queueTeam?.id],
    });
    return { lead, duplicates, outcome: CreateLeadOutcome.CREATED };
  }

  /** A lead as `create` would make it, validated, never persisted (for what-if questions). */
  draft(input: CreateLeadInput): Lead {
    const fields = this.validate(input, "create");
    return this.em.create(Lead, { ...fields, organization: this.viewer.organizationId }, { persist: false });
  }

  async update(input: UpdateLeadInput): Promise<Lead> {
    const lead = await this.findOrFail(input.id);
    assertCanChangeLead(this.viewer, lead);
    const { id: _id, consent, assignedToId, ...changes } = input;
    const ownerBefore = lead.assignedTo?.id ?? null;
    const contactedBefore = lead.firstContactedAt;
    // Validate with the stored values a rule depends on: the country for phones, the reason for LOST.
    const fields = this.validate(
      {
        ...changes,
        country: changes.country !== undefined ? changes.country : lead.country,
        lostReason:
          changes.lostReason !== undefined
            ? changes.lostReason
            : changes.status === LeadStatus.LOST
              ? lead.lostReason
              : undefined,
      },
      "update",
    );
    const { status, lostReason, ...plain } = fields;
    const changed = changedFields(lead, plain);
    this.em.assign(lead, plain);
    const now = this.services.clock.now();
    if (changed.length > 0)
      recordActivity(this.em, lead, {
        type: ActivityType.FIELD_UPDATE,
        occurredAt: now,
        actorId: this.viewer.userId,
        subject: `Changed ${changed.join(", ")}`,
        metadata: { fields: changed },
      });
    // A status change is a stage move: same rules, history and activity as moveLead.
    const previousStatus = lead.status;
    const move = await this.changeStatus(lead, status, lostReason, now);
    if (lead.status !== LeadStatus.NEW) markFirstContact(lead, now);
    if (plain.email !== undefined || plain.phone !== undefined) applyEnrichment(lead);
    if (consent)
      lead.consent = Object.assign(lead.consent, {
        given: consent.given,
        at: new Date(),
        source: consent.source ?? null,
      });
    const reassigned = assignedToId !== undefined && (await this.reassign(lead, assignedToId, now));
    const score = await this.scoring.applyScore(lead, ScoreChangeReason.UPDATED, this.viewer.userId, now);
    // The change and its outgoing webhooks commit together.
    await this.em.transactional(async (em) => {
      await em.flush();
      await emitLeadWebhooks(em, this.services.jobs, lead, {
        updated: true,
        status: { from: previousStatus, to: lead.status },
        score,
        assigned: reassigned ? { toUserId: lead.assignedTo?.id ?? null, type: AssignmentType.MANUAL } : null,
      });
    });
    publishLeadChange(
      this.services.pubSub,
      this.viewer.organizationId,
      LeadEventType.UPDATED,
      lead.id,
      score,
      move ? { previousStageId: move.from?.id ?? null } : undefined,
    );
    if (reassigned)
      publishLeadAssigned(
        this.services.pubSub,
        this.viewer.organizationId,
        lead.id,
        lead.assignedTo?.id ?? null,
        AssignmentType.MANUAL,
      );
    if (reassigned || move || lead.firstContactedAt !== contactedBefore)
      publishWorkloadChanged(this.services.pubSub, this.viewer.organizationId, {
        userIds: [ownerBefore, lead.assignedTo?.id],
      });
    return lead;
  }

  private async changeStatus(
    lead: Lead,
    status: LeadStatus | null | undefined,
    lostReason: string | null | undefined,
    now: Date,
  ): Promise<StageMove | null> {
    const parsed = lostReason ? parseLostReason(lostReason) : null;
    if (!status || status === lead.status) {
      if (lostReason !== undefined && lead.status === LeadStatus.LOST) {
        lead.lostReason = lostReason;
        lead.lostReasonCode = parsed?.reason ?? null;
      }
      return null;
    }
    const to = await stageForStatus(this.em, this.viewer.organizationId, status);
    if (!to) throw badInput("status", "has no live stage in your pipeline");
    return moveLeadToStage(this.em, lead, to, {
      lostReason: status === LeadStatus.LOST ? parsed?.reason : null,
      note: parsed?.detail,
      actorId: this.viewer.userId,
      now,
    });
  }

  /** Changes the owner (assignment history, and the timeline); false when the owner stays. */
  private async reassign(lead: Lead, assignedToId: string | null, now: Date): Promise<boolean> {
    const previous = lead.assignedTo?.id ?? null;
    const to = await this.resolveAssignee(assignedToId);
    if (!recordAssignment(this.em, lead, to, this.viewer.userId, AssignmentType.MANUAL, null)) return false;
    const next = lead.assignedTo?.id ?? null;
    recordActivity(this.em, lead, {
      type: ActivityType.ASSIGNMENT_CHANGE,
      occurredAt: now,
      actorId: this.viewer.userId,
      subject: lead.assignedTo ? `Assigned to ${lead.assignedTo.name}` : "Unassigned",
      metadata: { fromUserId: previous, toUserId: next },
    });
    return true;
  }

  /** Soft delete: the lead leaves every list but its row, and its history, stay. Managers and above only. */
  async delete(id: string): Promise<Lead> {
    if (!roleAtLeast(this.viewer.role, Role.MANAGER))
      throw forbidden("Only managers and admins can delete leads");
    const lead = await this.findOrFail(id);
    lead.deletedAt = new Date();
    await this.em.flush();
    publishLeadChange(this.services.pubSub, this.viewer.organizationId, LeadEventType.DELETED, lead.id);
    publishWorkloadChanged(this.services.pubSub, this.viewer.organizationId, {
      userIds: [lead.assignedTo?.id],
      teamIds: [lead.queueTeam?.id],
    });
    return lead;
  }

  private findOrFail(id: string): Promise<Lead> {
    return findLiveLeadOrFail(this.em, this.viewer.organizationId, id);
  }

  private validate(input: Omit<LeadFieldsInput, "consent" | "assignedToId">, mode: "create" | "update") {
    const { consent: _c, assignedToId: _a, ...fields } = input as LeadFieldsInput;
    const result = validateLeadFields(fields, mode);
    if (!result.ok) {
      const [error] = result.errors;
      throw badInput(error!.field, error!.message);
    }
    return result.value;
  }

  private async resolveAssignee(userId: string | null): Promise<User | null> {
    if (userId === null) {
      if (this.viewer.role === Role.MEMBER) throw forbidden("Members cannot unassign leads");
      return null;
    }
    if (this.viewer.role === Role.MEMBER && userId !== this.viewer.userId)
      throw forbidden("Members can only assign leads to themselves");
    const user = isUuid(userId)
      ? await this.em.findOne(User, { id: userId, organization: this.viewer.organizationId, active: true })
      : null;
    if (!user) throw badInput("assignedToId", "is not an active user of your organisation");
    return user;
  }
}

import {
  duplicateKeys,
  LeadEventType,
  LeadStatus,
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
import { badInput, forbidden, notFound } from "../../graphql/errors.js";
import type { EntityManager } from "../../db/orm.js";
import type { Viewer } from "../auth/viewer.js";
import type { LeadlinePubSub } from "../../realtime/pubsub.js";
import { publishLeadChange } from "./lead-events.js";
import { User } from "../users/user.entity.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import { ScoringService } from "../scoring/scoring.service.js";
import { Lead } from "./lead.entity.js";
import { leadRowMapper } from "./lead-row.js";
import type { CreateLeadInput, LeadFieldsInput, LeadsArgs, UpdateLeadInput } from "./lead.inputs.js";
import { type ListPosition } from "./lead-list.query.js";
import { fetchLeadList } from "./lead-list.fetch.js";
import { findDuplicateLeads, type FoundDuplicate } from "../dedup/duplicate-finder.js";
import { buildScoredLead } from "./lead-creation.js";
import { applyEnrichment } from "./lead-enrichment.js";
import { CreateLeadOutcome, DuplicatePolicy } from "./lead.inputs.js";

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
    private readonly pubSub: LeadlinePubSub,
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
    if (!isUuid(id)) return null;
    return this.em.findOne(Lead, { id, organization: this.viewer.organizationId, deletedAt: null });
  }

  /**
   * Creates a lead, after a duplicate check. `onDuplicate` says what a match does: CREATE (the default)
   * creates anyway and reports the matches; WARN creates nothing and returns them; UPDATE_EXISTING
   * applies the input to the strongest match instead (with the same permission checks as updateLead).
   */
  async create(input: CreateLeadInput): Promise<CreateLeadResult> {
    this.assertCanWrite();
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
    // Enriched and scored in the same unit of work: the lead, its score and its first history row commit together.
    const { lead, score } = await buildScoredLead(this.em, this.scoring, {
      organizationId: this.viewer.organizationId,
      fields,
      actorId: this.viewer.userId,
      extra: {
        createdBy: this.viewer.userId,
        assignedTo: assignee,
        ...(input.consent && {
          consent: { given: input.consent.given, at: new Date(), source: input.consent.source ?? null },
        }),
      },
    });
    await this.em.flush();
    publishLeadChange(this.pubSub, this.viewer.organizationId, LeadEventType.CREATED, lead.id, score);
    return { lead, duplicates, outcome: CreateLeadOutcome.CREATED };
  }

  async update(input: UpdateLeadInput): Promise<Lead> {
    this.assertCanWrite();
    const lead = await this.findOrFail(input.id);
    this.assertCanEdit(lead);
    const { id: _id, consent, assignedToId, ...changes } = input;
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
    this.em.assign(lead, fields);
    if (fields.email !== undefined || fields.phone !== undefined) applyEnrichment(lead);
    if (consent)
      lead.consent = Object.assign(lead.consent, {
        given: consent.given,
        at: new Date(),
        source: consent.source ?? null,
      });
    if (assignedToId !== undefined) lead.assignedTo = await this.resolveAssignee(assignedToId);
    const score = await this.scoring.applyScore(lead, ScoreChangeReason.UPDATED, this.viewer.userId);
    await this.em.flush();
    publishLeadChange(this.pubSub, this.viewer.organizationId, LeadEventType.UPDATED, lead.id, score);
    return lead;
  }

  /** Soft delete: the lead leaves every list but its row, and its history, stay. Managers and above only. */
  async delete(id: string): Promise<Lead> {
    if (!roleAtLeast(this.viewer.role, Role.MANAGER))
      throw forbidden("Only managers and admins can delete leads");
    const lead = await this.findOrFail(id);
    lead.deletedAt = new Date();
    await this.em.flush();
    publishLeadChange(this.pubSub, this.viewer.organizationId, LeadEventType.DELETED, lead.id);
    return lead;
  }

  private async findOrFail(id: string): Promise<Lead> {
    return (await this.find(id)) ?? Promise.reject(notFound("Lead"));
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

  private assertCanWrite(): void {
    if (!roleAtLeast(this.viewer.role, Role.MEMBER)) throw forbidden("Viewers can only read");
  }

  /** MEMBERs change only the leads assigned to them; MANAGER and above change any lead. */
  private assertCanEdit(lead: Lead): void {
    if (this.viewer.role === Role.MEMBER && lead.assignedTo?.id !== this.viewer.userId)
      throw forbidden("Members can only change leads assigned to them");
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

import { LeadEventType, Role, roleAtLeast } from "@leadline/shared";
import { sql } from "kysely";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { AppError, badInput, ErrorCode, forbidden, notFound } from "../../graphql/errors.js";
import type { LeadlinePubSub } from "../../realtime/pubsub.js";
import type { Viewer } from "../auth/viewer.js";
import { publishLeadChange } from "../leads/lead-events.js";
import { Lead } from "../leads/lead.entity.js";
import { User } from "../users/user.entity.js";
import { AssignmentType, LeadAssignment } from "./routing.entities.js";
import type { AssignLeadInput } from "./routing.inputs.js";

/** Changing a lead's owner by hand: assign (managers) and claim from a team queue (members). */
export class AssignmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly pubSub: LeadlinePubSub,
  ) {}

  async assign({ leadId, userId, reason }: AssignLeadInput): Promise<Lead> {
    if (!reason.trim() || reason.length > 1000) throw badInput("reason", "must be 1 to 1000 characters");
    const lead = await this.em.transactional(async (em) => {
      const lead = await this.findLead(em, leadId);
      const user = isUuid(userId)
        ? await em.findOne(User, { id: userId, organization: this.viewer.organizationId, active: true })
        : null;
      if (!user) throw badInput("userId", "is not an active user of your organisation");
      recordAssignment(em, lead, user, this.viewer.userId, AssignmentType.MANUAL, reason.trim());
      return lead;
    });
    publishLeadChange(this.pubSub, this.viewer.organizationId, LeadEventType.UPDATED, lead.id);
    return lead;
  }

  /**
   * Takes an unassigned lead. One statement decides: of two reps claiming at once, one wins and the
   * other gets CONFLICT. A lead waiting in a team's queue may be claimed by that team's members (and
   * by managers); any other unassigned lead by anyone who may work leads.
   */
  async claim(leadId: string): Promise<Lead> {
    const lead = await this.em.transactional(async (em) => {
      const found = await this.findLead(em, leadId);
      if (found.queueTeam && !roleAtLeast(this.viewer.role, Role.MANAGER)) {
        const { rows } = await sql`select 1 from team_member where team_id = ${found.queueTeam.id}
          and user_id = ${this.viewer.userId}`.execute(em.getKysely());
        if (rows.length === 0) throw forbidden("Only members of the lead's team may claim it");
      }
      const { rows } = await sql`update lead set assigned_to_id = ${this.viewer.userId}, queue_team_id = null
        where id = ${found.id} and assigned_to_id is null and deleted_at is null returning id`.execute(
        em.getKysely(),
      );
      if (rows.length === 0) throw new AppError(ErrorCode.CONFLICT, "Someone else took this lead first");
      em.create(LeadAssignment, {
        organization: this.viewer.organizationId,
        lead: found,
        toUser: this.viewer.userId,
        assignedBy: this.viewer.userId,
        type: AssignmentType.CLAIM,
      });
      return found;
    });
    publishLeadChange(this.pubSub, this.viewer.organizationId, LeadEventType.UPDATED, lead.id);
    return this.em.fork().findOneOrFail(Lead, lead.id);
  }

  private async findLead(em: EntityManager, id: string): Promise<Lead> {
    const lead = isUuid(id)
      ? await em.findOne(Lead, { id, organization: this.viewer.organizationId, deletedAt: null })
      : null;
    if (!lead) throw notFound("Lead");
    return lead;
  }
}

/** Gives `lead` to `to` and writes the history row; a no-op when it already has that owner. */
export function recordAssignment(
  em: EntityManager,
  lead: Lead,
  to: User | null,
  byUserId: string | null,
  type: AssignmentType,
  reason: string | null,
): void {
  const from = lead.assignedTo;
  if ((from?.id ?? null) === (to?.id ?? null)) return;
  lead.assignedTo = to;
  if (to) lead.queueTeam = null;
  em.create(LeadAssignment, {
    organization: lead.organization,
    lead,
    fromUser: from,
    toUser: to,
    assignedBy: byUserId ? em.getReference(User, byUserId) : null,
    type,
    reason,
  });
}

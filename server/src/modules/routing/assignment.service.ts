import { LeadEventType, Role, roleAtLeast } from "@leadline/shared";
import { sql } from "kysely";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { AppError, badInput, ErrorCode, forbidden, notFound } from "../../graphql/errors.js";
import type { Services } from "../../graphql/context.js";
import { Topic, type LeadlinePubSub } from "../../realtime/pubsub.js";
import type { Viewer } from "../auth/viewer.js";
import { publishLeadChange } from "../leads/lead-events.js";
import { Lead } from "../leads/lead.entity.js";
import { emitLeadAssigned } from "../webhook-endpoints/webhook-outbox.js";
import { User } from "../users/user.entity.js";
import { NotificationType } from "../notifications/notification.entity.js";
import { Notifier } from "../notifications/notifier.js";
import { leadLabel } from "./routing-notifications.js";
import { AssignmentType, LeadAssignment } from "./routing.entities.js";
import type { AssignLeadInput, BulkAssignLeadsInput } from "./routing.inputs.js";
import { RoutingService } from "./routing.service.js";
import { publishWorkloadChanged } from "./workload-events.js";

/** Most leads one bulk assignment moves (one transaction). */
export const MAX_BULK_ASSIGN = 1_000;

/** Changing a lead's owner by hand: assign (managers) and claim from a team queue (members). */
export class AssignmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly services: Pick<Services, "pubSub" | "jobs">,
  ) {}

  async assign({ leadId, userId, reason }: AssignLeadInput): Promise<Lead> {
    if (!reason.trim() || reason.length > 1000) throw badInput("reason", "must be 1 to 1000 characters");
    const { lead, notifier, from, fromQueue } = await this.em.transactional(async (em) => {
      const lead = await this.findLead(em, leadId);
      const from = lead.assignedTo?.id ?? null;
      const fromQueue = lead.queueTeam?.id ?? null;
      const user = isUuid(userId)
        ? await em.findOne(User, { id: userId, organization: this.viewer.organizationId, active: true })
        : null;
      if (!user) throw badInput("userId", "is not an active user of your organisation");
      const notifier = new Notifier(em, this.services.jobs, this.viewer.organizationId);
      if (recordAssignment(em, lead, user, this.viewer.userId, AssignmentType.MANUAL, reason.trim())) {
        await emitLeadAssigned(
          em,
          this.services.jobs,
          lead.organization.id,
          [lead.id],
          user.id,
          AssignmentType.MANUAL,
        );
        await this.tellNewOwner(
          notifier,
          user.id,
          `New lead: ${leadLabel(lead)}`,
          `Assigned to you: ${reason.trim()}`,
          lead.id,
        );
      }
      return { lead, notifier, from, fromQueue };
    });
    notifier.publish(this.services.pubSub);
    publishLeadChange(this.services.pubSub, this.viewer.organizationId, LeadEventType.UPDATED, lead.id);
    publishLeadAssigned(
      this.services.pubSub,
      this.viewer.organizationId,
      lead.id,
      userId,
      AssignmentType.MANUAL,
    );
    // The team whose queue the lead left counts one fewer waiting, whoever's team the new owner is in.
    publishWorkloadChanged(this.services.pubSub, this.viewer.organizationId, {
      userIds: [from, userId],
      teamIds: [fromQueue],
    });
    return lead;
  }

  /**
   * Gives up to 1,000 leads to one rep in one transaction, set-wise: one UPDATE and one history INSERT.
   * Refused as a whole (nothing written) when a lead is not the organisation's or the rep lacks room today.
   */
  async bulkAssign({ leadIds, userId, reason }: BulkAssignLeadsInput): Promise<number> {
    const ids = [...new Set(leadIds)];
    if (ids.length === 0 || ids.length > MAX_BULK_ASSIGN || ids.some((id) => !isUuid(id)))
      throw badInput("leadIds", `must hold 1 to ${MAX_BULK_ASSIGN} lead ids`);
    if (!reason.trim() || reason.length > 1000) throw badInput("reason", "must be 1 to 1000 characters");
    const organizationId = this.viewer.organizationId;
    const {
      moving: moved,
      previousOwners,
      previousQueues,
      notifier,
    } = await this.em.transactional(async (em) => {
      const [rep] = isUuid(userId)
        ? await new RoutingService(em, organizationId).candidates({ userIds: [userId] }, new Date())
        : [];
      if (!rep) throw badInput("userId", "is not an active user of your organisation");
      const db = em.getKysely();
      const { rows: locked } = await sql<{ id: string; old: string | null; queue: string | null }>`
        select id, assigned_to_id as old, queue_team_id as queue from lead
        where id = any(${ids}::uuid[]) and organization_id = ${organizationId} and deleted_at is null
        for update`.execute(db);
      if (locked.length !== ids.length)
        throw badInput(
          "leadIds",
          `${ids.length - locked.length} of them are not live leads of your organisation`,
        );
      const moving = locked.filter((row) => row.old !== userId).map((row) => row.id);
      if (rep.capacity !== null && rep.assignedToday + moving.length > rep.capacity)
        throw badInput(
          "userId",
          `has room for ${Math.max(0, rep.capacity - rep.assignedToday)} more leads today`,
        );
      await sql`
        with moved as (
          update lead l set assigned_to_id = ${userId}, queue_team_id = null
          where l.id = any(${moving}::uuid[])
          returning l.id
        )
        insert into lead_assignment (id, organization_id, lead_id, from_user_id, to_user_id, assigned_by_id, type, reason, created_at)
        select gen_random_uuid(), ${organizationId}, moved.id, o.old, ${userId}, ${this.viewer.userId},
          'MANUAL', ${reason.trim()}, now()
        from moved join unnest(${locked.map((r) => r.id)}::uuid[], ${locked.map((r) => r.old)}::uuid[]) as o(id, old)
          on o.id = moved.id`.execute(db);
      await emitLeadAssigned(em, this.services.jobs, organizationId, moving, userId, AssignmentType.MANUAL);
      const notifier = new Notifier(em, this.services.jobs, organizationId);
      if (moving.length > 0)
        await this.tellNewOwner(
          notifier,
          userId,
          `${moving.length} lead${moving.length === 1 ? "" : "s"} assigned to you`,
          `Assigned to you: ${reason.trim()}`,
          moving.length === 1 ? moving[0]! : null,
        );
      const previousOwners = locked.filter((row) => row.old !== userId).map((row) => row.old);
      const previousQueues = [...new Set(locked.filter((row) => row.old !== userId).map((row) => row.queue))];
      return { moving, previousOwners, previousQueues, notifier };
    });
    notifier.publish(this.services.pubSub);
    for (const leadId of moved) {
      publishLeadChange(this.services.pubSub, organizationId, LeadEventType.UPDATED, leadId);
      publishLeadAssigned(this.services.pubSub, organizationId, leadId, userId, AssignmentType.MANUAL);
    }
    if (moved.length > 0)
      publishWorkloadChanged(this.services.pubSub, organizationId, {
        userIds: [userId, ...previousOwners],
        teamIds: previousQueues,
      });
    return moved.length;
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
      await emitLeadAssigned(
        em,
        this.services.jobs,
        this.viewer.organizationId,
        [found.id],
        this.viewer.userId,
        AssignmentType.CLAIM,
      );
      return found;
    });
    publishLeadChange(this.services.pubSub, this.viewer.organizationId, LeadEventType.UPDATED, lead.id);
    publishLeadAssigned(
      this.services.pubSub,
      this.viewer.organizationId,
      lead.id,
      this.viewer.userId,
      AssignmentType.CLAIM,
    );
    publishWorkloadChanged(this.services.pubSub, this.viewer.organizationId, {
      userIds: [this.viewer.userId],
      teamIds: [lead.queueTeam?.id],
    });
    return this.em.fork().findOneOrFail(Lead, lead.id);
  }

  /** Notifies the new owner, unless they gave the lead to themselves. */
  private async tellNewOwner(
    notifier: Notifier,
    userId: string,
    title: string,
    body: string,
    leadId: string | null,
  ) {
    if (userId === this.viewer.userId) return;
    await notifier.notify({ userId, type: NotificationType.LEAD_ASSIGNED, title, body, leadId });
  }

  private async findLead(em: EntityManager, id: string): Promise<Lead> {
    const lead = isUuid(id)
      ? await em.findOne(Lead, { id, organization: this.viewer.organizationId, deletedAt: null })
      : null;
    if (!lead) throw notFound("Lead");
    return lead;
  }
}

/** Announces a committed change of owner (the `leadAssigned` subscription). */
export function publishLeadAssigned(
  pubSub: LeadlinePubSub,
  organizationId: string,
  leadId: string,
  toUserId: string | null,
  type: AssignmentType,
): void {
  pubSub.publish(Topic.LEAD_ASSIGNED, organizationId, { leadId, organizationId, toUserId, type });
}

/** Gives `lead` to `to` and writes the history row; false (and nothing written) when it already has that owner. */
export function recordAssignment(
  em: EntityManager,
  lead: Lead,
  to: User | null,
  byUserId: string | null,
  type: AssignmentType,
  reason: string | null,
): boolean {
  const from = lead.assignedTo;
  if ((from?.id ?? null) === (to?.id ?? null)) return false;
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
  return true;
}

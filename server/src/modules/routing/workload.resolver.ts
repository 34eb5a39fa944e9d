import { Role } from "@leadline/shared";
import { sql } from "kysely";
import { validate as isUuid } from "uuid";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { loadInOrganization, refreshForEvent, requireViewer, type Context } from "../../graphql/context.js";
import { Topic, type LeadAssignedPayload, type WorkloadChangedPayload } from "../../realtime/pubsub.js";
import { loadLeadForEvent } from "../leads/lead-events.js";
import { Lead } from "../leads/lead.entity.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { AssignmentType } from "./routing.entities.js";
import { RoutingService } from "./routing.service.js";

@ObjectType({ description: "A lead changed owner." })
class LeadAssignedEvent {
  @Field(() => Lead) lead!: Lead;
  @Field(() => User, { nullable: true, description: "The new owner; null when unassigned." })
  toUser!: User | null;
  @Field(() => AssignmentType) type!: AssignmentType;
}

@ObjectType({ description: "One rep's load as routing sees it now." })
class RepWorkload {
  @Field(() => User) user!: User;
  @Field(() => Int, { description: "Open leads owned (not converted or lost)." }) openLeads!: number;
  @Field(() => Int, { description: "Leads assigned since 00:00 UTC." }) assignedToday!: number;
  @Field(() => Int, { nullable: true, description: "Daily limit; null: none." }) capacity!: number | null;
  @Field({ description: "Taking leads (not away)." }) available!: boolean;
  @Field({ description: "Inside working hours now." }) working!: boolean;
  @Field(() => Float, {
    nullable: true,
    description:
      "Share (0-100) of the rep's leads of the last 30 days contacted within their deadline; null: none due yet.",
  })
  slaMetPercent!: number | null;
  @Field(() => Int, {
    description:
      "The rep's leads of the last 30 days contacted after their deadline, or overdue uncontacted.",
  })
  slaBreaches!: number;
  @Field(() => Float, {
    nullable: true,
    description: "Average minutes from creation to first contact, last 30 days.",
  })
  averageFirstContactMinutes!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "Median minutes from creation to first contact, last 30 days; null: none contacted.",
  })
  medianFirstContactMinutes!: number | null;
}

@ObjectType({ description: "A team's reps and their load." })
class TeamWorkload {
  @Field(() => Team) team!: Team;
  @Field(() => [RepWorkload]) reps!: RepWorkload[];
  @Field(() => Int, { description: "Unassigned leads waiting in the team's queue." }) queued!: number;
}

/**
 * A team's workload now, read within the viewer's organisation (NOT_FOUND for another's team). SLA
 * figures cover the reps' leads created in the last 30 days that have a deadline.
 */
async function loadTeamWorkload(context: Context, teamId: string): Promise<TeamWorkload> {
  const { organizationId } = requireViewer(context);
  const team = await loadInOrganization(context, Team, teamId, "Team");
  const candidates = await new RoutingService(context.em, organizationId).candidates({ teamId }, new Date());
  const users = await context.loaders.user.loadMany(candidates.map((rep) => rep.userId));
  const queued = await context.em.count(Lead, { queueTeam: team, assignedTo: null, deletedAt: null });
  // Judged: contacted, or past the deadline without contact. Met: contacted by the deadline.
  const { rows } = await sql<SlaRow>`
    select l.assigned_to_id as user_id,
      count(*) filter (where l.first_contacted_at is not null or l.sla_due_at < now())::int as judged,
      count(*) filter (where l.first_contacted_at <= l.sla_due_at)::int as met,
      (avg(extract(epoch from l.first_contacted_at - l.created_at)) / 60)::float8 as avg_minutes,
      (percentile_cont(0.5) within group (order by extract(epoch from l.first_contacted_at - l.created_at))
        / 60)::float8 as median_minutes
    from lead l
    where l.organization_id = ${organizationId} and l.deleted_at is null and l.sla_due_at is not null
      and l.assigned_to_id = any(${candidates.map((rep) => rep.userId)}::uuid[])
      and l.created_at >= now() - interval '30 days'
    group by l.assigned_to_id`.execute(context.em.getKysely());
  const sla = new Map(rows.map((row) => [row.user_id, row]));
  return {
    team,
    queued,
    reps: candidates.map((rep, index) => {
      const figures = sla.get(rep.userId);
      return {
        user: users[index] as User,
        openLeads: rep.openLeads,
        assignedToday: rep.assignedToday,
        capacity: rep.capacity,
        available: rep.available,
        working: rep.working,
        slaMetPercent: figures?.judged ? (100 * figures.met) / figures.judged : null,
        slaBreaches: figures ? figures.judged - figures.met : 0,
        averageFirstContactMinutes: figures?.avg_minutes ?? null,
        medianFirstContactMinutes: figures?.median_minutes ?? null,
      };
    }),
  };
}

interface SlaRow {
  user_id: string;
  judged: number;
  met: number;
  avg_minutes: number | null;
  median_minutes: number | null;
}

@Resolver()
export class WorkloadResolver {
  @Authorized(Role.MANAGER)
  @Query(() => TeamWorkload, {
    description:
      "Per rep: open leads, assigned today, capacity, availability, SLA figures (MANAGER and above).",
  })
  teamWorkload(
    @Arg("teamId", () => ID, { description: "The team." }) teamId: string,
    @Ctx() context: Context,
  ) {
    return loadTeamWorkload(context, teamId);
  }

  @Authorized(Role.MANAGER)
  @Subscription(() => TeamWorkload, {
    description:
      "The team's workload, sent again whenever an assignment, claim, closed lead, first contact, SLA breach or capacity change moves a member's figures or its queue (MANAGER and above).",
    topics: Topic.WORKLOAD_CHANGED,
    topicId: ({ context }: { context: Context }) => requireViewer(context).organizationId,
    filter: ({
      payload,
      args,
      context,
    }: {
      payload: WorkloadChangedPayload;
      args: { teamId: string };
      context: Context;
    }) => isTeamConcerned(context, args.teamId, payload),
  })
  async workloadChanged(
    @Root() _event: WorkloadChangedPayload,
    @Ctx() context: Context,
    @Arg("teamId", () => ID, { description: "The team to watch." }) teamId: string,
  ): Promise<TeamWorkload> {
    refreshForEvent(context);
    return loadTeamWorkload(context, teamId);
  }

  @Subscription(() => LeadAssignedEvent, {
    description:
      "Leads changing owner in the viewer's organisation; with `toMe`, only those given to the viewer.",
    topics: Topic.LEAD_ASSIGNED,
    topicId: ({ context }: { context: Context }) => requireViewer(context).organizationId,
    filter: ({
      payload,
      args,
      context,
    }: {
      payload: LeadAssignedPayload;
      args: { toMe?: boolean | null };
      context: Context;
    }) => !args.toMe || payload.toUserId === requireViewer(context).userId,
  })
  async leadAssigned(
    @Root() event: LeadAssignedPayload,
    @Ctx() context: Context,
    @Arg("toMe", () => Boolean, { nullable: true }) _toMe?: boolean | null,
  ): Promise<LeadAssignedEvent> {
    const lead = await loadLeadForEvent(context, event.leadId);
    return {
      lead,
      toUser: event.toUserId ? await context.loaders.user.load(event.toUserId) : null,
      type: event.type as AssignmentType,
    };
  }
}

/** Whether a workload event moves this team's figures: its queue, or one of its members (of the viewer's organisation). */
async function isTeamConcerned(
  context: Context,
  teamId: string,
  event: WorkloadChangedPayload,
): Promise<boolean> {
  if (event.teamIds.includes(teamId)) return true;
  if (!isUuid(teamId) || event.userIds.length === 0) return false;
  const { rows } = await sql`select 1 from team_member tm join team t on t.id = tm.team_id
    where tm.team_id = ${teamId} and t.organization_id = ${requireViewer(context).organizationId}
      and tm.user_id = any(${event.userIds}::uuid[]) limit 1`.execute(context.em.fork().getKysely());
  return rows.length > 0;
}

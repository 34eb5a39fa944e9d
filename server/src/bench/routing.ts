import { sql } from "kysely";
import type { EntityManager, MikroORM } from "../db/orm.js";
import { AssignmentRule } from "../modules/routing/routing.entities.js";
import { Team } from "../modules/users/team.entity.js";
import { User } from "../modules/users/user.entity.js";
import { graphql } from "./graphql.js";
import { emit, progress, round, summarize } from "./stats.js";

const CREATE =
  "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id assignedTo { id } } } }";
const CREATORS = 50;
const LEADS_PER_RUN = 1_500;

/** `count` createLead calls from `creators` concurrent clients; latencies in ms and the wall time. */
async function createLeads(url: string, token: string, count: number, creators: number, tag: string) {
  const latencies: number[] = [];
  let next = 0;
  let assigned = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: creators }, async () => {
      while (next < count) {
        const i = next++;
        const at = performance.now();
        const data = await graphql<{ createLead: { lead: { assignedTo: { id: string } | null } } }>(
          url,
          CREATE,
          {
            input: {
              lastName: `${tag} ${i}`,
              company: "Bench Routing",
              email: `${tag}.${i}@routing.example`,
            },
          },
          token,
        );
        latencies.push(performance.now() - at);
        if (data.createLead.lead.assignedTo) assigned++;
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies, assigned };
}

/** A team of six of the organisation's users (the reps round-robin rules spread leads over). */
export async function createBenchTeam(em: EntityManager, organizationId: string, name: string) {
  const reps = await em.find(User, { organization: organizationId }, { orderBy: { email: "asc" }, limit: 6 });
  const team = em.create(Team, { organization: organizationId, name });
  team.members.set(reps);
  await em.flush();
  return { team, reps };
}

/**
 * Routing under load: leads created by 50 concurrent clients through the API with a round-robin rule over
 * 6 reps, next to the same creations with no rule (the same path minus routing) in the same run; then
 * one bulk assignment of 1,000 leads next to a bare UPDATE of the same rows.
 */
export async function benchRouting(
  orm: MikroORM,
  url: string,
  token: string,
  organizationId: string,
): Promise<boolean> {
  const em = orm.em.fork();
  const { team, reps } = await createBenchTeam(em, organizationId, "Bench routing");

  progress(`createLead without routing: ${LEADS_PER_RUN} leads, ${CREATORS} concurrent creators`);
  const plain = await createLeads(url, token, LEADS_PER_RUN, CREATORS, "plain");
  em.create(AssignmentRule, {
    organization: organizationId,
    name: "Bench",
    strategy: "ROUND_ROBIN",
    team,
  });
  await em.flush();
  progress(`createLead with round robin over ${reps.length} reps`);
  const routed = await createLeads(url, token, LEADS_PER_RUN, CREATORS, "routed");
  const { rows: spread } = await sql<{ n: number }>`
    select count(*)::int as n from lead where organization_id = ${organizationId} and last_name like 'routed %'
    group by assigned_to_id`.execute(em.getKysely());
  const counts = spread.map((row) => row.n);
  const fair = routed.assigned === LEADS_PER_RUN && Math.max(...counts) - Math.min(...counts) <= 1;
  const stats = summarize(routed.latencies);
  emit({
    bench: "routing_create_lead",
    creators: CREATORS,
    reps: reps.length,
    leads: LEADS_PER_RUN,
    decisions_per_second: Math.round(LEADS_PER_RUN / routed.seconds),
    ...stats,
    without_routing_leads_per_second: Math.round(LEADS_PER_RUN / plain.seconds),
    without_routing_p50_ms: summarize(plain.latencies).p50_ms,
    ratio_vs_without_routing: round(plain.seconds / routed.seconds, 3),
    per_rep_min: Math.min(...counts),
    per_rep_max: Math.max(...counts),
    fair,
    unit: "leads/s, ms",
  });

  const { rows } = await sql<{ id: string }>`select id from lead where organization_id = ${organizationId}
    and last_name like 'plain %' limit 1000`.execute(em.getKysely());
  const ids = rows.map((row) => row.id);
  progress("bulk assignment of 1,000 leads");
  let started = performance.now();
  const bulk = await graphql<{ bulkAssignLeads: { assigned: number } }>(
    url,
    "mutation($input: BulkAssignLeadsInput!) { bulkAssignLeads(input: $input) { assigned } }",
    { input: { leadIds: ids, userId: reps[0]!.id, reason: "Bench" } },
    token,
  );
  const bulkSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await sql`update lead set assigned_to_id = ${reps[1]!.id} where id = any(${ids}::uuid[])`.execute(
    em.getKysely(),
  );
  const bareSeconds = (performance.now() - started) / 1000;
  emit({
    bench: "bulk_assign",
    leads: ids.length,
    assigned: bulk.bulkAssignLeads.assigned,
    seconds: round(bulkSeconds, 3),
    bare_update_seconds: round(bareSeconds, 3),
    ratio_vs_bare_update: round(bareSeconds / bulkSeconds, 3),
    unit: "s",
  });
  return fair && bulk.bulkAssignLeads.assigned === ids.length;
}

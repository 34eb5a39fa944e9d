import DataLoader from "dataloader";
import { sql } from "kysely";
import type { EntityManager } from "../db/orm.js";
import type { QualificationActivity } from "@leadline/shared";
import { PipelineStage } from "../modules/pipeline/pipeline-stage.entity.js";
import { Lead } from "../modules/leads/lead.entity.js";
import { Organization } from "../modules/organizations/organization.entity.js";
import { QualificationCriteria } from "../modules/scoring/qualification-criteria.entity.js";
import type { ScoreBreakdownItem } from "../modules/scoring/score.types.js";
import { Team } from "../modules/users/team.entity.js";
import { User } from "../modules/users/user.entity.js";

/** Groups rows by a key, keeping the order the loader was asked in. */
function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Per-request batch loaders: every relation a list shows costs one query per relation, not one per row.
 * Each is scoped to the viewer's organisation, so a foreign id can never load a foreign record.
 */
export function createLoaders(em: EntityManager, organizationId: string | null) {
  const org = organizationId ?? "00000000-0000-0000-0000-000000000000";
  return {
    user: new DataLoader<string, User | null>(async (ids) => {
      const users = await em.find(User, { id: { $in: [...ids] }, organization: org });
      return byKeys(ids, users, (user) => user.id).map((group) => group[0] ?? null);
    }),
    organization: new DataLoader<string, Organization | null>(async (ids) => {
      const found = await em.find(Organization, { id: { $in: [...ids.filter((id) => id === org)] } });
      return byKeys(ids, found, (o) => o.id).map((group) => group[0] ?? null);
    }),
    teamsOfUser: new DataLoader<string, Team[]>(async (userIds) => {
      const teams = await em.find(
        Team,
        { organization: org, members: { $in: [...userIds] } },
        { populate: ["members"], orderBy: { name: "asc" } },
      );
      return userIds.map((userId) =>
        teams.filter((team) => team.members.getItems().some((m) => m.id === userId)),
      );
    }),
    scoreBreakdown: new DataLoader<string, ScoreBreakdownItem[]>(async (leadIds) => {
      const { rows } = await sql<{ id: string; score_breakdown: ScoreBreakdownItem[] }>`
        select id, score_breakdown from lead
        where organization_id = ${org} and id = any(${[...leadIds]}::uuid[])`.execute(em.getKysely());
      const byId = new Map(rows.map((row) => [row.id, row.score_breakdown]));
      return leadIds.map((id) => byId.get(id) ?? []);
    }),
    qualificationCriteria: new DataLoader<string, QualificationCriteria[]>(async (organizationIds) => {
      const criteria = await em.find(
        QualificationCriteria,
        { organization: org },
        { orderBy: { minScore: "asc" } },
      );
      return organizationIds.map((id) => (id === org ? criteria : []));
    }),
    lead: new DataLoader<string, Lead | null>(async (ids) => {
      const leads = await em.find(Lead, { id: { $in: [...ids] }, organization: org, deletedAt: null });
      return byKeys(ids, leads, (lead) => lead.id).map((group) => group[0] ?? null);
    }),
    pipelineStage: new DataLoader<string, PipelineStage | null>(async (ids) => {
      const stages = await em.find(PipelineStage, { id: { $in: [...ids] }, organization: org });
      return byKeys(ids, stages, (stage) => stage.id).map((group) => group[0] ?? null);
    }),
    // Per lead, the latest occurrence of each activity type: all qualification needs ("a CALL in 14 days").
    activityTypesOfLead: new DataLoader<string, QualificationActivity[]>(async (leadIds) => {
      // Raw rows carry timestamps as PostgreSQL text ("... +00"): made Dates here.
      const { rows } = await sql<{ lead_id: string; type: string; occurred_at: string }>`
        select lead_id, type::text, max(occurred_at) as occurred_at from lead_activity
        where organization_id = ${org} and lead_id = any(${[...leadIds]}::uuid[])
        group by lead_id, type`.execute(em.getKysely());
      return byKeys(leadIds, rows, (row) => row.lead_id).map((group) =>
        group.map((row) => ({ type: row.type, occurredAt: new Date(row.occurred_at) })),
      );
    }),
    membersOfTeam: new DataLoader<string, User[]>(async (teamIds) => {
      const teams = await em.find(
        Team,
        { id: { $in: [...teamIds] }, organization: org },
        { populate: ["members"] },
      );
      const members = new Map(
        teams.map((team) => [team.id, team.members.getItems().sort((a, b) => a.name.localeCompare(b.name))]),
      );
      return teamIds.map((id) => members.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

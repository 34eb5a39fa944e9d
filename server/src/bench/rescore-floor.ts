import { planScoring } from "@leadline/shared";
import { sql, type RawBuilder } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { MikroORM } from "../db/orm.js";
import { ScoringRule } from "../modules/scoring/scoring-rule.entity.js";
import { compileScoreSql, hasIcu } from "../modules/scoring/scoring-sql.js";
import { loadScoringSettings, toRuleDefinition } from "../modules/scoring/scoring.service.js";
import { FLOOR_CONNECTIONS, secondsAtOnce } from "./at-once.js";
import { emit, progress, round } from "./stats.js";

const TARGET_SECONDS_PER_MILLION = 10;

/**
 * The least a rescoring of every lead spends on this machine with the slimmest layout that still meets the
 * scoring issue (sortable scores, a history row per change), next to what the real one spent:
 * (1) the organisation's rules compiled to SQL, evaluated once over its leads, and
 * (2) a changed score written for every lead into the slimmest table that keeps scores sortable (lead,
 *     organisation, score, grade, live flag, with the one (organisation, score) index a score-sorted list
 *     needs), with the narrow history row the issue asks for (run, lead, score, previous score, grade;
 *     indexed by lead).
 * Each step is split by id range over two connections, run at once; the floor is their sum (a real run
 * could overlap them, but both already keep both cores busy). The tables are dropped after.
 */
export async function benchRescoreFloor(
  orm: MikroORM,
  organizationId: string,
  leads: number,
  rescoreSeconds: number,
  now: Date,
): Promise<void> {
  const db = () => orm.em.fork().getKysely();
  const em = orm.em.fork();
  const rules = (await em.find(ScoringRule, { organization: organizationId, active: true })).map(
    toRuleDefinition,
  );
  const settings = await loadScoringSettings(em, organizationId);
  const compiled = compileScoreSql(planScoring(rules, settings), {
    alias: "l",
    now,
    icu: await hasIcu(em),
  });
  const ranges = await idRanges(orm, organizationId);
  /** Runs the statement once per id range, all at once, each on its own connection. */
  const inParts = (statement: (inRange: (column: string) => RawBuilder<unknown>) => RawBuilder<unknown>) =>
    secondsAtOnce(
      orm,
      ranges.map(([from, to]) =>
        statement((column) => sql`${sql.ref(column)} >= ${from}::uuid and ${sql.ref(column)} < ${to}::uuid`),
      ),
    );

  let evaluateSeconds: number | null = null;
  if (compiled) {
    progress(`rescoring floor: evaluating ${rules.length} rules over ${leads} leads in SQL`);
    evaluateSeconds = await inParts(
      (inRange) =>
        sql`select count(*) from ${compiled.from(sql`l.organization_id = ${organizationId} and l.deleted_at is null and ${inRange("l.id")}`)}
          where ${compiled.score} >= 0`,
    );
  }

  progress(`rescoring floor: writing ${leads} changed scores with their history`);
  await sql`drop table if exists bench_score_floor, bench_score_floor_history`.execute(db());
  await sql`create table bench_score_floor (lead_id uuid primary key, organization_id uuid not null,
    score smallint not null, grade char(1), live boolean not null)`.execute(db());
  await sql`insert into bench_score_floor select id, organization_id, score, grade, deleted_at is null
    from lead where organization_id = ${organizationId} and deleted_at is null`.execute(db());
  await sql`create index on bench_score_floor (organization_id, score desc, lead_id desc) where live`.execute(
    db(),
  );
  await sql`create table bench_score_floor_history (run_id uuid not null, lead_id uuid not null,
    score smallint not null, previous smallint, grade char(1))`.execute(db());
  await sql`create index on bench_score_floor_history (lead_id)`.execute(db());
  await sql`vacuum analyze bench_score_floor`.execute(db());
  await sql`checkpoint`.execute(db());
  const newScore = sql`(100 - s.score)::smallint`;
  const runId = uuidv7();
  const writeSeconds = await inParts(
    (inRange) => sql`with changed as (
        update bench_score_floor s set score = ${newScore},
          grade = case when ${newScore} >= 80 then 'A' when ${newScore} >= 60 then 'B'
            when ${newScore} >= 40 then 'C' else 'D' end
        where ${inRange("s.lead_id")}
        returning s.lead_id, s.score, 100 - s.score as previous, s.grade)
      insert into bench_score_floor_history (run_id, lead_id, score, previous, grade)
      select ${runId}::uuid, lead_id, score, previous, grade from changed`,
  );
  await sql`drop table bench_score_floor, bench_score_floor_history`.execute(db());

  const floorSeconds = (evaluateSeconds ?? 0) + writeSeconds;
  emit({
    bench: "rescore_floor",
    leads,
    rules: rules.length,
    connections: FLOOR_CONNECTIONS,
    evaluate_rules_in_sql_seconds: evaluateSeconds === null ? null : round(evaluateSeconds),
    write_scores_and_history_seconds: round(writeSeconds),
    floor_seconds: round(floorSeconds),
    floor_leads_per_second: Math.round(leads / floorSeconds),
    rescore_seconds: round(rescoreSeconds),
    ratio_rescore_vs_floor: round(floorSeconds / rescoreSeconds, 3),
    target_seconds: round((TARGET_SECONDS_PER_MILLION * leads) / 1_000_000),
    unit: "s",
  });
}

/** The organisation's live leads split by id into FLOOR_CONNECTIONS ranges of about equal size. */
async function idRanges(orm: MikroORM, organizationId: string): Promise<[string, string][]> {
  const db = orm.em.fork().getKysely();
  const live = sql`organization_id = ${organizationId} and deleted_at is null`;
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from lead where ${live}`.execute(db);
  const bounds = ["00000000-0000-0000-0000-000000000000"];
  for (let part = 1; part < FLOOR_CONNECTIONS; part++) {
    const { rows: at } = await sql<{ id: string }>`select id from lead where ${live}
      order by id offset ${Math.floor((rows[0]!.n * part) / FLOOR_CONNECTIONS)} limit 1`.execute(db);
    bounds.push(at[0]!.id);
  }
  bounds.push("ffffffff-ffff-ffff-ffff-ffffffffffff");
  return bounds.slice(0, -1).map((from, index) => [from, bounds[index + 1]!]);
}

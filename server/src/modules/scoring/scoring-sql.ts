import {
  customFieldKey,
  DAY_MS,
  type Expected,
  freeEmailDomains,
  type PlannedRule,
  prepareExpected,
  prepareExpectedList,
  SCORING_FIELDS,
  type ScoringCategory,
  ScoringFieldType as T,
  type ScoringFieldName,
  ScoringOperator as Op,
  type ScoringPlan,
  type ScoringValue,
} from "@leadline/shared";
import { type RawBuilder, sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";

type Sql = RawBuilder<unknown>;

interface Context {
  row: Sql;
  now: Date;
}

/**
 * The shared evaluator's score as one SQL expression over a `lead` row: questions about every lead of an
 * organisation (what would this rule change do?) are answered by PostgreSQL, without reading the leads.
 *
 * It gives exactly what `compileScoring(rules, options).score(lead, { now }).score` gives (a property test
 * holds the two together over thousands of random leads and rules), on two conditions: text is lower-cased
 * and told into letters by ICU (the `und-x-icu` collation), as JavaScript does by Unicode, so without ICU
 * nothing compiles; and custom fields, typed by their value lead by lead, are not compiled. Null means "not
 * compilable here": the caller scores with the evaluator instead.
 */
export function compileScoreSql(
  plan: ScoringPlan,
  { alias, now, icu }: { alias: string; now: Date; icu: boolean },
): RawBuilder<number> | null {
  if (!icu || plan.rules.some(({ rule }) => customFieldKey(rule.field) !== null)) return null;
  const context: Context = { row: sql.table(alias), now };
  const terms = new Map<ScoringCategory, Sql[]>();
  const add = (category: ScoringCategory, term: Sql) =>
    terms.set(category, [...(terms.get(category) ?? []), term]);

  // A rule outside any group counts when it matches. A group counts its first matching rule only: a CASE over
  // its rules in priority order (one per category its rules belong to).
  const groups = new Map<string, PlannedRule[]>();
  for (const planned of plan.rules) {
    if (planned.group === null) groups.set(`rule:${planned.rule.id}`, [planned]);
    else groups.set(`group:${planned.group}`, [...(groups.get(`group:${planned.group}`) ?? []), planned]);
  }
  for (const members of groups.values()) {
    const matches = members.map(({ rule }) => matchSql(rule.field, rule.operator, rule.value, context));
    if (matches.some((match) => match === null)) return null;
    for (const category of new Set(members.map(({ rule }) => rule.category))) {
      const arms = members.map(
        ({ rule }, index) =>
          sql`when ${matches[index]!} then ${sql.lit(rule.category === category ? rule.points : 0)}`,
      );
      add(category, sql`(case ${sql.join(arms, sql` `)} else 0 end)`);
    }
  }

  const totals = [...terms].map(([category, categoryTerms]) => {
    const raw = sql`(${sql.join(categoryTerms, sql` + `)})`;
    const cap = plan.caps[category];
    return cap === null ? raw : sql`least(${raw}, ${sql.lit(cap)})`;
  });
  if (plan.decayPointsPerWeek > 0) {
    const { row } = context;
    const since = sql`greatest(${row}.last_activity_at, ${row}.last_engagement_at, ${row}.created_at)`;
    totals.push(sql`(-floor(${daysSince(since, now)} / 7) * ${sql.lit(plan.decayPointsPerWeek)})`);
  }
  const sum = totals.length === 0 ? sql`0` : sql.join(totals, sql` + `);
  return sql<number>`greatest(0, least(100, (${sum})::int))`;
}

/** Whether this PostgreSQL has ICU, which `compileScoreSql` needs. */
export async function hasIcu(em: EntityManager): Promise<boolean> {
  const { rows } = await sql<{ icu: boolean }>`
    select exists (select 1 from pg_collation where collname = 'und-x-icu') as icu`.execute(em.getKysely());
  return rows[0]?.icu === true;
}

// The operators that hold for an empty value (see `compileMatcher`).
const TRUE_WHEN_EMPTY = new Set<Op>([Op.IS_EMPTY, Op.NOT_EQUALS, Op.NOT_CONTAINS, Op.NOT_IN]);
const NEGATED = { [Op.NOT_EQUALS]: Op.EQUALS, [Op.NOT_IN]: Op.IN, [Op.NOT_CONTAINS]: Op.CONTAINS } as const;

/** Whether the rule matches (`compileMatcher`), as a boolean that is never null; null if not compilable. */
function matchSql(field: string, operator: Op, expected: ScoringValue, context: Context): Sql | null {
  if (!Object.hasOwn(SCORING_FIELDS, field)) return null;
  const { type, value } = fieldSql(field as ScoringFieldName, context);
  const empty = emptySql(type, value);
  if (operator === Op.IS_NOT_EMPTY) return sql`(not ${empty})`;
  const test = nonEmptySql(operator, type, value, expected);
  if (test === null) return null;
  return sql`(case when ${empty} then ${sql.lit(TRUE_WHEN_EMPTY.has(operator))} else coalesce(${test}, false) end)`;
}

/** The test for a value known not to be empty (`compileNonEmpty`). */
function nonEmptySql(operator: Op, type: T, value: Sql, expected: ScoringValue): Sql | null {
  const values = prepareExpectedList(expected);
  const scalar = expected === null || Array.isArray(expected) ? null : prepareExpected(expected);
  const any = (test: (item: Sql, one: Expected) => Sql | null) =>
    anyOf(values.map((one) => someItem(type, value, (item) => test(item, one))));
  switch (operator) {
    case Op.IS_EMPTY:
    case Op.IS_NOT_EMPTY:
      return sql`false`;
    case Op.EQUALS:
      return scalar === null ? sql`false` : someItem(type, value, (item) => equalsSql(type, item, scalar));
    case Op.IN:
      return any((item, one) => equalsSql(type, item, one));
    case Op.CONTAINS:
      if (type === T.STRING_LIST) return any((item, one) => equalsSql(type, item, one));
      return type === T.STRING ? anyOf(values.map((one) => containsWord(normalized(value), one))) : null;
    case Op.STARTS_WITH:
      return any((item, one) => sql`starts_with(${normalized(item)}, ${one.text})`);
    case Op.NOT_EQUALS:
    case Op.NOT_IN:
    case Op.NOT_CONTAINS: {
      const positive = nonEmptySql(NEGATED[operator], type, value, expected);
      return positive && sql`(not coalesce(${positive}, false))`;
    }
    case Op.GREATER_THAN:
    case Op.LESS_THAN: {
      const bound = scalar && rank(type, scalar, operator === Op.GREATER_THAN);
      if (bound === undefined) return null;
      return bound === null
        ? sql`false`
        : sql`${value} ${sql.raw(operator === Op.GREATER_THAN ? ">" : "<")} ${bound}`;
    }
    case Op.BETWEEN: {
      const [low, high] =
        Array.isArray(expected) && expected.length === 2 ? expected.map(prepareExpected) : [];
      const lowBound = low ? rank(type, low, false) : null;
      const highBound = high ? rank(type, high, true) : null;
      if (lowBound === undefined || highBound === undefined) return null;
      return lowBound === null || highBound === null
        ? sql`false`
        : sql`(${value} >= ${lowBound} and ${value} <= ${highBound})`;
    }
  }
}

/**
 * A bound of an order operator as the value compares with it (`ranks`): null when it cannot compare (the
 * rule never matches), undefined when the field's type is one the compiler leaves to the evaluator.
 */
function rank(type: T, bound: Expected, upper: boolean): Sql | null | undefined {
  if (type === T.NUMBER) return bound.number === null ? null : sql`${bound.number}::float8`;
  if (type === T.DATE) {
    const time = upper ? bound.upperTime : bound.time;
    return time === null ? null : sql`${time}::numeric`;
  }
  return undefined;
}

function equalsSql(type: T, item: Sql, expected: Expected): Sql {
  switch (type) {
    case T.NUMBER:
      return expected.number === null ? sql`false` : sql`${item} = ${expected.number}::float8`;
    case T.BOOLEAN:
      return expected.boolean === null ? sql`false` : sql`${item} = ${expected.boolean}`;
    case T.DATE:
      return expected.time === null ? sql`false` : sql`${item} = ${expected.time}::numeric`;
    default:
      return sql`${normalized(item)} = ${expected.text}`;
  }
}

function anyOf(tests: (Sql | null)[]): Sql | null {
  if (tests.some((test) => test === null)) return null;
  return tests.length === 0 ? sql`false` : sql`(${sql.join(tests as Sql[], sql` or `)})`;
}

/** `test` of the value, or of any non-blank element of a list (`someItem`). */
function someItem(type: T, value: Sql, test: (item: Sql) => Sql | null): Sql | null {
  if (type !== T.STRING_LIST) return test(value);
  // The evaluator reads a list's elements as text: a null element is the text "null".
  const item = sql`coalesce(e.v, 'null')`;
  const condition = test(item);
  return (
    condition &&
    sql`exists (select 1 from unnest(${value}) as e(v) where not ${blank(item)} and ${condition})`
  );
}

function emptySql(type: T, value: Sql): Sql {
  switch (type) {
    case T.STRING:
      return blank(value);
    case T.NUMBER:
      return sql`(${value} is null or ${value} in ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8))`;
    case T.STRING_LIST: {
      const item = sql`coalesce(e.v, 'null')`;
      return sql`(${value} is null or not exists (select 1 from unnest(${value}) as e(v) where not ${blank(item)}))`;
    }
    default:
      return sql`(${value} is null)`;
  }
}

// JavaScript's \s, which String.prototype.trim and the evaluator's space collapsing use: PostgreSQL's own
// [[:space:]] leaves out the no-break spaces.
const JS_SPACE = String.raw`[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]`;
const TRIM = `^${JS_SPACE}+|${JS_SPACE}+$`;

/** Text as the evaluator compares it (`normalizeText`): trimmed, spaces collapsed, lower-cased by ICU. */
function normalized(text: Sql): Sql {
  const trimmed = sql`regexp_replace(${text}, ${sql.lit(TRIM)}, '', 'g')`;
  return sql`lower(regexp_replace(${trimmed}, ${sql.lit(`${JS_SPACE}+`)}, ' ', 'g') collate "und-x-icu")`;
}

function blank(text: Sql): Sql {
  return sql`(${text} is null or ${text} ~ ${sql.lit(`^${JS_SPACE}*$`)})`;
}

/**
 * `needle` in normalised text without cutting a word in two (`containsWord`): a letter (ICU's, which is
 * Unicode's L, as the evaluator's \p{L}) must not continue the word on a side where the needle is a letter.
 */
function containsWord(text: Sql, needle: Expected): Sql {
  if (needle.text === "") return sql`false`;
  const pattern = `${needle.wordStart ? "(?<![[:alpha:]])" : ""}${needle.text.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&")}${needle.wordEnd ? "(?![[:alpha:]])" : ""}`;
  return sql`${text} ~ ${pattern}`;
}

/** Milliseconds since the epoch, as JavaScript reads a timestamp (truncated to the millisecond). */
function epochMs(time: Sql): Sql {
  return sql`floor(extract(epoch from ${time}) * 1000)`;
}

/** Whole days from `time` to `now`, never negative; null when `time` is (`daysBetween`). */
function daysSince(time: Sql, now: Date): Sql {
  // greatest() skips nulls: without the CASE, no time at all would read as 0 days.
  const days = sql`floor((${sql.lit(now.getTime())} - ${epochMs(time)}) / ${sql.lit(DAY_MS)})`;
  return sql`(case when ${time} is null then null else greatest(0, ${days}) end)`;
}

/** A field's value as the evaluator resolves it (`resolveField`), computed fields included. */
function fieldSql(field: ScoringFieldName, { row, now }: Context): { type: T; value: Sql } {
  const type = SCORING_FIELDS[field].type;
  const column = (name: string) => sql`${row}.${sql.ref(name)}`;
  switch (field) {
    case "daysSinceCreated":
      return { type, value: sql`${daysSince(column("created_at"), now)}::float8` };
    case "daysSinceLastActivity": {
      const last = sql`greatest(${column("last_activity_at")}, ${column("last_engagement_at")})`;
      return { type, value: sql`${daysSince(last, now)}::float8` };
    }
    case "hasPhone":
      return { type, value: sql`(not ${blank(column("phone"))})` };
    case "emailDomainType":
      return { type, value: emailDomainTypeSql(column("email")) };
    default: {
      const name = column(field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
      if (type === T.STRING) return { type, value: sql`${name}::text` };
      if (type === T.NUMBER) return { type, value: sql`${name}::float8` };
      if (type === T.DATE) return { type, value: epochMs(name) };
      return { type, value: name };
    }
  }
}

let freeDomainsJson: string | undefined;

/** BUSINESS, FREE or NONE (`emailDomainType`): the domain after the last @, trimmed and lower-cased. */
function emailDomainTypeSql(email: Sql): Sql {
  freeDomainsJson ??= JSON.stringify(
    Object.fromEntries([...freeEmailDomains()].map((domain) => [domain, 1])),
  );
  const domain = sql`lower(regexp_replace(regexp_replace(${email}, '^.*@', ''), ${sql.lit(TRIM)}, '', 'g') collate "und-x-icu")`;
  return sql`(case when ${email} is null or strpos(${email}, '@') = 0 then 'NONE'
    when ${domain} = '' then 'NONE'
    when jsonb_exists(${freeDomainsJson}::jsonb, ${domain}) then 'FREE' else 'BUSINESS' end)`;
}

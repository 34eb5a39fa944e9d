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
  alias: string;
  row: Sql;
  now: Date;
  /** Values several rules read (a field's normalised text), computed once per lead by `from`, by key. */
  shared: Map<string, { name: string; value: Sql }>;
}

/** `value`, computed once per lead however many rules read it. */
function once(context: Context, key: string, value: Sql): Sql {
  let column = context.shared.get(key);
  if (!column) {
    column = { name: `shared_${context.shared.size}`, value };
    context.shared.set(key, column);
  }
  return sql.ref(`${context.alias}.${column.name}`);
}

/**
 * The shared evaluator's score as one SQL expression over a `lead` row: questions about every lead of an
 * organisation (what would this rule change do?) are answered by PostgreSQL, without reading the leads.
 *
 * It gives what `compileScoring(rules, options).score(lead, { now }).score` gives (a property test holds the
 * two together over thousands of random leads and rules, custom fields included). Text is lower-cased and
 * told into letters by ICU (the `und-x-icu` collation), as JavaScript does by Unicode: without ICU nothing
 * compiles. Null means "not compilable here" (no ICU, or a custom field compared with a date): the caller
 * scores with the evaluator instead. Known differences, all in text read from custom-field JSON: objects
 * (see customMatchSql) and numbers from 1e15 up written as text.
 */
export function compileScoreSql(
  plan: ScoringPlan,
  { alias, now, icu }: { alias: string; now: Date; icu: boolean },
): ScoreSql | null {
  if (!icu) return null;
  const context: Context = { alias, row: sql.table(alias), now, shared: new Map() };
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
  const shared = [...context.shared.values()].map(({ name, value }) => sql`${value} as ${sql.ref(name)}`);
  return {
    from: (where) =>
      sql`(select ${sql.table(alias)}.*${sql.join(
        shared.map((column) => sql`, ${column}`),
        sql``,
      )}
        from lead ${sql.table(alias)} where ${where} offset 0) as ${sql.table(alias)}`,
    score: sql<number>`greatest(0, least(100, (${sum})::int))`,
  };
}

/** A compiled score: `score` reads the rows of `from`, which computes once per lead what rules share. */
export interface ScoreSql {
  /** The leads `where` selects (it names the lead table by the alias), under the alias, as a derived table. */
  from(where: Sql): Sql;
  score: RawBuilder<number>;
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
  const key = customFieldKey(field);
  if (key !== null) return customMatchSql(key, operator, expected, context);
  if (!Object.hasOwn(SCORING_FIELDS, field)) return null;
  return typedMatchSql(fieldSql(field as ScoringFieldName, context), operator, expected);
}

/**
 * A value of a known type, and for a scalar its text as `normalizeText` reads it (`norm`), which the text
 * operators compare: a list's elements are normalised one by one.
 */
interface Typed {
  type: T;
  value: Sql;
  norm: Sql;
}

function typedMatchSql(typed: Typed, operator: Op, expected: ScoringValue): Sql | null {
  const empty = emptySql(typed.type, typed.value);
  if (operator === Op.IS_NOT_EMPTY) return sql`(not ${empty})`;
  const test = nonEmptySql(operator, typed, expected);
  if (test === null) return null;
  return sql`(case when ${empty} then ${sql.lit(TRUE_WHEN_EMPTY.has(operator))} else coalesce(${test}, false) end)`;
}

// Plain decimals, as `toNumber` reads text.
const NUMERIC = String.raw`^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$`;

/**
 * A rule on `customFields.<key>`: the value's type is known lead by lead (`customValue`), so the match is a
 * CASE over the JSON type, each arm the match for that type. Objects and objects in lists read as
 * PostgreSQL's JSON text (the evaluator's has no spaces), and numbers as float8 text (the same as
 * JavaScript's below 1e15): only text operators on such values could tell.
 */
function customMatchSql(key: string, operator: Op, expected: ScoringValue, context: Context): Sql | null {
  // Read out of the lead's custom fields once: every read of the column copies it.
  const json = once(context, `custom:${key}`, sql`(${context.row}.custom_fields -> ${key})`);
  const text = sql`(${json} #>> '{}')`;
  const trimmed = sql`regexp_replace(${text}, ${sql.lit(TRIM)}, '', 'g')`;
  const item = sql`(case jsonb_typeof(e.j) when 'string' then e.j #>> '{}' when 'number' then (e.j)::float8::text
    else e.j::text end)`;
  const list = sql`array(select ${item} from jsonb_array_elements(${json}) as e(j) where jsonb_typeof(e.j) <> 'null')`;
  // Shared values are computed side by side: this one reads the column, not the shared `json`.
  const textNorm = once(
    context,
    `norm:custom:${key}`,
    normalized(sql`(${context.row}.custom_fields ->> ${key})`),
  );
  const arms = {
    boolean: { type: T.BOOLEAN, value: sql`(${json})::boolean`, norm: normalized(sql`(${json})::text`) },
    number: { type: T.NUMBER, value: sql`(${json})::float8`, norm: normalized(sql`(${json})::float8::text`) },
    numericText: { type: T.NUMBER, value: sql`(${trimmed})::float8`, norm: textNorm },
    text: { type: T.STRING, value: text, norm: textNorm },
    array: { type: T.STRING_LIST, value: list, norm: sql`null` },
    object: { type: T.STRING, value: sql`(${json})::text`, norm: normalized(sql`(${json})::text`) },
    none: { type: T.STRING, value: sql`null::text`, norm: sql`null::text` },
  };
  const match = Object.fromEntries(
    Object.entries(arms).map(([name, typed]) => [name, typedMatchSql(typed, operator, expected)]),
  ) as Record<keyof typeof arms, Sql | null>;
  if (Object.values(match).some((arm) => arm === null)) return null;
  // Text holding a number beyond float8's range is text to the evaluator too (Number() gives Infinity).
  const numeric = sql`(${trimmed} ~ ${sql.lit(NUMERIC)} and abs((${trimmed})::numeric) <= 1.7976931348623157e308)`;
  return sql`(case jsonb_typeof(${json}) when 'boolean' then ${match.boolean!} when 'number' then ${match.number!}
    when 'string' then (case when ${numeric} then ${match.numericText!} else ${match.text!} end)
    when 'array' then ${match.array!} when 'object' then ${match.object!} else ${match.none!} end)`;
}

/** The test for a value known not to be empty (`compileNonEmpty`). */
function nonEmptySql(operator: Op, typed: Typed, expected: ScoringValue): Sql | null {
  const { type, value } = typed;
  const values = prepareExpectedList(expected);
  const scalar = expected === null || Array.isArray(expected) ? null : prepareExpected(expected);
  switch (operator) {
    case Op.IS_EMPTY:
    case Op.IS_NOT_EMPTY:
      return sql`false`;
    case Op.EQUALS:
      return scalar === null
        ? sql`false`
        : someItem(typed, (item, norm) => equalsSql(type, item, norm, [scalar]));
    case Op.IN:
      return someItem(typed, (item, norm) => equalsSql(type, item, norm, values));
    case Op.CONTAINS:
      if (type === T.STRING_LIST) return someItem(typed, (item, norm) => equalsSql(type, item, norm, values));
      return containsWords(typed.norm, values);
    case Op.STARTS_WITH:
      return someItem(typed, (_item, norm) =>
        anyOf(values.map((one) => sql`starts_with(${norm}, ${one.text})`)),
      );
    case Op.NOT_EQUALS:
    case Op.NOT_IN:
    case Op.NOT_CONTAINS: {
      const positive = nonEmptySql(NEGATED[operator], typed, expected);
      return positive && sql`(not coalesce(${positive}, false))`;
    }
    case Op.GREATER_THAN:
    case Op.LESS_THAN: {
      const bound = scalar && rank(type, scalar, operator === Op.GREATER_THAN);
      if (bound === undefined) return null;
      if (bound === null) return sql`false`;
      return sql`${value} ${sql.raw(operator === Op.GREATER_THAN ? ">" : "<")} ${bound}`;
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
 * rule never matches), undefined when the comparison is one the compiler leaves to the evaluator.
 */
function rank(type: T, bound: Expected, upper: boolean): Sql | null | undefined {
  const time = upper ? bound.upperTime : bound.time;
  switch (type) {
    case T.NUMBER:
      return bound.number === null ? null : sql`${bound.number}::float8`;
    case T.DATE:
      return time === null ? null : sql`${time}::float8`;
    case T.STRING:
      // Text that is not a number (a custom field's) compares as a date with a date: parsing dates the way
      // the evaluator does is left to it.
      return time === null ? null : undefined;
    default:
      return null;
  }
}

/** Whether the item equals any of `expected` (`equals`): text as normalised (`norm`), the rest by value. */
function equalsSql(type: T, item: Sql, norm: Sql, expected: Expected[]): Sql {
  const pick = <V>(read: (one: Expected) => V | null) =>
    expected.map(read).filter((one): one is V => one !== null);
  switch (type) {
    case T.NUMBER:
      return sql`${item} = any(${pick((one) => one.number)}::float8[])`;
    case T.BOOLEAN:
      return sql`${item} = any(${pick((one) => one.boolean)}::boolean[])`;
    case T.DATE:
      return sql`${item} = any(${pick((one) => one.time)}::float8[])`;
    default:
      return sql`${norm} = any(${expected.map((one) => one.text)}::text[])`;
  }
}

function anyOf(tests: Sql[]): Sql {
  return tests.length === 0 ? sql`false` : sql`(${sql.join(tests, sql` or `)})`;
}

/** `test` of the value, or of any non-blank element of a list (`someItem`), with its normalised text. */
function someItem(typed: Typed, test: (item: Sql, norm: Sql) => Sql | null): Sql | null {
  if (typed.type !== T.STRING_LIST) return test(typed.value, typed.norm);
  // The evaluator reads a list's elements as text: a null element is the text "null".
  const item = sql`coalesce(e.v, 'null')`;
  const condition = test(item, normalized(item));
  return (
    condition &&
    sql`exists (select 1 from unnest(${typed.value}) as e(v) where not ${blank(item)} and ${condition})`
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
const JS_SPACES =
  "\t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const JS_SPACE = `[ ${JS_SPACES}]`;
const TRIM = `^${JS_SPACE}+|${JS_SPACE}+$`;

// Text that needs more than lower-casing: a space other than a plain one, two in a row, or one at an end.
const ODD_SPACES = `${JS_SPACE}{2}|[${JS_SPACES}]|^ | $`;

/**
 * Text as the evaluator compares it (`normalizeText`): trimmed, runs of spaces one plain space, lower-cased
 * by ICU. Most text is one plain space between words, and all ASCII, which the database's own lower-casing
 * says the same of: those take the short ways.
 */
function normalized(text: Sql): Sql {
  const spaced = sql`regexp_replace(regexp_replace(${text}, ${sql.lit(TRIM)}, '', 'g'), ${sql.lit(`${JS_SPACE}+`)}, ' ', 'g')`;
  return sql`(case when ${text} ~ ${sql.lit(ODD_SPACES)} then lower(${spaced} collate "und-x-icu")
    when octet_length(${text}) = length(${text}) then lower(${text})
    else lower(${text} collate "und-x-icu") end) collate "und-x-icu"`;
}

function blank(text: Sql): Sql {
  return sql`(${text} is null or ${text} ~ ${sql.lit(`^${JS_SPACE}*$`)})`;
}

/**
 * Any of `needles` in normalised text without cutting a word in two (`containsWord`): a letter (ICU's, which
 * is Unicode's L, as the evaluator's \p{L}) must not continue the word on a side where the needle is a
 * letter. Needles that need the same sides are one regular expression.
 */
function containsWords(text: Sql, needles: Expected[]): Sql {
  const patterns = new Map<string, string[]>();
  for (const needle of needles) {
    if (needle.text === "") continue;
    const sides = `${needle.wordStart ? "(?<![[:alpha:]])" : ""}(%)${needle.wordEnd ? "(?![[:alpha:]])" : ""}`;
    patterns.set(sides, [...(patterns.get(sides) ?? []), needle.text.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&")]);
  }
  return anyOf([...patterns].map(([sides, words]) => sql`${text} ~ ${sides.replace("%", words.join("|"))}`));
}

/**
 * Milliseconds since the epoch, as JavaScript reads a timestamp (truncated to the millisecond), in float8:
 * numeric arithmetic made decay alone cost 2.5 µs a lead. date_part is exact to 0.25 µs until 2106 and
 * microseconds are whole, so half a microsecond added before the floor lands on the right millisecond.
 */
function epochMs(time: Sql): Sql {
  return sql`floor(date_part('epoch', ${time}) * 1000 + 0.0005)`;
}

/** Whole days from `time` to `now`, never negative; null when `time` is (`daysBetween`). */
function daysSince(time: Sql, now: Date): Sql {
  // greatest() skips nulls: without the CASE, no time at all would read as 0 days.
  const days = sql`floor((${sql.lit(now.getTime())} - ${epochMs(time)}) / ${sql.lit(DAY_MS)})`;
  return sql`(case when ${time} is null then null else greatest(0, ${days}) end)`;
}

/** A field's value as the evaluator resolves it (`resolveField`), computed fields included. */
function fieldSql(field: ScoringFieldName, context: Context): Typed {
  if (field === "emailDomainType") {
    // Computed once per lead; its values are upper-case ASCII words.
    const value = once(context, field, emailDomainTypeSql(sql`${context.row}.email`));
    return { type: T.STRING, value, norm: sql`lower(${value}) collate "und-x-icu"` };
  }
  const { type, value } = standardFieldSql(field, context);
  // Text operators apply to text fields only (see OPERATORS_BY_TYPE), whose text is read once per lead.
  const norm = type === T.STRING ? once(context, `norm:${field}`, normalized(value)) : sql`null`;
  return { type, value, norm };
}

function standardFieldSql(field: ScoringFieldName, { row, now }: Context): { type: T; value: Sql } {
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
    default: {
      const name = column(field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
      if (type === T.STRING) return { type, value: sql`${name}::text` };
      if (type === T.NUMBER) return { type, value: sql`${name}::float8` };
      if (type === T.DATE) return { type, value: epochMs(name) };
      return { type, value: name };
    }
  }
}

let domainTypesJson: string | undefined;

/**
 * BUSINESS, FREE or NONE (`emailDomainType`): the domain after the last @, trimmed and lower-cased, looked up
 * once in one JSON object (each free domain to FREE, the empty domain to NONE).
 */
function emailDomainTypeSql(email: Sql): Sql {
  domainTypesJson ??= JSON.stringify(
    Object.fromEntries([["", "NONE"], ...[...freeEmailDomains()].map((domain) => [domain, "FREE"])]),
  );
  const domain = sql`btrim(split_part(${email}, '@', -1), ${sql.lit(` ${JS_SPACES}`)})`;
  return sql`(case when ${email} is null or strpos(${email}, '@') = 0 then 'NONE'
    else coalesce(${domainTypesJson}::jsonb ->> (case when octet_length(${email}) = length(${email})
      then lower(${domain}) else lower(${domain} collate "und-x-icu") end), 'BUSINESS') end)`;
}

import {
  scoringField,
  ScoringFieldType,
  ScoringOperator as Op,
  type ScoringCategory,
  type ScoringOptions,
  type ScoringRuleDefinition,
  type ScoringValue,
} from "@leadline/shared";
import type { ScoringPageQuery, ScoringRuleDraftInput } from "../../api/gql/graphql";

/** A stored rule as the scoring page reads it. */
export type ScoringRule = ScoringPageQuery["scoringRules"]["edges"][number]["node"];

/** The id a new rule goes by in previews, until the server gives it one. */
export const DRAFT_ID = "draft";

/** The rule builder's inputs, as typed: the value is kept per input shape, so switching back keeps it. */
export interface RuleForm {
  readonly id: string | null;
  readonly name: string;
  readonly category: ScoringCategory;
  readonly field: string;
  readonly operator: Op;
  /** A single value: text, a number, a date, or "true"/"false". */
  readonly text: string;
  /** IN, NOT_IN, and the text operators (CONTAINS and the like match any of the list). */
  readonly list: readonly string[];
  /** BETWEEN: [min, max]. */
  readonly range: readonly [string, string];
  readonly points: string;
  readonly priority: string;
  readonly exclusiveGroup: string;
  readonly active: boolean;
}

/** Which input the value needs for the field and operator. */
export type ValueKind = "none" | "boolean" | "list" | "range" | "single";

// A text operator takes text or a list ("Job title contains director, vp, ..."): chips serve both.
const LIST_OPERATORS: readonly Op[] = [Op.IN, Op.NOT_IN, Op.CONTAINS, Op.NOT_CONTAINS, Op.STARTS_WITH];

export function valueKind(field: string, operator: Op): ValueKind {
  const type = scoringField(field)?.type;
  if (operator === Op.IS_EMPTY || operator === Op.IS_NOT_EMPTY) return "none";
  if (operator === Op.BETWEEN) return "range";
  if (LIST_OPERATORS.includes(operator)) return "list";
  return type === ScoringFieldType.BOOLEAN ? "boolean" : "single";
}

export function emptyRuleForm(): RuleForm {
  return {
    id: null,
    name: "",
    category: "BEHAVIORAL",
    field: "",
    operator: Op.EQUALS,
    text: "",
    list: [],
    range: ["", ""],
    points: "10",
    priority: "0",
    exclusiveGroup: "",
    active: true,
  };
}

export function ruleForm(rule: ScoringRule): RuleForm {
  const value = rule.value as ScoringValue;
  const items = Array.isArray(value) ? value.map(String) : value === null ? [] : [String(value)];
  return {
    id: rule.id,
    name: rule.name,
    category: rule.category,
    field: rule.field,
    operator: rule.operator,
    text: value === null || Array.isArray(value) ? "" : String(value),
    list: items,
    range: [items[0] ?? "", items[1] ?? ""],
    points: String(rule.points),
    priority: String(rule.priority),
    exclusiveGroup: rule.exclusiveGroup ?? "",
    active: rule.active,
  };
}

/** Typed text as the value: a number on a number or custom field when it reads as one, else the text. */
function typedValue(field: string, text: string): string | number {
  const type = scoringField(field)?.type;
  const number = Number(text);
  const numeric = text.trim() !== "" && Number.isFinite(number);
  return numeric && (type === ScoringFieldType.NUMBER || type === undefined) ? number : text.trim();
}

function formValue(form: RuleForm): ScoringValue {
  switch (valueKind(form.field, form.operator)) {
    case "none":
      return null;
    case "boolean":
      return form.text === "" ? null : form.text === "true";
    case "list":
      return form.list.map((item) => typedValue(form.field, item));
    case "range":
      return form.range.map((bound) => typedValue(form.field, bound));
    case "single":
      return typedValue(form.field, form.text);
  }
}

/** Blank text is NaN, not 0, so a cleared input fails validation rather than scoring 0. */
function formNumber(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text);
}

/** The rule the form describes, for validation and the in-browser preview. */
export function formRule(form: RuleForm): ScoringRuleDefinition {
  return {
    id: form.id ?? DRAFT_ID,
    name: form.name.trim(),
    category: form.category,
    field: form.field,
    operator: form.operator,
    value: formValue(form),
    points: formNumber(form.points),
    priority: formNumber(form.priority),
    exclusiveGroup: form.exclusiveGroup.trim() || null,
    active: form.active,
  };
}

export function storedRule(rule: ScoringRule): ScoringRuleDefinition {
  return { ...rule, value: rule.value as ScoringValue };
}

/** The rule set if the draft were saved: the stored rules with the draft added, or replacing its rule. */
export function proposedRules(
  rules: readonly ScoringRuleDefinition[],
  draft: ScoringRuleDefinition,
): ScoringRuleDefinition[] {
  return [...rules.filter((rule) => rule.id !== draft.id), draft];
}

/** A rule as the API takes it in a proposed set (the new rule has no id yet). */
export function draftInput(rule: ScoringRuleDefinition): ScoringRuleDraftInput {
  const { id, name, category, field, operator, value, points, priority, exclusiveGroup, active } = rule;
  return {
    ...(id !== DRAFT_ID && { id }),
    name,
    category,
    field,
    operator,
    value,
    points,
    priority,
    exclusiveGroup,
    active,
  };
}

/** The organisation's caps and grade thresholds, as the evaluator takes them. */
export function scoringOptions(settings: ScoringPageQuery["scoringSettings"]): ScoringOptions {
  return {
    categoryCaps: Object.fromEntries(settings.categoryCaps.map(({ category, cap }) => [category, cap])),
    gradeThresholds: settings.gradeThresholds,
    decayPointsPerWeek: settings.decayPointsPerWeek,
  };
}

import {
  ScoringOperator as Op,
  type ScoringCategory,
  type ScoringOptions,
  type ScoringRuleDefinition,
} from "@leadline/shared";
import type { ScoringPageQuery, ScoringRuleDraftInput } from "../../api/gql/graphql";
import type { ConditionDraft } from "../../components/conditions/ConditionInputs";
import { conditionValue, emptyValueParts, valueParts } from "../../components/conditions/conditionValue";

/** A stored rule as the scoring page reads it. */
export type ScoringRule = ScoringPageQuery["scoringRules"]["edges"][number]["node"];

/** The id a new rule goes by in previews, until the server gives it one. */
export const DRAFT_ID = "draft";

/** The rule builder's inputs, as typed: the value is kept per input shape, so switching back keeps it. */
export interface RuleForm extends ConditionDraft {
  readonly id: string | null;
  readonly name: string;
  readonly category: ScoringCategory;
  readonly points: string;
  readonly priority: string;
  readonly exclusiveGroup: string;
  readonly active: boolean;
}

export function emptyRuleForm(): RuleForm {
  return {
    id: null,
    name: "",
    category: "BEHAVIORAL",
    field: "",
    operator: Op.EQUALS,
    ...emptyValueParts(),
    points: "10",
    priority: "0",
    exclusiveGroup: "",
    active: true,
  };
}

export function ruleForm(rule: ScoringRule): RuleForm {
  return {
    id: rule.id,
    name: rule.name,
    category: rule.category,
    field: rule.field,
    operator: rule.operator,
    ...valueParts(rule.value),
    points: String(rule.points),
    priority: String(rule.priority),
    exclusiveGroup: rule.exclusiveGroup ?? "",
    active: rule.active,
  };
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
    value: conditionValue(form.field, form.operator, form),
    points: formNumber(form.points),
    priority: formNumber(form.priority),
    exclusiveGroup: form.exclusiveGroup.trim() || null,
    active: form.active,
  };
}

export function storedRule(rule: ScoringRule): ScoringRuleDefinition {
  return { ...rule, value: rule.value as ScoringRuleDefinition["value"] };
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

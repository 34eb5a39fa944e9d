import {
  ConditionMatch,
  type FieldError,
  type RoutingCondition,
  RoutingStrategy,
  ScoringOperator,
  validateConditions,
} from "@leadline/shared";
import type { CreateAssignmentRuleInput, RoutingAdminQuery } from "../../api/gql/graphql";
import type { ConditionDraft } from "../../components/conditions/ConditionInputs";
import { conditionValue, emptyValueParts, valueParts } from "../../components/conditions/conditionValue";

/** A stored rule as the routing admin page reads it. */
export type AssignmentRuleView = RoutingAdminQuery["assignmentRules"]["edges"][number]["node"];

/** One condition row in the builder; `key` keeps React's rows stable while rows are removed. */
export interface ConditionRow extends ConditionDraft {
  readonly key: number;
}

/** The assignment rule dialog's inputs, as typed. */
export interface AssignmentRuleForm {
  readonly id: string | null;
  readonly name: string;
  readonly strategy: RoutingStrategy;
  readonly teamId: string;
  readonly userId: string;
  readonly conditionMatch: ConditionMatch;
  readonly conditions: readonly ConditionRow[];
  readonly active: boolean;
  readonly respectWorkingHours: boolean;
}

let nextKey = 0;

export function emptyCondition(): ConditionRow {
  return { key: nextKey++, field: "", operator: ScoringOperator.EQUALS, ...emptyValueParts() };
}

export function emptyAssignmentRuleForm(): AssignmentRuleForm {
  return {
    id: null,
    name: "",
    strategy: RoutingStrategy.ROUND_ROBIN,
    teamId: "",
    userId: "",
    conditionMatch: ConditionMatch.ALL,
    conditions: [],
    active: true,
    respectWorkingHours: false,
  };
}

/** Builder rows for stored conditions. */
export function conditionRows(
  conditions: readonly { field: string; operator: ScoringOperator; value: unknown }[],
): ConditionRow[] {
  return conditions.map((condition) => ({
    key: nextKey++,
    field: condition.field,
    operator: condition.operator,
    ...valueParts(condition.value),
  }));
}

export function assignmentRuleForm(rule: AssignmentRuleView): AssignmentRuleForm {
  return {
    id: rule.id,
    name: rule.name,
    strategy: rule.strategy,
    teamId: rule.team?.id ?? "",
    userId: rule.user?.id ?? "",
    conditionMatch: rule.conditionMatch,
    conditions: conditionRows(rule.conditions),
    active: rule.active,
    respectWorkingHours: rule.respectWorkingHours,
  };
}

/** The conditions the rows describe, as the evaluator and the API take them. */
export function rowConditions(rows: readonly ConditionRow[]): RoutingCondition[] {
  return rows.map(({ key: _key, field, operator, ...parts }) => ({
    field,
    operator,
    value: conditionValue(field, operator, parts),
  }));
}

/** A SPECIFIC_USER rule names a rep; every other strategy picks among a team's members. */
export function needsUser(strategy: RoutingStrategy): boolean {
  return strategy === RoutingStrategy.SPECIFIC_USER;
}

/** What is wrong with the form, with the server's field names (`conditions.<i>.<field>`, `teamId`, ...). */
export function validateAssignmentRule(form: AssignmentRuleForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.name.trim()) errors.push({ field: "name", message: "is required" });
  if (form.name.length > 200) errors.push({ field: "name", message: "must be at most 200 characters" });
  if (needsUser(form.strategy) && !form.userId) errors.push({ field: "userId", message: "pick the rep" });
  // A TERRITORY rule's team is optional: it takes the leads no territory matches.
  if (!needsUser(form.strategy) && form.strategy !== RoutingStrategy.TERRITORY && !form.teamId)
    errors.push({ field: "teamId", message: "pick the team" });
  return [...errors, ...validateConditions(rowConditions(form.conditions))];
}

/** The API's input for the form (the target the strategy does not use is cleared). */
export function assignmentRuleInput(form: AssignmentRuleForm): Omit<CreateAssignmentRuleInput, "priority"> {
  const user = needsUser(form.strategy);
  return {
    name: form.name.trim(),
    strategy: form.strategy,
    teamId: user || !form.teamId ? null : form.teamId,
    userId: user ? form.userId : null,
    conditionMatch: form.conditionMatch,
    conditions: rowConditions(form.conditions),
    active: form.active,
    respectWorkingHours: form.respectWorkingHours,
  };
}

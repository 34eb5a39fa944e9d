// Lead scoring: pure functions shared by the server (stored scores) and the rule builder (live preview).
export * from "./types.js";
export * from "./lead.js";
export {
  SCORING_FIELDS,
  CUSTOM_FIELD_PREFIX,
  customFieldKey,
  resolveField,
  scoringField,
  scoringFieldLabel,
} from "./fields.js";
export type { ScoringFieldDefinition, ScoringFieldName } from "./fields.js";
export { EmailDomainType, emailDomainType, freeEmailDomains } from "./email-domain.js";
export type { FieldValue, ResolvedField } from "./values.js";
export { DAY_MS, isEmptyValue } from "./values.js";
export {
  compileMatcher,
  matchesOperator,
  prepareExpected,
  prepareExpectedList,
  type Expected,
  type FieldMatcher,
} from "./operators.js";
export { OPERATORS_BY_TYPE, operatorsForField, validateScoringRule } from "./validate.js";
export {
  compileScoring,
  evaluateScore,
  planScoring,
  type CompiledScoring,
  type PlannedRule,
  type ScoringPlan,
} from "./evaluate.js";
export { DEFAULT_SCORING_RULES, SENIOR_TITLE_WORDS } from "./default-rules.js";
export * from "./qualification.js";

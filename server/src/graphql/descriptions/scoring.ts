const ruleFields: Record<string, string> = {
  name: "Short name shown in the rule list and in score breakdowns; required.",
  description: "What the rule is for, in words; optional.",
  category:
    "The kind of signal the rule reads; its category's cap (scoringSettings.categoryCaps) limits the positive points.",
  field:
    "The lead field the rule reads: a scoring field (email, jobTitle, employees, emailDomainType, ...) or customFields.<key>; BAD_USER_INPUT when unknown.",
  operator:
    "How the field is compared with `value`; it must suit the field's type (BAD_USER_INPUT naming `operator` otherwise).",
  value:
    "What the field is compared with: a string, number or boolean; a list for IN, NOT_IN or CONTAINS (any of); [min, max] for BETWEEN; null for IS_EMPTY and IS_NOT_EMPTY.",
  points: "Whole points from -100 to 100 added when the rule matches (negative subtracts).",
  priority: "Higher runs first and wins within an exclusive group; default 0.",
  active: "Inactive rules are kept but never match; default true.",
  exclusiveGroup:
    "Rules sharing a group are alternatives (tiers): only the highest-priority match counts. Null: the rule stands alone.",
};

/** `<typeName>.<field>` for each listed rule field. */
const ruleEntries = (typeName: string, fields: string[]) =>
  Object.fromEntries(fields.map((field) => [`${typeName}.${field}`, ruleFields[field]!]));
const ALL_RULE_FIELDS = Object.keys(ruleFields);

/** Scoring: rules, settings, overrides, rescoring runs, analysis and qualification. */
export const scoringDescriptions: Record<string, string> = {
  ...ruleEntries("ScoringRule", ["name", "description", "category", "operator", "active"]),
  ...ruleEntries("CreateScoringRuleInput", ALL_RULE_FIELDS),
  ...ruleEntries("UpdateScoringRuleInput", ALL_RULE_FIELDS),
  ...ruleEntries("ScoringRuleDraftInput", ALL_RULE_FIELDS),
  "UpdateScoringRuleInput.id": "The rule to change.",
  "ScoringRuleDraftInput.id": "The stored rule this draft replaces; absent for a new rule.",
  "DeleteScoringRuleInput.id": "The rule to remove.",
  DeleteScoringRuleInput: "Which scoring rule to remove.",
  ScoringRulePayload: "The result of a scoring rule change.",
  "ScoringRulePayload.rule": "The rule as saved.",
  DeleteScoringRulePayload: "The result of deleteScoringRule.",
  "DeleteScoringRulePayload.id": "The removed rule's id.",
  "Mutation.createScoringRule(input)":
    "The rule. BAD_USER_INPUT names the field at fault (unknown field, operator unfit for its type, value of the wrong shape, points outside -100..100); FORBIDDEN below ADMIN. An active rule queues a rescoring.",
  "Mutation.updateScoringRule(input)":
    "The rule's id and the fields to change; NOT_FOUND outside the organisation, BAD_USER_INPUT as for createScoringRule.",
  "Mutation.deleteScoringRule(input)": "The rule's id; NOT_FOUND outside the organisation.",

  "ScoringCategory.DEMOGRAPHIC":
    "About the person: job title and seniority, a business email, a phone given.",
  "ScoringCategory.FIRMOGRAPHIC": "About the company: named or not, its employees, revenue and industry.",
  "ScoringCategory.BEHAVIORAL":
    "What the lead did and said: where they came from (source), the urgency and budget they gave.",
  "ScoringCategory.ENGAGEMENT":
    "How the lead engages: email opens and clicks, website visits, form submissions.",
  "ScoringCategory.CUSTOM": "Organisation-specific signals, usually customFields.<key>.",

  "ScoringOperator.EQUALS":
    "Equal, ignoring case and spacing; numbers and dates compare as values; on a list (tags), any element.",
  "ScoringOperator.NOT_EQUALS": "Not EQUALS; also true when the field is empty.",
  "ScoringOperator.CONTAINS":
    'Text holds the value as whole words ("vp" in "VP, Sales", not "cto" in "Doctor"); a list value means any of them; on tags, membership.',
  "ScoringOperator.NOT_CONTAINS": "Not CONTAINS; also true when the field is empty.",
  "ScoringOperator.STARTS_WITH": "Text (or, on tags, any element) starts with the value, ignoring case.",
  "ScoringOperator.GREATER_THAN": "Number or date strictly greater than the value.",
  "ScoringOperator.LESS_THAN": "Number or date strictly less than the value.",
  "ScoringOperator.BETWEEN":
    "Number or date within [min, max], both inclusive; a date-only bound covers its whole UTC day.",
  "ScoringOperator.IN": "Equals any value of the list.",
  "ScoringOperator.NOT_IN": "Equals none of the list; also true when the field is empty.",
  "ScoringOperator.IS_EMPTY": "The field is null, blank text or an empty list (value: null).",
  "ScoringOperator.IS_NOT_EMPTY": "The field holds something (value: null).",

  "ScoreBreakdownItem.name": 'The rule\'s name (for the decay entry: "No activity for N weeks").',
  "ScoreBreakdownItem.category": "The rule's category.",
  "ScoreBreakdownItem.field": "The lead field the rule read.",
  "ScoreBreakdownItem.operator": "How the rule compared it.",

  // Scores and their history.
  "LeadScore.id": "Identifier of this history entry.",
  "LeadScore.createdAt": "When the score changed.",
  "LeadScore.score": "The score from then on, 0-100.",
  "LeadScore.previousScore": "The score before; null for the first entry.",
  "LeadScore.grade": "The grade (A-D) from then on.",
  "LeadScore.reason": "What caused the change.",
  "ScoreChangeReason.CREATED": "The lead was created and scored for the first time.",
  "ScoreChangeReason.UPDATED":
    "The lead's fields or stage changed, or a repeated capture raised its engagement.",
  "ScoreChangeReason.ACTIVITY": "An activity was logged, or a task completed, on the lead.",
  "ScoreChangeReason.OVERRIDE": "A person set or cleared a score override.",
  "ScoreChangeReason.MERGED": "Duplicates were merged into this lead.",
  "ScoreChangeReason.RULES_CHANGED": "A scoring rule was created, changed or deleted.",
  "ScoreChangeReason.SETTINGS_CHANGED": "Grade thresholds, category caps or decay changed.",
  "ScoreChangeReason.RESCORED": "A manager asked for a rescoring (rescoreLeads).",
  "ScoreChangeReason.DECAY": "The weekly decay took points off a lead without recent activity.",
  "LeadScoreChangedEvent.lead": "The lead, with its new score.",
  "LeadScoreChangedEvent.score": "The new score, 0-100.",
  "LeadScoreChangedEvent.previousScore": "The score before; null for a new lead.",
  "LeadScoreChangedEvent.grade": "The new grade, A-D.",
  "Subscription.leadScoreChanged(leadId)":
    "Only this lead's changes; absent: every lead of the organisation.",
  LeadScorePayload: "The result of a score override change.",
  "LeadScorePayload.lead": "The lead with its new score and history entry.",

  // Overrides.
  "OverrideLeadScoreInput.leadId": "The lead whose score to set.",
  "ClearLeadScoreOverrideInput.leadId": "The lead whose override to clear.",
  "Mutation.overrideLeadScore(input)":
    "The lead, the score and the reason (MANAGER and above); NOT_FOUND outside the organisation, BAD_USER_INPUT naming score or reason.",
  "Mutation.clearLeadScoreOverride(input)":
    "The lead and the reason (MANAGER and above); NOT_FOUND outside the organisation, BAD_USER_INPUT naming reason.",

  // Settings.
  "ScoringSettingsView.gradeThresholds": "Lowest score of grades A, B and C (default 80, 60, 40).",
  "ScoringSettingsView.categoryCaps":
    "The categories whose positive points are capped; a category not listed is uncapped.",
  GradeThresholdsInput: "Lowest score of each grade: 100 >= A > B > C >= 1.",
  "GradeThresholdsInput.A": "Lowest score of grade A (default 80).",
  "GradeThresholdsInput.B": "Lowest score of grade B (default 60).",
  "GradeThresholdsInput.C": "Lowest score of grade C (default 40); below it a lead is D.",
  "GradeThresholdsType.A": "Lowest score of grade A (default 80).",
  "GradeThresholdsType.B": "Lowest score of grade B (default 60).",
  "GradeThresholdsType.C": "Lowest score of grade C (default 40); below it a lead is D.",
  CategoryCapInput: "A cap on the positive points of one category.",
  "CategoryCapInput.category": "The category to cap; each at most once.",
  "CategoryCapInput.cap": "Most points, 0 to 100, the category's rules may add together.",
  "CategoryCapType.category": "The capped category.",
  "CategoryCapType.cap":
    "Most points, 0 to 100, the category's rules may add together; its negative points are never capped.",
  "UpdateScoringSettingsInput.gradeThresholds":
    "New grade thresholds; BAD_USER_INPUT unless 100 >= A > B > C >= 1.",
  "UpdateScoringSettingsInput.categoryCaps":
    "The new caps, replacing all caps; an empty list uncaps every category.",
  "Mutation.updateScoringSettings(input)":
    "Only the parts given change; FORBIDDEN below ADMIN, BAD_USER_INPUT naming gradeThresholds, categoryCaps or decayPointsPerWeek.",

  // Rescoring runs.
  "ScoringRun.status": "Where the run stands.",
  "ScoringRun.startedAt": "When a worker started it; null while queued.",
  "ScoringRun.finishedAt": "When it completed or failed; null while queued or running.",
  "ScoringRunStatus.QUEUED": "Waiting for a worker.",
  "ScoringRunStatus.RUNNING": "Rescoring; `processed` grows.",
  "ScoringRunStatus.COMPLETED": "Every lead was rescored.",
  "ScoringRunStatus.FAILED": "Stopped by an error; see `error`.",
  "Query.scoringRun(id)": "The run's id; NOT_FOUND outside the organisation.",
  "Subscription.scoringRunUpdated(runId)": "Only this run; absent: every run of the organisation.",
  "Mutation.rescoreLeads(input)": "Which leads to rescore (MANAGER and above).",
  RescoreLeadsPayload: "The result of rescoreLeads.",

  // Analysis (nothing is written).
  "Query.testScoringRule(input)":
    "The lead and the draft rule (MANAGER and above); NOT_FOUND for a lead outside the organisation, BAD_USER_INPUT naming rule.<field> for an invalid rule.",
  "Query.previewScoring(input)":
    "The proposed rules and the leads to try them on (MANAGER and above); BAD_USER_INPUT naming leadIds (more than 100) or rules.<index>.<field>.",
  "Query.scoringImpact(input)":
    "The proposed rule set (MANAGER and above); it replaces the stored rules for the computation.",
  TestScoringRuleInput: "A draft rule and the lead to try it on.",
  "TestScoringRuleInput.leadId": "A lead of the organisation.",
  "TestScoringRuleInput.rule": "The rule as drafted.",
  "ScoringRuleTest.matched": "Whether the rule matches the lead.",
  "PreviewScoringInput.rules": "The whole proposed rule set (it replaces the stored rules in the preview).",
  ScoringImpactInput: "A proposed rule set to measure.",
  ScoringPreview: "One lead's score now and under the proposed rules.",
  "ScoringPreview.lead": "The lead.",
  "ScoringPreview.scoreBefore": "The lead's score now.",
  "ScoringPreview.scoreAfter": "Its score under the proposed rules (current settings).",
  "ScoringPreview.gradeBefore": "Its grade now; null when never graded.",
  "ScoringPreview.gradeAfter": "Its grade under the proposed rules.",
  "ScoringPreview.breakdownAfter": "The rules that would match, in order.",
  "ScoringImpact.leadsEvaluated": "Live leads the proposal was computed for.",
  "ScoringImpact.scoresChanged": "Leads whose score would change.",
  "ScoringImpact.gradesChanged": "Leads whose grade would change.",
  "ScoringImpact.before": "The distribution now.",
  "ScoringImpact.after": "The distribution under the proposed rules.",
  GradeTransition: "How many leads would move from one grade to another.",
  "GradeTransition.from": "The grade now; null for leads never graded.",
  "GradeTransition.to": "The grade under the proposed rules.",
  "GradeTransition.count": "How many leads make this move.",
  "ScoreDistribution.total": "Live leads counted.",
  "ScoreDistribution.grades": "How many leads hold each grade, A to D.",
  GradeCount: "How many leads hold one grade.",
  "GradeCount.grade": "A, B, C or D.",
  "GradeCount.count": "Live leads with that grade.",
  "ScoreBucket.from": "Lowest score of the bucket (inclusive).",
  "ScoreBucket.to": "Highest score of the bucket (inclusive).",
  "ScoreBucket.count": "Live leads with a score in the bucket.",

  // Qualification.
  "QualificationStage.MQL":
    "Marketing-qualified: worth marketing's attention (default: score 40 and an email).",
  "QualificationStage.SQL": "Sales-qualified: ready for a rep (default: score 60, email, phone and company).",
  "QualificationStage.HOT": "Ready to buy (default: score 80 and a call or meeting in the last 14 days).",
  "QualificationCriteria.stage": "The stage these criteria define.",
  "QualificationCriteria.minScore": "Lowest score, 0-100, a lead needs for the stage.",
  "SetQualificationCriteriaInput.stage": "The stage to define; its existing criteria are replaced.",
  "SetQualificationCriteriaInput.minScore": "Lowest score, 0-100.",
  "SetQualificationCriteriaInput.requiredFields":
    "Scoring fields (or customFields.<key>) that must be filled in (a boolean must be true); default none.",
  "SetQualificationCriteriaInput.requiredActivityTypes":
    "Activity types of which the lead needs at least one (e.g. CALL, MEETING); default none.",
  "SetQualificationCriteriaInput.withinDays":
    "How recent that activity must be, in whole days (1 or more); null: any time.",
  DeleteQualificationCriteriaInput: "Which stage's criteria to remove.",
  "DeleteQualificationCriteriaInput.stage": "The stage; NOT_FOUND when it has no criteria.",
  QualificationCriteriaPayload: "The result of a qualification criteria change.",
  "QualificationCriteriaPayload.criteria": "The criteria as saved (for a deletion: as they were).",
  "Mutation.setQualificationCriteria(input)":
    "The stage and what it needs (ADMIN and OWNER); BAD_USER_INPUT names the field at fault.",
  "Mutation.deleteQualificationCriteria(input)":
    "The stage (ADMIN and OWNER); NOT_FOUND when it has no criteria.",
  "LeadQualification.stage": "The highest stage whose criteria the lead meets; null: none.",
  "LeadQualification.missing": "Each stage the lead does not meet, lowest first, with what it lacks.",
  MissingQualification: "A stage the lead does not meet yet, and why.",
  "MissingQualification.stage": "The stage not met.",
};

const ruleFields: Record<string, string> = {
  name: "Name shown in the rule list and in assignment reasons; 1 to 200 characters.",
  strategy: "How the rule picks a rep among the eligible ones.",
  teamId: "The team whose members take the leads; required by every strategy but SPECIFIC_USER.",
  userId: "The rep of a SPECIFIC_USER rule: an active user of the organisation.",
  conditions:
    "At most 20 conditions on the lead (the scoring rules' fields and operators), each checked like a scoring rule; none: every lead.",
  conditionMatch: "Whether ALL conditions (the default) or ANY one must hold.",
  priority: "Rules are tried highest first; the first whose conditions hold decides.",
  active: "Inactive rules are skipped; default true.",
  respectWorkingHours: "Skip reps outside their working hours (default false).",
};
const ruleEntries = (typeName: string, fields: string[]) =>
  Object.fromEntries(fields.map((field) => [`${typeName}.${field}`, ruleFields[field]!]));

const conditionFields: Record<string, string> = {
  field: "A scoring field (country, employees, source, ...) or customFields.<key>.",
  operator: "How the field is compared with `value` (as in scoring rules).",
  value:
    "What the field is compared with: a scalar, a list for IN/NOT_IN, [min, max] for BETWEEN, null for IS_EMPTY.",
};
const conditionEntries = (typeName: string) =>
  Object.fromEntries(Object.entries(conditionFields).map(([field, text]) => [`${typeName}.${field}`, text]));

/** Routing: assignment rules, reps' profiles, assignments, workload, SLA and team settings. */
export const routingDescriptions: Record<string, string> = {
  ...ruleEntries("AssignmentRule", ["name", "active", "conditionMatch", "strategy"]),
  "AssignmentRule.team": "The team whose members take the leads (all strategies but SPECIFIC_USER).",
  ...ruleEntries("CreateAssignmentRuleInput", [
    "name",
    "strategy",
    "conditions",
    "conditionMatch",
    "active",
    "respectWorkingHours",
  ]),
  ...ruleEntries("UpdateAssignmentRuleInput", Object.keys(ruleFields)),
  "UpdateAssignmentRuleInput.id": "The rule to change.",
  ...conditionEntries("RoutingConditionType"),
  ...conditionEntries("RoutingConditionInput"),
  "ConditionMatch.ALL": "Every condition must hold.",
  "ConditionMatch.ANY": "At least one condition must hold.",
  "RoutingStrategy.ROUND_ROBIN":
    "The team's eligible reps take turns in a stable order; with a fixed team their counts differ by at most one.",
  "RoutingStrategy.LEAST_LOADED": "The rep with the most room left today, then the fewest open leads.",
  "RoutingStrategy.TERRITORY":
    "For territory rules: the conditions pick the region (e.g. country IN [...]); the team's eligible reps take turns.",
  "RoutingStrategy.SPECIFIC_USER":
    "Always the rule's user (while eligible; otherwise the lead stays unassigned).",
  "RoutingStrategy.SCORE_BAND":
    "By grade: A to SENIOR reps, B to SENIOR and MID, C and D to anyone, taking turns; anyone eligible when the band is empty.",
  AssignmentRulePayload: "The result of an assignment rule change.",
  "AssignmentRulePayload.rule": "The rule as saved.",
  DeleteAssignmentRuleInput: "Which assignment rule to remove.",
  "DeleteAssignmentRuleInput.id": "The rule to remove.",
  DeleteAssignmentRulePayload: "The result of deleteAssignmentRule.",
  "DeleteAssignmentRulePayload.id": "The removed rule's id.",
  "ReorderAssignmentRulesInput.ids": "Every rule id, each once; BAD_USER_INPUT otherwise.",
  ReorderAssignmentRulesPayload: "The result of reorderAssignmentRules.",
  "ReorderAssignmentRulesPayload.rules": "Every rule, in the new order.",
  "Mutation.createAssignmentRule(input)":
    "The rule (MANAGER and above); BAD_USER_INPUT names the field at fault (name, conditions, teamId or userId missing for the strategy, a team or user outside the organisation).",
  "Mutation.updateAssignmentRule(input)":
    "The rule's id and the fields to change; NOT_FOUND outside the organisation, BAD_USER_INPUT as for createAssignmentRule.",
  "Mutation.deleteAssignmentRule(input)": "The rule's id; NOT_FOUND outside the organisation.",
  "Mutation.reorderAssignmentRules(input)":
    "Every rule id of the organisation, first = tried first (MANAGER and above).",

  // Reps.
  "SalesProfile.user": "The rep.",
  "SalesProfile.seniority": "The rep's seniority (default MID); SCORE_BAND rules read it.",
  "SalesProfile.workingHours": "When the rep works (default Monday to Friday, 09:00 to 17:00).",
  "Seniority.JUNIOR": "Takes grade C and D leads under SCORE_BAND.",
  "Seniority.MID": "Takes grade B, C and D leads under SCORE_BAND (the default).",
  "Seniority.SENIOR": "Takes leads of every grade; the only one given grade A under SCORE_BAND.",
  SalesProfilePayload: "The result of updateSalesProfile.",
  "SalesProfilePayload.profile": "The rep's settings as saved.",
  "UpdateSalesProfileInput.userId":
    "The rep; a MEMBER may name only themselves (and change only `available`).",
  "UpdateSalesProfileInput.maxLeadsPerDay": "Most leads routed per day, 0 to 10,000; null: the team's limit.",
  "UpdateSalesProfileInput.timezone": "IANA time zone name of the working hours, e.g. Europe/Berlin.",
  "UpdateSalesProfileInput.workingHours": "Weekly working hours in that time zone.",
  "UpdateSalesProfileInput.seniority": "The rep's seniority, for SCORE_BAND rules.",
  "Mutation.updateSalesProfile(input)":
    "The rep and the settings to change; FORBIDDEN when a MEMBER changes anything but their own availability, BAD_USER_INPUT naming the field at fault.",

  // Assignments.
  "LeadAssignment.id": "Identifier of this history entry.",
  "LeadAssignment.type": "How the lead came to its new owner.",
  "LeadAssignment.reason": "Why, in words: the person's reason, or the rule and strategy that decided.",
  "LeadAssignment.createdAt": "When the owner changed.",
  "LeadAssignment.fromUser": "The previous owner; null when the lead was unassigned.",
  "LeadAssignment.toUser": "The new owner; null when the lead was unassigned.",
  "AssignmentType.MANUAL": "A manager gave the lead to a rep (assignLead, bulkAssignLeads, updateLead).",
  "AssignmentType.AUTO_ROUND_ROBIN": "A ROUND_ROBIN rule decided.",
  "AssignmentType.AUTO_TERRITORY": "A TERRITORY rule decided.",
  "AssignmentType.AUTO_WORKLOAD": "A LEAST_LOADED rule decided.",
  "AssignmentType.AUTO_SCORE": "A SCORE_BAND rule decided.",
  "AssignmentType.AUTO_SPECIFIC": "A SPECIFIC_USER rule decided.",
  "AssignmentType.CLAIM": "A rep took the lead from a queue (claimLead).",
  "AssignmentType.ESCALATION":
    "The first-contact deadline was missed and the lead was routed to another rep.",
  LeadAssignmentPayload: "The result of an assignment.",
  "LeadAssignmentPayload.lead": "The lead with its new owner.",
  "AssignLeadInput.leadId": "The lead to assign.",
  "AssignLeadInput.userId": "The new owner: an active user of the organisation.",
  "AssignLeadInput.reason": "Why, 1 to 1,000 characters; kept in the assignment history.",
  "BulkAssignLeadsInput.leadIds": "1 to 1,000 live leads of the organisation (repeats are ignored).",
  "BulkAssignLeadsInput.userId": "The new owner: an active user with room for the leads today.",
  "BulkAssignLeadsInput.reason": "Why, 1 to 1,000 characters; kept in each lead's assignment history.",
  BulkAssignLeadsPayload: "The result of bulkAssignLeads.",
  "ClaimLeadInput.leadId":
    "An unassigned lead; one in a team queue only for that team's members (or managers).",
  "Mutation.assignLead(input)":
    "The lead, the rep and the reason (MANAGER and above); NOT_FOUND for a lead outside the organisation, BAD_USER_INPUT naming userId or reason.",
  "Mutation.bulkAssignLeads(input)":
    "The leads, the rep and the reason; all or nothing: BAD_USER_INPUT naming leadIds (not live leads of the organisation) or userId (inactive, or no room today).",
  "Mutation.claimLead(input)":
    "The lead to take (MEMBER and above); CONFLICT when it has an owner by now, FORBIDDEN when it waits in another team's queue.",
  "LeadAssignedEvent.lead": "The lead, with its new owner.",
  "LeadAssignedEvent.type": "How it came to the new owner.",
  "Subscription.leadAssigned(toMe)": "True: only leads given to the viewer.",

  // Trying a lead against the rules.
  "Query.testAssignment(input)":
    "A lead as it would arrive (MANAGER and above); it is scored but never saved.",
  "TestAssignmentInput.lead": "The lead's fields, as for createLead.",
  "AssignmentTest.user": "The rep it would go to; null when it would wait in a queue or no rule matches.",
  "AssignmentTest.type": "How it would be assigned; null when no rule matches.",
  "AssignmentTest.reason": "Why, in words (the rule and strategy); null when no rule matches.",

  // Workload.
  "TeamWorkload.team": "The team.",
  "TeamWorkload.reps": "The team's members, with their load.",
  "RepWorkload.user": "The rep.",

  // SLA.
  "UpdateSlaSettingsInput.gradeAMinutes": "Minutes to first contact for grade A leads (default 30).",
  "UpdateSlaSettingsInput.gradeBMinutes": "Minutes to first contact for grade B leads (default 240).",
  "UpdateSlaSettingsInput.otherMinutes":
    "Minutes to first contact for other leads: grades C and D, and ungraded (default 1,440).",
  "UpdateSlaSettingsInput.escalate": "On a missed deadline, route the lead again to another rep.",
  "Mutation.updateSlaSettings(input)":
    "The settings to change (ADMIN and OWNER); BAD_USER_INPUT naming a minutes field outside 1 to 43,200.",

  // Team settings.
  "UpdateTeamRoutingInput.teamId": "A team of the organisation; NOT_FOUND otherwise.",
  "UpdateTeamRoutingInput.maxLeadsPerMember":
    "Daily lead limit of members without their own, 0 to 10,000; null: none.",
  UpdateTeamRoutingPayload: "The result of updateTeamRouting.",
  "UpdateTeamRoutingPayload.team": "The team as saved.",
  "Mutation.updateTeamRouting(input)":
    "The team and the settings to change (MANAGER and above); BAD_USER_INPUT naming maxLeadsPerMember or slackWebhookUrl.",
};

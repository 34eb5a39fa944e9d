import { ScoringCategory as C, ScoringOperator as Op, type ScoringRuleDefinition } from "./types.js";

/** Words (whole words, see CONTAINS) that put a job title at director level or above. */
export const SENIOR_TITLE_WORDS: readonly string[] = [
  ...["director", "vp", "svp", "evp", "vice president", "head of", "president", "chief"],
  ...["ceo", "cto", "cfo", "coo", "cmo", "founder", "cofounder", "owner"],
];

type Extra = Pick<ScoringRuleDefinition, "description" | "exclusiveGroup"> & { priority?: number };

function rule(
  id: string,
  name: string,
  category: C,
  field: string,
  operator: Op,
  value: ScoringRuleDefinition["value"],
  points: number,
  { priority = 0, ...extra }: Extra = {},
): ScoringRuleDefinition {
  return {
    id: `default-${id}`,
    name,
    category,
    field,
    operator,
    value,
    points,
    priority,
    active: true,
    ...extra,
  };
}

// Job titles are tiers of one exclusive group: only the highest-priority match counts.
const titleTier = (priority: number, description?: string): Extra => ({
  priority,
  exclusiveGroup: "job-title",
  ...(description ? { description } : {}),
});

/**
 * The rules a new organisation starts with (ids `default-...`). A Director scores the senior job-title
 * tier alone (15, not 15 + 10 + 5), a Sales Manager 10, any other title 5.
 */
export const DEFAULT_SCORING_RULES: readonly ScoringRuleDefinition[] = [
  // Demographic: who the person is.
  rule("business-email", "Business email", C.DEMOGRAPHIC, "emailDomainType", Op.EQUALS, "BUSINESS", 15, {
    description: "The email is not from a free or disposable mail provider.",
  }),
  rule("phone", "Phone given", C.DEMOGRAPHIC, "hasPhone", Op.EQUALS, true, 5),
  rule(
    "job-title-senior",
    "Job title: director or above",
    C.DEMOGRAPHIC,
    "jobTitle",
    Op.CONTAINS,
    [...SENIOR_TITLE_WORDS],
    15,
    titleTier(30),
  ),
  rule(
    "job-title-manager",
    "Job title: manager",
    C.DEMOGRAPHIC,
    "jobTitle",
    Op.CONTAINS,
    "manager",
    10,
    titleTier(20),
  ),
  rule(
    "job-title-individual",
    "Job title: individual contributor",
    C.DEMOGRAPHIC,
    "jobTitle",
    Op.IS_NOT_EMPTY,
    null,
    5,
    titleTier(10, "Any other job title."),
  ),

  // Firmographic: the company.
  rule("company", "Company given", C.FIRMOGRAPHIC, "company", Op.IS_NOT_EMPTY, null, 5),
  rule("company-size", "Over 100 employees", C.FIRMOGRAPHIC, "employees", Op.GREATER_THAN, 100, 10),
  rule(
    "target-industry",
    "Target industry",
    C.FIRMOGRAPHIC,
    "industry",
    Op.IN,
    ["Software", "Financial Services", "Healthcare", "Manufacturing"],
    15,
  ),
  rule(
    "target-region",
    "Target region",
    C.FIRMOGRAPHIC,
    "country",
    Op.IN,
    // Codes and the names people type ("United States", "UK"): a form's country field holds either.
    [
      ...["US", "USA", "United States", "United States of America", "GB", "UK", "United Kingdom"],
      ...["CA", "Canada", "DE", "Germany", "FR", "France", "NL", "Netherlands", "AU", "Australia"],
    ],
    10,
  ),

  // Behavioral: what the lead asked for and where it came from.
  rule(
    "service-interest",
    "Specific service interest",
    C.BEHAVIORAL,
    "customFields.serviceInterest",
    Op.IS_NOT_EMPTY,
    null,
    15,
  ),
  rule("urgency-high", "Urgency: high", C.BEHAVIORAL, "customFields.urgency", Op.EQUALS, "high", 15),
  rule("urgency-medium", "Urgency: medium", C.BEHAVIORAL, "customFields.urgency", Op.EQUALS, "medium", 10),
  rule("urgency-low", "Urgency: low", C.BEHAVIORAL, "customFields.urgency", Op.EQUALS, "low", 5),
  rule("budget", "Budget given", C.BEHAVIORAL, "customFields.budgetRange", Op.IS_NOT_EMPTY, null, 5),
  rule("source-paid-search", "Source: paid search", C.BEHAVIORAL, "source", Op.EQUALS, "paid_search", 15),
  rule(
    "source-organic-search",
    "Source: organic search",
    C.BEHAVIORAL,
    "source",
    Op.EQUALS,
    "organic_search",
    10,
  ),
  rule("source-direct", "Source: direct", C.BEHAVIORAL, "source", Op.EQUALS, "direct", 8),
  rule("source-social", "Source: social", C.BEHAVIORAL, "source", Op.EQUALS, "social", 5),
  rule("source-email", "Source: email", C.BEHAVIORAL, "source", Op.EQUALS, "email", 3),

  // Engagement: what the lead did.
  rule("email-opens", "3+ email opens", C.ENGAGEMENT, "emailOpens", Op.GREATER_THAN, 2, 10),
];

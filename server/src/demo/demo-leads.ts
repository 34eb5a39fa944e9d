import { type Faker } from "@faker-js/faker";
import { ContactMethod, LeadStatus, normalizePhone } from "@leadline/shared";
import { DEMO_CAMPAIGNS } from "./demo-campaigns.js";

const SOURCES = [
  { value: "paid_search", weight: 22 },
  { value: "organic_search", weight: 20 },
  { value: "direct", weight: 10 },
  { value: "social", weight: 12 },
  { value: "email", weight: 10 },
  { value: "referral", weight: 10 },
  { value: "event", weight: 8 },
  { value: "webinar", weight: 8 },
];
const STATUSES = [
  { value: LeadStatus.NEW, weight: 40 },
  { value: LeadStatus.CONTACTED, weight: 25 },
  { value: LeadStatus.QUALIFIED, weight: 15 },
  { value: LeadStatus.LOST, weight: 12 },
  { value: LeadStatus.CONVERTED, weight: 8 },
];
// Half of the leads come from the default rules' target regions, as in a real mixed funnel.
const COUNTRIES = [
  "US",
  "US",
  "GB",
  "DE",
  "FR",
  "CA",
  "AU",
  "NL",
  "IN",
  "BR",
  "MX",
  "ES",
  "IT",
  "PL",
  "JP",
  "ZA",
];
const INDUSTRIES = [
  "Software",
  "Financial Services",
  "Healthcare",
  "Manufacturing",
  "Retail",
  "Education",
  "Logistics",
  "Telecommunications",
  "Energy",
  "Media",
  "Hospitality",
  "Real Estate",
  "Construction",
  "Non-profit",
];
// Most inbound leads come from small companies.
const SIZE_BANDS: { value: [string, number, number]; weight: number }[] = [
  { value: ["1-10", 1, 10], weight: 30 },
  { value: ["11-50", 11, 50], weight: 28 },
  { value: ["51-200", 51, 200], weight: 20 },
  { value: ["201-1000", 201, 1000], weight: 12 },
  { value: ["1001-5000", 1001, 5000], weight: 6 },
  { value: ["5000+", 5001, 40000], weight: 4 },
];
const TITLES = [
  "CEO",
  "CTO",
  "VP of Sales",
  "VP Marketing",
  "Director of Operations",
  "Head of IT",
  "Marketing Manager",
  "Sales Manager",
  "Procurement Manager",
  "Software Engineer",
  "Analyst",
  "Office Manager",
  "Founder",
  "Product Manager",
  "Sales Representative",
  "Accountant",
  "Consultant",
  "Student",
  "Coordinator",
  "Designer",
  "Teacher",
];
const CAMPAIGNS = [...DEMO_CAMPAIGNS.map((campaign) => campaign.name), null];
const TAGS = [
  "enterprise",
  "smb",
  "trial",
  "newsletter",
  "demo-requested",
  "pricing-page",
  "partner",
  "event-2026",
];
const LOST_REASONS = [
  "No budget",
  "No authority",
  "No need",
  "Bad timing",
  "Unresponsive",
  "Competitor chosen",
];
const FREE_MAIL = ["gmail.com", "outlook.com", "yahoo.com"];

export interface DemoLeadData {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  jobTitle: string;
  company: string;
  industry: string;
  companySize: string;
  employees: number;
  annualRevenue: number;
  website: string;
  city: string;
  state: string | null;
  country: string;
  source: string;
  campaign: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  status: LeadStatus;
  lostReason: string | null;
  tags: string[];
  emailOpens: number;
  emailClicks: number;
  websiteVisits: number;
  formSubmissions: number;
  lastEngagementAt: Date | null;
  doNotCall: boolean;
  doNotEmail: boolean;
  preferredContactMethod: ContactMethod | null;
  consent: { given: boolean; at: Date | null; source: string | null };
  customFields: Record<string, string>;
  createdAt: Date;
  updatedAt: Date;
  assigneeIndex: number | null;
}

/** One plausible lead created within the last `days` days; `assignees` owners share the assigned ones. */
export function demoLead(faker: Faker, now: Date, days: number, assignees: number): DemoLeadData {
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const company = faker.company.name();
  const domain = `${company.toLowerCase().replace(/[^a-z0-9]+/g, "")}.example`;
  const business = faker.datatype.boolean({ probability: 0.5 });
  const email =
    `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "") +
    `${faker.number.int(99)}@${business ? domain : faker.helpers.arrayElement(FREE_MAIL)}`;
  const country = faker.helpers.arrayElement(COUNTRIES);
  const [companySize, minEmployees, maxEmployees] = faker.helpers.weightedArrayElement(SIZE_BANDS);
  const employees = faker.number.int({ min: minEmployees, max: maxEmployees });
  const source = faker.helpers.weightedArrayElement(SOURCES);
  const status = faker.helpers.weightedArrayElement(STATUSES);
  const createdAt = faker.date.between({ from: new Date(now.getTime() - days * 86_400_000), to: now });
  // Skewed low: most leads open few emails, a few open many.
  const emailOpens = Math.floor(faker.number.float({ min: 0, max: 1 }) ** 2 * 12);
  const websiteVisits = faker.number.int({ min: 0, max: 25 });
  const paid = source === "paid_search" || source === "social";
  return {
    firstName,
    lastName,
    email,
    phone: faker.datatype.boolean({ probability: 0.55 })
      ? normalizePhone(
          `+1 ${faker.helpers.arrayElement(["415", "212", "312", "617", "206"])} 555 01${faker.string.numeric(2)}`,
        )
      : null,
    jobTitle: faker.helpers.arrayElement(TITLES),
    company,
    industry: faker.helpers.arrayElement(INDUSTRIES),
    companySize,
    employees,
    annualRevenue: Math.round((employees * faker.number.int({ min: 80_000, max: 300_000 })) / 1000) * 1000,
    website: `https://www.${domain}`,
    city: faker.location.city(),
    state: country === "US" ? faker.location.state({ abbreviated: true }) : null,
    country,
    source,
    campaign: faker.helpers.arrayElement(CAMPAIGNS),
    utmSource: paid ? faker.helpers.arrayElement(["google", "linkedin", "facebook"]) : null,
    utmMedium: paid ? "cpc" : null,
    utmCampaign: paid ? "q3-growth" : null,
    status,
    lostReason: status === LeadStatus.LOST ? faker.helpers.arrayElement(LOST_REASONS) : null,
    tags: faker.helpers.arrayElements(TAGS, { min: 0, max: 3 }),
    emailOpens,
    emailClicks: faker.number.int({ min: 0, max: emailOpens }),
    websiteVisits,
    formSubmissions: faker.number.int({ min: 1, max: 4 }),
    lastEngagementAt:
      websiteVisits + emailOpens > 0 ? faker.date.between({ from: createdAt, to: now }) : null,
    doNotCall: faker.datatype.boolean({ probability: 0.05 }),
    doNotEmail: faker.datatype.boolean({ probability: 0.04 }),
    preferredContactMethod: faker.helpers.arrayElement([ContactMethod.EMAIL, ContactMethod.PHONE, null]),
    consent: faker.datatype.boolean({ probability: 0.8 })
      ? { given: true, at: createdAt, source: "web form" }
      : { given: false, at: null, source: null },
    customFields: demoFormAnswers(faker),
    createdAt,
    updatedAt: createdAt,
    assigneeIndex:
      status === LeadStatus.NEW && faker.datatype.boolean({ probability: 0.3 })
        ? null
        : faker.number.int({ min: 0, max: assignees - 1 }),
  };
}

const SERVICES = ["Implementation", "Consulting", "Training", "Support plan", "Integration"];
/** The form's budget answers, and the deal values each stands for. */
const BUDGET_RANGES: Record<string, [number, number]> = {
  "< 10k": [2_000, 10_000],
  "10k-50k": [10_000, 50_000],
  "50k-200k": [50_000, 200_000],
  "200k+": [200_000, 500_000],
};
const BUDGETS = Object.keys(BUDGET_RANGES);

/** What a capture form asks (service interest, urgency, budget); many leads leave some blank. */
function demoFormAnswers(faker: Faker): Record<string, string> {
  const answers: Record<string, string> = {};
  if (faker.datatype.boolean({ probability: 0.35 }))
    answers.serviceInterest = faker.helpers.arrayElement(SERVICES);
  if (faker.datatype.boolean({ probability: 0.45 }))
    answers.urgency = faker.helpers.weightedArrayElement([
      { value: "high", weight: 2 },
      { value: "medium", weight: 4 },
      { value: "low", weight: 4 },
    ]);
  if (faker.datatype.boolean({ probability: 0.3 })) answers.budgetRange = faker.helpers.arrayElement(BUDGETS);
  return answers;
}

/**
 * What a demo deal is worth, or null: Qualified and Converted leads have a value, some Contacted ones
 * too. It grows with the company's size (a few thousand for a small firm, hundreds of thousands for a
 * large one) and stays within the budget the lead gave on the form; rounded as a rep would enter it.
 */
export function demoDealValue(
  faker: Faker,
  lead: Pick<DemoLeadData, "status" | "employees" | "customFields">,
): number | null {
  const priced =
    lead.status === LeadStatus.QUALIFIED ||
    lead.status === LeadStatus.CONVERTED ||
    (lead.status === LeadStatus.CONTACTED && faker.datatype.boolean({ probability: 0.4 }));
  if (!priced) return null;
  const bySize = 1_200 * lead.employees ** 0.55 * faker.number.float({ min: 0.6, max: 1.6 });
  const budget = BUDGET_RANGES[lead.customFields.budgetRange ?? ""];
  const value = budget ? Math.min(Math.max(bySize, budget[0]), budget[1]) : bySize;
  const step = value < 20_000 ? 500 : value < 100_000 ? 1_000 : 5_000;
  return Math.max(step, Math.round(value / step) * step);
}

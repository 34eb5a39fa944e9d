import { Role } from "@leadline/shared";
import type { EntityManager } from "../db/orm.js";
import { newCampaignToken } from "../modules/campaigns/campaign-token.js";
import { Campaign } from "../modules/campaigns/campaign.entity.js";
import { CampaignStatus, CampaignType } from "../modules/campaigns/campaign.enums.js";
import { CaptureError } from "../modules/capture/capture-errors.js";
import { CaptureEvent } from "../modules/capture/capture-event.entity.js";
import { parseCapturePayload } from "../modules/capture/capture-payload.js";
import { CaptureChannel, CaptureOutcome } from "../modules/capture/capture.enums.js";
import type { LeadForm } from "../modules/forms/form.entity.js";
import { createForm } from "../modules/forms/form.service.js";
import type { Lead } from "../modules/leads/lead.entity.js";
import type { Organization } from "../modules/organizations/organization.entity.js";
import type { User } from "../modules/users/user.entity.js";

const DAY_MS = 86_400_000;

/**
 * The demo's campaigns (the names its leads give), for an organisation of 2,000 leads: budgets and
 * targets shrink with a smaller one. Days are relative to the load; the leads span the last 90 days.
 */
export const DEMO_CAMPAIGNS = [
  {
    name: "Spring Webinar Series",
    type: CampaignType.EVENT,
    status: CampaignStatus.COMPLETED,
    startDay: -95,
    endDay: -1,
    budget: 12_000,
    targetLeads: 300,
    landingPage: "/webinars",
  },
  {
    name: "Q3 Paid Search",
    type: CampaignType.PAID_SEARCH,
    status: CampaignStatus.ACTIVE,
    startDay: -92,
    endDay: 30,
    budget: 45_000,
    targetLeads: 400,
    landingPage: "/pricing",
  },
  {
    name: "Product Launch 2026",
    type: CampaignType.WEB,
    status: CampaignStatus.ACTIVE,
    startDay: -91,
    endDay: 60,
    budget: 60_000,
    targetLeads: 450,
    landingPage: "/launch-2026",
  },
  {
    name: "Partner Referral Program",
    type: CampaignType.REFERRAL,
    status: CampaignStatus.ACTIVE,
    startDay: -365,
    endDay: null,
    budget: 15_000,
    targetLeads: 250,
    landingPage: null,
  },
  {
    name: "Trade Show Berlin",
    type: CampaignType.EVENT,
    status: CampaignStatus.ACTIVE,
    startDay: -100,
    endDay: 14,
    budget: 38_000,
    targetLeads: 300,
    landingPage: null,
  },
] as const;
export const FORM_CAMPAIGN = "Product Launch 2026";
/** The campaign whose landing page posts to the capture API (where the log's refusals come from). */
const API_CAMPAIGN = "Q3 Paid Search";
const CAPTURED_BY_FORM = 12;

/** The organisation's (made-up) website, where its landing pages and forms live. */
const siteOf = (organization: Organization) => `https://www.${organization.slug}.example`;
const day = (now: Date, offset: number) =>
  new Date(now.getTime() + offset * DAY_MS).toISOString().slice(0, 10);

/** The organisation's demo campaigns by name, created (with their public tokens) in the unit of work. */
export function createDemoCampaigns(
  em: EntityManager,
  organization: Organization,
  leadCount: number,
  now: Date,
): Map<string, Campaign> {
  const scale = leadCount / 2000;
  const site = siteOf(organization);
  return new Map(
    DEMO_CAMPAIGNS.map((spec) => [
      spec.name,
      em.create(Campaign, {
        organization,
        name: spec.name,
        type: spec.type,
        status: spec.status,
        startDate: day(now, spec.startDay),
        endDate: spec.endDay === null ? null : day(now, spec.endDay),
        budget: Math.max(500, Math.round((spec.budget * scale) / 500) * 500),
        targetLeads: Math.max(5, Math.round(spec.targetLeads * scale)),
        landingPageUrl: spec.landingPage && `${site}${spec.landingPage}`,
        allowedOrigins: spec.landingPage ? [site] : [],
        publicToken: newCampaignToken(),
        createdAt: new Date(now.getTime() + spec.startDay * DAY_MS),
      }),
    ]),
  );
}

/** The launch campaign's web form, made as a manager makes one (same checks and defaults). */
export async function createDemoForm(
  em: EntityManager,
  manager: User,
  campaign: Campaign,
): Promise<LeadForm> {
  const site = siteOf(campaign.organization);
  const form = await createForm(
    em,
    { userId: manager.id, organizationId: campaign.organization.id, role: Role.MANAGER },
    {
      campaignId: campaign.id,
      name: "Launch demo request",
      thankYouUrl: `${site}/launch-2026/thanks`,
      allowedOrigins: [site],
      fields: [
        { name: "firstName", label: "First name" },
        { name: "lastName", label: "Last name", required: true },
        { name: "email", label: "Work email", type: "email", required: true },
        { name: "company", label: "Company" },
        { name: "phone", label: "Phone", type: "tel" },
        { name: "budget_range", label: "Budget" },
        { name: "message", label: "What would you like to see?", type: "textarea" },
      ],
    },
  );
  form.createdAt = campaign.createdAt;
  return form;
}

/** A refusal as the capture API logs it (`CODE: message`), from what the API says to such a body. */
function refusal(campaign: Campaign, contact: Record<string, string>): string {
  try {
    parseCapturePayload({ campaign_id: campaign.id, contact }, campaign.name);
  } catch (error) {
    if (error instanceof CaptureError) return error.logReason();
    throw error;
  }
  throw new Error("the demo's refused capture was accepted");
}

/**
 * A capture log like a live one: the form's most recent leads ACCEPTED when they were created, one
 * person submitting again within a day (DUPLICATE: the lead's engagement moved), and two bodies the API
 * refused (REJECTED, with the reason it gave).
 */
export function logDemoCaptures(
  em: EntityManager,
  form: LeadForm,
  campaigns: ReadonlyMap<string, Campaign>,
  leads: readonly Lead[],
  now: Date,
): void {
  const organization = form.organization;
  const apiCampaign = campaigns.get(API_CAMPAIGN)!;
  const captured = leads
    .filter((lead) => lead.sourceCampaign?.id === form.campaign.id)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, CAPTURED_BY_FORM);
  const fromForm = {
    organization,
    campaign: form.campaign,
    channel: CaptureChannel.FORM,
    sourceKey: form.id,
    payload: null,
  };
  for (const lead of captured)
    em.create(CaptureEvent, {
      ...fromForm,
      outcome: CaptureOutcome.ACCEPTED,
      lead,
      createdAt: lead.createdAt,
    });
  const again = captured.find(
    (lead) => lead.formSubmissions > 1 && now.getTime() - lead.createdAt.getTime() > 4 * 3_600_000,
  );
  if (again) {
    const at = new Date(again.createdAt.getTime() + 3 * 3_600_000);
    em.create(CaptureEvent, { ...fromForm, outcome: CaptureOutcome.DUPLICATE, lead: again, createdAt: at });
    if (!again.lastEngagementAt || again.lastEngagementAt < at) again.lastEngagementAt = at;
  }
  const refused: { hoursAgo: number; contact: Record<string, string> }[] = [
    { hoursAgo: 5, contact: { firstName: "Dana", company: "Initech" } },
    { hoursAgo: 29, contact: { lastName: "Okafor", email: "t.okafor@initech.example", phone: "555-01" } },
  ];
  for (const { hoursAgo, contact } of refused)
    em.create(CaptureEvent, {
      organization,
      campaign: apiCampaign,
      channel: CaptureChannel.API,
      outcome: CaptureOutcome.REJECTED,
      reason: refusal(apiCampaign, contact),
      payload: null,
      createdAt: new Date(now.getTime() - hoursAgo * 3_600_000),
    });
}

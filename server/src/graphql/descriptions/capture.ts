const campaignFields: Record<string, string> = {
  name: "Display name, 1-200 characters; captured leads carry it as their `campaign`.",
  type: "The channel the campaign runs on (default WEB).",
  status: "DRAFT (the default) and ACTIVE campaigns accept captured leads; PAUSED and COMPLETED refuse them.",
  budget: "Total budget in the organisation's currency, 0 to 1e12.",
  targetLeads: "How many leads the campaign aims for, 0 to 100,000,000.",
  landingPageUrl: "The campaign's landing page; validated and stored as a normalised URL.",
  notificationEmails: "Up to 20 addresses told about each new lead of the campaign.",
};
const campaignEntries = (typeName: string, fields: string[]) =>
  Object.fromEntries(fields.map((field) => [`${typeName}.${field}`, campaignFields[field]!]));
const ALL_CAMPAIGN_FIELDS = Object.keys(campaignFields);

/** Lead capture: campaigns, lead forms, webhook sources and the capture log. */
export const captureDescriptions: Record<string, string> = {
  ...campaignEntries("Campaign", ["name", "type", "status", "targetLeads", "landingPageUrl"]),
  ...campaignEntries("CreateCampaignInput", ALL_CAMPAIGN_FIELDS),
  ...campaignEntries("UpdateCampaignInput", ALL_CAMPAIGN_FIELDS),
  CreateCampaignInput: "A new campaign; it gets a new public capture token.",
  UpdateCampaignInput: "Changes to a campaign: only the fields given change.",
  "UpdateCampaignInput.id": "The campaign to change.",
  "CampaignType.WEB": "The organisation's own website.",
  "CampaignType.PAID_SEARCH": "Search ads (Google Ads, Bing).",
  "CampaignType.SOCIAL": "Social networks (LinkedIn, Meta, ...).",
  "CampaignType.EMAIL": "Email campaigns and newsletters.",
  "CampaignType.EVENT": "Trade shows, webinars, meetups.",
  "CampaignType.REFERRAL": "Partners and customer referrals.",
  "CampaignType.OTHER": "Anything else.",
  "CampaignStatus.DRAFT": "Being prepared; accepts captures so its forms can be tried out.",
  "CampaignStatus.ACTIVE": "Running; accepts captures.",
  "CampaignStatus.PAUSED": "On hold; captures are refused.",
  "CampaignStatus.COMPLETED": "Over; captures are refused.",
  "CampaignStatus.ARCHIVED":
    "Put away: captures are refused and no forms or webhook sources can be added, but its leads stay linked and its analytics keep working.",
  CampaignPayload: "The result of a campaign change.",
  "CampaignPayload.campaign": "The campaign as saved.",
  RotateCampaignTokenInput: "Which campaign gets a new public token, and how long the old one keeps working.",
  "RotateCampaignTokenInput.id": "The campaign.",
  "Query.campaign(id)": "The campaign's id; null when it is not the organisation's.",
  "Mutation.createCampaign(input)":
    "The campaign (MANAGER and above); BAD_USER_INPUT naming the field at fault (name, dates, budget, targetLeads, a URL, an email or origin, autoAssignToId).",
  "Mutation.updateCampaign(input)":
    "The campaign and the fields to change; NOT_FOUND outside the organisation, BAD_USER_INPUT as for createCampaign.",
  "Mutation.deleteCampaign(input)":
    "The campaign to delete (MANAGER and above), with its forms and webhook sources; NOT_FOUND outside the organisation, CONFLICT when it has leads (archive it instead).",
  "Mutation.rotateCampaignToken(input)":
    "The campaign and the grace period; NOT_FOUND outside the organisation, BAD_USER_INPUT naming gracePeriodHours.",

  // Lead forms.
  "LeadForm.name": "Name shown in the form list, 1-200 characters.",
  "LeadForm.campaignId": "The campaign whose leads the form captures.",
  "FormField.label": "The label shown next to the input.",
  "FormField.required": "Whether the visitor must fill it in.",
  FormFieldInput: "One input of a new form.",
  "FormFieldInput.name":
    "The lead field it fills: firstName, lastName, email, phone, company, message, service_interest, urgency, budget_range or timeline; each at most once.",
  "FormFieldInput.label": "The label shown next to the input, 1-200 characters.",
  "FormFieldInput.required": "Whether the visitor must fill it in; default false.",
  CreateFormInput: "A new embeddable lead form for a campaign.",
  "CreateFormInput.campaignId": "A campaign of the organisation.",
  "CreateFormInput.name": "Name shown in the form list, 1-200 characters.",
  "CreateFormInput.fields": "The inputs, in order: 1 to 20, no field twice.",
  "CreateFormInput.allowedOrigins":
    "Origins (https://www.example.com) whose pages may post the form; a post carrying any other Origin header is refused, one without an Origin header is allowed.",
  CreateFormPayload: "The result of createForm.",
  "CreateFormPayload.form": "The new form; embed it from embedPath.",
  "Mutation.createForm(input)":
    "The form (MANAGER and above); BAD_USER_INPUT naming the field at fault (campaignId, name, fields, thankYouUrl, minFillSeconds, honeypotField, allowedOrigins).",

  "Mutation.updateForm(input)":
    "The form and the settings to change (MANAGER and above); NOT_FOUND outside the organisation or once deleted, BAD_USER_INPUT naming the field at fault as for createForm.",
  "Mutation.deleteForm(input)":
    "The form to delete (MANAGER and above): its embed and submit URLs answer 410 from then on; the leads it captured stay.",
  "UpdateFormPayload.form": "The form as saved.",

  // Webhook sources.
  "WebhookSource.name": "Name shown in the source list, 1-200 characters.",
  "WebhookSource.campaignId": "The campaign whose leads the source captures.",
  CreateWebhookSourceInput: "A new webhook source: where a vendor posts leads for a campaign.",
  "CreateWebhookSourceInput.campaignId": "A campaign of the organisation.",
  "CreateWebhookSourceInput.name": "Name shown in the source list, 1-200 characters.",
  CreateWebhookSourcePayload:
    "The result of createWebhookSource: store the secret now, it is never shown again.",
  "CreateWebhookSourcePayload.source": "The new source; vendors post to /v1/webhooks/{key}.",
  "Mutation.createWebhookSource(input)":
    "The source (MANAGER and above); BAD_USER_INPUT naming campaignId, name, fieldMapping or secret.",

  "Mutation.updateWebhookSource(input)":
    "The source and the settings to change (MANAGER and above), including a new secret (rotateSecret or secret, not both); NOT_FOUND outside the organisation or once deleted.",
  "Mutation.deleteWebhookSource(input)":
    "The source to delete (MANAGER and above): its endpoint answers 410 from then on; the leads it captured stay.",
  "UpdateWebhookSourcePayload.source": "The source as saved.",

  // The capture log.
  "CaptureEvent.id": "Identifier.",
  "CaptureEvent.channel": "The way the lead came in.",
  "CaptureEvent.outcome": "What happened to the capture.",
  "CaptureEvent.createdAt": "When the capture arrived.",
  "CaptureEvent.leadId": "The lead created or matched; null when none was.",
  "CaptureEvent.campaignId":
    "The campaign the capture was for; null when none could be identified (or it was deleted).",
  "Query.captureEvents(channel)": "Only captures through these channels.",
  "Query.captureEvents(outcome)": "Only captures with these outcomes.",
  "CaptureChannel.API": "POST /v1/api/leads with the campaign's X-Campaign-Token.",
  "CaptureChannel.FORM": "A Leadline lead form (POST /v1/forms/{id}/submit).",
  "CaptureChannel.WEBHOOK": "A vendor posting to a webhook source (/v1/webhooks/{key}).",
  "CaptureOutcome.ACCEPTED": "A new lead was created.",
  "CaptureOutcome.DUPLICATE":
    "The same email for the same campaign within 24 hours: the existing lead's engagement went up.",
  "CaptureOutcome.REJECTED": "Refused with an error; `reason` says which.",
  "CaptureOutcome.DROPPED":
    "Dropped quietly as spam (honeypot filled, submitted too fast); the sender saw a success.",
  "CaptureOutcome.PENDING":
    "A vendor notification with ids only (Meta, LinkedIn): the fields must be fetched from the vendor.",
};

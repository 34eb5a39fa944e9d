import { LOST_REASON_LABELS } from "@leadline/shared";
import { leadFieldEntries } from "./lead-fields.js";

const lostLabel = (code: keyof typeof LOST_REASON_LABELS) => `"${LOST_REASON_LABELS[code]}"`;

/** Leads: the record itself, its inputs, lists, live events and duplicates. */
export const leadDescriptions: Record<string, string> = {
  // The lead's own fields, from the shared table (decorators describe the rest).
  ...leadFieldEntries("Lead", [
    "email",
    "phone",
    "companySize",
    "source",
    "dealValue",
    "lostReason",
    "customFields",
  ]),
  ...leadFieldEntries("CreateLeadInput", ["phone", "country", "dealValue", "lostReason", "customFields"]),
  ...leadFieldEntries("UpdateLeadInput", ["phone", "country", "dealValue", "lostReason", "customFields"]),
  "Lead.emailOpens": "How many times the lead opened an email (EMAIL_OPENED activities); summed on merge.",
  "Lead.emailClicks": "How many times the lead clicked a link in an email (EMAIL_CLICKED activities).",
  "Lead.websiteVisits": "How many website visits were logged for the lead (WEBSITE_VISIT activities).",
  "Lead.formSubmissions": "How many forms the lead submitted (FORM_SUBMITTED activities).",
  "Lead.lastEngagementAt": "When the lead last opened, clicked, visited or submitted a form; null: never.",
  "Lead.tasks(after)": "Cursor of the last task already read.",
  "Lead.timeline(after)": "Cursor of the last entry already read.",
  "Lead.timeline(filter)": "Only entries of these types or in this period.",

  "LeadStatus.NEW": "Not contacted yet; the first-contact deadline (SLA) runs.",
  "LeadStatus.CONTACTED": "Someone reached out; leaving NEW counts as first contact.",
  "LeadStatus.QUALIFIED": "Judged a real opportunity.",
  "LeadStatus.CONVERTED": "Won: became a customer (a WON stage).",
  "LeadStatus.LOST": "Lost, with a reason (a LOST stage).",

  "ContactMethod.EMAIL": "By email.",
  "ContactMethod.PHONE": "By phone call.",
  "ContactMethod.SMS": "By text message.",
  "ContactMethod.ANY": "Any way is fine.",

  ConsentInput: "Marketing consent as the lead gave it; the time of the change is recorded with it.",
  "ConsentInput.given": "Whether the lead agreed to marketing contact.",

  "LostReason.NO_BUDGET": `${lostLabel("NO_BUDGET")}: the lead cannot pay for it.`,
  "LostReason.NO_AUTHORITY": `${lostLabel("NO_AUTHORITY")}: the contact cannot decide.`,
  "LostReason.NO_NEED": `${lostLabel("NO_NEED")}: the lead does not need it.`,
  "LostReason.BAD_TIMING": `${lostLabel("BAD_TIMING")}: not now.`,
  "LostReason.UNRESPONSIVE": `${lostLabel("UNRESPONSIVE")}: the lead stopped answering.`,
  "LostReason.COMPETITOR_CHOSEN": `${lostLabel("COMPETITOR_CHOSEN")}: the lead bought elsewhere.`,
  "LostReason.OTHER": `${lostLabel("OTHER")}: the move's note (or the lostReason text) says why.`,

  "Staleness.FRESH": "Activity within the last 30 days.",
  "Staleness.WARNING": "No activity for 30 to 59 days.",
  "Staleness.ALERT": "No activity for 60 days or more.",

  // Lists.
  "Query.lead(id)": "The lead's id.",
  "Query.leads(filter)": "Only leads meeting every condition given.",
  "Query.leads(after)": "Cursor of the last lead already read (`endCursor` of the previous page).",
  "LeadFilter.status": "Leads in any of these statuses.",
  "LeadFilter.source": "Leads whose source is exactly one of these.",
  "LeadFilter.campaign": "Leads whose campaign name is exactly one of these.",
  "LeadFilter.scoreMin": "Score at least this (0-100, inclusive).",
  "LeadFilter.scoreMax": "Score at most this (0-100, inclusive).",
  "LeadOrder.field": "The column to sort by.",
  "LeadOrder.direction": "Ascending or descending.",
  "LeadOrderField.CREATED_AT": "When the lead was created.",
  "LeadOrderField.UPDATED_AT": "When the lead last changed.",
  "LeadOrderField.SCORE": "The score (0-100).",
  "LeadOrderField.LAST_NAME": "Last name, ignoring case (no last name sorts as empty).",
  "LeadOrderField.COMPANY": "Company, ignoring case (no company sorts as empty).",
  "LeadOrderField.STATUS": "Status, in pipeline order: NEW, CONTACTED, QUALIFIED, LOST, CONVERTED.",

  // Writes.
  "Mutation.createLead(input)":
    "The lead's fields. BAD_USER_INPUT names the field at fault (a lead needs an email, a phone, a name or a company); FORBIDDEN for a VIEWER, or a MEMBER naming another owner.",
  "Mutation.updateLead(input)":
    "The lead's id and the fields to change. NOT_FOUND outside the organisation; FORBIDDEN for a VIEWER, or a MEMBER changing a lead they do not own, reassigning it or unassigning it; BAD_USER_INPUT names the field at fault.",
  "Mutation.deleteLead(id)": "The lead to delete; NOT_FOUND unless it is a live lead of the organisation.",
  "UpdateLeadInput.id": "The lead to change.",
  CreateLeadPayload: "What createLead did: the lead, and the duplicates it found.",
  "CreateLeadPayload.outcome":
    "Whether a lead was created, an existing one updated, or nothing (WARN found duplicates).",
  "CreateLeadOutcome.CREATED": "A new lead was created (duplicates, if any, are listed but left alone).",
  "CreateLeadOutcome.NOT_CREATED":
    "Nothing was written: onDuplicate WARN found duplicates, listed in `duplicates`.",
  "CreateLeadOutcome.UPDATED_EXISTING":
    "onDuplicate UPDATE_EXISTING applied the input to the strongest match.",
  "DuplicatePolicy.WARN": "Create nothing when duplicates exist; return them so a person can decide.",
  "DuplicatePolicy.CREATE": "Create the lead anyway (the default).",
  "DuplicatePolicy.UPDATE_EXISTING":
    "Apply the input to the strongest match (email, then phone, then name) instead.",
  UpdateLeadPayload: "The result of updateLead.",
  "UpdateLeadPayload.lead": "The lead after the change, rescored.",
  DeleteLeadPayload: "The result of deleteLead.",
  "DeleteLeadPayload.id": "The deleted lead's id.",

  // Live events.
  "LeadEvent.type": "Whether the lead was created, changed or deleted.",
  "LeadEvent.lead": "The lead as committed (for DELETED: as it was when deleted).",
  "LeadEventType.CREATED": "A lead was created (by a person or a capture channel), or restored by undoMerge.",
  "LeadEventType.UPDATED": "A lead's fields, owner, stage or score changed.",
  "LeadEventType.DELETED": "A lead was (soft-)deleted, e.g. by deleteLead or a merge.",

  // Duplicates and merges.
  "Query.findDuplicates(input)": "What the form holds so far; empty fields are ignored.",
  "Query.duplicateClusters(after)": "Cursor of the last cluster already read.",
  "FindDuplicatesInput.email": "Email, any case (at most 300 characters).",
  "FindDuplicatesInput.firstName": "Given name (at most 300 characters).",
  "FindDuplicatesInput.lastName": "Family name; the name match needs it plus a first name or a company.",
  "FindDuplicatesInput.company": "Company name (at most 300 characters).",
  "DuplicateMatchResult.lead": "The existing live lead.",
  "DuplicateMatchResult.reason": "The strongest reason it matches: EMAIL, then PHONE, then NAME_COMPANY.",
  "DuplicateReason.EMAIL": "The same email address (ignoring case).",
  "DuplicateReason.PHONE": "The same phone number (as E.164).",
  "DuplicateReason.NAME_COMPANY":
    "First and last name plus company at least 85% similar (trigram similarity).",
  "DuplicateCluster.size": "How many leads the cluster holds (2 or more).",
  "DuplicateCluster.reasons": "Every reason that links leads of the cluster.",
  "DuplicateCluster.leads": "The cluster's leads, oldest first.",
  "Mutation.mergeLeads(input)":
    "The master, the duplicates (1 to 20, not the master) and per-field choices; NOT_FOUND for a lead outside the organisation, BAD_USER_INPUT naming duplicateIds or fieldChoices otherwise.",
  "Mutation.undoMerge(mergeId)":
    "The merge's id (MergeLeadsPayload.merge.id); NOT_FOUND outside the organisation, BAD_USER_INPUT when already undone or older than 7 days.",
  MergeLeadsInput: "Which lead stays, which are merged into it, and whose value each field keeps.",
  "MergeFieldChoice.leadId": "The master or one of the duplicates.",
  MergeLeadsPayload: "The result of mergeLeads.",
  "MergeLeadsPayload.master": "The master lead after the merge, rescored.",
  UndoMergePayload: "The result of undoMerge.",
  "UndoMergePayload.merge": "The merge record, now with undoneAt set.",
  "LeadMerge.id": "Identifier; pass it to undoMerge.",
  "LeadMerge.createdAt": "When the merge happened.",
  "LeadMerge.mergedBy": "Who merged; null once that user is gone.",
  "LeadMerge.undoneAt": "When the merge was undone; null while it stands.",

  // Local enrichment.
  "LeadEnrichment.emailDomainType":
    "Whether the email's domain is a business, a free or disposable provider, or absent.",
  "LeadEnrichment.phoneValid":
    "Whether the phone number is a valid number for its country; null without a phone.",
  "EmailDomainType.BUSINESS": "A company's own domain.",
  "EmailDomainType.FREE": "A free or disposable mail provider (gmail.com, mailinator.com, ...).",
  "EmailDomainType.NONE": "No email address.",
  "EnrichmentStatus.PENDING": "Enrichment has not run yet.",
  "EnrichmentStatus.ENRICHED": "Enrichment learnt something (see Lead.enrichment).",
  "EnrichmentStatus.NO_DATA": "Nothing to learn from: no email domain or phone number.",
};

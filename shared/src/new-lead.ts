import { LeadStatus } from "./enums.js";
import type { LeadFieldsInput } from "./lead-validation.js";

/**
 * A lead about to be created, as it will read once stored: the given fields over the defaults the `lead`
 * table (and the Lead entity) gives the rest. What scores or routes a lead before it is written (an
 * import's rows, a capture batch's routing turns) reads this, so that a later rescore reads the same.
 */
export function newLeadState(fields: LeadFieldsInput, createdAt: Date) {
  return {
    ...fields,
    status: fields.status ?? LeadStatus.NEW,
    tags: fields.tags ?? [],
    customFields: fields.customFields ?? {},
    doNotCall: fields.doNotCall ?? false,
    doNotEmail: fields.doNotEmail ?? false,
    createdAt,
    activitiesCount: 0,
    emailOpens: 0,
    emailClicks: 0,
    websiteVisits: 0,
    formSubmissions: 0,
  };
}

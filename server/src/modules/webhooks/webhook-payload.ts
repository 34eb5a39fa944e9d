/** Capture fields a webhook mapping may fill (the API payload's paths). */
export const MAPPABLE_CAPTURE_FIELDS = [
  "contact.firstName",
  "contact.lastName",
  "contact.email",
  "contact.phone",
  "contact.company",
  "source",
  "lead_details.service_interest",
  "lead_details.urgency",
  "lead_details.message",
  "lead_details.budget_range",
  "lead_details.timeline",
  "tracking.utm_source",
  "tracking.utm_medium",
  "tracking.utm_campaign",
  "tracking.utm_term",
  "tracking.utm_content",
] as const;

/** The value at a dotted path (`entry.0.changes.0.value.email`); undefined when any step is missing. */
export function valueAtPath(body: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((value, step) => {
    if (typeof value !== "object" || value === null) return undefined;
    return (value as Record<string, unknown>)[step];
  }, body);
}

/** A capture payload (the API's shape) from a posted body through a source's mapping. */
export function mapWebhookBody(campaignId: string, mapping: Record<string, string>, body: unknown) {
  const payload: Record<string, unknown> = { campaign_id: campaignId, source: "webhook", contact: {} };
  for (const [target, path] of Object.entries(mapping)) {
    const value = valueAtPath(body, path);
    if (value === undefined || value === null) continue;
    const [group, key] = target.split(".");
    if (key === undefined) payload[group!] = value;
    else payload[group!] = { ...(payload[group!] as object | undefined), [key]: value };
  }
  return payload;
}

/** A vendor notification that carries ids only (the lead's fields must be fetched from the vendor's API). */
export interface PendingNotification {
  vendor: "META" | "LINKEDIN";
  ids: Record<string, unknown>;
}

/** Recognises Meta Lead Ads (`leadgen` changes) and LinkedIn Lead Gen (`LEAD_ACTION`) notifications. */
export function pendingNotifications(body: unknown): PendingNotification[] | null {
  if (!isObject(body)) return null;
  if (body.object === "page" && Array.isArray(body.entry)) {
    const changes = body.entry.flatMap((entry) =>
      isObject(entry) && Array.isArray(entry.changes) ? entry.changes : [],
    );
    const leads = changes.filter(
      (change): change is { field: string; value: Record<string, unknown> } =>
        isObject(change) && change.field === "leadgen" && isObject(change.value),
    );
    return leads.length > 0 ? leads.map((change) => ({ vendor: "META", ids: { ...change.value } })) : null;
  }
  if (body.type === "LEAD_ACTION" && typeof body.leadGenFormResponse === "string") {
    const { leadGenFormResponse, leadGenForm, owner, associatedEntity, leadType, leadAction, occurredAt } =
      body;
    return [
      {
        vendor: "LINKEDIN",
        ids: { leadGenFormResponse, leadGenForm, owner, associatedEntity, leadType, leadAction, occurredAt },
      },
    ];
  }
  return null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

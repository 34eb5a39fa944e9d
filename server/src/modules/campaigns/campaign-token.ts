import { randomBytes } from "node:crypto";

/** A new public campaign key: `llc_` and 32 random bytes (unguessable, so one cannot submit to others' campaigns). */
export function newCampaignToken(): string {
  return `llc_${randomBytes(32).toString("base64url")}`;
}

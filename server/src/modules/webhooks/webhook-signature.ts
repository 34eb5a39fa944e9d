import { createHmac, timingSafeEqual } from "node:crypto";

/** Checks `X-Hub-Signature-256: sha256=<hex>` (HMAC-SHA256 of the raw body with the source's secret). */
export function validHubSignature(secret: string, rawBody: Buffer, header: string | undefined): boolean {
  if (!header?.startsWith("sha256=")) return false;
  const expected = Buffer.from(createHmac("sha256", secret).update(rawBody).digest("hex"));
  const given = Buffer.from(header.slice("sha256=".length).toLowerCase());
  return expected.length === given.length && timingSafeEqual(expected, given);
}

import { createHmac, timingSafeEqual } from "node:crypto";

/** When the form was served, signed (`<ms>.<hmac>`), so a bot cannot claim it waited. */
export function signFormTimestamp(secret: string, formId: string, now = Date.now()): string {
  return `${now}.${mac(secret, formId, now)}`;
}

/** Milliseconds since the signed timestamp was issued; null when it is missing or forged. */
export function formAgeMs(secret: string, formId: string, value: unknown, now = Date.now()): number | null {
  if (typeof value !== "string") return null;
  const [time, signature] = value.split(".");
  const issued = Number(time);
  if (!Number.isSafeInteger(issued) || !signature) return null;
  const expected = Buffer.from(mac(secret, formId, issued));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? now - issued : null;
}

const mac = (secret: string, formId: string, time: number) =>
  createHmac("sha256", secret).update(`form:${formId}:${time}`).digest("base64url");

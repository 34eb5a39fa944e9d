import { createHash, randomBytes } from "node:crypto";

/** Every API key starts with this, so it is recognisable in code, logs and secret scanners. */
export const API_KEY_PREFIX = "ll_key_";

/** A new secret: the prefix and 32 random bytes (256 bits), base64url. */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString("base64url");
}

/**
 * SHA-256 of the whole key. A slow KDF is not needed: the key is 256 random bits, not a password a
 * person chose, so a stolen hash cannot be brute-forced; a fast hash lets every request look it up.
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export const isApiKey = (token: string) => token.startsWith(API_KEY_PREFIX);

/** What a key's list shows: the prefix and its first characters, enough to recognise it. */
export const apiKeyHint = (key: string) => key.slice(0, API_KEY_PREFIX.length + 6);

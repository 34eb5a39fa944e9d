import { registerEnumType } from "type-graphql";

export const CaptureChannel = { API: "API", FORM: "FORM", WEBHOOK: "WEBHOOK" } as const;
export type CaptureChannel = (typeof CaptureChannel)[keyof typeof CaptureChannel];
registerEnumType(CaptureChannel, { name: "CaptureChannel", description: "How a lead came in." });

export const CaptureOutcome = {
  /** A new lead was created. */
  ACCEPTED: "ACCEPTED",
  /** The same email for the same campaign within 24 hours: the existing lead's engagement went up. */
  DUPLICATE: "DUPLICATE",
  /** Refused with an error (the reason says which). */
  REJECTED: "REJECTED",
  /** Dropped quietly as spam (honeypot filled, submitted too fast); the sender saw a success. */
  DROPPED: "DROPPED",
  /** A vendor notification with ids only (Meta, LinkedIn): the fields must be fetched from the vendor. */
  PENDING: "PENDING",
} as const;
export type CaptureOutcome = (typeof CaptureOutcome)[keyof typeof CaptureOutcome];
registerEnumType(CaptureOutcome, { name: "CaptureOutcome", description: "What happened to a capture." });

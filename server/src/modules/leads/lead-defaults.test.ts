import { newLeadState, resolveField, SCORING_FIELDS, type ScorableLead } from "@leadline/shared";
import { describe, expect, it } from "vitest";
import { Lead } from "./lead.entity.js";

describe("newLeadState", () => {
  it("reads, for every field rules and conditions may name, what a new Lead entity reads", () => {
    const now = new Date("2026-11-22T10:00:00Z");
    const entity = Object.assign(new Lead(), { createdAt: now });
    const fields = { firstName: "Ada", email: "ada@example.com", employees: 40 };
    const stored = Object.assign(new Lead(), fields, { createdAt: now });
    for (const field of Object.keys(SCORING_FIELDS)) {
      const context = { now };
      expect(resolveField(newLeadState({}, now), field, context), field).toEqual(
        resolveField(entity as unknown as ScorableLead, field, context),
      );
      expect(resolveField(newLeadState(fields, now), field, context), field).toEqual(
        resolveField(stored as unknown as ScorableLead, field, context),
      );
    }
  });
});

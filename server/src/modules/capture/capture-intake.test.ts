import { expect, it } from "vitest";
import { MAX_BATCH, mayStartBatch } from "./capture-intake.js";

it("starts an organisation's first batch at once, a second only while a full one waits, never a third", () => {
  expect(mayStartBatch(0, 0)).toBe(false);
  expect(mayStartBatch(1, 0)).toBe(true);
  // At low load a second small batch would only halve the first one's size: it waits.
  expect(mayStartBatch(1, 1)).toBe(false);
  expect(mayStartBatch(MAX_BATCH - 1, 1)).toBe(false);
  // Full batches queue up: a second one overlaps the first one's round trips.
  expect(mayStartBatch(MAX_BATCH, 1)).toBe(true);
  expect(mayStartBatch(MAX_BATCH * 4, 2)).toBe(false);
});

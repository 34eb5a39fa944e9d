import { afterEach, describe, expect, it, vi } from "vitest";
import type { LeadlinePubSub } from "../../realtime/pubsub.js";
import { publishWorkloadChanged, WORKLOAD_COALESCE_MS } from "./workload-events.js";

afterEach(() => vi.useRealTimers());

describe("publishWorkloadChanged", () => {
  it("merges a burst for one organisation into one event naming everyone, and sends nothing for nobody", () => {
    vi.useFakeTimers();
    const publish = vi.fn();
    const pubSub = { publish } as unknown as LeadlinePubSub;
    publishWorkloadChanged(pubSub, "org-a", { userIds: ["rep1", null], teamIds: [undefined] });
    publishWorkloadChanged(pubSub, "org-a", { userIds: ["rep2", "rep1"], teamIds: ["team1"] });
    publishWorkloadChanged(pubSub, "org-b", { userIds: ["rep9"] });
    publishWorkloadChanged(pubSub, "org-c", { userIds: [null], teamIds: [] });
    expect(publish).not.toHaveBeenCalled();
    vi.advanceTimersByTime(WORKLOAD_COALESCE_MS);
    expect(publish.mock.calls).toEqual([
      [
        "WORKLOAD_CHANGED",
        "org-a",
        { organizationId: "org-a", userIds: ["rep1", "rep2"], teamIds: ["team1"] },
      ],
      ["WORKLOAD_CHANGED", "org-b", { organizationId: "org-b", userIds: ["rep9"], teamIds: [] }],
    ]);
    // The next change starts a new window.
    publishWorkloadChanged(pubSub, "org-a", { teamIds: ["team2"] });
    vi.advanceTimersByTime(WORKLOAD_COALESCE_MS);
    expect(publish).toHaveBeenCalledTimes(3);
    expect(publish.mock.calls[2]![2]).toEqual({ organizationId: "org-a", userIds: [], teamIds: ["team2"] });
  });
});

import {
  newLeadState,
  Role,
  RoutingStrategy,
  ScoringOperator,
  TerritoryDistribution,
} from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOrganization, startTestApp, type SeededOrg, type TestApp } from "../../../test/app.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { RoutingConfigCache } from "./routing-config.js";
import { AssignmentRule } from "./routing.entities.js";
import { RoutingService } from "./routing.service.js";
import { Territory } from "./territory.entity.js";

let server: TestApp;
let acme: SeededOrg;
let globex: SeededOrg;
let team: Team;
let rule: AssignmentRule;
beforeAll(async () => {
  server = await startTestApp();
  acme = await seedOrganization(server.em(), "acme", { admin: Role.ADMIN, rep: Role.MEMBER });
  globex = await seedOrganization(server.em(), "globex", { admin: Role.ADMIN });
  const em = server.em();
  team = em.create(Team, { organization: acme.organization.id, name: "Inbound" });
  team.members.add(em.getReference(User, acme.users.rep!.id));
  rule = em.create(AssignmentRule, {
    organization: acme.organization.id,
    name: "Everyone",
    strategy: RoutingStrategy.ROUND_ROBIN,
    team,
  });
  await em.flush();
});
afterAll(() => server.close());

// Cached setups are compared by identity with === (a failing toBe would print entities with lazy collections).
const now = new Date("2026-11-22T10:00:00Z");
const lead = newLeadState({ company: "Big Co", email: "ann@bigco.example" }, now);

/** A new lead routed as a capture batch routes it: tickets first, then the decision in a transaction. */
async function route(cache: RoutingConfigCache) {
  const config = await cache.get(server.em(), acme.organization.id);
  const [ticket] = await new RoutingService(server.em(), acme.organization.id, config).takeTickets(
    [lead],
    now,
  );
  return server.em().transactional(async (tx) => {
    const [decision] = await new RoutingService(tx, acme.organization.id, config).decideNewLeads(
      [{ lead, ticket: ticket ?? null }],
      now,
    );
    return decision;
  });
}

describe("RoutingConfigCache", () => {
  it("keeps an organisation's rules, territories and teams until one of them changes, but not for round-robin turns", async () => {
    const cache = new RoutingConfigCache();
    const first = await cache.get(server.em(), acme.organization.id);
    expect(first.rules.map((r) => r.name)).toEqual(["Everyone"]);
    // Routing takes turns (the rule's counter moves) without moving the version.
    expect((await route(cache))?.userId).toBe(acme.users.rep!.id);
    expect((await route(cache))?.userId).toBe(acme.users.rep!.id);
    expect((await cache.get(server.em(), acme.organization.id)) === first).toBe(true);

    // Written directly (no API): the triggers still move the version.
    const em = server.em();
    const renamed = await em.findOneOrFail(AssignmentRule, rule.id);
    renamed.name = "Every lead";
    await em.flush();
    const afterRename = await cache.get(server.em(), acme.organization.id);
    expect(afterRename === first).toBe(false);
    expect(afterRename.rules.map((r) => r.name)).toEqual(["Every lead"]);

    // Another organisation's change leaves this one's entry alone.
    const globexEm = server.em();
    globexEm.create(Team, { organization: globex.organization.id, name: "Globex inbound" });
    await globexEm.flush();
    expect((await cache.get(server.em(), acme.organization.id)) === afterRename).toBe(true);

    const territoryEm = server.em();
    territoryEm.create(Territory, {
      organization: acme.organization.id,
      name: "Germany",
      criteria: [{ field: "country", operator: ScoringOperator.EQUALS, value: "DE" }],
      team: territoryEm.getReference(Team, team.id),
      distribution: TerritoryDistribution.ROUND_ROBIN,
    });
    await territoryEm.flush();
    const withTerritory = await cache.get(server.em(), acme.organization.id);
    expect(withTerritory === afterRename).toBe(false);
    expect(withTerritory.territories.map((t) => t.name)).toEqual(["Germany"]);
  });

  it("routes by the team's current setting: a team that stops taking leads gets them in its queue at once", async () => {
    const cache = new RoutingConfigCache();
    expect(await route(cache)).toMatchObject({ userId: acme.users.rep!.id, queueTeamId: team.id });
    const em = server.em();
    (await em.findOneOrFail(Team, team.id)).assignmentEnabled = false;
    await em.flush();
    expect(await route(cache)).toMatchObject({ userId: null, queueTeamId: team.id });

    const ruleEm = server.em();
    (await ruleEm.findOneOrFail(AssignmentRule, rule.id)).active = false;
    await ruleEm.flush();
    expect(await route(cache)).toBeNull();
  });
});

import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";

const CREATE_LEAD =
  "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id assignedTo { email } queueTeam { name } assignmentHistory { edges { node { type reason } } } } } }";
const TERRITORY_FIELDS =
  "id name priority criteria { field operator value } team { name } user { email } distribution";
const CREATE = `mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { territory { ${TERRITORY_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateTerritoryInput!) { updateTerritory(input: $input) { territory { ${TERRITORY_FIELDS} } } }`;
const DELETE = "mutation($input: DeleteTerritoryInput!) { deleteTerritory(input: $input) { id } }";
const LIST = "{ territories { totalCount edges { node { name } } } }";

let server: TestApp;
let tokens: Record<string, string>;
let users: Record<string, User>;
let enterpriseTeam: Team;
let fallbackTeam: Team;

const ok = async (query: string, variables: Record<string, unknown>, token = tokens.manager) => {
  const response = await graphql(server.url, query, variables, token);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
};
const createLead = async (input: Record<string, unknown>) =>
  (await ok(CREATE_LEAD, { input })).createLead.lead;
const owner = (lead: { assignedTo: { email: string } | null }) =>
  lead.assignedTo?.email.split("@")[0] ?? null;

beforeAll(async () => {
  server = await startTestApp();
  const seeded = await seedAcmeAndGlobex(server, {
    manager: Role.MANAGER,
    dach: Role.MEMBER,
    ent1: Role.MEMBER,
    ent2: Role.MEMBER,
    other: Role.MEMBER,
  });
  tokens = seeded.tokens;
  users = seeded.acme.users;
  const em = server.em();
  const organization = seeded.acme.organization.id;
  enterpriseTeam = em.create(Team, { organization, name: "Enterprise" });
  enterpriseTeam.members.set(["ent1", "ent2"].map((rep) => em.getReference(User, users[rep]!.id)));
  fallbackTeam = em.create(Team, { organization, name: "Everyone else" });
  fallbackTeam.members.set([em.getReference(User, users.other!.id)]);
  await em.flush();
  await ok(
    "mutation($input: CreateAssignmentRuleInput!) { createAssignmentRule(input: $input) { rule { id } } }",
    { input: { name: "By territory", strategy: "TERRITORY", teamId: fallbackTeam.id } },
  );
});
afterAll(() => server.close());

describe("territories", () => {
  let dachId: string;

  it("are created by managers over territory fields, and listed in the order they are tried", async () => {
    const dach = await ok(CREATE, {
      input: {
        name: "DACH",
        criteria: [{ field: "country", operator: "IN", value: ["DE", "AT", "CH"] }],
        userId: users.dach!.id,
      },
    });
    dachId = dach.createTerritory.territory.id;
    expect(dach.createTerritory.territory).toMatchObject({
      name: "DACH",
      user: { email: "dach@acme.test" },
      team: null,
    });
    const enterprise = await ok(CREATE, {
      input: {
        name: "Enterprise",
        criteria: [
          { field: "employees", operator: "GREATER_THAN", value: 1000 },
          { field: "annualRevenue", operator: "GREATER_THAN", value: 50_000_000 },
        ],
        criteriaMatch: "ANY",
        teamId: enterpriseTeam.id,
        priority: 10,
      },
    });
    expect(enterprise.createTerritory.territory).toMatchObject({
      team: { name: "Enterprise" },
      distribution: "ROUND_ROBIN",
    });
    const list = await ok(LIST, {});
    expect(list.territories.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual([
      "Enterprise",
      "DACH",
    ]);
  });

  it("send a lead to the owning rep, or round robin within the owning team, highest priority first", async () => {
    const german = await createLead({ lastName: "Müller", country: "DE" });
    expect(owner(german)).toBe("dach");
    expect(german.assignmentHistory.edges[0].node).toMatchObject({
      type: "AUTO_TERRITORY",
      reason: expect.stringContaining("territory DACH"),
    });
    // A large German company is Enterprise's: priority 10 beats DACH.
    const big = await Promise.all(
      [1, 2, 3, 4].map((i) => createLead({ lastName: `Big ${i}`, country: "DE", employees: 5000 })),
    );
    expect(big.map(owner).sort()).toEqual(["ent1", "ent1", "ent2", "ent2"]);
    // No territory: the rule's own team takes it.
    expect(owner(await createLead({ lastName: "Smith", country: "US", employees: 20 }))).toBe("other");
  });

  it("queue a lead in the rule's team when the territory's rep is away", async () => {
    await ok(
      "mutation($input: UpdateSalesProfileInput!) { updateSalesProfile(input: $input) { profile { available } } }",
      { input: { userId: users.dach!.id, available: false } },
    );
    const waiting = await createLead({ lastName: "Wagner", country: "DE" });
    expect(waiting.assignedTo).toBeNull();
    expect(waiting.queueTeam).toEqual({ name: "Everyone else" });
  });

  it("follow changes of owner and deletion", async () => {
    await ok(UPDATE, { input: { id: dachId, teamId: enterpriseTeam.id, distribution: "LEAST_LOADED" } });
    expect(["ent1", "ent2"]).toContain(owner(await createLead({ lastName: "Huber", country: "AT" })));
    await ok(DELETE, { input: { id: dachId } });
    expect(owner(await createLead({ lastName: "Keller", country: "CH" }))).toBe("other");
  });

  it("refuse members, other organisations and criteria that could not work, naming the field", async () => {
    const input = {
      name: "Nordics",
      criteria: [{ field: "country", operator: "IN", value: ["SE"] }],
      userId: users.dach!.id,
    };
    expect(errorCode(await graphql(server.url, CREATE, { input }, tokens.dach))).toBe("FORBIDDEN");
    const { createTerritory } = await ok(CREATE, { input });
    const globexList = await ok(LIST, {}, tokens.globex);
    expect(globexList.territories.totalCount).toBe(0);
    expect(
      errorCode(
        await graphql(
          server.url,
          UPDATE,
          { input: { id: createTerritory.territory.id, name: "Mine" } },
          tokens.globex,
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(
      errorCode(
        await graphql(server.url, DELETE, { input: { id: createTerritory.territory.id } }, tokens.globex),
      ),
    ).toBe("NOT_FOUND");
    const badField = await graphql(
      server.url,
      CREATE,
      {
        input: { ...input, criteria: [{ field: "email", operator: "EQUALS", value: "x" }] },
      },
      tokens.manager,
    );
    expect(badField.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "criteria.0.field",
    });
    const noOwner = await graphql(server.url, CREATE, { input: { ...input, userId: null } }, tokens.manager);
    expect(noOwner.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "teamId" });
    const foreignOwner = await graphql(
      server.url,
      CREATE,
      { input: { ...input, userId: users.dach!.id, teamId: null } },
      tokens.globex,
    );
    expect(foreignOwner.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "userId" });
  });
});

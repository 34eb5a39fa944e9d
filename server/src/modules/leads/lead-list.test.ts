import { LeadStatus, Role } from "@leadline/shared";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedOrganization, startTestApp, type SeededOrg, type TestApp } from "../../../test/app.js";
import { errorCode, graphql, login } from "../../../test/graphql-client.js";
import { Team } from "../users/team.entity.js";
import { Lead } from "./lead.entity.js";

const LEADS = `query($filter: LeadFilter, $search: String, $orderBy: LeadOrder, $first: Int!, $after: String) {
  leads(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { cursor node { id lastName company score status createdAt assignedTo { id name } createdBy { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const COUNT = 230;
const STATUSES = ["NEW", "CONTACTED", "QUALIFIED", "LOST", "CONVERTED"] as const;

let server: TestApp;
let acme: SeededOrg;
let token: string;

beforeAll(async () => {
  server = await startTestApp();
  acme = await seedOrganization(server.em(), "acme", {
    manager: Role.MANAGER,
    a: Role.MEMBER,
    b: Role.MEMBER,
    c: Role.MEMBER,
  });
  const em = server.em();
  const owners = [acme.users.a!, acme.users.b!, acme.users.c!, null];
  const start = Date.parse("2026-01-01T00:00:00Z");
  for (let i = 0; i < COUNT; i++) {
    em.create(Lead, {
      organization: acme.organization,
      firstName: `First${i}`,
      // Few distinct names, scores and dates: the orders must break ties by id without losing rows.
      lastName: i % 7 === 0 ? null : `Name${i % 13}`,
      company: i % 5 === 0 ? "Initech" : `Company ${i % 11}`,
      email: `lead${i}@example.com`,
      score: (i % 10) * 10,
      status: STATUSES[i % 5],
      source: i % 2 === 0 ? "paid_search" : "event",
      tags: i % 3 === 0 ? ["vip"] : [],
      createdAt: new Date(start + Math.floor(i / 4) * 3_600_000),
      assignedTo: owners[i % 4],
      createdBy: acme.users.manager,
    });
  }
  em.create(Lead, {
    organization: acme.organization,
    firstName: "Johanna",
    lastName: "Thorvaldsdottir",
    company: "Fjord Analytics",
    email: "johanna@fjord.example",
  });
  await em.flush();
  token = await login(server.url, "manager@acme.test");
});
afterAll(() => server.close());

async function page(variables: Record<string, unknown>) {
  const response = await graphql(server.url, LEADS, { first: 50, ...variables }, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.leads;
}

async function readAll(variables: Record<string, unknown>, first = 37) {
  const ids: string[] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const result = await page({ ...variables, first, after });
    ids.push(...result.edges.map((edge: { node: { id: string } }) => edge.node.id));
    if (!result.pageInfo.hasNextPage) return { ids, total: result.totalCount };
    after = result.pageInfo.endCursor;
  }
  throw new Error("paging never ended");
}

describe("leads connection", () => {
  it.each(["CREATED_AT", "UPDATED_AT", "SCORE", "LAST_NAME", "COMPANY", "STATUS"])(
    "pages through every lead once, ordered by %s both ways",
    async (field) => {
      for (const direction of ["ASC", "DESC"]) {
        const { ids, total } = await readAll({ orderBy: { field, direction } });
        expect(total).toBe(COUNT + 1);
        expect(new Set(ids).size).toBe(COUNT + 1);
      }
    },
  );

  it("orders by the requested column", async () => {
    const result = await page({ orderBy: { field: "SCORE", direction: "DESC" }, first: 100 });
    const scores = result.edges.map((edge: { node: { score: number } }) => edge.node.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(scores[0]).toBe(90);
  });

  it("filters by status, owner, unassigned, source, tags, score and dates, with a matching totalCount", async () => {
    const count = async (filter: Record<string, unknown>) => (await page({ filter, first: 1 })).totalCount;
    expect(await count({ status: ["NEW"] })).toBe(COUNT / 5 + 1);
    expect(await count({ assignedToIds: [acme.users.a!.id] })).toBe(Math.ceil(COUNT / 4));
    expect(await count({ unassigned: true })).toBe(Math.floor(COUNT / 4) + 1);
    expect(await count({ assignedToIds: [acme.users.a!.id], unassigned: true })).toBe(
      Math.ceil(COUNT / 4) + Math.floor(COUNT / 4) + 1,
    );
    expect(await count({ source: ["event"] })).toBe(COUNT / 2);
    expect(await count({ tags: ["vip"] })).toBe(Math.ceil(COUNT / 3));
    expect(await count({ scoreMin: 80, scoreMax: 90 })).toBe(COUNT / 5);
    expect(await count({ createdAfter: "2026-01-01T00:00:00Z", createdBefore: "2026-01-01T02:00:00Z" })).toBe(
      8,
    );
    expect(await count({ status: ["NEW"], source: ["paid_search"], tags: ["vip"] })).toBe(8);
  });

  it("filters by the team queue a lead waits in, a null standing for no queue", async () => {
    const em = server.em();
    const inbound = em.create(Team, { organization: acme.organization.id, name: "Queue filter" });
    await em.flush();
    // Three unassigned leads wait in the team's queue; the other unassigned ones in none.
    await sql`update lead set queue_team_id = ${inbound.id}::uuid where id in (
      select id from lead where organization_id = ${acme.organization.id}::uuid and assigned_to_id is null
      order by id limit 3)`.execute(em.getKysely());
    const count = async (queueTeamIds: (string | null)[]) =>
      (await page({ filter: { unassigned: true, queueTeamIds }, first: 1 })).totalCount;
    const unassigned = Math.floor(COUNT / 4) + 1;
    expect(await count([inbound.id])).toBe(3);
    expect(await count([null])).toBe(unassigned - 3);
    expect(await count([inbound.id, null])).toBe(unassigned);
    expect(await count(["not-a-team"])).toBe(0);
    expect(await count([])).toBe(0);
  });

  it("finds leads by name, email or company, ignoring case and tolerating typos, best match first", async () => {
    const names = async (search: string) =>
      (await page({ search, first: 5 })).edges.map(
        (edge: { node: { lastName: string } }) => edge.node.lastName,
      );
    expect((await names("THORVALDSDOTTIR"))[0]).toBe("Thorvaldsdottir");
    expect((await names("thorvaldsdotir"))[0]).toBe("Thorvaldsdottir");
    expect((await names("fjord analitics"))[0]).toBe("Thorvaldsdottir");
    expect((await names("johanna@fjord"))[0]).toBe("Thorvaldsdottir");
    expect((await page({ search: "initech" })).totalCount).toBe(COUNT / 5);
    expect((await page({ search: "zzqxv" })).totalCount).toBe(0);
  });

  it("matches each word as typed so far, in any order", async () => {
    const first = async (search: string) => (await page({ search, first: 1 })).edges[0]?.node.lastName;
    expect(await first("joh thorv")).toBe("Thorvaldsdottir");
    expect(await first("thorvaldsdottir johanna")).toBe("Thorvaldsdottir");
    expect(await first("johana")).toBe("Thorvaldsdottir");
  });

  it("finds a lead by words it got from an edit (the lexicon follows updates)", async () => {
    const em = server.em();
    const lead = await em.findOneOrFail(Lead, { lastName: "Thorvaldsdottir" });
    expect((await page({ search: "quixotry" })).totalCount).toBe(0);
    await em.nativeUpdate(Lead, { id: lead.id }, { company: "Quixotry Labs" });
    const found = await page({ search: "quixotri labs" });
    expect(found.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([lead.id]);
    await em.nativeUpdate(Lead, { id: lead.id }, { company: "Fjord Analytics" });
  });

  it("keeps the search side table to live leads, and leaves it alone when only scores or status change", async () => {
    const em = server.em();
    const lead = await em.findOneOrFail(Lead, { lastName: "Thorvaldsdottir" });
    const db = em.getKysely();
    const version = async () =>
      (
        await sql<{ v: string }>`select xmin::text as v from lead_search where lead_id = ${lead.id}`.execute(
          db,
        )
      ).rows[0]?.v;
    const before = await version();
    expect(before).toBeDefined();
    await em.nativeUpdate(Lead, { id: lead.id }, { score: 77, status: LeadStatus.CONTACTED });
    expect(await version()).toBe(before);

    await em.nativeUpdate(Lead, { id: lead.id }, { deletedAt: new Date() });
    expect(await version()).toBeUndefined();
    expect((await page({ search: "thorvaldsdottir" })).totalCount).toBe(0);
    await em.nativeUpdate(Lead, { id: lead.id }, { deletedAt: null, score: 0, status: LeadStatus.NEW });
    expect((await page({ search: "thorvaldsdottir" })).totalCount).toBe(1);
  });

  it("pages through search results by relevance without repeats", async () => {
    const { ids, total } = await readAll({ search: "initech" }, 10);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  it("treats LIKE wildcards in a search as plain text", async () => {
    expect((await page({ search: "%" })).totalCount).toBe(0);
  });

  it("refuses bad paging arguments naming the argument", async () => {
    for (const [variables, field] of [
      [{ first: 0 }, "first"],
      [{ first: 101 }, "first"],
      [{ after: "bm9wZQ" }, "after"],
      [{ search: "x".repeat(201) }, "search"],
      [{ filter: { assignedToIds: ["nope"] } }, "filter.assignedToIds"],
    ] as const) {
      const response = await graphql(server.url, LEADS, { first: 50, ...variables }, token);
      expect(response.errors?.[0]?.extensions, JSON.stringify(variables)).toEqual({
        code: "BAD_USER_INPUT",
        field,
      });
    }
    expect(errorCode(await graphql(server.url, LEADS, { first: 5 }))).toBe("UNAUTHENTICATED");
  });

  it("counts only when totalCount is asked for, also through fragments", async () => {
    const statements = vi.spyOn(pg.Client.prototype, "query");
    const counts = () =>
      statements.mock.calls.filter(([query]) =>
        String(typeof query === "string" ? query : (query as { text: string }).text).includes("count(*)"),
      );
    await graphql(server.url, "{ leads(first: 5) { edges { node { id } } } }", {}, token);
    expect(counts()).toHaveLength(0);
    const viaFragment = await graphql(
      server.url,
      "{ leads(first: 5) { ...Counted } } fragment Counted on LeadConnection { totalCount }",
      {},
      token,
    );
    expect(viaFragment.data?.leads.totalCount).toBe(COUNT + 1);
    expect(counts()).toHaveLength(1);
    statements.mockRestore();
  });

  it("leaves score breakdowns out of list rows and loads them in one query when asked for", async () => {
    const statements = vi.spyOn(pg.Client.prototype, "query");
    const response = await graphql(
      server.url,
      "{ leads(first: 50) { edges { node { id scoreBreakdown { points } } } } }",
      {},
      token,
    );
    const sent = statements.mock.calls.map(([query]) =>
      String(typeof query === "string" ? query : (query as { text: string }).text),
    );
    statements.mockRestore();
    expect(response.data?.leads.edges).toHaveLength(50);
    expect(sent.find((sql) => sql.includes("sort_key"))).not.toMatch(/score_breakdown/);
    expect(sent.filter((sql) => sql.includes("score_breakdown"))).toHaveLength(1);
  });

  it("loads a page of 50 leads with their owners and creators in a fixed number of SQL statements (no N+1)", async () => {
    // Every statement any layer (MikroORM, Kysely) sends goes through pg's Client#query.
    const statements = vi.spyOn(pg.Client.prototype, "query");
    const result = await page({ first: 50 });
    const sent = statements.mock.calls.map(([query]) =>
      String(typeof query === "string" ? query : (query as { text: string }).text),
    );
    statements.mockRestore();
    expect(result.edges).toHaveLength(50);
    expect(
      new Set(result.edges.map((e: { node: { assignedTo: { id: string } | null } }) => e.node.assignedTo?.id))
        .size,
    ).toBeGreaterThan(2);
    // viewer lookup, page, count, and one batched user load for owners and creators together
    expect(
      sent.filter((sql) => /^\s*select/i.test(sql)),
      sent.join("\n"),
    ).toHaveLength(4);
  });
});

describe("the search lexicon under concurrent writes", () => {
  it("takes parallel bulk inserts of overlapping new words without deadlocking", async () => {
    const pool = Array.from({ length: 5000 }, (_, i) => `lexword${i.toString(36)}x`);
    // Each writer brings its own mix of shared words, in one multi-row insert in its own transaction.
    await Promise.all(
      Array.from({ length: 4 }, (_, writer) =>
        server.em().transactional(async (tx) => {
          for (let i = 0; i < 1000; i++) {
            const words = [0, 1, 2, 3].map((k) => pool[(writer * 1237 + i * 7 + k * 1901) % pool.length]);
            tx.create(Lead, {
              organization: acme.organization,
              company: words.join(" "),
              lastName: `Writer${writer}`,
            });
          }
        }),
      ),
    );
    expect((await page({ search: "lexword0x", first: 1 })).totalCount).toBeGreaterThan(0);
  });
});

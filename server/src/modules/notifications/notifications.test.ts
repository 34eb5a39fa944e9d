import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Role } from "@leadline/shared";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql, subscribe } from "../../../test/graphql-client.js";
import { Campaign } from "../campaigns/campaign.entity.js";
import { parseCapturePayload } from "../capture/capture-payload.js";
import { CaptureChannel } from "../capture/capture.enums.js";
import { captureBatch } from "../capture/capture.service.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";

interface Mail {
  to: string[];
  raw: string;
}

/** A local SMTP peer that keeps what it receives. */
async function startSmtp(): Promise<{ port: number; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A local Slack-compatible webhook peer: answers 500 to the first post, then 200. */
async function startSlack(): Promise<{
  url: string;
  posts: unknown[];
  attempts: () => number;
  close(): Promise<void>;
}> {
  const posts: unknown[] = [];
  let attempts = 0;
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      attempts++;
      if (attempts === 1) return void response.writeHead(500).end();
      posts.push(JSON.parse(body));
      response.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/abc`,
    posts,
    attempts: () => attempts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function eventually<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let server: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let slack: Awaited<ReturnType<typeof startSlack>>;
let tokens: Record<string, string>;
let routed: Team;
let queueOnly: Team;

beforeAll(async () => {
  smtp = await startSmtp();
  slack = await startSlack();
  server = await startTestApp({
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: "Leadline <noreply@acme.test>",
      JOB_POLL_SECONDS: "0.5",
    },
  });
  const seeded = await seedAcmeAndGlobex(server, {
    manager: Role.MANAGER,
    rep1: Role.MEMBER,
    rep2: Role.MEMBER,
  });
  tokens = seeded.tokens;
  const users = seeded.acme.users;
  const em = server.em();
  const organization = seeded.acme.organization.id;
  routed = em.create(Team, { organization, name: "Routed", manager: users.manager });
  routed.members.set([em.getReference(User, users.rep1!.id)]);
  queueOnly = em.create(Team, {
    organization,
    name: "Claims",
    manager: users.manager,
    assignmentEnabled: false,
  });
  queueOnly.members.set([em.getReference(User, users.rep2!.id)]);
  await em.flush();
  const rule =
    "mutation($input: CreateAssignmentRuleInput!) { createAssignmentRule(input: $input) { rule { id } } }";
  await graphql(
    server.url,
    rule,
    { input: { name: "All", strategy: "ROUND_ROBIN", teamId: routed.id } },
    tokens.manager,
  );
  await graphql(
    server.url,
    rule,
    {
      input: {
        name: "Fairs",
        strategy: "ROUND_ROBIN",
        teamId: queueOnly.id,
        priority: 5,
        conditions: [{ field: "source", operator: "EQUALS", value: "fair" }],
      },
    },
    tokens.manager,
  );
});
afterAll(async () => {
  await server.close();
  await smtp.close();
  await slack.close();
});

const create = (input: Record<string, unknown>) =>
  graphql(
    server.url,
    "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }",
    { input },
    tokens.manager,
  );

describe("notifications", () => {
  it("tell a rep at once in the app, and by email at the next poll, when a lead is routed to them", async () => {
    const mine = await subscribe(
      server,
      tokens.rep1,
      "subscription { notificationAdded { type title lead { lastName } } }",
    );
    const notMine = await subscribe(server, tokens.rep2, "subscription { notificationAdded { type } }");
    await create({ firstName: "Ada", lastName: "Lovelace", company: "Engines Ltd" });
    expect((await mine.next()).notificationAdded).toEqual({
      type: "LEAD_ASSIGNED",
      title: "New lead: Ada Lovelace (Engines Ltd)",
      lead: { lastName: "Lovelace" },
    });
    await notMine.expectSilence(300);
    await Promise.all([mine.close(), notMine.close()]);

    const list = await graphql(
      server.url,
      "{ unreadNotificationCount notifications { edges { node { type body readAt } } } }",
      {},
      tokens.rep1,
    );
    expect(list.data!.unreadNotificationCount).toBe(1);
    expect(list.data!.notifications.edges[0].node.body).toContain("All: round robin");

    const mails = await eventually(
      () => smtp.mails,
      (m) => m.length > 0,
    );
    expect(mails[0]!.to).toEqual(["rep1@acme.test"]);
    expect(mails[0]!.raw).toContain("Subject: New lead: Ada Lovelace (Engines Ltd)");
    expect(mails[0]!.raw).toContain("noreply@acme.test");
  });

  it("tell the team's manager and its Slack channel when a lead waits in a queue, retrying a failed post", async () => {
    const settings =
      "mutation($input: UpdateTeamRoutingInput!) { updateTeamRouting(input: $input) { slackConfigured } }";
    expect(
      errorCode(
        await graphql(
          server.url,
          settings,
          { input: { teamId: queueOnly.id, slackWebhookUrl: slack.url } },
          tokens.rep1,
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(
      (
        await graphql(
          server.url,
          settings,
          { input: { teamId: queueOnly.id, slackWebhookUrl: "ftp://x" } },
          tokens.manager,
        )
      ).errors?.[0]?.extensions,
    ).toMatchObject({ field: "slackWebhookUrl" });
    const set = await graphql(
      server.url,
      settings,
      { input: { teamId: queueOnly.id, slackWebhookUrl: slack.url } },
      tokens.manager,
    );
    expect(set.data!.updateTeamRouting.slackConfigured).toBe(true);

    await create({ firstName: "Grace", lastName: "Hopper", source: "fair" });
    const manager = await graphql(
      server.url,
      "{ notifications(unreadOnly: true) { edges { node { type title } } } }",
      {},
      tokens.manager,
    );
    expect(manager.data!.notifications.edges.map((e: any) => e.node)).toEqual([
      { type: "LEAD_QUEUED", title: "Unassigned lead in Claims: Grace Hopper" },
    ]);
    const posts = await eventually(
      () => slack.posts,
      (p) => p.length > 0,
    );
    expect(slack.attempts()).toBeGreaterThanOrEqual(2);
    expect(posts[0]).toEqual({ text: expect.stringContaining("Grace Hopper") });
    expect(posts[0]).toEqual({ text: expect.stringContaining("waiting in the Claims queue") });
  });

  it("are marked read by id or all at once, only the viewer's own", async () => {
    const mark =
      "mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unreadCount } }";
    const ids = (
      await graphql(server.url, "{ notifications { edges { node { id } } } }", {}, tokens.rep1)
    ).data!.notifications.edges.map((e: any) => e.node.id);
    expect(
      (await graphql(server.url, mark, { input: { ids } }, tokens.manager)).data!.markNotificationsRead
        .marked,
    ).toBe(0);
    expect(
      (await graphql(server.url, mark, { input: { ids } }, tokens.rep1)).data!.markNotificationsRead,
    ).toEqual({ marked: 1, unreadCount: 0 });
    expect(
      (await graphql(server.url, mark, { input: { all: true } }, tokens.manager)).data!.markNotificationsRead,
    ).toEqual({ marked: 1, unreadCount: 0 });
    expect(
      (await graphql(server.url, mark, { input: {} }, tokens.manager)).errors?.[0]?.extensions,
    ).toMatchObject({ field: "ids" });
  });
});

describe("notifications for a burst of captured leads", () => {
  it("give the rep one notification and one email per lead, however the captures were batched", async () => {
    const created = await graphql(
      server.url,
      'mutation { createCampaign(input: { name: "Burst", status: ACTIVE }) { campaign { id publicToken } } }',
      {},
      tokens.manager,
    );
    const campaign = created.data!.createCampaign.campaign;
    const burst = 40;
    const answers = await Promise.all(
      Array.from({ length: burst }, (_, i) =>
        fetch(`${server.url}/v1/api/leads`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-campaign-token": campaign.publicToken },
          body: JSON.stringify({
            campaign_id: campaign.id,
            contact: { firstName: "Burst", lastName: `Lead ${i}`, email: `burst${i}@notify.example` },
          }),
        }).then((response) => response.status),
      ),
    );
    expect(answers).toEqual(Array.from({ length: burst }, () => 201));

    const list = await graphql(
      server.url,
      "{ notifications(first: 100) { edges { node { type title } } } }",
      {},
      tokens.rep1,
    );
    const titles = list
      .data!.notifications.edges.map((edge: { node: { type: string; title: string } }) => edge.node)
      .filter((node: { title: string }) => node.title.startsWith("New lead: Burst Lead"));
    expect(titles).toHaveLength(burst);
    expect(new Set(titles.map((node: { title: string }) => node.title)).size).toBe(burst);
    expect(titles.every((node: { type: string }) => node.type === "LEAD_ASSIGNED")).toBe(true);

    const mails = await eventually(
      () => smtp.mails.filter((mail) => mail.raw.includes("Subject: New lead: Burst Lead")),
      (found) => found.length >= burst,
    );
    expect(mails).toHaveLength(burst);
    expect(mails.every((mail) => mail.to.join() === "rep1@acme.test")).toBe(true);
  });

  it("sum up a capture batch's leads waiting in one queue in one message, not one per lead", async () => {
    const em = server.em();
    const campaign = em.create(Campaign, {
      organization: routed.organization,
      name: "Fair booth",
      publicToken: "llc_fair_booth_notifications_test",
    });
    await em.flush();
    const posted = slack.posts.length;
    const results = await captureBatch(
      em,
      server.app,
      Array.from({ length: 12 }, (_, i) => ({
        campaign,
        captured: parseCapturePayload(
          {
            campaign_id: campaign.id,
            source: "fair",
            contact: { firstName: "Visitor", lastName: `No ${i + 1}`, email: `visitor${i + 1}@fair.example` },
          },
          campaign.name,
        ),
        options: { channel: CaptureChannel.API },
      })),
    );
    expect(results.map((result) => ("status" in result ? result.status : result))).toEqual(
      Array(12).fill(201),
    );
    const manager = await graphql(
      server.url,
      "{ notifications(unreadOnly: true) { edges { node { type title body lead { id } } } } }",
      {},
      tokens.manager,
    );
    const queued = manager
      .data!.notifications.edges.map((e: any) => e.node)
      .filter((n: any) => n.title.includes("12"));
    expect(queued).toEqual([
      { type: "LEAD_QUEUED", title: "12 unassigned leads in Claims", body: expect.any(String), lead: null },
    ]);
    const lines = queued[0].body.split("\n");
    expect(lines[0]).toBe("12 leads are waiting in the Claims queue:");
    expect(lines.slice(1, 11)).toEqual(
      Array.from({ length: 10 }, (_, i) => expect.stringContaining(`Visitor No ${i + 1} (score`)),
    );
    expect(lines[11]).toBe("- and 2 more.");
    const posts = await eventually(
      () => slack.posts,
      (p) => p.length > posted,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(posts.slice(posted)).toEqual([{ text: queued[0].body }]);
  });
});

import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, TestClock, type SeededOrg, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql, subscribe } from "../../../test/graphql-client.js";
import { Task } from "./task.entity.js";

const CREATE_LEAD = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }";
const CREATE =
  "mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id title dueAt remindAt priority type status overdue assignee { email } lead { id } } } }";
const UPDATE =
  "mutation($input: UpdateTaskInput!) { updateTask(input: $input) { task { id dueAt remindAt status } } }";
const COMPLETE =
  "mutation($input: CompleteTaskInput!) { completeTask(input: $input) { task { id status completedAt } } }";
const LIST = "{ id title overdue assignee { email } }";

const clock = new TestClock(new Date("2026-05-10T12:00:00Z"));
let server: TestApp;
let acme: SeededOrg;
let tokens: Record<string, string>;
const as = (who: string, query: string, variables?: Record<string, unknown>) =>
  graphql(server.url, query, variables, tokens[who]);
const lead = async (owner: string) =>
  (
    await as("manager", CREATE_LEAD, {
      input: { company: `Task Co ${owner}`, assignedToId: acme.users[owner]!.id },
    })
  ).data!.createLead.lead.id as string;
const task = async (who: string, input: Record<string, unknown>) => {
  const response = await as(who, CREATE, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.createTask.task;
};

beforeAll(async () => {
  server = await startTestApp({ clock });
  ({ acme, tokens } = await seedAcmeAndGlobex(server, {
    manager: Role.MANAGER,
    rep: Role.MEMBER,
    rep2: Role.MEMBER,
    reminded: Role.MEMBER,
    viewer: Role.VIEWER,
  }));
});
afterAll(() => server.close());

describe("tasks", () => {
  it("lets members create tasks for themselves on their own leads, managers for anyone", async () => {
    const own = await lead("rep");
    const theirs = await lead("rep2");
    const created = await task("rep", {
      title: " Call back ",
      leadId: own,
      type: "CALL",
      dueAt: "2026-05-11T09:00:00Z",
    });
    expect(created).toMatchObject({
      title: "Call back",
      remindAt: "2026-05-11T08:45:00.000Z",
      priority: "MEDIUM",
      type: "CALL",
      status: "OPEN",
      overdue: false,
      assignee: { email: "rep@acme.test" },
      lead: { id: own },
    });
    expect(errorCode(await as("rep", CREATE, { input: { title: "x", leadId: theirs } }))).toBe("FORBIDDEN");
    expect(
      errorCode(await as("rep", CREATE, { input: { title: "x", assigneeId: acme.users.rep2!.id } })),
    ).toBe("FORBIDDEN");
    expect(errorCode(await as("viewer", CREATE, { input: { title: "x" } }))).toBe("FORBIDDEN");
    expect((await as("rep", CREATE, { input: { title: "  " } })).errors?.[0]?.extensions?.field).toBe(
      "title",
    );
    expect(
      errorCode(await graphql(server.url, CREATE, { input: { title: "x", leadId: own } }, tokens.globex)),
    ).toBe("NOT_FOUND");
    const forRep2 = await task("manager", {
      title: "Prepare demo",
      leadId: theirs,
      assigneeId: acme.users.rep2!.id,
    });
    expect(forRep2.assignee.email).toBe("rep2@acme.test");
    expect(errorCode(await as("rep", UPDATE, { input: { id: forRep2.id, status: "CANCELLED" } }))).toBe(
      "FORBIDDEN",
    );
    expect(
      (await as("rep2", UPDATE, { input: { id: forRep2.id, status: "CANCELLED" } })).data!.updateTask.task
        .status,
    ).toBe("CANCELLED");
  });

  it("lists my tasks overdue first, and overdue tasks per role", async () => {
    const at = (hours: number) => new Date(clock.now().getTime() + hours * 3_600_000).toISOString();
    await task("manager", { title: "Later", dueAt: at(48) });
    await task("manager", { title: "Undated" });
    await task("manager", { title: "Overdue", dueAt: at(-5) });
    await task("manager", { title: "Very overdue", dueAt: at(-50) });
    await task("manager", { title: "Rep's overdue", dueAt: at(-1), assigneeId: acme.users.rep2!.id });
    const mine = (await as("manager", `{ myTasks { totalCount edges { node ${LIST} } } }`)).data!.myTasks;
    expect(
      mine.edges.map((e: { node: { title: string; overdue: boolean } }) => [e.node.title, e.node.overdue]),
    ).toEqual([
      ["Very overdue", true],
      ["Overdue", true],
      ["Later", false],
      ["Undated", false],
    ]);
    const overdue = async (who: string) =>
      (await as(who, `{ overdueTasks { edges { node ${LIST} } } }`)).data!.overdueTasks.edges.map(
        (e: { node: { title: string } }) => e.node.title,
      );
    expect(await overdue("manager")).toEqual(["Very overdue", "Overdue", "Rep's overdue"]);
    expect(await overdue("rep2")).toEqual(["Rep's overdue"]);
    expect(
      (
        await graphql(
          server.url,
          `
            {
              overdueTasks {
                totalCount
              }
            }
          `,
          {},
          tokens.globex,
        )
      ).data!.overdueTasks.totalCount,
    ).toBe(0);
    // Time passes: "Later" falls due.
    clock.advanceDays(3);
    expect(await overdue("manager")).toContain("Later");
    clock.advanceDays(-3);
  });

  it("logs the call on the lead's timeline when a CALL task is completed, once", async () => {
    const leadId = await lead("rep");
    const call = await task("rep", { title: "Discovery call", leadId, type: "CALL" });
    const done = await as("rep", COMPLETE, {
      input: { id: call.id, outcome: "Interested", note: "Wants pricing" },
    });
    expect(done.data!.completeTask.task).toMatchObject({
      status: "DONE",
      completedAt: "2026-05-10T12:00:00.000Z",
    });
    const timeline = (
      await as(
        "rep",
        `query($id: ID!) { lead(id: $id) { activitiesCount timeline(first: 5) { edges { node { type subject body outcome actor { email } } } } } }`,
        {
          id: leadId,
        },
      )
    ).data!.lead;
    expect(timeline.activitiesCount).toBe(1);
    expect(timeline.timeline.edges[0].node).toEqual({
      type: "CALL",
      subject: "Discovery call",
      body: "Wants pricing",
      outcome: "Interested",
      actor: { email: "rep@acme.test" },
    });
    expect((await as("rep", COMPLETE, { input: { id: call.id } })).errors?.[0]?.extensions?.field).toBe("id");
  });
});

describe("task reminders", () => {
  it("reminds the assignee through the job queue at the reminder time, and nobody else", async () => {
    const assignee = await subscribe(
      server,
      tokens.reminded,
      "subscription { taskReminders { task { id title remindedAt } } }",
    );
    const other = await subscribe(server, tokens.manager, "subscription { taskReminders { task { id } } }");
    try {
      // Real time here: the queue schedules by the database clock. Due in a minute, reminded a minute before: now.
      const dueAt = new Date(Date.now() + 60_000).toISOString();
      const later = await task("manager", {
        title: "Not yet",
        dueAt: new Date(Date.now() + 3_600_000).toISOString(),
        assigneeId: acme.users.reminded!.id,
      });
      const soon = await task("manager", {
        title: "Send proposal",
        dueAt,
        remindMinutesBefore: 1,
        assigneeId: acme.users.reminded!.id,
      });
      const event = (await assignee.next(20_000)) as {
        taskReminders: { task: { id: string; title: string; remindedAt: string } };
      };
      expect(event.taskReminders.task).toMatchObject({ id: soon.id, title: "Send proposal" });
      expect(event.taskReminders.task.remindedAt).toBeTruthy();
      await other.expectSilence(300);
      await assignee.expectSilence(300);
      expect((await server.em().findOneOrFail(Task, { id: later.id })).remindedAt).toBeNull();
      // It is also in the assignee's notifications (and goes out by email when SMTP is configured).
      const notifications = (
        await as("reminded", "{ notifications(first: 10) { edges { node { type title lead { id } } } } }")
      ).data!.notifications.edges.map((edge: { node: unknown }) => edge.node);
      expect(notifications).toEqual([
        { type: "TASK_REMINDER", title: "Task due: Send proposal", lead: null },
      ]);
    } finally {
      await assignee.close();
      await other.close();
    }
  });
});

import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOrganization, startTestApp, type SeededOrg, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql, type GraphQLResponse } from "../../../test/graphql-client.js";
import { Lead } from "../leads/lead.entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { LeadStageChange } from "./lead-stage-change.entity.js";
import { PipelineStage } from "./pipeline-stage.entity.js";

const STAGES = "query { pipelineStages { id name color position category status } }";
const CREATE_LEAD =
  "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id status stage { name } } } }";
const UPDATE_LEAD =
  "mutation($input: UpdateLeadInput!) { updateLead(input: $input) { lead { id status lostReason lostReasonCode stage { name } } } }";
const MOVE = `mutation($input: MoveLeadInput!) { moveLead(input: $input) {
  lead { id status lostReason lostReasonCode daysInStage stage { name } } previousStage { name } } }`;

let server: TestApp;
let acme: SeededOrg;
let tokens: Record<string, string>;
let stageId: Record<string, string>;

const asUser = (who: string, query: string, variables?: Record<string, unknown>) =>
  graphql(server.url, query, variables, tokens[who]);
const field = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.field;

async function newLead(owner: string | null = null, who = "manager"): Promise<string> {
  const assignedToId = owner ? acme.users[owner]!.id : null;
  const response = await asUser(who, CREATE_LEAD, {
    input: { company: `Co ${Math.random()}`, assignedToId },
  });
  return response.data!.createLead.lead.id;
}
const move = (who: string, leadId: string, stage: string, extra: Record<string, unknown> = {}) =>
  asUser(who, MOVE, { input: { leadId, stageId: stageId[stage], ...extra } });

beforeAll(async () => {
  server = await startTestApp();
  ({ acme, tokens } = await seedAcmeAndGlobex(server, {
    admin: Role.ADMIN,
    manager: Role.MANAGER,
    rep: Role.MEMBER,
    rep2: Role.MEMBER,
    viewer: Role.VIEWER,
  }));
  const stages = (await asUser("viewer", STAGES)).data!.pipelineStages as { id: string; name: string }[];
  stageId = Object.fromEntries(stages.map((stage) => [stage.name, stage.id]));
});
afterAll(() => server.close());

describe("stages", () => {
  it("gives every organisation the default stages, mapped to statuses", async () => {
    expect((await asUser("viewer", STAGES)).data!.pipelineStages).toEqual([
      expect.objectContaining({ name: "New", position: 0, category: "OPEN", status: "NEW" }),
      expect.objectContaining({ name: "Contacted", position: 1, category: "OPEN", status: "CONTACTED" }),
      expect.objectContaining({ name: "Qualified", position: 2, category: "OPEN", status: "QUALIFIED" }),
      expect.objectContaining({ name: "Converted", position: 3, category: "WON", status: "CONVERTED" }),
      expect.objectContaining({ name: "Lost", position: 4, category: "LOST", status: "LOST" }),
    ]);
    const globex = (await graphql(server.url, STAGES, {}, tokens.globex)).data!.pipelineStages;
    expect(globex).toHaveLength(5);
    expect(globex.map((s: { id: string }) => s.id)).not.toContain(stageId.New);
  });

  it("lets an admin add, rename, recolour, reorder, retire and delete stages, and nobody else", async () => {
    const CREATE =
      "mutation($input: CreatePipelineStageInput!) { createPipelineStage(input: $input) { stage { id name position category } } }";
    const demo = { name: "Demo booked", color: "#123ABC", status: "QUALIFIED" };
    expect(errorCode(await asUser("manager", CREATE, { input: demo }))).toBe("FORBIDDEN");
    const created = (await asUser("admin", CREATE, { input: demo })).data!.createPipelineStage.stage;
    // A new open stage lands before the closing (won, lost) stages.
    expect(created).toMatchObject({ name: "Demo booked", position: 3, category: "OPEN" });
    expect(field(await asUser("admin", CREATE, { input: { ...demo, name: "demo BOOKED" } }))).toBe("name");
    expect(field(await asUser("admin", CREATE, { input: { ...demo, name: "X", color: "red" } }))).toBe(
      "color",
    );
    expect(field(await asUser("admin", CREATE, { input: { ...demo, name: "Y", category: "WON" } }))).toBe(
      "category",
    );

    const UPDATE =
      "mutation($input: UpdatePipelineStageInput!) { updatePipelineStage(input: $input) { stage { name color } } }";
    expect(
      (await asUser("admin", UPDATE, { input: { id: created.id, name: "Demo held", color: "#00FF00" } }))
        .data!.updatePipelineStage.stage,
    ).toEqual({ name: "Demo held", color: "#00ff00" });

    const REORDER =
      "mutation($input: ReorderPipelineStagesInput!) { reorderPipelineStages(input: $input) { stages { name position } } }";
    const order = [
      stageId.New,
      created.id,
      stageId.Contacted,
      stageId.Qualified,
      stageId.Converted,
      stageId.Lost,
    ];
    const reordered = (await asUser("admin", REORDER, { input: { stageIds: order } })).data!
      .reorderPipelineStages;
    expect(reordered.stages.map((s: { name: string }) => s.name)).toEqual([
      "New",
      "Demo held",
      "Contacted",
      "Qualified",
      "Converted",
      "Lost",
    ]);
    expect(field(await asUser("admin", REORDER, { input: { stageIds: order.slice(1) } }))).toBe("stageIds");

    // A stage with a lead can be neither retired nor deleted; emptied, it can be retired (it has history).
    const RETIRE =
      "mutation($input: PipelineStageIdInput!) { retirePipelineStage(input: $input) { stage { retiredAt } } }";
    const DELETE = "mutation($input: PipelineStageIdInput!) { deletePipelineStage(input: $input) { id } }";
    const lead = await newLead();
    expect(
      (await asUser("manager", MOVE, { input: { leadId: lead, stageId: created.id } })).errors,
    ).toBeUndefined();
    expect(errorCode(await asUser("admin", RETIRE, { input: { id: created.id } }))).toBe("CONFLICT");
    expect(errorCode(await asUser("admin", DELETE, { input: { id: created.id } }))).toBe("CONFLICT");
    await move("manager", lead, "Qualified");
    expect(errorCode(await asUser("admin", DELETE, { input: { id: created.id } }))).toBe("CONFLICT");
    expect(
      (await asUser("admin", RETIRE, { input: { id: created.id } })).data!.retirePipelineStage.stage
        .retiredAt,
    ).toBeTruthy();
    expect((await asUser("viewer", STAGES)).data!.pipelineStages).toHaveLength(5);
    // A retired stage takes no more leads.
    expect(
      field(await asUser("manager", MOVE, { input: { leadId: await newLead(), stageId: created.id } })),
    ).toBe("stageId");
    // The only live stage of a status cannot go; a stage that never held a lead can be deleted.
    expect(errorCode(await asUser("admin", RETIRE, { input: { id: stageId.Lost } }))).toBe("CONFLICT");
    const empty = (
      await asUser("admin", CREATE, { input: { name: "Nurture", color: "#aaaaaa", status: "CONTACTED" } })
    ).data!.createPipelineStage.stage;
    expect((await asUser("admin", DELETE, { input: { id: empty.id } })).data!.deletePipelineStage.id).toBe(
      empty.id,
    );
    expect(errorCode(await graphql(server.url, DELETE, { input: { id: stageId.New } }, tokens.globex))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("moving leads", () => {
  it("allows open moves, converts only from qualified, and keeps converted leads converted", async () => {
    const lead = await newLead();
    expect((await move("manager", lead, "Contacted")).data!.moveLead).toMatchObject({
      lead: { status: "CONTACTED", stage: { name: "Contacted" }, daysInStage: 0 },
      previousStage: { name: "New" },
    });
    expect(field(await move("manager", lead, "Contacted"))).toBe("stageId");
    expect(field(await move("manager", lead, "Converted"))).toBe("stageId");
    await move("manager", lead, "Qualified");
    expect((await move("manager", lead, "Converted")).data!.moveLead.lead.status).toBe("CONVERTED");
    expect(field(await move("manager", lead, "New"))).toBe("stageId");
    expect(field(await move("manager", lead, "Lost", { lostReason: "NO_NEED" }))).toBe("stageId");
    // Back moves between open stages, and reopening a lost lead, are allowed.
    const other = await newLead();
    await move("manager", other, "Qualified");
    expect((await move("manager", other, "New")).data!.moveLead.lead.status).toBe("NEW");
    await move("manager", other, "Lost", { lostReason: "BAD_TIMING" });
    expect((await move("manager", other, "Contacted")).data!.moveLead.lead).toMatchObject({
      status: "CONTACTED",
      lostReason: null,
      lostReasonCode: null,
    });
  });

  it("needs a reason from the list to lose a lead, and words for OTHER", async () => {
    const lead = await newLead();
    expect(field(await move("manager", lead, "Lost"))).toBe("lostReason");
    expect(field(await move("manager", lead, "Lost", { lostReason: "OTHER" }))).toBe("note");
    expect(errorCode(await move("manager", lead, "Lost", { lostReason: "BECAUSE" }))).toBe("BAD_USER_INPUT");
    expect(field(await move("manager", lead, "Contacted", { lostReason: "NO_BUDGET" }))).toBe("lostReason");
    // Refused moves wrote nothing.
    expect(await server.em().count(LeadStageChange, { lead })).toBe(1);
    expect(
      (await move("manager", lead, "Lost", { lostReason: "COMPETITOR_CHOSEN" })).data!.moveLead.lead,
    ).toMatchObject({
      status: "LOST",
      lostReason: "Competitor chosen",
      lostReasonCode: "COMPETITOR_CHOSEN",
    });
    const other = await newLead();
    const withWords = await move("manager", other, "Lost", {
      lostReason: "OTHER",
      note: "Company was acquired",
    });
    expect(withWords.data!.moveLead.lead).toMatchObject({
      lostReason: "Company was acquired",
      lostReasonCode: "OTHER",
    });
  });

  it("lets MEMBERs move only their own leads, VIEWERs none, and outsiders not even see them", async () => {
    const own = await newLead("rep");
    const theirs = await newLead("rep2");
    expect((await move("rep", own, "Contacted")).errors).toBeUndefined();
    expect(errorCode(await move("rep", theirs, "Contacted"))).toBe("FORBIDDEN");
    expect(errorCode(await move("viewer", own, "Qualified"))).toBe("FORBIDDEN");
    expect(
      errorCode(
        await graphql(
          server.url,
          MOVE,
          { input: { leadId: own, stageId: stageId.Qualified } },
          tokens.globex,
        ),
      ),
    ).toBe("NOT_FOUND");
    // Another organisation's stage is not a stage of this pipeline.
    const globexStage = (await graphql(server.url, STAGES, {}, tokens.globex)).data!.pipelineStages[1].id;
    expect(field(await asUser("manager", MOVE, { input: { leadId: own, stageId: globexStage } }))).toBe(
      "stageId",
    );
    expect((await server.em().findOneOrFail(Lead, { id: theirs })).status).toBe("NEW");
  });

  it("sends updateLead status changes through the same rules, history and timeline", async () => {
    const lead = await newLead();
    const updated = await asUser("manager", UPDATE_LEAD, { input: { id: lead, status: "QUALIFIED" } });
    expect(updated.data!.updateLead.lead).toMatchObject({
      status: "QUALIFIED",
      stage: { name: "Qualified" },
    });
    await asUser("manager", UPDATE_LEAD, { input: { id: lead, status: "CONVERTED" } });
    expect(field(await asUser("manager", UPDATE_LEAD, { input: { id: lead, status: "NEW" } }))).toBe(
      "stageId",
    );
    const lost = await newLead();
    const other = await asUser("manager", UPDATE_LEAD, {
      input: { id: lost, status: "LOST", lostReason: "Went with a spreadsheet" },
    });
    expect(other.data!.updateLead.lead).toMatchObject({
      status: "LOST",
      lostReason: "Went with a spreadsheet",
      lostReasonCode: "OTHER",
      stage: { name: "Lost" },
    });
    const history = await server
      .em()
      .find(LeadStageChange, { lead }, { orderBy: { enteredAt: "asc" }, populate: ["stage"] });
    expect(history.map((row) => [row.stage.name, row.leftAt === null])).toEqual([
      ["New", false],
      ["Qualified", false],
      ["Converted", true],
    ]);
  });

  it("keeps stage and status in step for leads written outside the API", async () => {
    const em = server.em();
    const lead = em.create(Lead, {
      organization: acme.organization,
      company: "Imported",
      status: "CONTACTED",
    });
    await em.flush();
    const stored = await server.em().findOneOrFail(Lead, { id: lead.id }, { populate: ["stage"] });
    expect(stored.stage?.name).toBe("Contacted");
    expect(await server.em().count(LeadStageChange, { lead: lead.id })).toBe(1);
  });
});

describe("organisation removal", () => {
  it("deletes an organisation with its stages, leads and their history in one go", async () => {
    const em = server.em();
    const doomed = await seedOrganization(em, "doomed", { admin: Role.ADMIN });
    em.create(Lead, { organization: doomed.organization, company: "Gone", status: "QUALIFIED" });
    await em.flush();
    await server.em().nativeDelete(Organization, { id: doomed.organization.id });
    expect(await server.em().count(PipelineStage, { organization: doomed.organization.id })).toBe(0);
    expect(await server.em().count(Lead, { organization: doomed.organization.id })).toBe(0);
  });
});

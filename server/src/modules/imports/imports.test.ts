import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Role, type ColumnMapping } from "@leadline/shared";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../config.js";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql, subscribe } from "../../../test/graphql-client.js";
import { Lead } from "../leads/lead.entity.js";
import { LeadScore, ScoreChangeReason } from "../scoring/lead-score.entity.js";
import { rescoreLeads } from "../scoring/rescore.js";
import { ScoringRule } from "../scoring/scoring-rule.entity.js";
import { ImportJob, ImportJobStatus } from "./import-job.entity.js";
import { WebhookDelivery, WebhookEndpoint } from "../webhook-endpoints/webhook-endpoint.entity.js";
import { WebhookEventType } from "../webhook-endpoints/webhook-events.js";
import { runImport } from "./import-runner.js";

// The real exports CI keeps beside the repository (see ../shared/data/README.md).
const DATA = join(REPO_ROOT, "..", "shared", "data");
const SALESFORCE = join(DATA, "salesforce-export-sample", "Lead.csv");
const X_EDUCATION = join(DATA, "x-education", "Leads.csv");

const SUGGEST = `query($id: ID!) { suggestImportMapping(jobId: $id) { index header target confidence samples } }`;
const PREVIEW = `query($id: ID!, $mapping: [ColumnMappingInput!]!, $policy: ImportDuplicatePolicy, $options: ImportOptionsInput) {
  previewImport(jobId: $id, mapping: $mapping, duplicatePolicy: $policy, options: $options) {
    rowsExamined create update skip reject junk rows { line action values } errors { line field value message } } }`;
const START = `mutation($input: StartImportInput!) { startImport(input: $input) { job { id status } } }`;
const JOB = `query($id: ID!) { importJob(id: $id) { id status processed created updated skipped failed progress
  rowsPerSecond etaSeconds errorReportUrl error createdBy { email } } }`;
const UNDO = `mutation($input: ImportJobInput!) { undoImport(input: $input) { deleted job { status } } }`;

let server: TestApp;
let tokens: Record<string, string>;
let acmeId: string;

beforeAll(async () => {
  server = await startTestApp({ env: { IMPORT_MAX_MB: "3" } });
  const seeded = await seedAcmeAndGlobex(server, { manager: Role.MANAGER, rep: Role.MEMBER });
  ({ tokens } = seeded);
  acmeId = seeded.acme.organization.id;
});
afterAll(() => server.close());

async function upload(body: Buffer | string, token = tokens.manager, name = "leads.csv") {
  const response = await fetch(`${server.url}/v1/api/imports?filename=${name}`, {
    method: "POST",
    headers: { "content-type": "text/csv", authorization: `Bearer ${token}` },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function uploadMultipart(path: string) {
  const form = new FormData();
  form.append("file", new Blob([readFileSync(path)], { type: "text/csv" }), "Leads.csv");
  const response = await fetch(`${server.url}/v1/api/imports`, {
    method: "POST",
    headers: { authorization: `Bearer ${tokens.manager}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const suggested = async (id: string) =>
  (await graphql(server.url, SUGGEST, { id }, tokens.manager)).data!.suggestImportMapping.map(
    ({ index, header, target }: Record<string, unknown>) => ({ index, header, target }),
  );

async function importAndWait(id: string, mapping: unknown, duplicatePolicy = "SKIP", options?: unknown) {
  const started = await graphql(
    server.url,
    START,
    { input: { jobId: id, mapping, duplicatePolicy, options } },
    tokens.manager,
  );
  expect(started.errors).toBeUndefined();
  for (let attempt = 0; attempt < 1200; attempt++) {
    const job = (await graphql(server.url, JOB, { id }, tokens.manager)).data!.importJob;
    if (!["QUEUED", "RUNNING"].includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import ${id} did not finish`);
}

describe("CSV import of real exports", () => {
  it("maps a Salesforce export with no manual mapping and imports its leads as equal citizens", async () => {
    const uploaded = await upload(readFileSync(SALESFORCE), tokens.manager, "Lead.csv");
    expect(uploaded.status).toBe(201);
    const id = uploaded.body.import_job.id as string;
    const mapping = await suggested(id);
    const target = (header: string) => mapping.find((m: { header: string }) => m.header === header)?.target;
    expect([
      target("Id"),
      target("FirstName"),
      target("LeadSource"),
      target("Status"),
      target("IsDeleted"),
    ]).toEqual(["externalId", "firstName", "source", "status", "ignore"]);

    // An integrator listening for import.completed (the outbox row is what this test checks).
    const em = server.em();
    const endpoint = em.create(WebhookEndpoint, {
      organization: acmeId,
      url: "https://hooks.example/leadline",
      events: [WebhookEventType.IMPORT_COMPLETED],
      secret: "s".repeat(32),
    });
    await em.flush();
    const progress = await subscribe(
      server,
      tokens.manager,
      `subscription { importProgress(jobId: "${id}") { status processed } }`,
    );
    const job = await importAndWait(id, mapping);
    expect(job).toMatchObject({ status: "COMPLETED", processed: 22, created: 22, failed: 0, progress: 1 });
    expect(job.createdBy.email).toBe("manager@acme.test");
    expect((await progress.next()).importProgress.status).toBeDefined();
    await progress.close();
    const completed = await em.find(WebhookDelivery, { endpoint: endpoint.id });
    expect(completed.map((d) => [d.event, (d.payload as { data: unknown }).data])).toEqual([
      [
        "import.completed",
        expect.objectContaining({ importJobId: id, processed: 22, created: 22, failed: 0 }),
      ],
    ]);

    const bertha = await em.findOneOrFail(
      Lead,
      { organization: acmeId, email: "bertha@fcof.net" },
      { populate: ["stage"] },
    );
    expect(bertha).toMatchObject({
      externalId: "00Q4600000LbVvfEAF",
      firstName: "Bertha",
      status: "CONTACTED",
      phone: "+18506444200",
      annualRevenue: 900750000,
    });
    expect(bertha.grade).not.toBeNull();
    expect(bertha.slaDueAt).not.toBeNull();
    expect(bertha.stage?.name).toBe("Contacted");
    expect(bertha.customFields).toMatchObject({ rating: "Hot", productInterest: "GC5000 series" });
    expect(await em.count(LeadScore, { lead: bertha.id, reason: "CREATED" })).toBe(1);

    // The same file again: every row is a duplicate (same Salesforce id), skipped, or updated.
    const again = (await upload(readFileSync(SALESFORCE))).body.import_job.id;
    expect(await importAndWait(again, mapping, "SKIP")).toMatchObject({ created: 0, skipped: 22 });
    const third = (await upload(readFileSync(SALESFORCE))).body.import_job.id;
    expect(await importAndWait(third, mapping, "UPDATE")).toMatchObject({ created: 0, updated: 22 });
    expect(await em.count(Lead, { organization: acmeId, deletedAt: null })).toBe(22);
  });

  it("imports X Education (9,240 rows, no names) by Prospect ID with attributes as custom fields, and undoes it", async () => {
    const uploaded = await uploadMultipart(X_EDUCATION);
    expect(uploaded.status).toBe(201);
    const id = uploaded.body.import_job.id as string;
    const mapping = await suggested(id);
    expect(mapping[0]).toMatchObject({ header: "Prospect ID", target: "externalId" });

    const preview = (await graphql(server.url, PREVIEW, { id, mapping }, tokens.manager)).data!.previewImport;
    expect(preview).toMatchObject({ rowsExamined: 1000, create: 1000, reject: 0 });
    expect(preview.rows[0].action).toBe("CREATE");
    expect(preview.rows[0].values).toMatchObject({
      externalId: "7927b2df-8bba-4d29-b9a2-b6e0beafe620",
      source: "Olark Chat",
      doNotEmail: false,
    });
    expect(preview.rows[0].values.customFields.specialization).toBeUndefined(); // "Select" is a placeholder

    const job = await importAndWait(id, mapping);
    expect(job).toMatchObject({ status: "COMPLETED", processed: 9240, created: 9240, failed: 0 });
    const lead = await server
      .em()
      .findOneOrFail(Lead, { externalId: "2a272436-5132-4136-86fa-dcc88c88f482" });
    expect(lead.customFields).toMatchObject({
      leadNumber: "660728",
      lastActivity: "Email Opened",
      totalVisits: "5",
    });
    expect(lead.country).toBe("India");

    const listed = await graphql(
      server.url,
      `
        query ($f: LeadFilter) {
          leads(filter: $f, first: 1) {
            totalCount
          }
        }
      `,
      { f: { importJobId: id } },
      tokens.manager,
    );
    expect(listed.data!.leads.totalCount).toBe(9240);
    const undone = await graphql(server.url, UNDO, { input: { jobId: id } }, tokens.manager);
    expect(undone.data!.undoImport).toEqual({ deleted: 9240, job: { status: "UNDONE" } });
    expect(await server.em().count(Lead, { importJob: id, deletedAt: null })).toBe(0);
  });
});

describe("messy files", () => {
  it("reads Windows-1252, semicolons, quoted newlines, CRLF, trailing columns, placeholders, formats and footers", async () => {
    const text = [
      "E-mail;Nachname;Firma;Status;Mitarbeiter;Angemeldet;",
      'jose@café.example;Müller;"Größe ""AG"";\nzweite Zeile";Open - Not Contacted;1.200;31-12-2025 23:59;',
      "not-an-email;Weiß;;Vielleicht;viele;;",
      ";;N/A;-;;;",
      "zoe@example.com;Zoë;Select;Working - Contacted;;99-99-2025 10:00;",
      ";;;;;;",
      "Total;;;;;;",
    ].join("\r\n");
    const uploaded = await upload(iconv.encode(text, "windows-1252"));
    expect(uploaded.body.import_job).toMatchObject({ encoding: "windows-1252", delimiter: ";" });
    expect(uploaded.body.import_job.headers).toHaveLength(6);
    const id = uploaded.body.import_job.id;
    const mapping = [
      { index: 0, header: "E-mail", target: "email" },
      { index: 1, header: "Nachname", target: "lastName" },
      { index: 2, header: "Firma", target: "company" },
      { index: 3, header: "Status", target: "status" },
      { index: 4, header: "Mitarbeiter", target: "employees" },
      { index: 5, header: "Angemeldet", target: "custom.signedUp", type: "DATE" },
    ];
    const options = { decimalMark: ",", dateFormat: "DD-MM-YYYY HH:MM" };
    const job = await importAndWait(id, mapping, "SKIP", options);
    expect(job).toMatchObject({ status: "COMPLETED", created: 1, failed: 3 });

    const lead = await server.em().findOneOrFail(Lead, { organization: acmeId, lastName: "Müller" });
    expect(lead).toMatchObject({ company: 'Größe "AG"; zweite Zeile', employees: 1200, status: "NEW" });
    expect(lead.customFields).toEqual({ signedUp: "2025-12-31T23:59:00.000Z" });

    // The error report: a signed link a browser can open, line by line, with formula cells neutralised.
    const report = await fetch(`${server.url}${job.errorReportUrl}`);
    expect(report.status).toBe(200);
    const lines = (await report.text()).trim().split("\n");
    expect(lines[0]).toBe("line,field,value,message");
    expect(lines.slice(1).map((line) => line.split(",").slice(0, 2).join(","))).toEqual([
      "4,status",
      "4,employees",
      "4,email",
      "5,identity",
      "6,custom.signedUp",
    ]);
    expect((await fetch(`${server.url}/v1/api/imports/${id}/errors.csv?token=forged`)).status).toBe(401);
  });

  it("refuses an .xlsx renamed .csv, a binary, and a file over IMPORT_MAX_MB", async () => {
    const xlsx = await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(xlsx.status).toBe(422);
    expect(xlsx.body).toMatchObject({ code: "NOT_CSV", message: expect.stringContaining("Excel workbook") });
    expect((await upload(Buffer.from([0x01, 0x00, 0x02, 0x03]))).body.code).toBe("NOT_CSV");
    const big = Buffer.alloc(3 * 1024 * 1024 + 10, "a,b\n");
    expect((await upload(big)).status).toBe(413);
  });
});

describe("who may import", () => {
  it("takes MANAGER and above, and keeps each organisation's imports to itself", async () => {
    expect((await upload("email\nx@y.com\n", tokens.rep)).status).toBe(403);
    expect((await upload("email\nx@y.com\n", "not-a-token")).status).toBe(401);
    const id = (await upload("email\nx@y.com\n")).body.import_job.id;
    expect(errorCode(await graphql(server.url, JOB, { id }, tokens.globex))).toBe("NOT_FOUND");
    expect(errorCode(await graphql(server.url, JOB, { id }, tokens.rep))).toBe("FORBIDDEN");
    const mapping = [{ index: 0, header: "email", target: "email" }];
    const start = { input: { jobId: id, mapping, duplicatePolicy: "SKIP" } };
    expect(errorCode(await graphql(server.url, START, start, tokens.globex))).toBe("NOT_FOUND");
    const bad = {
      input: { jobId: id, mapping: [{ index: 3, header: "x", target: "nope" }], duplicatePolicy: "SKIP" },
    };
    expect(errorCode(await graphql(server.url, START, bad, tokens.manager))).toBe("BAD_USER_INPUT");
  });
});

describe("checkpoints", () => {
  it("resumes after a crash at the last committed batch without duplicating a row, and stops when cancelled", async () => {
    const rows = Array.from({ length: 7 }, (_, i) => `crash${i}@example.com,Crash ${i}`);
    const id = (await upload(["email,last name", ...rows].join("\n"))).body.import_job.id;
    const mapping: ColumnMapping[] = [
      { index: 0, header: "email", target: "email" },
      { index: 1, header: "last name", target: "lastName" },
    ];
    const em = server.em();
    await em.nativeUpdate(ImportJob, id, {
      status: ImportJobStatus.QUEUED,
      mapping,
      duplicatePolicy: "CREATE",
    });

    let batches = 0;
    const crash = async () => {
      if (++batches === 3) throw new Error("the process died");
    };
    await expect(runImport(server.em(), id, { batchSize: 2, onCheckpoint: crash })).rejects.toThrow("died");
    const halfway = await server.em().findOneOrFail(ImportJob, id);
    expect(halfway).toMatchObject({ status: "RUNNING", processed: 4, created: 4, lineWatermark: 5 });

    const done = await runImport(server.em(), id, { batchSize: 2 });
    expect(done).toMatchObject({ status: "COMPLETED", processed: 7, created: 7 });
    expect(await em.count(Lead, { importJob: id })).toBe(7);
    // A finished import run again does nothing.
    await runImport(server.em(), id);
    expect(await em.count(Lead, { importJob: id })).toBe(7);
  });

  it("stops at a batch boundary when the instance stops, keeps the batch in flight, and resumes from there", async () => {
    const rows = Array.from({ length: 7 }, (_, i) => `stop${i}@example.com,Stop ${i}`);
    const id = (await upload(["email,last name", ...rows].join("\n"))).body.import_job.id;
    await server.em().nativeUpdate(ImportJob, id, {
      status: ImportJobStatus.QUEUED,
      mapping: [
        { index: 0, header: "email", target: "email" },
        { index: 1, header: "last name", target: "lastName" },
      ],
      duplicatePolicy: "CREATE",
    });
    const stopping = new AbortController();
    let checkpoints = 0;
    // The first checkpoint is the start; the stop comes once the first batch is committed.
    const stopAfterFirstBatch = () => {
      if (++checkpoints === 2) stopping.abort(new Error("the instance is stopping"));
    };
    await expect(
      runImport(server.em(), id, {
        batchSize: 2,
        onCheckpoint: stopAfterFirstBatch,
        signal: stopping.signal,
      }),
    ).rejects.toThrow("stopping");
    // The second batch was already being written: it is kept, and nothing after it was started.
    const stopped = await server.em().findOneOrFail(ImportJob, id);
    expect(stopped).toMatchObject({ status: "RUNNING", processed: 4, created: 4, lineWatermark: 5 });
    expect(await runImport(server.em(), id, { batchSize: 2 })).toMatchObject({
      status: "COMPLETED",
      created: 7,
    });
    expect(await server.em().count(Lead, { importJob: id })).toBe(7);
  });

  it("scores an imported lead as it will read once stored: fields the file leaves out take their defaults", async () => {
    // The file has no Do Not Call column: the stored lead says false, and so must its score.
    const em = server.em();
    const rule = em.create(ScoringRule, {
      organization: acmeId,
      name: "Callable",
      category: "ENGAGEMENT",
      field: "doNotCall",
      operator: "EQUALS",
      value: false,
      points: 7,
    });
    await em.flush();
    try {
      const csv = "First Name,Last Name,Email,Company\nAda,Callable,ada@callable.example,Callable Ltd\n";
      const id = (await upload(csv)).body.import_job.id as string;
      expect(await importAndWait(id, await suggested(id))).toMatchObject({ status: "COMPLETED", created: 1 });
      const lead = await em
        .fork()
        .findOneOrFail(Lead, { organization: acmeId, email: "ada@callable.example" });
      expect(lead.doNotCall).toBe(false);
      expect(lead.scoreBreakdown.map((entry) => entry.ruleId)).toContain(rule.id);
      const again = await rescoreLeads(
        em.fork(),
        { organizationId: acmeId, leadIds: [lead.id] },
        { reason: ScoreChangeReason.RESCORED },
      );
      expect(again).toMatchObject({ processed: 1, changed: 0 });
    } finally {
      await em.nativeDelete(ScoringRule, { id: rule.id });
    }
  });

  it("a cancelled import writes no further batch", async () => {
    const rows = Array.from({ length: 6 }, (_, i) => `cancel${i}@example.com`);
    const id = (await upload(["email", ...rows].join("\n"))).body.import_job.id;
    const em = server.em();
    await em.nativeUpdate(ImportJob, id, {
      status: ImportJobStatus.QUEUED,
      mapping: [{ index: 0, header: "email", target: "email" }],
    });
    const cancel = async (job: ImportJob) => {
      if (job.processed === 2)
        await graphql(
          server.url,
          "mutation($i: ImportJobInput!) { cancelImport(input: $i) { job { status } } }",
          { i: { jobId: id } },
          tokens.manager,
        );
    };
    const job = await runImport(server.em(), id, { batchSize: 2, onCheckpoint: cancel });
    expect(job).toMatchObject({ status: "CANCELLED", processed: 2, created: 2 });
    expect(await em.count(Lead, { importJob: id })).toBe(2);
  });
});

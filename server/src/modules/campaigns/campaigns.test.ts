import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";
import { CaptureEvent } from "../capture/capture-event.entity.js";
import { LeadForm } from "../forms/form.entity.js";
import { Lead } from "../leads/lead.entity.js";
import { WebhookSource } from "../webhooks/webhook-source.entity.js";

const DELETE = `mutation($input: DeleteCampaignInput!) { deleteCampaign(input: $input) { id } }`;

let server: TestApp;
let tokens: Record<string, string>;

async function campaign(name: string) {
  const created = await graphql(
    server.url,
    `
      mutation ($name: String!) {
        createCampaign(input: { name: $name, status: ACTIVE }) {
          campaign {
            id
            publicToken
          }
        }
      }
    `,
    { name },
    tokens.manager,
  );
  return created.data!.createCampaign.campaign as { id: string; publicToken: string };
}

const capture = (target: { id: string; publicToken: string }, email: string) =>
  fetch(`${server.url}/v1/api/leads`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-campaign-token": target.publicToken },
    body: JSON.stringify({ campaign_id: target.id, contact: { lastName: "Camp", email } }),
  });

beforeAll(async () => {
  server = await startTestApp({ env: { CAPTURE_RATE_LIMIT_PER_IP: "100000" } });
  ({ tokens } = await seedAcmeAndGlobex(server, { manager: Role.MANAGER, rep: Role.MEMBER }));
});
afterAll(() => server.close());

describe("deleting campaigns", () => {
  it("deletes a campaign without leads, with its forms and webhook sources; managers only, own organisation only", async () => {
    const unused = await campaign("Never launched");
    await graphql(
      server.url,
      `
        mutation ($input: CreateFormInput!) {
          createForm(input: $input) {
            form {
              id
            }
          }
        }
      `,
      {
        input: {
          campaignId: unused.id,
          name: "Draft form",
          thankYouUrl: "https://acme.example/thanks",
          fields: [{ name: "email", label: "Email" }],
        },
      },
      tokens.manager,
    );
    await graphql(
      server.url,
      `
        mutation ($input: CreateWebhookSourceInput!) {
          createWebhookSource(input: $input) {
            secret
          }
        }
      `,
      { input: { campaignId: unused.id, name: "Hook" } },
      tokens.manager,
    );
    // A refused capture is logged against the campaign; the log entry outlives it.
    await capture(unused, "not-an-email");
    const input = { id: unused.id };
    expect(errorCode(await graphql(server.url, DELETE, { input }, tokens.rep))).toBe("FORBIDDEN");
    expect(errorCode(await graphql(server.url, DELETE, { input }, tokens.globex))).toBe("NOT_FOUND");
    expect((await graphql(server.url, DELETE, { input }, tokens.manager)).data).toEqual({
      deleteCampaign: { id: unused.id },
    });
    const em = server.em();
    expect(await em.count(LeadForm, { campaign: unused.id })).toBe(0);
    expect(await em.count(WebhookSource, { campaign: unused.id })).toBe(0);
    expect(await em.count(CaptureEvent, { reason: { $like: "%not a valid email%" }, campaign: null })).toBe(
      1,
    );
    expect((await capture(unused, "late@acme.example")).status).toBe(401);
    expect(errorCode(await graphql(server.url, DELETE, { input }, tokens.manager))).toBe("NOT_FOUND");
  });

  it("refuses (CONFLICT) a campaign with leads; archived instead, it keeps its leads and takes no new ones", async () => {
    const used = await campaign("Spring fair");
    expect((await capture(used, "visitor@fair.example")).status).toBe(201);
    const form = await graphql(
      server.url,
      `
        mutation ($input: CreateFormInput!) {
          createForm(input: $input) {
            form {
              id
            }
          }
        }
      `,
      {
        input: {
          campaignId: used.id,
          name: "Fair form",
          thankYouUrl: "https://acme.example/thanks",
          fields: [{ name: "email", label: "Email" }],
        },
      },
      tokens.manager,
    );
    const formId = form.data!.createForm.form.id as string;
    const refused = await graphql(server.url, DELETE, { input: { id: used.id } }, tokens.manager);
    expect(errorCode(refused)).toBe("CONFLICT");
    expect(refused.errors![0]!.message).toMatch(/has 1 lead: archive it instead/);

    const archived = await graphql(
      server.url,
      `
        mutation ($id: ID!) {
          updateCampaign(input: { id: $id, status: ARCHIVED }) {
            campaign {
              status
            }
          }
        }
      `,
      { id: used.id },
      tokens.manager,
    );
    expect(archived.data!.updateCampaign.campaign.status).toBe("ARCHIVED");
    const lead = await server.em().findOneOrFail(Lead, { email: "visitor@fair.example" });
    expect(lead.sourceCampaign?.id).toBe(used.id);
    const late = await capture(used, "late@fair.example");
    expect(late.status).toBe(403);
    expect(await late.json()).toMatchObject({ code: "CAMPAIGN_INACTIVE" });
    const source = await graphql(
      server.url,
      `
        mutation ($input: CreateWebhookSourceInput!) {
          createWebhookSource(input: $input) {
            secret
          }
        }
      `,
      { input: { campaignId: used.id, name: "Too late" } },
      tokens.manager,
    );
    expect(source.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "campaignId" });
    // Its existing form can still be edited (the SPA sends the campaign it already has).
    const renamed = await graphql(
      server.url,
      `
        mutation ($input: UpdateFormInput!) {
          updateForm(input: $input) {
            form {
              name
            }
          }
        }
      `,
      { input: { id: formId, campaignId: used.id, name: "Fair form (closed)" } },
      tokens.manager,
    );
    expect(renamed.data!.updateForm.form.name).toBe("Fair form (closed)");
  });
});

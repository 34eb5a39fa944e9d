import { randomBytes } from "node:crypto";
import { cleanText } from "@leadline/shared";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { badInput, notFound } from "../../graphql/errors.js";
import type { Viewer } from "../auth/viewer.js";
import { campaignOfViewer } from "../forms/form.service.js";
import { MAPPABLE_CAPTURE_FIELDS } from "./webhook-payload.js";
import { WebhookSource } from "./webhook-source.entity.js";
import type { CreateWebhookSourceInput, UpdateWebhookSourceInput } from "./webhook-source.inputs.js";

const newSecret = () => randomBytes(32).toString("base64url");

function checkName(raw: string): string {
  const name = cleanText(raw);
  if (!name || name.length > 200) throw badInput("name", "must be 1 to 200 characters");
  return name;
}

function checkMapping(mapping: Record<string, unknown>): Record<string, string> {
  for (const [target, path] of Object.entries(mapping))
    if (
      !(MAPPABLE_CAPTURE_FIELDS as readonly string[]).includes(target) ||
      typeof path !== "string" ||
      path.length > 300
    )
      throw badInput("fieldMapping", `"${target}" must be a capture field mapped to a dotted JSON path`);
  return mapping as Record<string, string>;
}

function checkSecret(secret: string): string {
  if (secret.length < 16 || secret.length > 200) throw badInput("secret", "must be 16 to 200 characters");
  return secret;
}

/** A live (not deleted) webhook source of the viewer's organisation, or NOT_FOUND. */
async function sourceOfViewer(em: EntityManager, viewer: Viewer, id: string): Promise<WebhookSource> {
  const source = isUuid(id)
    ? await em.findOne(WebhookSource, { id, organization: viewer.organizationId, deletedAt: null })
    : null;
  if (!source) throw notFound("Webhook source");
  return source;
}

/** Creates a source with a new key; the secret (new, or the sender's own) is returned once. */
export async function createWebhookSource(
  em: EntityManager,
  viewer: Viewer,
  input: CreateWebhookSourceInput,
) {
  const campaign = await campaignOfViewer(em, viewer, input.campaignId);
  const name = checkName(input.name);
  const fieldMapping = checkMapping(input.fieldMapping ?? {});
  const secret = input.secret != null ? checkSecret(input.secret) : newSecret();
  const source = em.create(WebhookSource, {
    organization: viewer.organizationId,
    campaign,
    name,
    key: randomBytes(18).toString("base64url"),
    secret,
    verifyToken: cleanText(input.verifyToken) ?? null,
    fieldMapping,
  });
  await em.persist(source).flush();
  return { source, secret };
}

/** Changes the given settings; a rotated secret is returned once (null when the secret did not change). */
export async function updateWebhookSource(
  em: EntityManager,
  viewer: Viewer,
  input: UpdateWebhookSourceInput,
) {
  if (input.rotateSecret && input.secret != null)
    throw badInput("secret", "cannot be given together with rotateSecret");
  const source = await sourceOfViewer(em, viewer, input.id);
  const secret = input.secret != null ? checkSecret(input.secret) : input.rotateSecret ? newSecret() : null;
  em.assign(source, {
    ...(input.name != null && { name: checkName(input.name) }),
    ...(input.fieldMapping != null && { fieldMapping: checkMapping(input.fieldMapping) }),
    ...(input.verifyToken != null && { verifyToken: cleanText(input.verifyToken) ?? null }),
    ...(input.active != null && { active: input.active }),
    ...(secret !== null && { secret }),
  });
  await em.flush();
  return { source, secret: input.rotateSecret ? secret : null };
}

/** Deletes a source, kept as a tombstone so its URL answers 410 Gone; the leads it brought stay. */
export async function deleteWebhookSource(em: EntityManager, viewer: Viewer, id: string): Promise<void> {
  const source = await sourceOfViewer(em, viewer, id);
  source.deletedAt = new Date();
  await em.flush();
}

import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { EntityName, FilterQuery } from "@mikro-orm/core";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../db/orm.js";
import type { JobQueue } from "../jobs/queue.js";
import type { Logger } from "../logger.js";
import type { AccessTokens } from "../modules/auth/access-token.js";
import type { Viewer } from "../modules/auth/viewer.js";
import type { LeadlinePubSub } from "../realtime/pubsub.js";
import { notFound, unauthenticated } from "./errors.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** Process-wide services a resolver may use. */
export interface Services {
  config: Config;
  logger: Logger;
  pubSub: LeadlinePubSub;
  clock: Clock;
  accessTokens: AccessTokens;
  jobs: JobQueue;
}

/** What every resolver receives: its own EntityManager fork, the viewer and fresh loaders. */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  loaders: Loaders;
  services: Services;
}

export function createContext(em: EntityManager, viewer: Viewer | null, services: Services): Context {
  return {
    em,
    viewer,
    loaders: createLoaders(em, viewer?.organizationId ?? null),
    services,
  } satisfies Context;
}

/** The viewer, or an UNAUTHENTICATED error. */
export function requireViewer(context: Context): Viewer {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}

/**
 * Gives a subscription's context a fresh EntityManager and loaders for the next event. graphql-ws builds
 * a subscription's context once, not per event: without this, every later event would be answered from
 * the first one's identity map.
 */
export function refreshForEvent(context: Context): void {
  Object.assign(context, createContext(context.em.fork(), context.viewer, context.services));
}

/**
 * The record of `entity` with this id in the viewer's organisation, or NOT_FOUND: also for another
 * organisation's record (its existence is not revealed) and for an id that is not a UUID (the database
 * would refuse it).
 */
export async function loadInOrganization<T extends object>(
  context: Context,
  entity: EntityName<T>,
  id: string,
  what: string,
): Promise<T> {
  const where = { id, organization: requireViewer(context).organizationId } as unknown as FilterQuery<T>;
  const found = isUuid(id) ? await context.em.findOne(entity, where as FilterQuery<NoInfer<T>>) : null;
  if (!found) throw notFound(what);
  return found;
}

/**
 * The record a subscription event names, read afresh (see `refreshForEvent`) for one subscriber within
 * the subscriber's organisation (NOT_FOUND when it is gone).
 */
export async function loadForEvent<T extends object>(
  context: Context,
  entity: EntityName<T>,
  id: string,
  what: string,
): Promise<T> {
  refreshForEvent(context);
  return loadInOrganization(context, entity, id, what);
}

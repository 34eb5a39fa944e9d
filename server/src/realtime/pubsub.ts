import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "@graphql-yoga/subscription";
import type { LeadEventType } from "@leadline/shared";
import { Redis } from "ioredis";
import type { Logger } from "../logger.js";

export interface LeadEventPayload {
  type: LeadEventType;
  leadId: string;
  organizationId: string;
}

export interface LeadScoreChangedPayload {
  leadId: string;
  organizationId: string;
  score: number;
  previousScore: number | null;
}

/** How a lead's place on the board changed: ENTERED a stage (created, or moved from `previousStageId`), LEFT it (deleted), or CHANGED within it. */
export const PipelineEventType = { ENTERED: "ENTERED", LEFT: "LEFT", CHANGED: "CHANGED" } as const;
export type PipelineEventType = (typeof PipelineEventType)[keyof typeof PipelineEventType];

export interface PipelineEventPayload {
  type: PipelineEventType;
  leadId: string;
  organizationId: string;
  previousStageId: string | null;
}

export interface TaskReminderPayload {
  taskId: string;
  assigneeId: string;
  organizationId: string;
}

export interface ScoringRunPayload {
  runId: string;
  organizationId: string;
}

export interface ImportProgressPayload {
  importJobId: string;
  organizationId: string;
}

export interface LeadAssignedPayload {
  leadId: string;
  organizationId: string;
  toUserId: string | null;
  type: string;
}

export interface NotificationAddedPayload {
  notificationId: string;
  userId: string;
  organizationId: string;
}

export interface CampaignChangedPayload {
  campaignId: string;
  organizationId: string;
}

/** Reps (and team queues) whose workload figures changed: assignments, claims, closed leads, capacity, SLA. */
export interface WorkloadChangedPayload {
  organizationId: string;
  userIds: string[];
  teamIds: string[];
}

export interface ApiKeyRevokedPayload {
  apiKeyId: string;
}

/** Every topic and what it carries. Topics are per organisation: the id is the organisation's. */
export const Topic = {
  LEAD_EVENTS: "LEAD_EVENTS",
  LEAD_SCORE_CHANGED: "LEAD_SCORE_CHANGED",
  PIPELINE_EVENTS: "PIPELINE_EVENTS",
  SCORING_RUN: "SCORING_RUN",
  TASK_REMINDERS: "TASK_REMINDERS",
  LEAD_ASSIGNED: "LEAD_ASSIGNED",
  NOTIFICATION_ADDED: "NOTIFICATION_ADDED",
  /** Across organisations: a campaign's token, status or origins changed (capture caches drop it). */
  CAMPAIGN_CHANGED: "CAMPAIGN_CHANGED",
  WORKLOAD_CHANGED: "WORKLOAD_CHANGED",
  /** Not per organisation: every instance closes the WebSockets that authenticated with the key. */
  API_KEY_REVOKED: "API_KEY_REVOKED",
  IMPORT_PROGRESS: "IMPORT_PROGRESS",
} as const;
type Topics = {
  [Topic.LEAD_EVENTS]: [organizationId: string, payload: LeadEventPayload];
  [Topic.LEAD_SCORE_CHANGED]: [organizationId: string, payload: LeadScoreChangedPayload];
  [Topic.PIPELINE_EVENTS]: [organizationId: string, payload: PipelineEventPayload];
  [Topic.SCORING_RUN]: [organizationId: string, payload: ScoringRunPayload];
  [Topic.TASK_REMINDERS]: [organizationId: string, payload: TaskReminderPayload];
  [Topic.LEAD_ASSIGNED]: [organizationId: string, payload: LeadAssignedPayload];
  [Topic.NOTIFICATION_ADDED]: [organizationId: string, payload: NotificationAddedPayload];
  [Topic.CAMPAIGN_CHANGED]: [payload: CampaignChangedPayload];
  [Topic.WORKLOAD_CHANGED]: [organizationId: string, payload: WorkloadChangedPayload];
  [Topic.API_KEY_REVOKED]: [payload: ApiKeyRevokedPayload];
  [Topic.IMPORT_PROGRESS]: [organizationId: string, payload: ImportProgressPayload];
};

export type LeadlinePubSub = ReturnType<typeof createPubSub<Topics>>;

export interface PubSubHandle {
  pubSub: LeadlinePubSub;
  close(): Promise<void>;
}

/**
 * In-process pub/sub by default. With a Redis URL every instance publishes to and listens on Redis,
 * so an event from one instance reaches subscribers connected to any other.
 */
export function createLeadlinePubSub(redisUrl: string | undefined, logger: Logger): PubSubHandle {
  if (!redisUrl) return { pubSub: createPubSub<Topics>(), close: async () => {} };
  const log = logger.child({ component: "redis-pubsub" });
  const connect = () => {
    const client = new Redis(redisUrl, { maxRetriesPerRequest: null });
    client.on("error", (err) => log.warn({ err: err.message }, "redis connection error"));
    return client;
  };
  const publishClient = connect();
  const subscribeClient = connect();
  return {
    pubSub: createPubSub<Topics>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) }),
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

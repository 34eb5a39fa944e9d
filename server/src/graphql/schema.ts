import "reflect-metadata";
import "./enums.js";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ApiKeyResolver } from "../modules/api-keys/api-key.resolver.js";
import { ApiRateLimitResolver } from "../modules/api-keys/api-rate-limit.resolver.js";
import { AuthResolver } from "../modules/auth/auth.resolver.js";
import { LeadResolver } from "../modules/leads/lead.resolver.js";
import { DedupResolver } from "../modules/dedup/dedup.resolver.js";
import { CampaignResolver } from "../modules/campaigns/campaign.resolver.js";
import { CaptureEventResolver } from "../modules/capture/capture-event.resolver.js";
import { FormResolver } from "../modules/forms/form.resolver.js";
import { WebhookEndpointResolver } from "../modules/webhook-endpoints/webhook-endpoint.resolver.js";
import { WebhookSourceResolver } from "../modules/webhooks/webhook-source.resolver.js";
import { ScoringAnalysisResolver } from "../modules/scoring/scoring-analysis.resolver.js";
import { LeadScoringResolver } from "../modules/scoring/lead-scoring.resolver.js";
import { QualificationResolver } from "../modules/scoring/qualification.resolver.js";
import { ScoringSettingsResolver } from "../modules/scoring/scoring-settings.resolver.js";
import { ScoreOverrideResolver } from "../modules/scoring/score-override.resolver.js";
import {
  AssignmentRuleFieldsResolver,
  LeadAssignmentFieldsResolver,
  LeadRoutingResolver,
  RoutingResolver,
  SalesProfileFieldsResolver,
} from "../modules/routing/routing.resolver.js";
import { WorkloadResolver } from "../modules/routing/workload.resolver.js";
import { SlaResolver } from "../modules/routing/sla.resolver.js";
import { TerritoryResolver } from "../modules/routing/territory.resolver.js";
import {
  NotificationFieldsResolver,
  NotificationResolver,
} from "../modules/notifications/notification.resolver.js";
import { ScoringRuleResolver } from "../modules/scoring/scoring-rule.resolver.js";
import {
  LeadPipelineResolver,
  LeadStageChangeResolver,
  PipelineResolver,
} from "../modules/pipeline/pipeline.resolver.js";
import { ActivityResolver, LeadActivityResolver } from "../modules/activities/activity.resolver.js";
import { ScoringRunResolver } from "../modules/scoring/scoring-run.resolver.js";
import { LeadTasksResolver, TaskResolver } from "../modules/tasks/task.resolver.js";
import { TeamResolver } from "../modules/users/team.resolver.js";
import { UserResolver } from "../modules/users/user.resolver.js";
import { ImportResolver } from "../modules/imports/import.resolver.js";
import type { LeadlinePubSub } from "../realtime/pubsub.js";
import { authChecker } from "./auth-checker.js";
import { describeSchema } from "./describe-schema.js";
import { schemaDescriptions } from "./descriptions/index.js";

export const resolvers = [
  AuthResolver,
  ApiKeyResolver,
  ApiRateLimitResolver,
  UserResolver,
  TeamResolver,
  LeadResolver,
  DedupResolver,
  CampaignResolver,
  CaptureEventResolver,
  FormResolver,
  WebhookSourceResolver,
  WebhookEndpointResolver,
  LeadScoringResolver,
  ScoringRuleResolver,
  ScoringAnalysisResolver,
  ScoreOverrideResolver,
  QualificationResolver,
  ScoringSettingsResolver,
  PipelineResolver,
  LeadPipelineResolver,
  LeadStageChangeResolver,
  ActivityResolver,
  LeadActivityResolver,
  TaskResolver,
  LeadTasksResolver,
  ScoringRunResolver,
  RoutingResolver,
  AssignmentRuleFieldsResolver,
  SalesProfileFieldsResolver,
  LeadAssignmentFieldsResolver,
  LeadRoutingResolver,
  TerritoryResolver,
  WorkloadResolver,
  SlaResolver,
  NotificationResolver,
  NotificationFieldsResolver,
  ImportResolver,
] as const;

/** The schema exactly as the type-graphql classes declare it, descriptions from their decorators only. */
export function buildDecoratedSchema(pubSub: LeadlinePubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    pubSub,
    // Inputs are checked by the shared validators, which name the field at fault.
    validate: false,
  });
}

/**
 * Builds the executable schema from the type-graphql classes; `pubSub` carries subscription events.
 * Elements their decorators leave undescribed get their text from ./descriptions (see schema-descriptions.test.ts).
 */
export async function buildLeadlineSchema(pubSub: LeadlinePubSub): Promise<GraphQLSchema> {
  const schema = await buildDecoratedSchema(pubSub);
  describeSchema(schema, schemaDescriptions);
  return schema;
}

import { ApiKey } from "../modules/api-keys/api-key.entity.js";
import { RefreshToken } from "../modules/auth/refresh-token.entity.js";
import { Consent } from "../modules/leads/consent.embeddable.js";
import { LeadSearch } from "../modules/leads/lead-search.entity.js";
import { LeadSearchWord } from "../modules/leads/lead-search-word.entity.js";
import { LeadDuplicatePair } from "../modules/dedup/lead-duplicate-pair.entity.js";
import { Lead } from "../modules/leads/lead.entity.js";
import { ImportJob, ImportRowError } from "../modules/imports/import-job.entity.js";
import { LeadMerge } from "../modules/dedup/lead-merge.entity.js";
import { Campaign } from "../modules/campaigns/campaign.entity.js";
import { CaptureEvent } from "../modules/capture/capture-event.entity.js";
import { CaptureRequest } from "../modules/capture/capture-request.entity.js";
import { RateLimitBucket } from "../modules/capture/rate-limit-bucket.entity.js";
import { LeadForm } from "../modules/forms/form.entity.js";
import { WebhookDelivery, WebhookEndpoint } from "../modules/webhook-endpoints/webhook-endpoint.entity.js";
import { WebhookSource } from "../modules/webhooks/webhook-source.entity.js";
import { LeadScore } from "../modules/scoring/lead-score.entity.js";
import { QualificationCriteria } from "../modules/scoring/qualification-criteria.entity.js";
import { ScoringRun } from "../modules/scoring/scoring-run.entity.js";
import { ScoringSettings } from "../modules/scoring/scoring-settings.entity.js";
import { ScoringRule } from "../modules/scoring/scoring-rule.entity.js";
import { LeadActivity } from "../modules/activities/lead-activity.entity.js";
import { LeadStageChange } from "../modules/pipeline/lead-stage-change.entity.js";
import { PipelineStage } from "../modules/pipeline/pipeline-stage.entity.js";
import { Task } from "../modules/tasks/task.entity.js";
import { Organization } from "../modules/organizations/organization.entity.js";
import { AssignmentRule, LeadAssignment, SalesProfile } from "../modules/routing/routing.entities.js";
import { Notification } from "../modules/notifications/notification.entity.js";
import { SlaSettings } from "../modules/routing/sla.entity.js";
import { Territory } from "../modules/routing/territory.entity.js";
import { Team } from "../modules/users/team.entity.js";
import { User } from "../modules/users/user.entity.js";

/** Every persisted class, listed explicitly so the compiled server needs no file discovery. */
export const entities = [
  Organization,
  User,
  Team,
  RefreshToken,
  ApiKey,
  Lead,
  LeadMerge,
  Campaign,
  CaptureEvent,
  CaptureRequest,
  RateLimitBucket,
  LeadForm,
  WebhookSource,
  WebhookEndpoint,
  WebhookDelivery,
  Consent,
  LeadSearch,
  LeadSearchWord,
  LeadDuplicatePair,
  ScoringRule,
  LeadScore,
  QualificationCriteria,
  ScoringSettings,
  PipelineStage,
  LeadStageChange,
  LeadActivity,
  Task,
  ScoringRun,
  SalesProfile,
  AssignmentRule,
  Territory,
  LeadAssignment,
  Notification,
  SlaSettings,
  ImportJob,
  ImportRowError,
];

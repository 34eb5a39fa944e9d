import { captureRetentionJob } from "../modules/capture/capture-retention.js";
import { duplicateCheckJob } from "../modules/dedup/duplicate-pairs.js";
import { importJob } from "../modules/imports/import-runner.js";
import { emailNotificationJob, slackPostJob } from "../modules/notifications/notifier.js";
import { slaSweepJob } from "../modules/routing/sla.service.js";
import { rescoreJob, scoreDecayJob } from "../modules/scoring/scoring-run.service.js";
import { taskReminderJob } from "../modules/tasks/task-reminder.job.js";
import { webhookDeliveryJob } from "../modules/webhook-endpoints/webhook-delivery.job.js";
import type { JobDefinition } from "./queue.js";

/** Every kind of background job; each instance works all of them (see JobQueue). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const jobDefinitions: readonly JobDefinition<any>[] = [
  rescoreJob,
  scoreDecayJob,
  emailNotificationJob,
  slackPostJob,
  slaSweepJob,
  taskReminderJob,
  captureRetentionJob,
  webhookDeliveryJob,
  importJob,
  duplicateCheckJob,
];

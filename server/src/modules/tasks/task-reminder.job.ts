import type { EntityManager } from "../../db/orm.js";
import type { JobDefinition, JobQueue } from "../../jobs/queue.js";
import { Topic } from "../../realtime/pubsub.js";
import { NotificationType } from "../notifications/notification.entity.js";
import { Notifier } from "../notifications/notifier.js";
import { Task, TaskStatus } from "./task.entity.js";

export interface TaskReminderData {
  taskId: string;
  /** The reminder time this job was queued for: a job for a time since changed does nothing. */
  remindAt: string;
}

/**
 * Reminds a task's assignee at its reminder time (queued with `startAfter`). Idempotent: only an open
 * task whose reminder is still due at this time and has not gone out is reminded, and `remindedAt` (with
 * the assignee's notification) is committed before the push goes out.
 */
export const taskReminderJob: JobDefinition<TaskReminderData> = {
  name: "tasks.remind",
  queue: { retryLimit: 5, retryDelay: 10 },
  async run({ taskId, remindAt }, { orm, pubSub, jobs }) {
    // The reminder is also a notification (in the app, and by email when configured), in one transaction.
    const result = await orm.em.fork().transactional(async (em) => {
      const task = await em.findOne(Task, { id: taskId });
      if (!task || task.status !== TaskStatus.OPEN || task.remindedAt) return null;
      if (task.remindAt?.toISOString() !== remindAt) return null;
      task.remindedAt = new Date();
      const notifier = new Notifier(em, jobs, task.organization.id);
      await notifier.notify({
        userId: task.assignee.id,
        type: NotificationType.TASK_REMINDER,
        title: `Task due: ${task.title}`,
        body: task.dueAt
          ? `"${task.title}" is due at ${task.dueAt.toISOString()}.`
          : `"${task.title}" is due.`,
        leadId: task.lead?.id ?? null,
      });
      return { task, notifier };
    });
    if (!result) return;
    const { task, notifier } = result;
    const organizationId = task.organization.id;
    notifier.publish(pubSub);
    pubSub.publish(Topic.TASK_REMINDERS, organizationId, {
      taskId: task.id,
      assigneeId: task.assignee.id,
      organizationId,
    });
  },
};

/** Queues the task's reminder inside `em`'s transaction: it exists if and only if the change commits. */
export async function queueTaskReminder(jobs: JobQueue, em: EntityManager, task: Task): Promise<void> {
  if (!task.remindAt || task.status !== TaskStatus.OPEN) return;
  await jobs.send(
    taskReminderJob,
    { taskId: task.id, remindAt: task.remindAt.toISOString() },
    { em, startAfter: task.remindAt },
  );
}

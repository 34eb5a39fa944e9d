import type { EntityManager } from "../../db/orm.js";
import type { JobDefinition, JobQueue } from "../../jobs/queue.js";
import { Topic } from "../../realtime/pubsub.js";
import { Task, TaskStatus } from "./task.entity.js";

export interface TaskReminderData {
  taskId: string;
  /** The reminder time this job was queued for: a job for a time since changed does nothing. */
  remindAt: string;
}

/**
 * Reminds a task's assignee at its reminder time (queued with `startAfter`). Idempotent: only an open
 * task whose reminder is still due at this time and has not gone out is reminded, and `remindedAt` is
 * committed before the push goes out.
 */
export const taskReminderJob: JobDefinition<TaskReminderData> = {
  name: "tasks.remind",
  queue: { retryLimit: 5, retryDelay: 10 },
  async run({ taskId, remindAt }, { orm, pubSub }) {
    const em = orm.em.fork();
    const task = await em.findOne(Task, { id: taskId });
    if (!task || task.status !== TaskStatus.OPEN || task.remindedAt) return;
    if (task.remindAt?.toISOString() !== remindAt) return;
    task.remindedAt = new Date();
    await em.flush();
    const organizationId = task.organization.id;
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

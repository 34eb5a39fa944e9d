import { ActivityType, LeadEventType, Role } from "@leadline/shared";
import { validate as isUuid } from "uuid";
import type { Services } from "../../graphql/context.js";
import type { EntityManager } from "../../db/orm.js";
import { badInput, forbidden, notFound } from "../../graphql/errors.js";
import type { Viewer } from "../auth/viewer.js";
import { recordActivity } from "../activities/activity-recorder.js";
import {
  assertCanChangeLead,
  assertCanWrite,
  findLiveLead,
  findLiveLeadOrFail,
} from "../leads/lead-access.js";
import { publishLeadChange } from "../leads/lead-events.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import { ScoringService, type ScoreChange } from "../scoring/scoring.service.js";
import { User } from "../users/user.entity.js";
import { queueTaskReminder } from "./task-reminder.job.js";
import { Task, TaskStatus, type TaskType } from "./task.entity.js";
import type { CompleteTaskInput, CreateTaskInput, UpdateTaskInput } from "./task.types.js";

const MINUTE_MS = 60_000;
const DEFAULT_REMIND_MINUTES = 15;
const LIMITS = { title: 200, description: 5000, outcome: 200, note: 10_000 } as const;

// Completing one of these logs what was done on the lead's timeline (other types log a TASK entry).
const ACTIVITY_OF_TASK: Partial<Record<TaskType, ActivityType>> = {
  CALL: ActivityType.CALL,
  EMAIL: ActivityType.EMAIL,
};

/** Tasks for one viewer: MEMBERs work their own tasks (on their own leads), MANAGER and above any. */
export class TaskService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly services: Pick<Services, "pubSub" | "clock" | "jobs">,
  ) {}

  async create(input: CreateTaskInput): Promise<Task> {
    assertCanWrite(this.viewer);
    const title = this.text("title", input.title, true)!;
    const description = this.text("description", input.description);
    return this.em.transactional(async (tx) => {
      const lead = input.leadId
        ? await findLiveLeadOrFail(tx, this.viewer.organizationId, input.leadId)
        : null;
      if (lead) assertCanChangeLead(this.viewer, lead);
      const task = tx.create(Task, {
        organization: this.viewer.organizationId,
        lead,
        title,
        description,
        assignee: await this.assignee(tx, input.assigneeId ?? this.viewer.userId),
        createdBy: tx.getReference(User, this.viewer.userId),
        dueAt: input.dueAt ?? null,
        remindAt: this.remindAt(input.dueAt ?? null, input.remindMinutesBefore),
        ...(input.priority && { priority: input.priority }),
        ...(input.type && { type: input.type }),
      });
      await tx.flush();
      await queueTaskReminder(this.services.jobs, tx, task);
      return task;
    });
  }

  async update(input: UpdateTaskInput): Promise<Task> {
    return this.em.transactional(async (tx) => {
      const task = await this.findOwnOrFail(tx, input.id);
      if (input.title !== undefined && input.title !== null)
        task.title = this.text("title", input.title, true)!;
      if (input.description !== undefined) task.description = this.text("description", input.description);
      if (input.assigneeId) task.assignee = await this.assignee(tx, input.assigneeId);
      if (input.priority) task.priority = input.priority;
      if (input.type) task.type = input.type;
      if (input.status) {
        if (input.status === TaskStatus.DONE) throw badInput("status", "use completeTask to finish a task");
        task.status = input.status;
        task.completedAt = null;
      }
      const previousRemindAt = task.remindAt?.getTime();
      if (input.dueAt !== undefined || input.remindMinutesBefore !== undefined) {
        if (input.dueAt !== undefined) task.dueAt = input.dueAt;
        task.remindAt = this.remindAt(task.dueAt, input.remindMinutesBefore);
        task.remindedAt = null;
      }
      await tx.flush();
      if (task.remindAt && task.remindAt.getTime() !== previousRemindAt)
        await queueTaskReminder(this.services.jobs, tx, task);
      return task;
    });
  }

  /** Done, and on the lead's timeline (rescored with it) when the task was about a lead. */
  async complete(input: CompleteTaskInput): Promise<Task> {
    const outcome = this.text("outcome", input.outcome);
    const note = this.text("note", input.note);
    const now = this.services.clock.now();
    let score: ScoreChange | undefined;
    const task = await this.em.transactional(async (tx) => {
      const task = await this.findOwnOrFail(tx, input.id);
      if (task.status !== TaskStatus.OPEN) throw badInput("id", "is not an open task");
      task.status = TaskStatus.DONE;
      task.completedAt = now;
      // A lead deleted since has no timeline to write to: the task is simply done.
      const lead = task.lead && (await findLiveLead(tx, this.viewer.organizationId, task.lead.id, true));
      if (lead) {
        recordActivity(tx, lead, {
          type: ACTIVITY_OF_TASK[task.type as TaskType] ?? ActivityType.TASK,
          occurredAt: now,
          actorId: this.viewer.userId,
          subject: task.title,
          body: note,
          outcome,
          metadata: { taskId: task.id, taskType: task.type },
        });
        score = await new ScoringService(tx, this.viewer.organizationId).applyScore(
          lead,
          ScoreChangeReason.ACTIVITY,
          this.viewer.userId,
          now,
        );
      }
      return task;
    });
    if (score && task.lead)
      publishLeadChange(
        this.services.pubSub,
        this.viewer.organizationId,
        LeadEventType.UPDATED,
        task.lead.id,
        score,
      );
    return task;
  }

  private remindAt(dueAt: Date | null, minutesBefore: number | null | undefined): Date | null {
    const minutes = minutesBefore ?? DEFAULT_REMIND_MINUTES;
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > 60 * 24 * 30)
      throw badInput("remindMinutesBefore", "must be a whole number of minutes from 0 to 43200");
    return dueAt ? new Date(dueAt.getTime() - minutes * MINUTE_MS) : null;
  }

  private async findOwnOrFail(em: EntityManager, id: string): Promise<Task> {
    assertCanWrite(this.viewer);
    const task = isUuid(id) ? await em.findOne(Task, { id, organization: this.viewer.organizationId }) : null;
    if (!task) throw notFound("Task");
    if (this.viewer.role === Role.MEMBER && task.assignee.id !== this.viewer.userId)
      throw forbidden("Members can only change their own tasks");
    return task;
  }

  private async assignee(em: EntityManager, userId: string): Promise<User> {
    if (this.viewer.role === Role.MEMBER && userId !== this.viewer.userId)
      throw forbidden("Members can only assign tasks to themselves");
    const user = isUuid(userId)
      ? await em.findOne(User, { id: userId, organization: this.viewer.organizationId, active: true })
      : null;
    if (!user) throw badInput("assigneeId", "is not an active user of your organisation");
    return user;
  }

  private text(field: keyof typeof LIMITS, raw: string | null | undefined, required = false): string | null {
    const value = raw?.trim() || null;
    if (required && !value) throw badInput(field, "is required");
    if (value && value.length > LIMITS[field])
      throw badInput(field, `must be at most ${LIMITS[field]} characters`);
    return value;
  }
}

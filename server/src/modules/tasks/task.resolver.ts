import { Role, roleAtLeast } from "@leadline/shared";
import type { FilterQuery } from "@mikro-orm/core";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { loadForEvent, requireViewer, type Context } from "../../graphql/context.js";
import { findOffsetPage } from "../../graphql/offset-page.js";
import { Topic, type TaskReminderPayload } from "../../realtime/pubsub.js";
import { Lead } from "../leads/lead.entity.js";
import { User } from "../users/user.entity.js";
import { Task, TaskStatus } from "./task.entity.js";
import { TaskService } from "./task.service.js";
import {
  CompleteTaskInput,
  CreateTaskInput,
  TaskListArgs,
  TaskPayload,
  TaskReminder,
  UpdateTaskInput,
} from "./task.types.js";

const TaskConnection = ConnectionType(Task, "Task");

const service = (context: Context) => new TaskService(context.em, requireViewer(context), context.services);

// Soonest due first (so overdue tasks lead), undated last.
const listTasks = (context: Context, where: Record<string, unknown>, args: TaskListArgs) =>
  findOffsetPage(
    context.em,
    Task,
    {
      organization: requireViewer(context).organizationId,
      status: { $in: args.status ?? [TaskStatus.OPEN] },
      ...where,
    } as FilterQuery<Task>,
    { dueAt: "asc nulls last", createdAt: "asc", id: "asc" },
    args,
  );

@Resolver(() => Task)
export class TaskResolver {
  @Authorized()
  @Query(() => TaskConnection, { description: "The viewer's tasks (default: open ones), overdue first." })
  myTasks(@Args(() => TaskListArgs) args: TaskListArgs, @Ctx() context: Context): Promise<Connection<Task>> {
    return listTasks(context, { assignee: requireViewer(context).userId }, args);
  }

  @Authorized()
  @Query(() => TaskConnection, {
    description:
      "Open tasks past their due time, most overdue first: the viewer's own, or everyone's for MANAGER and above.",
  })
  overdueTasks(
    @Args(() => TaskListArgs) args: TaskListArgs,
    @Ctx() context: Context,
  ): Promise<Connection<Task>> {
    const viewer = requireViewer(context);
    return listTasks(
      context,
      {
        dueAt: { $lt: context.services.clock.now() },
        ...(!roleAtLeast(viewer.role, Role.MANAGER) && { assignee: viewer.userId }),
      },
      { ...args, status: [TaskStatus.OPEN] },
    );
  }

  @Authorized(Role.MEMBER)
  @Mutation(() => TaskPayload, { description: "Creates a task; its reminder is queued with it." })
  async createTask(
    @Arg("input", () => CreateTaskInput) input: CreateTaskInput,
    @Ctx() context: Context,
  ): Promise<TaskPayload> {
    return { task: await service(context).create(input) };
  }

  @Authorized(Role.MEMBER)
  @Mutation(() => TaskPayload, {
    description: "Changes a task (a MEMBER: their own); a new due time re-queues the reminder.",
  })
  async updateTask(
    @Arg("input", () => UpdateTaskInput) input: UpdateTaskInput,
    @Ctx() context: Context,
  ): Promise<TaskPayload> {
    return { task: await service(context).update(input) };
  }

  @Authorized(Role.MEMBER)
  @Mutation(() => TaskPayload, {
    description: "Marks a task done; a CALL or EMAIL task on a lead logs that activity.",
  })
  async completeTask(
    @Arg("input", () => CompleteTaskInput) input: CompleteTaskInput,
    @Ctx() context: Context,
  ): Promise<TaskPayload> {
    return { task: await service(context).complete(input) };
  }

  @Authorized()
  @Subscription(() => TaskReminder, {
    description: "Reminders of the viewer's own tasks, as they fall due.",
    topics: Topic.TASK_REMINDERS,
    topicId: ({ context }: { context: Context }) => requireViewer(context).organizationId,
    filter: ({ payload, context }: { payload: TaskReminderPayload; context: Context }) =>
      payload.assigneeId === context.viewer?.userId,
  })
  async taskReminders(@Root() event: TaskReminderPayload, @Ctx() context: Context): Promise<TaskReminder> {
    const task = await loadForEvent(context, Task, event.taskId, "Task");
    return { task };
  }

  @FieldResolver(() => Lead, { nullable: true })
  async lead(@Root() task: Task, @Ctx() context: Context): Promise<Lead | null> {
    return task.lead ? context.loaders.lead.load(task.lead.id) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() task: Task, @Ctx() context: Context): Promise<User | null> {
    return context.loaders.user.load(task.assignee.id);
  }

  @FieldResolver(() => Boolean, { description: "Open and past its due time." })
  overdue(@Root() task: Task, @Ctx() context: Context): boolean {
    return (
      task.status === TaskStatus.OPEN && task.dueAt !== null && task.dueAt < context.services.clock.now()
    );
  }
}

@Resolver(() => Lead)
export class LeadTasksResolver {
  // One query per lead asked for: meant for the lead page.
  @FieldResolver(() => TaskConnection, {
    description: "The lead's tasks (default: open ones), soonest due first.",
  })
  tasks(
    @Root() lead: Lead,
    @Args(() => TaskListArgs) args: TaskListArgs,
    @Ctx() context: Context,
  ): Promise<Connection<Task>> {
    return listTasks(context, { lead: lead.id }, args);
  }
}

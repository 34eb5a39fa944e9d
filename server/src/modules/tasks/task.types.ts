import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MAX_PAGE_SIZE } from "../../graphql/connection.js";
import { Task, TaskPriority, TaskStatus, TaskType } from "./task.entity.js";

@InputType({ description: "A new task. A MEMBER assigns tasks to themselves, on their own leads." })
export class CreateTaskInput {
  @Field({ description: "1-200 characters." }) title!: string;
  @Field(() => String, { nullable: true, description: "At most 5,000 characters." }) description?:
    string | null;
  @Field(() => ID, { nullable: true }) leadId?: string | null;
  @Field(() => ID, { nullable: true, description: "Default: the viewer." }) assigneeId?: string | null;
  @Field(() => Date, { nullable: true }) dueAt?: Date | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "Remind the assignee this many minutes before the due time (default 15; 0: at the due time).",
  })
  remindMinutesBefore?: number | null;
  @Field(() => TaskPriority, { nullable: true }) priority?: TaskPriority | null;
  @Field(() => TaskType, { nullable: true }) type?: TaskType | null;
}

@InputType({ description: "Changes to a task: only the fields given change." })
export class UpdateTaskInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => Date, { nullable: true }) dueAt?: Date | null;
  @Field(() => Int, { nullable: true }) remindMinutesBefore?: number | null;
  @Field(() => TaskPriority, { nullable: true }) priority?: TaskPriority | null;
  @Field(() => TaskType, { nullable: true }) type?: TaskType | null;
  @Field(() => TaskStatus, {
    nullable: true,
    description: "OPEN or CANCELLED; use completeTask to finish one.",
  })
  status?: TaskStatus | null;
}

@InputType({ description: "Marks a task done; a CALL or EMAIL task on a lead logs that activity." })
export class CompleteTaskInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: "How it went (the activity's outcome)." }) outcome?:
    string | null;
  @Field(() => String, { nullable: true, description: "Notes (the activity's body)." }) note?: string | null;
}

@ObjectType()
export class TaskPayload {
  @Field(() => Task) task!: Task;
}

@ArgsType()
export class TaskListArgs {
  @Field(() => [TaskStatus], { nullable: true, description: "Default: OPEN." }) status?: TaskStatus[] | null;
  @Field(() => Int, { defaultValue: 50, description: `Page size, at most ${MAX_PAGE_SIZE}.` }) first: number =
    50;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ObjectType({ description: "A task's reminder, pushed to its assignee." })
export class TaskReminder {
  @Field(() => Task) task!: Task;
}

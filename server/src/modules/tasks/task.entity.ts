import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Lead } from "../leads/lead.entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { User } from "../users/user.entity.js";

export const TaskPriority = { LOW: "LOW", MEDIUM: "MEDIUM", HIGH: "HIGH", URGENT: "URGENT" } as const;
export type TaskPriority = (typeof TaskPriority)[keyof typeof TaskPriority];
registerEnumType(TaskPriority, { name: "TaskPriority" });

export const TaskType = {
  FOLLOW_UP: "FOLLOW_UP",
  CALL: "CALL",
  EMAIL: "EMAIL",
  MEETING: "MEETING",
  DEMO: "DEMO",
  OTHER: "OTHER",
} as const;
export type TaskType = (typeof TaskType)[keyof typeof TaskType];
registerEnumType(TaskType, {
  name: "TaskType",
  description: "What the task is; completing a CALL or EMAIL task logs that activity on the lead.",
});

export const TaskStatus = { OPEN: "OPEN", DONE: "DONE", CANCELLED: "CANCELLED" } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];
registerEnumType(TaskStatus, { name: "TaskStatus" });

/** Something a person has to do, usually about a lead, with a due time and a reminder before it. */
@ObjectType({ description: "A to-do for a person, usually about a lead." })
@Entity({ tableName: "task" })
@Index({ properties: ["organization", "assignee", "status", "dueAt"] })
@Index({ properties: ["organization", "status", "dueAt"] })
@Index({ properties: ["lead", "status"] })
export class Task extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @ManyToOne(() => Lead, { nullable: true, deleteRule: "cascade" }) lead: Lead | null = null;

  @ManyToOne(() => User, { deleteRule: "cascade" }) assignee!: User;

  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" }) createdBy: User | null = null;

  @Field() @Property({ type: "text" }) title!: string;

  @Field(() => String, { nullable: true }) @Property({ type: "text", nullable: true }) description:
    string | null = null;

  @Field(() => Date, { nullable: true }) @Property({ type: "datetime", nullable: true }) dueAt: Date | null =
    null;

  @Field(() => Date, { nullable: true, description: "When the assignee is reminded (before the due time)." })
  @Property({ type: "datetime", nullable: true })
  remindAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: "When the reminder went out." })
  @Property({ type: "datetime", nullable: true })
  remindedAt: Date | null = null;

  @Field(() => TaskPriority)
  @Enum({ items: () => TaskPriority, nativeEnumName: "task_priority" })
  priority: Opt<TaskPriority> = TaskPriority.MEDIUM;

  @Field(() => TaskType)
  @Enum({ items: () => TaskType, nativeEnumName: "task_type" })
  type: Opt<TaskType> = TaskType.FOLLOW_UP;

  @Field(() => TaskStatus)
  @Enum({ items: () => TaskStatus, nativeEnumName: "task_status" })
  status: Opt<TaskStatus> = TaskStatus.OPEN;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  completedAt: Date | null = null;
}

import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { v7 as uuidv7 } from "uuid";
import { Lead } from "../leads/lead.entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { User } from "../users/user.entity.js";

export const NotificationType = {
  LEAD_ASSIGNED: "LEAD_ASSIGNED",
  LEAD_QUEUED: "LEAD_QUEUED",
  SLA_BREACHED: "SLA_BREACHED",
  TASK_REMINDER: "TASK_REMINDER",
} as const;
export type NotificationType = (typeof NotificationType)[keyof typeof NotificationType];
registerEnumType(NotificationType, {
  name: "NotificationType",
  description: "What a notification is about.",
});

/** A message for one user, shown in the app and, when configured, sent by email. */
@ObjectType({
  description: "A message for the viewer: a lead assigned, a lead waiting in a queue, an SLA breach.",
})
@Entity({ tableName: "notification" })
@Index({ properties: ["user", "createdAt"] })
// A deleted lead's rows are found through this index (the foreign key's cascade runs once per lead).
@Index({ properties: ["lead"] })
export class Notification {
  @Field(() => ID) @PrimaryKey({ type: "uuid" }) id: string = uuidv7();
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;
  @ManyToOne(() => User, { deleteRule: "cascade" }) user!: User;
  @Field(() => NotificationType)
  @Enum({ items: () => NotificationType, nativeEnumName: "notification_type" })
  type!: NotificationType;
  @Field() @Property({ type: "text" }) title!: string;
  @Field() @Property({ type: "text" }) body!: string;
  @ManyToOne(() => Lead, { nullable: true, deleteRule: "cascade" }) lead: Lead | null = null;
  @Field(() => Date, { nullable: true, description: "When the viewer read it; null while unread." })
  @Property({ type: "datetime", nullable: true })
  readAt: Date | null = null;
  @Field(() => Date) @Property({ type: "datetime", defaultRaw: "now()" }) createdAt: Opt<Date> = new Date();
}

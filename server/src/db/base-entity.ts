import { PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { v7 as uuidv7 } from "uuid";

/** Base of every organisation-owned record (its GraphQL fields are inherited by each object type).
 * Time-ordered UUIDv7 keys: globally unique, and they index like sequential ids. */
@ObjectType({ description: "Fields every record has (never returned on its own)." })
export abstract class BaseEntity {
  @Field(() => ID, { description: "Stable, globally unique identifier." })
  @PrimaryKey({ type: "uuid" })
  id: string = uuidv7();

  @Field(() => Date, { description: "When the record was created." })
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { description: "When the record was last changed." })
  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

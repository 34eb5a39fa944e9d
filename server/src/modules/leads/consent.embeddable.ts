import { Embeddable, Property } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Marketing consent as the lead gave it (GDPR/CASL evidence)." })
@Embeddable()
export class Consent {
  @Field({ description: "Whether the lead agreed to be contacted." })
  @Property({ type: "boolean", default: false })
  given: boolean = false;

  @Field(() => Date, { nullable: true, description: "When consent was given or withdrawn." })
  @Property({ type: "datetime", nullable: true })
  at: Date | null = null;

  @Field(() => String, { nullable: true, description: "Where consent was captured, e.g. a form name." })
  @Property({ type: "text", nullable: true })
  source: string | null = null;
}

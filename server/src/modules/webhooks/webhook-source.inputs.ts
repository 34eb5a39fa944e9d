import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { MAPPABLE_CAPTURE_FIELDS } from "./webhook-payload.js";

const MAPPING = `Capture field -> dotted JSON path. Fields: ${MAPPABLE_CAPTURE_FIELDS.join(", ")}.`;
const SECRET =
  "The HMAC key the sender signs with, when it is not ours to choose (Meta signs with the app secret); 16 to 200 characters.";

@InputType()
export class CreateWebhookSourceInput {
  @Field(() => ID) campaignId!: string;
  @Field() name!: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: MAPPING })
  fieldMapping?: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: "For Meta's GET handshake (hub.verify_token)." })
  verifyToken?: string | null;
  @Field(() => String, { nullable: true, description: `${SECRET} Default: a new random secret.` })
  secret?: string | null;
}

@InputType({ description: "Changes to a webhook source: omitted (or null) fields are left as they are." })
export class UpdateWebhookSourceInput {
  @Field(() => ID, { description: "The source to change." }) id!: string;
  @Field(() => String, { nullable: true, description: "1 to 200 characters." }) name?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: `The whole new mapping. ${MAPPING}` })
  fieldMapping?: Record<string, unknown> | null;
  @Field(() => String, {
    nullable: true,
    description: "For Meta's GET handshake (hub.verify_token); an empty string removes it.",
  })
  verifyToken?: string | null;
  @Field(() => Boolean, { nullable: true, description: "false: posts are refused (403 SOURCE_INACTIVE)." })
  active?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: replaces the signing secret with a new random one, returned once in the payload; the old one stops working at once.",
  })
  rotateSecret?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: `Replaces the signing secret with this one (the sender's new key). ${SECRET}`,
  })
  secret?: string | null;
}

@InputType({ description: "The webhook source to delete." })
export class DeleteWebhookSourceInput {
  @Field(() => ID, { description: "The source's id." }) id!: string;
}

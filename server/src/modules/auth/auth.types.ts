import { Field, InputType, ObjectType } from "type-graphql";
import { User } from "../users/user.entity.js";

@InputType({ description: "Credentials to sign in with." })
export class LoginInput {
  @Field() email!: string;
  @Field() password!: string;

  @Field(() => String, {
    nullable: true,
    description: "Only needed when the same email and password open accounts in several organisations.",
  })
  organizationSlug?: string | null;
}

@ObjectType({
  description:
    "A new session: send the access token as `Authorization: Bearer`, keep the refresh token to renew it.",
})
export class AuthPayload {
  @Field({ description: "Short-lived JWT." }) accessToken!: string;
  @Field({ description: "Single-use token for `refreshSession`; each use returns a new one." })
  refreshToken!: string;
  @Field(() => User) user!: User;
}

import type { GraphQLCodegenDataMasking } from "@apollo/client/masking";

declare module "@apollo/client" {
  // Generated types are masked like Apollo masks at runtime (`dataMasking: true`, see codegen.ts).
  // An interface, not a type alias, because it merges into Apollo's declaration.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}

  // What the auth links put on an operation's context (see client.ts).
  export interface DefaultContext {
    /** The access token this attempt was sent with. */
    accessToken?: string;
    /** Set on the one retry after refreshing the session, so a second UNAUTHENTICATED signs out. */
    authRetried?: boolean;
  }
}

import { useMutation } from "@apollo/client/react";
import { graphql } from "../../api/gql";
import { session } from "../../api/session";

const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
    }
  }
`);

/**
 * Signs in with email and password and stores the session (which the route guards react to).
 * A failure is reported through `error`, carrying the server's message.
 */
export function useLogin() {
  const [mutate, { loading, error }] = useMutation(loginMutation);
  const login = async (email: string, password: string) => {
    try {
      const { data } = await mutate({ variables: { input: { email, password } } });
      if (data) session.set(data.login);
    } catch {
      // Already in `error`, which the form shows.
    }
  };
  return { login, loading, error };
}

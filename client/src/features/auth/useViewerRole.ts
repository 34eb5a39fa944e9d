import { useQuery } from "@apollo/client/react";
import { graphql } from "../../api/gql";

const viewerRoleQuery = graphql(`
  query ViewerRole {
    me {
      id
      role
    }
  }
`);

/**
 * The signed-in person's role, for showing only what they may use (the server checks every call itself):
 * undefined while it loads, or when it could not be read (`error` says why).
 */
export function useViewerRole() {
  const { data, error } = useQuery(viewerRoleQuery);
  return { role: data?.me.role, error };
}

import { useLazyQuery } from "@apollo/client/react";
import { useEffect } from "react";
import { graphql } from "../../api/gql";
import { useDebouncedCallback } from "../../hooks/useDebouncedCallback";

const findDuplicatesQuery = graphql(`
  query FindDuplicates($input: FindDuplicatesInput!) {
    findDuplicates(input: $input) {
      reason
      similarity
      lead {
        id
        fullName
        email
        company
      }
    }
  }
`);

export interface DuplicateCheckInput {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  company: string;
}

/** Asks the server for leads like the one being typed, 400 ms after the last keystroke. */
export function useDuplicateCheck(input: DuplicateCheckInput) {
  const [check, { data }] = useLazyQuery(findDuplicatesQuery, { fetchPolicy: "network-only" });
  const debounced = useDebouncedCallback((value: DuplicateCheckInput) => {
    if (Object.values(value).some((field) => field.trim() !== ""))
      void check({ variables: { input: value } });
  }, 400);
  const key = JSON.stringify(input);
  useEffect(() => debounced.run(JSON.parse(key) as DuplicateCheckInput), [key, debounced]);
  return data?.findDuplicates ?? [];
}

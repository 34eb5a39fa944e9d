import { useQuery } from "@apollo/client/react";
import { graphql } from "../../api/gql";
import { MultiSelectFilter } from "./MultiSelectFilter";

const ownerFilterQuery = graphql(`
  query OwnerFilter {
    users(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

interface OwnerFilterProps {
  readonly selected: readonly string[];
  readonly onChange: (ownerIds: string[]) => void;
  readonly disabled: boolean;
}

/** Filter by the users leads are assigned to (the organisation's first 100 users). */
export function OwnerFilter({ selected, onChange, disabled }: OwnerFilterProps) {
  const { data } = useQuery(ownerFilterQuery);
  const options = (data?.users.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  return (
    <MultiSelectFilter
      label="Owner"
      options={options}
      selected={selected}
      onChange={onChange}
      disabled={disabled}
    />
  );
}

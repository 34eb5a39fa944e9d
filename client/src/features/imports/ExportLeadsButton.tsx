import { useApolloClient } from "@apollo/client/react";
import { Role, roleAtLeast } from "@leadline/shared";
import DownloadIcon from "@mui/icons-material/Download";
import Button from "@mui/material/Button";
import { useState } from "react";
import { graphql } from "../../api/gql";
import type { LeadFilter } from "../../api/gql/graphql";
import { useViewerRole } from "../auth/useViewerRole";

const exportQuery = graphql(`
  query ExportLeads($filter: LeadFilter) {
    exportLeads(filter: $filter, bom: true) {
      url
    }
  }
`);

/** Downloads the leads the table's current filter selects, as CSV (with a BOM, so Excel reads UTF-8). */
export function ExportLeadsButton({ filter }: { filter: LeadFilter | undefined }) {
  const client = useApolloClient();
  const { role } = useViewerRole();
  const [busy, setBusy] = useState(false);
  // Exports are for managers and above (the server checks too).
  if (!role || !roleAtLeast(role, Role.MANAGER)) return null;
  const download = async () => {
    setBusy(true);
    try {
      const { data } = await client.query({
        query: exportQuery,
        variables: { filter },
        fetchPolicy: "network-only",
      });
      if (data) window.location.assign(data.exportLeads.url);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" startIcon={<DownloadIcon />} onClick={() => void download()} disabled={busy}>
      Export
    </Button>
  );
}

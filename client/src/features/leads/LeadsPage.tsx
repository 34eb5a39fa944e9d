import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import Button from "@mui/material/Button";
import AddIcon from "@mui/icons-material/Add";
import { useState } from "react";
import { NewLeadDialog } from "./NewLeadDialog";
import { ExportLeadsButton } from "../imports/ExportLeadsButton";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { LeadFilters } from "./LeadFilters";
import { useLeadListParams } from "./leadListParams";
import { LeadsPagination } from "./LeadsPagination";
import { LeadsTable } from "./LeadsTable";
import { useCursorPages } from "./useCursorPages";
import { useLiveLeads } from "./useLiveLeads";

const leadsPageQuery = graphql(`
  query LeadsPage($filter: LeadFilter, $search: String, $orderBy: LeadOrder, $first: Int, $after: String) {
    leads(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          ...LeadRow_lead
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The leads list: server-side search, filters, sorting and cursor paging, kept live by subscription. */
export function LeadsPage() {
  const [params, setParams] = useLeadListParams();
  const [creating, setCreating] = useState(false);
  const { search, filter, orderBy, pageSize } = params;
  const pages = useCursorPages(JSON.stringify(params));
  const { data, previousData, loading, error, refetch } = useQuery(leadsPageQuery, {
    variables: { filter, search: search || undefined, orderBy, first: pageSize, after: pages.after },
    // Pages seen before show at once, then refresh: they may have changed while away. Afterwards
    // the cache is enough (live events refetch), and a network request per cache update could loop.
    fetchPolicy: "cache-and-network",
    nextFetchPolicy: "cache-first",
  });
  useLiveLeads(() => void refetch());

  // Keep the previous page on screen while the next one loads, rather than an empty table.
  const leads = (data ?? previousData)?.leads;
  return (
    <Paper
      variant="outlined"
      sx={{ flex: 1, minHeight: 0, display: "flex", flexDirection: "column", gap: 2, pt: 2 }}
    >
      <Box sx={{ px: 2, display: "flex", alignItems: "baseline", gap: 1.5 }}>
        <Typography variant="h5" component="h1">
          Leads
        </Typography>
        {leads && (
          <Typography color="text.secondary" aria-live="polite">
            {leads.totalCount.toLocaleString()} {leads.totalCount === 1 ? "lead" : "leads"}
            {search && ` matching “${search}”`}
          </Typography>
        )}
        <Box sx={{ flex: 1 }} />
        <ExportLeadsButton filter={filter} />
        <Button variant="contained" size="small" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          New lead
        </Button>
      </Box>
      {creating && <NewLeadDialog onClose={() => setCreating(false)} />}
      <Box sx={{ px: 2 }}>
        <LeadFilters filter={filter} onChange={(next) => setParams({ filter: next })} />
      </Box>
      {error && (
        <Alert severity="error" sx={{ mx: 2 }}>
          {describeError(error)}
        </Alert>
      )}
      <Box sx={{ flex: 1, minHeight: 0, display: "flex", flexDirection: "column" }}>
        <LinearProgress sx={{ visibility: loading ? "visible" : "hidden" }} aria-hidden={!loading} />
        <LeadsTable
          leads={leads?.edges.map((edge) => edge.node) ?? []}
          orderBy={orderBy}
          onSort={(next) => setParams({ orderBy: next })}
          loading={!leads}
        />
        <LeadsPagination
          page={pages.page}
          pageSize={pageSize}
          totalCount={leads?.totalCount ?? 0}
          hasNextPage={Boolean(leads?.pageInfo.hasNextPage && leads.pageInfo.endCursor)}
          disabled={!data}
          onNext={() => data?.leads.pageInfo.endCursor && pages.next(data.leads.pageInfo.endCursor)}
          onPrevious={pages.previous}
          onPageSizeChange={(next) => setParams({ pageSize: next })}
        />
      </Box>
    </Paper>
  );
}

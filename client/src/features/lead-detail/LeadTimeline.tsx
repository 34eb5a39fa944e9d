import { useQuery } from "@apollo/client/react";
import CallOutlinedIcon from "@mui/icons-material/CallOutlined";
import EmailOutlinedIcon from "@mui/icons-material/EmailOutlined";
import EventOutlinedIcon from "@mui/icons-material/EventOutlined";
import NotesOutlinedIcon from "@mui/icons-material/NotesOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import ButtonGroup from "@mui/material/ButtonGroup";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { useState, type ReactNode } from "react";
import { graphql } from "../../api/gql";
import type { ActivityType } from "../../api/gql/graphql";
import { formatDateTime, humanize } from "../../format";
import { QuickLogDialog } from "./QuickLogDialog";

const leadTimelineQuery = graphql(`
  query LeadTimeline($id: ID!, $after: String) {
    lead(id: $id) {
      id
      timeline(first: 20, after: $after) {
        totalCount
        edges {
          node {
            id
            type
            subject
            body
            outcome
            occurredAt
            actor {
              id
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const QUICK: readonly { type: ActivityType; label: string; icon: ReactNode }[] = [
  { type: "CALL", label: "Call", icon: <CallOutlinedIcon /> },
  { type: "EMAIL", label: "Email", icon: <EmailOutlinedIcon /> },
  { type: "NOTE", label: "Note", icon: <NotesOutlinedIcon /> },
  { type: "MEETING", label: "Meeting", icon: <EventOutlinedIcon /> },
];

/** What happened to the lead, newest first, with buttons to log a call, email, note or meeting. */
export function LeadTimeline({ leadId }: { leadId: string }) {
  // Pages after the first, by the cursor each starts after (keyset pages: deep ones cost what the first does).
  const [cursors, setCursors] = useState<string[]>([]);
  const [logging, setLogging] = useState<ActivityType | null>(null);
  const pages = [null, ...cursors];
  return (
    <Box>
      <Box sx={{ display: "flex", alignItems: "center", gap: 2, mb: 1, flexWrap: "wrap" }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          Timeline
        </Typography>
        <ButtonGroup size="small" aria-label="Log an activity">
          {QUICK.map((quick) => (
            <Button key={quick.type} startIcon={quick.icon} onClick={() => setLogging(quick.type)}>
              {quick.label}
            </Button>
          ))}
        </ButtonGroup>
      </Box>
      <List dense aria-label="Timeline">
        {pages.map((after, index) => (
          <TimelinePage
            key={after ?? "first"}
            leadId={leadId}
            after={after}
            last={index === pages.length - 1}
            onMore={(cursor) => setCursors((list) => [...list, cursor])}
          />
        ))}
      </List>
      {logging && <QuickLogDialog leadId={leadId} type={logging} onClose={() => setLogging(null)} />}
    </Box>
  );
}

interface TimelinePageProps {
  readonly leadId: string;
  readonly after: string | null;
  readonly last: boolean;
  readonly onMore: (endCursor: string) => void;
}

function TimelinePage({ leadId, after, last, onMore }: TimelinePageProps) {
  const { data, previousData } = useQuery(leadTimelineQuery, {
    variables: { id: leadId, after },
    fetchPolicy: "cache-and-network",
  });
  const timeline = (data ?? previousData)?.lead?.timeline;
  if (!timeline) return null;
  if (after === null && timeline.edges.length === 0)
    return (
      <ListItem disableGutters>
        <Typography color="text.secondary" variant="body2">
          Nothing yet.
        </Typography>
      </ListItem>
    );
  return (
    <>
      {timeline.edges.map(({ node }) => (
        <ListItem key={node.id} disableGutters alignItems="flex-start">
          <ListItemText
            primary={`${humanize(node.type)}${node.subject ? `: ${node.subject}` : ""}`}
            secondary={[
              formatDateTime(node.occurredAt),
              node.actor?.name,
              node.outcome && `Outcome: ${node.outcome}`,
              node.body,
            ]
              .filter(Boolean)
              .join(" · ")}
          />
        </ListItem>
      ))}
      {last && timeline.pageInfo.hasNextPage && timeline.pageInfo.endCursor && (
        <ListItem disableGutters>
          <Button size="small" onClick={() => onMore(timeline.pageInfo.endCursor!)}>
            Show more
          </Button>
        </ListItem>
      )}
    </>
  );
}

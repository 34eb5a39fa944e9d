import { useMutation, useQuery, useSubscription } from "@apollo/client/react";
import NotificationsIcon from "@mui/icons-material/Notifications";
import Badge from "@mui/material/Badge";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import List from "@mui/material/List";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemText from "@mui/material/ListItemText";
import Popover from "@mui/material/Popover";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { useNavigate } from "react-router";
import { graphql } from "../../api/gql";

const notificationsQuery = graphql(`
  query NotificationBell {
    unreadNotificationCount
    notifications(first: 15) {
      edges {
        node {
          id
          type
          title
          body
          readAt
          createdAt
          lead {
            id
          }
        }
      }
    }
  }
`);

const notificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      title
    }
  }
`);

const markReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
    }
  }
`);

/** The notification centre: a bell with the live unread count, and the latest notifications. */
export function NotificationBell() {
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data, refetch } = useQuery(notificationsQuery, { fetchPolicy: "cache-and-network" });
  useSubscription(notificationAddedSubscription, { onData: () => void refetch() });
  const [markRead] = useMutation(markReadMutation, { onCompleted: () => void refetch() });
  const unread = data?.unreadNotificationCount ?? 0;
  const items = data?.notifications.edges.map((edge) => edge.node) ?? [];

  const open = (id: string, leadId: string | undefined) => {
    void markRead({ variables: { input: { ids: [id] } } });
    setAnchor(null);
    if (leadId) void navigate(`/leads/${leadId}`);
  };

  return (
    <>
      <IconButton
        color="inherit"
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <Badge badgeContent={unread} color="error" max={99}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: "bottom", horizontal: "right" }}
        transformOrigin={{ vertical: "top", horizontal: "right" }}
      >
        <Box role="dialog" aria-label="Notifications" sx={{ width: 380, maxHeight: 480, overflow: "auto" }}>
          <Box sx={{ display: "flex", alignItems: "center", px: 2, py: 1 }}>
            <Typography variant="subtitle1" sx={{ flex: 1 }}>
              Notifications
            </Typography>
            <Button
              size="small"
              disabled={unread === 0}
              onClick={() => void markRead({ variables: { input: { all: true } } })}
            >
              Mark all read
            </Button>
          </Box>
          {items.length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
              Nothing yet.
            </Typography>
          ) : (
            <List dense disablePadding>
              {items.map((item) => (
                <ListItemButton key={item.id} onClick={() => open(item.id, item.lead?.id)}>
                  <ListItemText
                    primary={item.title}
                    secondary={item.body}
                    slotProps={{ primary: { sx: { fontWeight: item.readAt ? 400 : 700 } } }}
                  />
                </ListItemButton>
              ))}
            </List>
          )}
        </Box>
      </Popover>
    </>
  );
}

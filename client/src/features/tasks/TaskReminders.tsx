import { useSubscription } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Snackbar from "@mui/material/Snackbar";
import { useState } from "react";
import { Link } from "react-router";
import { graphql } from "../../api/gql";
import type { TaskRemindersSubscription } from "../../api/gql/graphql";

const taskRemindersSubscription = graphql(`
  subscription TaskReminders {
    taskReminders {
      task {
        id
        title
        dueAt
        lead {
          id
          fullName
        }
      }
    }
  }
`);

type Reminder = TaskRemindersSubscription["taskReminders"]["task"];

/** Shows the signed-in user's task reminders as they fall due (the server queues them with the task). */
export function TaskReminders() {
  const [reminder, setReminder] = useState<Reminder | null>(null);
  useSubscription(taskRemindersSubscription, {
    onData: ({ data }) => data.data && setReminder(data.data.taskReminders.task),
  });
  const close = () => setReminder(null);
  return (
    <Snackbar
      open={reminder !== null}
      onClose={close}
      anchorOrigin={{ vertical: "bottom", horizontal: "right" }}
    >
      <Alert
        severity="info"
        onClose={close}
        action={
          reminder?.lead && (
            <Button
              component={Link}
              to={`/leads/${reminder.lead.id}`}
              color="inherit"
              size="small"
              onClick={close}
            >
              Open lead
            </Button>
          )
        }
      >
        Reminder: {reminder?.title}
        {reminder?.lead && ` (${reminder.lead.fullName})`}
      </Alert>
    </Snackbar>
  );
}

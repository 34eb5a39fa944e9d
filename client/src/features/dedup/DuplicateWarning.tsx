import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { Link } from "react-router";

export interface DuplicateMatch {
  reason: string;
  similarity: number;
  lead: { id: string; fullName: string; email?: string | null; company?: string | null };
}

const REASON_TEXT: Record<string, string> = {
  EMAIL: "same email",
  PHONE: "same phone",
  NAME_COMPANY: "similar name and company",
};

/** "Similar lead found: ... View / Create anyway", for the strongest match. */
export function DuplicateWarning({
  matches,
  onCreateAnyway,
}: {
  matches: readonly DuplicateMatch[];
  onCreateAnyway?: () => void;
}) {
  const best = matches[0];
  if (!best) return null;
  return (
    <Alert
      severity="warning"
      role="alert"
      action={
        <>
          <Button component={Link} to={`/leads/${best.lead.id}`} color="inherit" size="small">
            View
          </Button>
          {onCreateAnyway && (
            <Button color="inherit" size="small" onClick={onCreateAnyway}>
              Create anyway
            </Button>
          )}
        </>
      }
    >
      Similar lead found: {best.lead.fullName}
      {best.lead.company ? ` (${best.lead.company})` : ""}, {REASON_TEXT[best.reason] ?? best.reason}
      {matches.length > 1 ? ` and ${matches.length - 1} more` : ""}
    </Alert>
  );
}

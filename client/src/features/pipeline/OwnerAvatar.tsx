import Avatar from "@mui/material/Avatar";
import Tooltip from "@mui/material/Tooltip";

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join("");

/** The owner's initials in a small circle; "?" for an unassigned lead. */
export function OwnerAvatar({ name }: { name: string | null }) {
  return (
    <Tooltip title={name ?? "Unassigned"}>
      <Avatar
        aria-label={name ? `Owner ${name}` : "Unassigned"}
        sx={{ width: 24, height: 24, fontSize: 11, bgcolor: name ? "primary.main" : "grey.400" }}
      >
        {name ? initials(name) : "?"}
      </Avatar>
    </Tooltip>
  );
}

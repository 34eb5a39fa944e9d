import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import LogoutIcon from "@mui/icons-material/Logout";
import Avatar from "@mui/material/Avatar";
import Divider from "@mui/material/Divider";
import IconButton from "@mui/material/IconButton";
import ListItemIcon from "@mui/material/ListItemIcon";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import Typography from "@mui/material/Typography";
import Box from "@mui/material/Box";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { humanize } from "../../format";
import { useSignOut } from "../auth/useSignOut";

const userMenuFragment = graphql(`
  fragment UserMenu_user on User {
    id
    name
    email
    role
  }
`);

/** "Jamil Krieger (Rep 1)" -> "JK": first letters of the first and last words that are words. */
function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const letters = words.length > 1 ? [words[0], words.at(-1)] : words;
  return letters
    .map((word) => word?.[0] ?? "")
    .join("")
    .toUpperCase();
}

/** The signed-in user's avatar button; its menu shows who and in which role, and signs out. */
export function UserMenu({ user }: { user: FragmentType<typeof userMenuFragment> }) {
  const { data, complete } = useFragment({ fragment: userMenuFragment, from: user });
  const signOut = useSignOut();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!complete) return null;

  return (
    <>
      <IconButton
        aria-label={`Account: ${data.name}`}
        aria-haspopup="menu"
        aria-controls={anchor ? "user-menu" : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        size="small"
      >
        <Avatar sx={{ width: 30, height: 30, fontSize: 13, bgcolor: "secondary.main" }}>
          {initials(data.name)}
        </Avatar>
      </IconButton>
      <Menu
        id="user-menu"
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: "bottom", horizontal: "right" }}
        transformOrigin={{ vertical: "top", horizontal: "right" }}
      >
        <Box sx={{ px: 2, py: 1, minWidth: 220 }}>
          <Typography sx={{ fontWeight: 600 }}>{data.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            {data.email}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {humanize(data.role)}
          </Typography>
        </Box>
        <Divider />
        <MenuItem onClick={signOut}>
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          Sign out
        </MenuItem>
      </Menu>
    </>
  );
}

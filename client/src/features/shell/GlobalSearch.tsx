import SearchIcon from "@mui/icons-material/Search";
import Box from "@mui/material/Box";
import InputBase from "@mui/material/InputBase";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { useDebouncedField } from "../../hooks/useDebouncedField";

const LEADS_PATH = "/leads";

/**
 * The top bar's search box. Leads are the only searchable records so far, so typing searches them:
 * it sets `?search=` on the leads page (keeping its filters), navigating there from elsewhere.
 */
export function GlobalSearch() {
  const location = useLocation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const onLeads = location.pathname === LEADS_PATH;

  const search = (text: string) => {
    const next = new URLSearchParams(onLeads ? params : undefined);
    if (text.trim()) next.set("search", text.trim());
    else next.delete("search");
    void navigate({ pathname: LEADS_PATH, search: next.toString() }, { replace: onLeads });
  };
  const field = useDebouncedField(onLeads ? (params.get("search") ?? "") : "", search);

  return (
    <Box
      component="form"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        field.flush();
      }}
      sx={{
        display: "flex",
        alignItems: "center",
        gap: 1,
        width: "100%",
        maxWidth: 480,
        px: 1.5,
        borderRadius: 1,
        bgcolor: "rgba(255, 255, 255, 0.12)",
        "&:focus-within": { bgcolor: "rgba(255, 255, 255, 0.2)" },
      }}
    >
      <SearchIcon fontSize="small" aria-hidden />
      <InputBase
        {...field.props}
        type="search"
        placeholder="Search leads"
        slotProps={{ input: { "aria-label": "Search leads" } }}
        sx={{ flexGrow: 1, color: "inherit", fontSize: 14, py: 0.25 }}
      />
    </Box>
  );
}

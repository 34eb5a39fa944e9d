import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import type { CampaignRow } from "./captureSetup";

/** The first campaign that is not archived (a new form's or webhook source's), or "" when there is none. */
export const firstOpenCampaignId = (campaigns: readonly CampaignRow[]) =>
  campaigns.find((campaign) => campaign.status !== "ARCHIVED")?.id ?? "";

/**
 * The campaign a form or webhook source belongs to, among those not archived (and `current`, the one it
 * belongs to now, even when archived); `error` and `helperText` as `mutationFieldErrors` gives them.
 */
export function CampaignSelect({
  campaigns,
  current,
  value,
  onChange,
  ...errorProps
}: {
  campaigns: readonly CampaignRow[];
  current?: string;
  value: string;
  onChange: (campaignId: string) => void;
  error: boolean;
  helperText: string | undefined;
}) {
  return (
    <TextField
      select
      label="Campaign"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      {...errorProps}
    >
      {campaigns
        .filter((campaign) => campaign.status !== "ARCHIVED" || campaign.id === current)
        .map((campaign) => (
          <MenuItem key={campaign.id} value={campaign.id}>
            {campaign.name}
          </MenuItem>
        ))}
    </TextField>
  );
}

import DeleteOutlinedIcon from "@mui/icons-material/DeleteOutlined";
import EditOutlinedIcon from "@mui/icons-material/EditOutlined";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import IconButton from "@mui/material/IconButton";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Typography from "@mui/material/Typography";
import { describeCondition } from "../scoring/ruleText";
import type { TerritoryView } from "./territoryDraft";

interface TerritoriesListProps {
  readonly territories: readonly TerritoryView[];
  readonly canEdit: boolean;
  readonly onEdit: (territory: TerritoryView) => void;
  readonly onDelete: (territory: TerritoryView) => void;
}

/** "Country is one of DE, AT → Team DACH (round robin)", in the order routing tries them. */
export function TerritoriesList({ territories, canEdit, onEdit, onDelete }: TerritoriesListProps) {
  return (
    <List aria-label="Territories" dense>
      {territories.map((territory) => (
        <ListItem
          key={territory.id}
          divider
          secondaryAction={
            canEdit && (
              <Box sx={{ display: "flex" }}>
                <IconButton aria-label={`Edit ${territory.name}`} onClick={() => onEdit(territory)}>
                  <EditOutlinedIcon fontSize="small" />
                </IconButton>
                <IconButton aria-label={`Delete ${territory.name}`} onClick={() => onDelete(territory)}>
                  <DeleteOutlinedIcon fontSize="small" />
                </IconButton>
              </Box>
            )
          }
          sx={{ pr: canEdit ? 12 : 2 }}
        >
          <Typography
            sx={{ width: 48, flexShrink: 0, color: "text.secondary", fontWeight: 600 }}
            title="Priority"
          >
            {territory.priority}
          </Typography>
          <Box sx={{ minWidth: 0 }}>
            <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
              <Typography sx={{ fontWeight: 600 }}>{territory.name}</Typography>
              {!territory.active && <Chip label="Inactive" size="small" />}
            </Box>
            <Typography variant="body2" color="text.secondary">
              {territory.criteria
                .map(describeCondition)
                .join(territory.criteriaMatch === "ANY" ? " or " : " and ")}{" "}
              →{" "}
              {territory.user
                ? territory.user.name
                : `${territory.team?.name ?? "no owner"} (${territory.distribution === "LEAST_LOADED" ? "least loaded" : "round robin"})`}
            </Typography>
          </Box>
        </ListItem>
      ))}
    </List>
  );
}

import { useMutation } from "@apollo/client/react";
import ArrowDownwardIcon from "@mui/icons-material/ArrowDownward";
import ArrowUpwardIcon from "@mui/icons-material/ArrowUpward";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import IconButton from "@mui/material/IconButton";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import type { LeadStatus } from "../../api/gql/graphql";
import { humanize } from "../../format";
import { useViewerRole } from "../auth/useViewerRole";
import { usePipelineStages, type Stage } from "./pipelineStages";

const createStageMutation = graphql(`
  mutation CreatePipelineStage($input: CreatePipelineStageInput!) {
    createPipelineStage(input: $input) {
      stage {
        id
      }
    }
  }
`);

const updateStageMutation = graphql(`
  mutation UpdatePipelineStage($input: UpdatePipelineStageInput!) {
    updatePipelineStage(input: $input) {
      stage {
        id
        name
        color
      }
    }
  }
`);

const reorderStagesMutation = graphql(`
  mutation ReorderPipelineStages($input: ReorderPipelineStagesInput!) {
    reorderPipelineStages(input: $input) {
      stages {
        id
        position
      }
    }
  }
`);

const retireStageMutation = graphql(`
  mutation RetirePipelineStage($input: PipelineStageIdInput!) {
    retirePipelineStage(input: $input) {
      stage {
        id
        retiredAt
      }
    }
  }
`);

const STATUSES: readonly LeadStatus[] = ["NEW", "CONTACTED", "QUALIFIED", "CONVERTED", "LOST"];
const refetch = { refetchQueries: ["PipelineStages", "PipelineColumnPage"], awaitRefetchQueries: true };

/** ADMIN and OWNER only: a button that opens the stage editor. */
export function EditStagesButton() {
  const { role } = useViewerRole();
  const [open, setOpen] = useState(false);
  if (role !== "ADMIN" && role !== "OWNER") return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>Edit stages</Button>
      {open && <StagesDialog onClose={() => setOpen(false)} />}
    </>
  );
}

/** Rename, recolour, reorder and retire stages, and add one (mapped to a lead status). */
function StagesDialog({ onClose }: { onClose: () => void }) {
  const stages = usePipelineStages().data?.pipelineStages ?? [];
  const [update, updating] = useMutation(updateStageMutation, refetch);
  const [reorder, reordering] = useMutation(reorderStagesMutation, refetch);
  const [retire, retiring] = useMutation(retireStageMutation, refetch);
  const [create, creating] = useMutation(createStageMutation, refetch);
  const [draft, setDraft] = useState({ name: "", color: "#607d8b", status: "CONTACTED" as LeadStatus });
  const error = updating.error ?? reordering.error ?? retiring.error ?? creating.error;
  const ignore = () => undefined;

  const swap = (index: number, by: number) => {
    const ids = stages.map((stage) => stage.id);
    [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
    void reorder({ variables: { input: { stageIds: ids } } }).catch(ignore);
  };
  const save = (stage: Stage, patch: { name?: string; color?: string }) =>
    void update({ variables: { input: { id: stage.id, ...patch } } }).catch(ignore);

  return (
    <Dialog open onClose={onClose} aria-labelledby="stages-title" fullWidth maxWidth="sm">
      <DialogTitle id="stages-title">Pipeline stages</DialogTitle>
      <DialogContent sx={{ display: "flex", flexDirection: "column", gap: 1 }}>
        {stages.map((stage, index) => (
          <Box key={stage.id} sx={{ display: "flex", alignItems: "center", gap: 1 }}>
            <input
              type="color"
              aria-label={`Colour of ${stage.name}`}
              defaultValue={stage.color}
              onBlur={(event) =>
                event.target.value !== stage.color && save(stage, { color: event.target.value })
              }
            />
            <TextField
              size="small"
              defaultValue={stage.name}
              slotProps={{ htmlInput: { "aria-label": `Name of ${stage.name}`, maxLength: 50 } }}
              onBlur={(event) =>
                event.target.value.trim() !== stage.name && save(stage, { name: event.target.value })
              }
              sx={{ flex: 1 }}
            />
            <Typography variant="caption" color="text.secondary" sx={{ width: 80 }}>
              {humanize(stage.status)}
            </Typography>
            <IconButton
              aria-label={`Move ${stage.name} up`}
              disabled={index === 0}
              onClick={() => swap(index, -1)}
            >
              <ArrowUpwardIcon fontSize="small" />
            </IconButton>
            <IconButton
              aria-label={`Move ${stage.name} down`}
              disabled={index === stages.length - 1}
              onClick={() => swap(index, 1)}
            >
              <ArrowDownwardIcon fontSize="small" />
            </IconButton>
            <Button
              size="small"
              color="error"
              onClick={() => void retire({ variables: { input: { id: stage.id } } }).catch(ignore)}
            >
              Retire
            </Button>
          </Box>
        ))}
        <Box
          component="form"
          aria-label="New stage"
          sx={{ display: "flex", alignItems: "center", gap: 1, mt: 2 }}
          onSubmit={(event) => {
            event.preventDefault();
            void create({ variables: { input: draft } }).then(() => setDraft({ ...draft, name: "" }), ignore);
          }}
        >
          <input
            type="color"
            aria-label="Colour of the new stage"
            value={draft.color}
            onChange={(event) => setDraft({ ...draft, color: event.target.value })}
          />
          <TextField
            size="small"
            label="New stage"
            value={draft.name}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
            sx={{ flex: 1 }}
          />
          <TextField
            size="small"
            select
            label="Status"
            value={draft.status}
            onChange={(event) => setDraft({ ...draft, status: event.target.value as LeadStatus })}
            sx={{ width: 140 }}
          >
            {STATUSES.map((status) => (
              <MenuItem key={status} value={status}>
                {humanize(status)}
              </MenuItem>
            ))}
          </TextField>
          <Button type="submit" variant="outlined" disabled={!draft.name.trim()} loading={creating.loading}>
            Add
          </Button>
        </Box>
        {error && <Alert severity="error">{describeError(error)}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Done</Button>
      </DialogActions>
    </Dialog>
  );
}

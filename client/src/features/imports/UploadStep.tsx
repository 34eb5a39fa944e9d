import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Typography from "@mui/material/Typography";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import { useState, type DragEvent } from "react";
import { uploadCsv, type UploadedImport } from "./uploadCsv";

/** Step 1: drop a CSV file (or pick one); it is uploaded at once and its columns read. */
export function UploadStep({ onUploaded }: { onUploaded: (uploaded: UploadedImport) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      onUploaded(await uploadCsv(file));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void take(event.dataTransfer.files[0]);
  };

  return (
    <Box
      data-testid="import-drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      sx={{
        border: 2,
        borderStyle: "dashed",
        borderColor: over ? "primary.main" : "divider",
        borderRadius: 2,
        p: 6,
        textAlign: "center",
        bgcolor: over ? "action.hover" : undefined,
      }}
    >
      <UploadFileIcon fontSize="large" color="action" />
      <Typography sx={{ my: 1 }}>Drop a CSV file here (up to 1 GB), or</Typography>
      <Button variant="contained" component="label" disabled={busy}>
        Choose a file
        <input
          hidden
          type="file"
          accept=".csv,text/csv"
          aria-label="CSV file"
          onChange={(e) => void take(e.target.files?.[0])}
        />
      </Button>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        Exports from Salesforce, HubSpot or a spreadsheet; UTF-8 or Windows-1252, comma, semicolon or tab.{" "}
        <a href="/v1/api/imports/template.csv">Download a template</a>
      </Typography>
      {busy && <LinearProgress sx={{ mt: 2 }} aria-label="Uploading" />}
      {error && (
        <Alert severity="error" sx={{ mt: 2, textAlign: "left" }}>
          {error}
        </Alert>
      )}
    </Box>
  );
}

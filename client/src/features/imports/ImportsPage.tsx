import { useMutation } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Paper from "@mui/material/Paper";
import Step from "@mui/material/Step";
import StepLabel from "@mui/material/StepLabel";
import Stepper from "@mui/material/Stepper";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { graphql } from "../../api/gql";
import type { ImportDuplicatePolicy } from "../../api/gql/graphql";
import { describeError } from "../../api/errors";
import { MappingStep, type MappedColumn } from "./MappingStep";
import { PreviewStep } from "./PreviewStep";
import { ProgressStep } from "./ProgressStep";
import { RecentImports } from "./RecentImports";
import { UploadStep } from "./UploadStep";
import type { UploadedImport } from "./uploadCsv";

const startMutation = graphql(`
  mutation StartImport($input: StartImportInput!) {
    startImport(input: $input) {
      job {
        id
        status
      }
    }
  }
`);

const STEPS = ["Upload", "Map columns", "Preview", "Import"];

type Wizard =
  | { step: 0 }
  | { step: 1; upload: UploadedImport }
  | { step: 2; upload: UploadedImport; mapping: MappedColumn[]; policy: ImportDuplicatePolicy }
  | { step: 3; jobId: string };

/** The CSV import wizard: upload, map (with suggestions), preview, then live progress and the summary. */
export function ImportsPage() {
  const [wizard, setWizard] = useState<Wizard>({ step: 0 });
  const [start, starting] = useMutation(startMutation);

  const begin = async (upload: UploadedImport, mapping: MappedColumn[], policy: ImportDuplicatePolicy) => {
    const result = await start({
      variables: { input: { jobId: upload.id, mapping, duplicatePolicy: policy } },
    });
    if (result.data) setWizard({ step: 3, jobId: upload.id });
  };

  return (
    <Paper variant="outlined" sx={{ flex: 1, minHeight: 0, overflow: "auto", p: 2 }}>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        Import leads
      </Typography>
      <Stepper activeStep={wizard.step} sx={{ mb: 3 }}>
        {STEPS.map((label) => (
          <Step key={label}>
            <StepLabel>{label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {starting.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {describeError(starting.error)}
        </Alert>
      )}
      {wizard.step === 0 && (
        <>
          <UploadStep onUploaded={(upload) => setWizard({ step: 1, upload })} />
          <RecentImports />
        </>
      )}
      {wizard.step === 1 && (
        <MappingStep
          jobId={wizard.upload.id}
          onNext={(mapping, policy) => setWizard({ step: 2, upload: wizard.upload, mapping, policy })}
        />
      )}
      {wizard.step === 2 && (
        <PreviewStep
          jobId={wizard.upload.id}
          mapping={wizard.mapping}
          policy={wizard.policy}
          starting={starting.loading}
          onBack={() => setWizard({ step: 1, upload: wizard.upload })}
          onStart={() => void begin(wizard.upload, wizard.mapping, wizard.policy)}
        />
      )}
      {wizard.step === 3 && <ProgressStep jobId={wizard.jobId} onAnother={() => setWizard({ step: 0 })} />}
    </Paper>
  );
}

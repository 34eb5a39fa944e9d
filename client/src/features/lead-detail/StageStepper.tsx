import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Step from "@mui/material/Step";
import StepButton from "@mui/material/StepButton";
import Stepper from "@mui/material/Stepper";
import Typography from "@mui/material/Typography";
import { checkTransition } from "@leadline/shared";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { LostReasonDialog } from "../pipeline/LostReasonDialog";
import { stageLike, usePipelineStages, type Stage } from "../pipeline/pipelineStages";
import { useMoveLead } from "../pipeline/useMoveLead";

const leadStageQuery = graphql(`
  query LeadStage($id: ID!) {
    lead(id: $id) {
      id
      fullName
      daysInStage
      lostReason
      stage {
        id
      }
    }
  }
`);

/**
 * Where the lead stands: the open and won stages as steps (click one to move there), with a separate
 * "Mark lost" that asks for the reason. A lost lead shows its reason.
 */
export function StageStepper({ leadId }: { leadId: string }) {
  const stages = usePipelineStages().data?.pipelineStages ?? [];
  const { data } = useQuery(leadStageQuery, { variables: { id: leadId }, fetchPolicy: "cache-and-network" });
  const [move, { error }] = useMoveLead();
  const [losing, setLosing] = useState<Stage | null>(null);
  const lead = data?.lead;
  if (!lead || stages.length === 0) return null;
  const current = stages.find((stage) => stage.id === lead.stage?.id);
  const steps = stages.filter((stage) => stage.category !== "LOST");
  const lostStage = stages.find((stage) => stage.category === "LOST");
  const can = (to: Stage) => !current || checkTransition(stageLike(current), stageLike(to)).ok;
  const moveTo = (to: Stage) => {
    if (to.category === "LOST") setLosing(to);
    else void move({ leadId, stageId: to.id }).catch(() => undefined);
  };

  return (
    <Box>
      <Box sx={{ display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap" }}>
        <Stepper
          nonLinear
          activeStep={steps.findIndex((stage) => stage.id === current?.id)}
          sx={{ flex: 1, minWidth: 320 }}
          aria-label="Pipeline stage"
        >
          {steps.map((stage) => (
            <Step
              key={stage.id}
              completed={current ? stage.position < current.position && current.category !== "LOST" : false}
            >
              <StepButton onClick={() => moveTo(stage)} disabled={!can(stage)}>
                {stage.name}
              </StepButton>
            </Step>
          ))}
        </Stepper>
        {current?.category === "LOST" ? (
          <Chip color="error" label={`Lost: ${lead.lostReason ?? "no reason"}`} />
        ) : (
          lostStage && (
            <Chip
              label="Mark lost"
              variant="outlined"
              color="error"
              onClick={() => moveTo(lostStage)}
              disabled={!can(lostStage)}
            />
          )
        )}
        <Typography variant="body2" color="text.secondary">
          {lead.daysInStage} {lead.daysInStage === 1 ? "day" : "days"} in {current?.name ?? "no stage"}
        </Typography>
      </Box>
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {describeError(error)}
        </Alert>
      )}
      {losing && (
        <LostReasonDialog
          leadName={lead.fullName}
          onCancel={() => setLosing(null)}
          onConfirm={(lostReason, note) => {
            void move({ leadId, stageId: losing.id, lostReason, note }).catch(() => undefined);
            setLosing(null);
          }}
        />
      )}
    </Box>
  );
}

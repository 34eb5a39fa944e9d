/** The pipeline: stages, moves, stage history, live board events and statistics. */
export const pipelineDescriptions: Record<string, string> = {
  "PipelineStage.name": "Column title, 1-50 characters, unique among the live stages.",
  "PipelineStage.category": "What reaching the stage means: OPEN, WON or LOST (it follows from the status).",
  "StageCategory.OPEN": "The lead is still being worked (NEW, CONTACTED or QUALIFIED).",
  "StageCategory.WON": "The lead converted (status CONVERTED); a won lead stays won.",
  "StageCategory.LOST": "The lead was lost (status LOST); entering it needs a lost reason.",
  "Query.pipelineStages(includeRetired)": "Also list retired stages; default false.",
  "Query.pipelineStats(range)":
    "The period for entries, conversion and velocity: at most 731 days, `to` after `from`.",

  PipelineStagePayload: "The result of a stage change.",
  "PipelineStagePayload.stage": "The stage as saved.",
  PipelineStagesPayload: "The result of reorderPipelineStages.",
  PipelineStageIdInput: "Which stage.",
  "PipelineStageIdInput.id": "A stage of the organisation's pipeline; NOT_FOUND otherwise.",
  DeletePipelineStagePayload: "The result of deletePipelineStage.",
  "DeletePipelineStagePayload.id": "The deleted stage's id.",
  "UpdatePipelineStageInput.id": "The stage to change.",
  "UpdatePipelineStageInput.name": "New title, 1-50 characters, unique among the live stages.",
  "UpdatePipelineStageInput.color": "New colour, #rrggbb.",
  "ReorderPipelineStagesInput.stageIds": "Every live stage id, each once, left to right.",
  "Mutation.createPipelineStage(input)":
    "The new stage (ADMIN and OWNER); BAD_USER_INPUT naming name, color, category or position, CONFLICT past 20 live stages.",
  "Mutation.updatePipelineStage(input)":
    "The stage and its new name or colour (ADMIN and OWNER); NOT_FOUND, or BAD_USER_INPUT naming name or color.",
  "Mutation.reorderPipelineStages(input)":
    "Every live stage id in the new order (ADMIN and OWNER); BAD_USER_INPUT naming stageIds otherwise.",
  "Mutation.retirePipelineStage(input)":
    "The stage to retire (ADMIN and OWNER); CONFLICT while leads are in it or when it is the last live stage of its status.",
  "Mutation.deletePipelineStage(input)":
    "The stage to delete (ADMIN and OWNER); CONFLICT when it has history, holds leads, or is the last live stage of its status.",

  // Moves.
  "MoveLeadInput.leadId": "The lead to move; NOT_FOUND outside the organisation.",
  "MoveLeadInput.stageId":
    "The target stage. BAD_USER_INPUT for a retired stage, the current stage, a won stage from anywhere but a qualified one, leaving a won stage, or lost to lost.",
  "Mutation.moveLead(input)":
    "The lead and its target stage (MEMBER and above; a MEMBER only their own leads, FORBIDDEN otherwise); the lead's status follows the stage and the lead is rescored.",
  MoveLeadPayload: "The result of moveLead.",
  "MoveLeadPayload.lead": "The lead in its new stage.",
  "MoveLeadPayload.previousStage": "The stage it left.",

  "LeadStageChange.id": "Identifier of this history entry.",
  "LeadStageChange.stage": "The stage the lead entered.",
  "LeadStageChange.enteredAt": "When it entered.",
  "LeadStageChange.lostReason": "Why the lead was lost, for a move into a lost stage.",
  "LeadStageChange.note": "The mover's note (the words for lost reason OTHER).",

  "PipelineEvent.type": "Whether the lead entered a stage, left the board or changed within its stage.",
  "PipelineEvent.lead": "The lead as committed.",
  "PipelineEventType.ENTERED": "The lead entered a stage: it was created, or moved in from previousStageId.",
  "PipelineEventType.LEFT": "The lead left the board (deleted or merged away).",
  "PipelineEventType.CHANGED": "The lead changed (fields, owner, score) without changing stage.",

  // Statistics.
  "DateRangeInput.from": "Start of the period (inclusive).",
  "DateRangeInput.to": "End of the period (exclusive).",
  "PipelineStats.from": "Start of the period counted (inclusive).",
  "PipelineStats.to": "End of the period counted (exclusive).",
  "PipelineStats.transitions": "Moves between stages during the period, by pair of stages.",
  "PipelineStageStats.stage": "The stage.",
  "StageTransitionCount.from": "The stage left.",
  "StageTransitionCount.to": "The stage entered.",
  "StageTransitionCount.count": "How many moves from `from` to `to` happened in the period.",
};

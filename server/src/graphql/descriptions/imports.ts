/** CSV imports and lead exports (modules/imports). */
export const importDescriptions: Record<string, string> = {
  "CustomFieldType.TEXT": "Kept as written (trimmed).",
  "CustomFieldType.NUMBER": "A number; thousands separators and the chosen decimal mark are understood.",
  "CustomFieldType.DATE": "A date or date-time in the import's date format (ISO 8601 by default).",
  "CustomFieldType.BOOLEAN":
    "Yes/no, in any case: true, yes, y, 1, x, on, t read as true; false, no, n, 0, off, f and empty as false.",
  "DownloadLink.expiresAt": "When the signed link stops working (15 minutes after it was made).",
  "ImportColumnSuggestion.index": "0-based position of the column in the file.",
  "ImportColumnSuggestion.header": "The column's header as written in the file.",
  "ImportColumnSuggestion.confidence": "Why this target was suggested.",
  "ImportJob.status": "Where the import is: uploaded, queued, running, done, failed, cancelled or undone.",
  "ImportJob.duplicatePolicy":
    "What the import does with rows matching an existing lead; null until started.",
  "ImportJob.created": "Leads the import created so far.",
  "ImportJob.updated": "Existing leads the import filled in so far (policy UPDATE).",
  "ImportJob.startedAt": "When a worker began the import; null while it waits.",
  "ImportJob.finishedAt": "When it completed, failed or was cancelled; null while it runs.",
  "ImportJobInput.jobId": "The import (from POST /v1/api/imports or importJobs).",
  ImportJobPayload: "The import after the change.",
  "ImportJobPayload.job": "The import, with its status and counts.",
  "ImportPreview.create": "Rows among those examined that would become new leads.",
  "ImportPreview.update": "Rows that would fill in a matching lead (policy UPDATE).",
  "ImportPreview.reject": "Rows that would be refused (see problems).",
  "ImportPreviewRow.line": "Line of the file the row starts on.",
  "ImportPreviewRow.action": "What importing would do with the row.",
  "ImportRowProblem.field": "The lead field (or column) at fault.",
  "ImportRowProblem.value": "The value as read from the file.",
  "ImportRowProblem.message": "Why it is refused.",
  "Mutation.startImport(input)":
    "The uploaded import, its column mapping, duplicate policy, defaults and reading options (MANAGER and above); NOT_FOUND outside the organisation, CONFLICT once started, BAD_USER_INPUT naming the mapping or option at fault.",
  "Mutation.cancelImport(input)":
    "The running or queued import to stop after its current batch (MANAGER and above); CONFLICT when it is not running or queued.",
  "Mutation.undoImport(input)":
    "The finished import whose created leads are deleted as a batch (MANAGER and above); leads it updated keep the changes; CONFLICT before it has finished.",
  "Query.exportLeadData(leadId)": "The lead whose data (activities, score history, assignments) is exported.",
  "Query.exportLeads(filter)":
    "The same filter as the leads query; absent: every live lead of the organisation.",
  "Query.importJob(id)": "The import; NOT_FOUND outside the organisation.",
  "Query.previewImport(duplicatePolicy)": "How duplicates would be handled (default SKIP).",
  "Query.previewImport(jobId)": "The uploaded import to preview.",
  "Query.previewImport(mapping)": "Which lead field each column fills (from suggestImportMapping, edited).",
  "Query.previewImport(options)":
    "How values are read (placeholders, decimal mark, date format, value maps).",
  "Query.suggestImportMapping(jobId)": "The uploaded import whose headers are matched to lead fields.",
  "StartImportInput.duplicatePolicy":
    "SKIP leaves matching leads alone, UPDATE fills them in, CREATE adds a lead anyway (default SKIP).",
  "StartImportInput.jobId": "The uploaded import to start.",
  "StartImportInput.options": "How values are read; every option has a default.",
  "Subscription.importProgress(jobId)": "The import to follow (MANAGER and above of its organisation).",
  UndoImportPayload: "What undoImport removed.",
  "UndoImportPayload.job": "The import, now UNDONE.",
};

import DeleteOutlinedIcon from "@mui/icons-material/DeleteOutlined";
import Alert from "@mui/material/Alert";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import IconButton from "@mui/material/IconButton";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { mutationFieldErrors } from "../../api/serverFieldError";
import { SaveDialog } from "../../components/SaveDialog";
import { useCreateOrUpdate } from "../../hooks/useCreateOrUpdate";
import { CampaignSelect, firstOpenCampaignId } from "./CampaignSelect";
import {
  type CampaignRow,
  FORM_FIELD_NAMES,
  FORM_INPUT_TYPES,
  type FormRow,
  parseOrigins,
  refreshPage,
} from "./captureSetup";

const updateFormMutation = graphql(`
  mutation UpdateForm($input: UpdateFormInput!) {
    updateForm(input: $input) {
      form {
        id
      }
    }
  }
`);

const createFormMutation = graphql(`
  mutation CreateForm($input: CreateFormInput!) {
    createForm(input: $input) {
      form {
        id
      }
    }
  }
`);

type FieldDraft = FormRow["fields"][number];

/** A new form's inputs until edited: who the lead is and how to reach them. */
const NEW_FORM_FIELDS: FieldDraft[] = [
  { name: "firstName", label: "First name", type: "text", required: false },
  { name: "lastName", label: "Last name", type: "text", required: true },
  { name: "email", label: "Email", type: "email", required: true },
  { name: "company", label: "Company", type: "text", required: false },
];

/**
 * Creates a form (`form` null) or edits one: its campaign, inputs (label, type, required, order as listed),
 * thank-you page, spam traps, origins.
 */
export function FormDialog({
  form,
  campaigns,
  onClose,
}: {
  form: FormRow | null;
  campaigns: readonly CampaignRow[];
  onClose: () => void;
}) {
  const [name, setName] = useState(form?.name ?? "");
  const [campaignId, setCampaignId] = useState(form?.campaignId ?? firstOpenCampaignId(campaigns));
  const [fields, setFields] = useState<FieldDraft[]>(form?.fields ?? NEW_FORM_FIELDS);
  const [thankYouUrl, setThankYouUrl] = useState(form?.thankYouUrl ?? "");
  const [honeypotField, setHoneypotField] = useState(form?.honeypotField ?? "website_url");
  const [origins, setOrigins] = useState(form?.allowedOrigins.join("\n") ?? "");
  const {
    save: saveForm,
    saving,
    error,
  } = useCreateOrUpdate(createFormMutation, updateFormMutation, refreshPage().refetchQueries);
  const { fieldError, inputError } = mutationFieldErrors(error);
  const unused = FORM_FIELD_NAMES.filter((fieldName) => !fields.some((field) => field.name === fieldName));
  const change = (index: number, patch: Partial<FieldDraft>) =>
    setFields(fields.map((field, i) => (i === index ? { ...field, ...patch } : field)));
  const save = () =>
    saveForm(form?.id, {
      name,
      campaignId,
      fields: fields.map(({ name: fieldName, label, type, required }) => ({
        name: fieldName,
        label,
        type,
        required,
      })),
      thankYouUrl,
      honeypotField,
      allowedOrigins: parseOrigins(origins),
    }).then(onClose, () => undefined);

  return (
    <SaveDialog
      title={form ? "Edit form" : "New form"}
      maxWidth="md"
      saving={saving}
      onSave={() => void save()}
      onClose={onClose}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <TextField
          label="Name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          {...inputError("name")}
        />
        <CampaignSelect
          campaigns={campaigns}
          current={form?.campaignId}
          value={campaignId}
          onChange={setCampaignId}
          {...inputError("campaignId")}
        />
        <Typography variant="subtitle2" component="h3">
          Inputs
        </Typography>
        {fields.map((field, index) => (
          <Stack key={field.name} direction="row" spacing={1} sx={{ alignItems: "center" }}>
            <Typography sx={{ width: 140 }} variant="body2">
              {field.name}
            </Typography>
            <TextField
              size="small"
              label={`Label of ${field.name}`}
              value={field.label}
              onChange={(event) => change(index, { label: event.target.value })}
              sx={{ flex: 1 }}
            />
            <TextField
              select
              size="small"
              label={`Type of ${field.name}`}
              value={field.type}
              onChange={(event) => change(index, { type: event.target.value })}
              sx={{ width: 130 }}
            >
              {FORM_INPUT_TYPES.map((type) => (
                <MenuItem key={type} value={type}>
                  {type}
                </MenuItem>
              ))}
            </TextField>
            <FormControlLabel
              label="Required"
              control={
                <Checkbox
                  checked={field.required}
                  onChange={(event) => change(index, { required: event.target.checked })}
                  slotProps={{ input: { "aria-label": `${field.name} required` } }}
                />
              }
            />
            <IconButton
              aria-label={`Remove ${field.name}`}
              disabled={fields.length === 1}
              onClick={() => setFields(fields.filter((_, i) => i !== index))}
            >
              <DeleteOutlinedIcon />
            </IconButton>
          </Stack>
        ))}
        {fieldError?.field.startsWith("fields") && <Alert severity="error">{describeError(error)}</Alert>}
        {unused.length > 0 && (
          <TextField
            select
            size="small"
            label="Add an input"
            value=""
            onChange={(event) =>
              setFields([
                ...fields,
                { name: event.target.value, label: event.target.value, type: "text", required: false },
              ])
            }
            sx={{ width: 240 }}
          >
            {unused.map((fieldName) => (
              <MenuItem key={fieldName} value={fieldName}>
                {fieldName}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          label="Thank-you page"
          value={thankYouUrl}
          onChange={(event) => setThankYouUrl(event.target.value)}
          {...inputError("thankYouUrl", "Where visitors go after submitting")}
        />
        <TextField
          label="Honeypot input name"
          value={honeypotField}
          onChange={(event) => setHoneypotField(event.target.value)}
          {...inputError("honeypotField", "A hidden input people never fill; bots do")}
        />
        <TextField
          label="Allowed origins"
          multiline
          minRows={2}
          value={origins}
          onChange={(event) => setOrigins(event.target.value)}
          {...inputError("allowedOrigins", "One per line, e.g. https://www.example.com")}
        />
        {error && !fieldError && <Alert severity="error">{describeError(error)}</Alert>}
      </Stack>
    </SaveDialog>
  );
}

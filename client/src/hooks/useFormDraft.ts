import type { FieldError } from "@leadline/shared";
import { type ChangeEvent, useState } from "react";
import { serverFieldError } from "../api/serverFieldError";
import { sentence } from "../components/conditions/conditionValue";

/** The fields of `F` that hold text, which a text input can edit. */
type TextKey<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F] & string;

/**
 * A dialog's form draft and its errors (the rule, territory and scoring rule dialogs): errors show on
 * the inputs changed so far and on all of them once save is tried; a BAD_USER_INPUT answer shows on
 * the input it names until the next change.
 */
export function useFormDraft<F extends object>(initial: () => F, validate: (form: F) => FieldError[]) {
  const [form, setForm] = useState<F>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string> | "all">(new Set());
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const errors = validate(form);
  const errorFor = (name: string): string | undefined => {
    if (serverError?.field === name) return sentence(serverError.message);
    const found = errors.find((error) => error.field === name);
    return found && (touched === "all" || touched.has(name)) ? sentence(found.message) : undefined;
  };
  /** Applies `patch`, marking input `name` as touched. */
  const change = (patch: Partial<F>, name: string) => {
    setForm((previous) => ({ ...previous, ...patch }));
    setTouched((previous) => (previous === "all" ? previous : new Set(previous).add(name)));
    setServerError(null);
  };
  /** Runs `save` when the form is valid, else shows every error; a field error from the server lands on its input. */
  const submit = async (save: () => Promise<void>) => {
    if (errors.length > 0) return setTouched("all");
    try {
      await save();
    } catch (error) {
      setServerError(serverFieldError(error));
    }
  };
  /** `value`, `onChange`, `error` and `helperText` for the text input of field `name`; `help` shows while it has no error. */
  const textFieldProps = (name: TextKey<F>, help?: string) => ({
    value: form[name] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      change({ [name]: event.target.value } as Partial<F>, name),
    error: !!errorFor(name),
    helperText: errorFor(name) ?? help,
  });
  /** The server's field error when none of the inputs named in `shown` shows it, as a sentence naming its field. */
  const serverErrorElsewhere = (shown: ReadonlySet<string>): string | undefined =>
    serverError && !shown.has(serverError.field)
      ? sentence(`${serverError.field} ${serverError.message}`)
      : undefined;
  return { form, errors, errorFor, change, submit, serverError, textFieldProps, serverErrorElsewhere };
}

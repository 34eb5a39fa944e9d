/** The `error` values of the capture API's error bodies (README lists each with its HTTP status). */
export const CaptureErrorKind = {
  VALIDATION_ERROR: "VALIDATION_ERROR",
  UNAUTHORIZED: "UNAUTHORIZED",
  RATE_LIMITED: "RATE_LIMITED",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  DUPLICATE_SUBMISSION: "DUPLICATE_SUBMISSION",
  NOT_FOUND: "NOT_FOUND",
  GONE: "GONE",
} as const;
export type CaptureErrorKind = (typeof CaptureErrorKind)[keyof typeof CaptureErrorKind];

/** `{ success: false, error, message, field, code }`: `error` is the kind, `code` the precise reason. */
export interface CaptureErrorBody {
  success: false;
  error: CaptureErrorKind;
  message: string;
  field: string | null;
  code: string;
  [extra: string]: unknown;
}

/** A refusal of the capture API, with its HTTP status; thrown anywhere, answered in one place. */
export class CaptureError extends Error {
  constructor(
    readonly status: number,
    readonly kind: CaptureErrorKind,
    readonly code: string,
    message: string,
    readonly field: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): CaptureErrorBody {
    return { success: false, error: this.kind, message: this.message, field: this.field, code: this.code };
  }

  /** The refusal as the capture log keeps it (`CODE: message`, at most 500 characters). */
  logReason(): string {
    return `${this.code}: ${this.message}`.slice(0, 500);
  }
}

export const invalidField = (field: string, message: string, code = "INVALID_FIELD") =>
  new CaptureError(400, CaptureErrorKind.VALIDATION_ERROR, code, `${field} ${message}`, field);

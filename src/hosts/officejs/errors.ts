/**
 * Excel's failures, sorted into the kinds of advice the task pane can give (codes from Excel.ErrorCodes,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling). The code stays in
 * the message, which the pane shows only under its "details".
 */
import { HostError, type HostFailure } from "../planHost";

const KINDS: Readonly<Record<string, HostFailure>> = {
  InvalidOperationInCellEditMode: "busy",
  ActivityLimitReached: "busy",
  ItemNotFound: "not-found",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  RangeExceedsLimit: "too-large",
  ApiNotFound: "requirement",
  NotImplemented: "requirement",
  FormulaLengthExceedsLimit: "formula-too-long",
  InvalidArgument: "invalid",
  // "You cannot perform the requested operation": a protected sheet, or a read-only or view-only workbook.
  AccessDenied: "protected",
  // Co-authoring: another person's change to the same objects at the same moment.
  Conflict: "conflict",
  InactiveWorkbook: "inactive",
  MemoryLimitReached: "memory",
  InvalidRequestContext: "stale-context",
};

/** The `code` Office.js puts on its errors (one of Excel.ErrorCodes), if there is one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** True when Excel refused a request or response for its size, so a smaller one may pass. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = errorCode(error);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Excel's "An internal error has occurred": what older builds of Excel on the web answer a response
 * over 5 MB with, instead of ResponsePayloadSizeLimitExceeded (office-js #1314,
 * https://github.com/OfficeDev/office-js/issues/1314, and #1012), as well as any other failure inside Excel.
 */
export function isGeneralException(error: unknown): boolean {
  return errorCode(error) === "GeneralException";
}

export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return new HostError((code && KINDS[code]) || "failed", code ? `${code}: ${message}` : message);
}

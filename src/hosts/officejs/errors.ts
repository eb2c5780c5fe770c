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

export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return new HostError((code && KINDS[code]) || "failed", code ? `${code}: ${message}` : message);
}

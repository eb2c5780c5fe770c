/**
 * Excel's refusals of a write, said with the sheet they concern: with the writes' own chunks (the
 * summary's, the flags'), not the host's first load.
 */
import { HostError } from "../planHost";
import { errorCode, toHostError } from "./errors";

/** Excel's AccessDenied for a write, naming the sheet when the host found it protected. */
export function protectedError(error: unknown, sheet: string | undefined): HostError {
  const { message } = toHostError(error);
  return new HostError("protected", message, sheet === undefined ? {} : { sheet });
}

/**
 * A write to `sheet` Excel refused, thrown again; AccessDenied (a protected sheet, a read-only or
 * view-only workbook) as the pane's "protected" failure, naming the sheet when Excel says it is protected
 * (Worksheet.protection.protected, ExcelApi 1.2,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protected-member).
 * Asked after the refusal rather than before every write: a write that passes costs no request more, and
 * one to a protected sheet changes nothing either way, its first step refused and the batch stopped there.
 */
export async function refusedWrite(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  error: unknown,
): Promise<never> {
  if (errorCode(error) !== "AccessDenied") throw error;
  const { protection } = sheet;
  protection.load("protected");
  sheet.load("name");
  let named: string | undefined;
  try {
    await context.sync();
    named = protection.protected ? sheet.name : undefined;
  } catch {
    // A new sheet Excel did not add (a read-only file, a protected workbook) has no protection to read.
  }
  throw protectedError(error, named);
}

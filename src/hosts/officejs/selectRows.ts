/**
 * Takes the user to the rows behind a figure: the plan's sheet activated, and the rows selected across
 * the plan's columns, as one selection of several areas where Excel can.
 */
import { cellAddress, rowRuns } from "../../core";
import type { PlanChoice, RowSelection } from "../planHost";
import { errorCode } from "./errors";
import { supportsExcelApi } from "./requirements";

/**
 * RangeAreas.select() came with ExcelApi 1.18 (Worksheet.getRanges itself with 1.9):
 * https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-select-member(1)
 * and https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getranges-member(1).
 */
export const MULTI_AREA_SELECT_API = "1.18";

/**
 * The longest address string sent for several areas. getRanges documents no limit of its own; getRange
 * refuses an address over 8,192 characters with InvalidArgument
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrange-member(1)),
 * and that limit is kept here too. Longer selections fall back to their first area.
 */
export const MAX_AREAS_ADDRESS = 8192;

/** The plan's columns on its sheet (0-based, inclusive): the table's, or the used range's. */
async function planColumns(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  choice: PlanChoice,
): Promise<{ left: number; right: number }> {
  const range =
    choice.table === undefined
      ? sheet.getUsedRangeOrNullObject(true)
      : context.workbook.tables.getItem(choice.table).getRange();
  range.load("columnIndex,columnCount");
  await context.sync();
  if (range.isNullObject) return { left: 0, right: 0 };
  return { left: range.columnIndex, right: range.columnIndex + range.columnCount - 1 };
}

/** "A4:H8, A10:H10": each run of rows across the columns. */
export function rowAreas(rows: readonly number[], left: number, right: number): string[] {
  return rowRuns(rows).map(
    ([top, bottom]) => `${cellAddress(top, left + 1)}:${cellAddress(bottom, right + 1)}`,
  );
}

async function selectArea(context: Excel.RequestContext, choice: PlanChoice, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(choice.sheet);
  // Excel selects only on the active sheet.
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}

/**
 * Selects the rows' areas in one go where this Excel has RangeAreas.select and the address is within the
 * limit; otherwise, or if Excel refuses the address, the first area alone.
 */
export async function selectRows(
  context: Excel.RequestContext,
  choice: PlanChoice,
  rows: readonly number[],
): Promise<RowSelection> {
  const sheet = context.workbook.worksheets.getItem(choice.sheet);
  const { left, right } = await planColumns(context, sheet, choice);
  const areas = rowAreas(rows, left, right);
  if (areas.length === 0) return "none";
  const joined = areas.join(", ");
  if (areas.length === 1) {
    await selectArea(context, choice, areas[0]);
    return "all";
  }
  if (supportsExcelApi(MULTI_AREA_SELECT_API) && joined.length <= MAX_AREAS_ADDRESS) {
    try {
      sheet.activate();
      sheet.getRanges(joined).select();
      await context.sync();
      return "all";
    } catch (error) {
      // An address Excel takes for one range but not for several: the first area, as on an older Excel.
      if (errorCode(error) !== "InvalidArgument") throw error;
    }
  }
  await selectArea(context, choice, areas[0]);
  return "first";
}

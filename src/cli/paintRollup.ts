/** The roll-up sheet in a new ExcelJS workbook, painted from core's layout as the summary sheet is. */
import type ExcelJS from "exceljs";
import type { RollupLayout } from "../core";
import { paintSheet } from "../hosts/exceljs/paintSummary";

/**
 * Written in the workbook's keywords (its document properties), so a roll-up found again in a folder of
 * plans is recognised and never read as an office's plan.
 */
export const ROLLUP_KEYWORD = "integrity-plan:rollup";

/** Adds the roll-up sheet, named as the layout says, to the workbook, painted from the layout. */
export function paintRollup(workbook: ExcelJS.Workbook, layout: RollupLayout): ExcelJS.Worksheet {
  workbook.keywords = ROLLUP_KEYWORD;
  const sheet = workbook.addWorksheet(layout.sheetName);
  paintSheet(sheet, layout);
  return sheet;
}

/** A workbook → the bytes of its .xlsx file, as the command line saves it and the pane downloads it. */
import ExcelJS from "exceljs";
import { rowRuns } from "../../core";

type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;
const CELL = /^([A-Z]+)(\d+)$/;

/**
 * Keys a sheet's drop-down lists and other validations by column runs ("B4:B23") instead of by cell.
 * ExcelJS 4.4 keeps them by cell and, when writing, joins cells sorted as text (B10 before B4), so it
 * writes overlapping ranges (B10:B23 and B4:B23) of which LibreOffice and Numbers apply only the first.
 */
export function compactValidations(worksheet: ExcelJS.Worksheet): void {
  // ExcelJS keeps the rules here but leaves the property out of its typings.
  const holder = (worksheet as unknown as { dataValidations: { model: ValidationModel } }).dataValidations;
  const compact: ValidationModel = {};
  const groups = new Map<string, { rule: ExcelJS.DataValidation; rows: Map<string, number[]> }>();
  for (const [address, rule] of Object.entries(holder.model)) {
    if (rule === undefined) continue;
    const cell = CELL.exec(address);
    if (!cell) {
      compact[address] = rule;
      continue;
    }
    const key = JSON.stringify(rule);
    const group = groups.get(key) ?? { rule, rows: new Map<string, number[]>() };
    groups.set(key, group);
    group.rows.set(cell[1], [...(group.rows.get(cell[1]) ?? []), Number(cell[2])]);
  }
  for (const { rule, rows } of groups.values()) {
    for (const [column, numbers] of rows) {
      for (const [top, bottom] of rowRuns(numbers)) {
        compact[top === bottom ? `${column}${top}` : `${column}${top}:${column}${bottom}`] = rule;
      }
    }
  }
  holder.model = compact;
}

/** The workbook's .xlsx bytes, its validations keyed by column runs first. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  workbook.worksheets.forEach(compactValidations);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Saving a workbook as a new file. An existing file is replaced only when asked.
 */
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { InputProblem } from "./messages";
import { runs } from "./runs";

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
      for (const [top, bottom] of runs(numbers)) {
        compact[top === bottom ? `${column}${top}` : `${column}${top}:${column}${bottom}`] = rule;
      }
    }
  }
  holder.model = compact;
}

/** Writes the workbook to a new file; an existing file is replaced only when asked. */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  out: string,
  overwrite: boolean,
): Promise<void> {
  workbook.worksheets.forEach(compactValidations);
  const bytes = await workbook.xlsx.writeBuffer();
  await writeNew(out, new Uint8Array(bytes), overwrite);
}

/** Writes bytes to a file that must not exist yet, unless overwriting is asked for. */
export async function writeNew(out: string, bytes: Uint8Array | string, overwrite: boolean): Promise<void> {
  try {
    await writeFile(out, bytes, { flag: overwrite ? "w" : "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new InputProblem({ kind: "output-exists", file: out });
    throw new InputProblem({ kind: "cannot-write", file: out, reason: code ?? (error as Error).message });
  }
}

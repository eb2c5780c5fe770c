/**
 * Saving a workbook as a new file, all at once or not at all: the bytes go to a temporary file in the
 * same folder, which then takes the file's name in one step. A failure (a full disk) leaves the folder
 * as it was: no partial file, and an earlier file of that name intact. An existing file is replaced
 * only when asked.
 */
import { randomBytes } from "node:crypto";
import { link, open, rename, rm } from "node:fs/promises";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { InputProblem } from "./messages";
import { runs } from "./runs";
import { type PartsReport, carryNames } from "./workbookParts";

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

/**
 * Writes the workbook to a new file; an existing file is replaced only when asked. `original` is what
 * the workbook was read from, whose defined names the copy keeps.
 */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  out: string,
  overwrite: boolean,
  original?: PartsReport,
): Promise<void> {
  workbook.worksheets.forEach(compactValidations);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  await writeNew(out, original ? carryNames(written, original) : written, overwrite);
}

/** Folders where hard links cannot be made (FAT, some network shares) answer with one of these. */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK"]);

/** The bytes in a new file beside `out`, flushed to disk; its name. */
async function writeTemporary(out: string, bytes: Uint8Array | string): Promise<string> {
  const temporary = path.join(
    path.dirname(out),
    `.${path.basename(out)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  const handle = await open(temporary, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  return temporary;
}

/** Gives the temporary file the name `out`, refusing an existing file unless overwriting. */
async function moveIntoPlace(temporary: string, out: string, overwrite: boolean): Promise<void> {
  if (overwrite) return rename(temporary, out);
  try {
    // A link fails when `out` exists, with no moment in which another file could be replaced.
    await link(temporary, out);
  } catch (error) {
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
    // Without hard links: claim the name with an empty file first, then replace that one.
    const claim = await open(out, "wx");
    await claim.close();
    try {
      return await rename(temporary, out);
    } catch (failure) {
      await rm(out, { force: true });
      throw failure;
    }
  }
  await rm(temporary, { force: true });
}

/** Writes bytes to a file that must not exist yet, unless overwriting is asked for. */
export async function writeNew(out: string, bytes: Uint8Array | string, overwrite: boolean): Promise<void> {
  let temporary: string | undefined;
  try {
    temporary = await writeTemporary(out, bytes);
    await moveIntoPlace(temporary, out, overwrite);
  } catch (error) {
    if (temporary !== undefined) await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new InputProblem({ kind: "output-exists", file: out });
    throw new InputProblem({ kind: "cannot-write", file: out, reason: code ?? (error as Error).message });
  }
}

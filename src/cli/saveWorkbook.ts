/**
 * Saving a workbook as a new file, all at once or not at all: the bytes go to a temporary file in the
 * same folder, which then takes the file's name in one step. A failure (a full disk) leaves the folder
 * as it was: no partial file, and an earlier file of that name intact. An existing file is replaced
 * only when asked.
 */
import { randomBytes } from "node:crypto";
import { link, open, rename, rm } from "node:fs/promises";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { workbookBytes } from "../hosts/exceljs/bytes";
import { InputProblem } from "../hosts/exceljs/problem";
import { type PartsReport, carryNames } from "./workbookParts";

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
  const written = Buffer.from(await workbookBytes(workbook));
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

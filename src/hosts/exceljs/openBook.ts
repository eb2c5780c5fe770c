/**
 * A file picked in the browser → a workbook, with no file system: what kind of file it is and whether
 * it fits a browser tab are decided as on the command line (fileKind.ts), before ExcelJS unpacks it.
 */
import { type Book, csvBook, loadXlsx } from "./book";
import { fileKind } from "./fileKind";
import type { Limits } from "./limits";
import { InputProblem } from "./problem";

/**
 * What a browser tab can read: a tab has far less memory than the command line's Node, and ExcelJS
 * holds a workbook in some 13 times its XML (src/cli/workbookFile.ts).
 */
export const BROWSER_LIMITS: Limits = { fileBytes: 40_000_000, xmlBytes: 150_000_000, cells: 2_000_000 };

/** The file name without its folder and extension: a CSV file's sheet is named after it. */
export function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Reads an .xlsx or CSV file's bytes; a problem with the file itself is an {@link InputProblem}. */
export async function openBook(
  file: string,
  bytes: Uint8Array,
  csvSheetName: string,
  limits: Limits = BROWSER_LIMITS,
): Promise<Book> {
  // What kind of file, and whether it fits, by the command line's rule (fileKind.ts): a workbook's
  // XML is measured from its zip directory before ExcelJS unpacks any of it.
  if (fileKind(file, bytes, limits).kind === "xlsx") return loadXlsx(file, bytes);
  if (!/\.(csv|tsv|txt)$/i.test(file)) throw new InputProblem({ kind: "not-a-workbook", file });
  return csvBook(file, baseName(file), bytes, csvSheetName, limits);
}

/**
 * A file picked in the browser → a workbook, with no file system: its name tells .xlsx from CSV, its
 * first bytes tell a workbook from a file people mistake for one, and its size is checked before
 * ExcelJS unpacks it.
 */
import { type Book, csvBook, loadXlsx } from "./book";
import type { Limits } from "./limits";
import { InputProblem } from "./problem";

/**
 * What a browser tab can read: a tab has far less memory than the command line's Node, and ExcelJS
 * holds a workbook in some 13 times its XML (src/cli/workbookFile.ts).
 */
export const BROWSER_LIMITS: Limits = { fileBytes: 40_000_000, xmlBytes: 150_000_000, cells: 2_000_000 };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An old .xls and a password-protected workbook are both OLE2 files. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, i) => bytes[i] === byte);

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
  if (bytes.length > limits.fileBytes) {
    throw new InputProblem({
      kind: "too-big",
      file,
      size: bytes.length,
      limit: limits.fileBytes,
      unit: "file",
    });
  }
  if (startsWith(bytes, ZIP_MAGIC)) return loadXlsx(file, bytes);
  if (startsWith(bytes, OLE2_MAGIC)) throw new InputProblem({ kind: "other-format", file, format: "xls" });
  if (!/\.(csv|tsv|txt)$/i.test(file)) throw new InputProblem({ kind: "not-a-workbook", file });
  return csvBook(file, baseName(file), bytes, csvSheetName, limits);
}

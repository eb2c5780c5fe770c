/**
 * A file on disk → the shared reader (src/workbook/book.ts). Here only what needs the file system:
 * its size checked before reading, its format told from its bytes and name, and what a copy of an
 * .xlsx file keeps beyond what ExcelJS reads.
 */
import { readFile, stat } from "node:fs/promises";
import * as path from "node:path";
import { type Book as SheetsBook, csvBook, loadXlsx } from "../workbook/book";
import type { Limits } from "../workbook/limits";
import { InputProblem } from "../workbook/problem";
import { type PartsReport, inspectParts } from "./workbookParts";
import { LIMITS, classify } from "./workbookFile";

export interface Book extends SheetsBook {
  /** What a copy of an .xlsx file keeps and loses beyond what ExcelJS reads. */
  readonly parts?: PartsReport;
}

const CSV_EXTENSIONS = new Set([".csv", ".tsv", ".txt"]);

function readProblem(file: string, error: unknown): InputProblem {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new InputProblem({ kind: "no-such-file", file });
  return new InputProblem({ kind: "cannot-read", file, reason: code ?? (error as Error).message });
}

/** The file's bytes, once its size is known to fit this machine. */
async function readBytes(file: string, limits: Limits): Promise<Buffer> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw readProblem(file, error);
  }
  if (size > limits.fileBytes) {
    throw new InputProblem({ kind: "too-big", file, size, limit: limits.fileBytes, unit: "file" });
  }
  try {
    return await readFile(file);
  } catch (error) {
    throw readProblem(file, error);
  }
}

/** Reads an .xlsx or CSV file; a problem with the file itself is an {@link InputProblem}. */
export async function readBook(file: string, csvSheetName: string, limits: Limits = LIMITS): Promise<Book> {
  const bytes = await readBytes(file, limits);
  const kind = classify(file, bytes, limits);
  if (kind.kind === "xlsx") {
    const book = await loadXlsx(file, bytes);
    return { ...book, parts: inspectParts(bytes, kind.workbook.parts) };
  }
  if (!CSV_EXTENSIONS.has(path.extname(file).toLowerCase())) {
    throw new InputProblem({ kind: "not-a-workbook", file });
  }
  return csvBook(file, path.parse(file).name, bytes, csvSheetName, limits);
}

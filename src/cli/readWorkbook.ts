/**
 * A file on disk → the shared reader (src/hosts/exceljs/book.ts). Here only what needs the file system:
 * its size checked before reading, its format told from its bytes and name, and what a copy of an
 * .xlsx file keeps beyond what ExcelJS reads.
 */
import { readFile, stat } from "node:fs/promises";
import * as path from "node:path";
import { HEAD_ROWS, type PlaceCandidate, showsHeader } from "../core";
import {
  type Book as SheetsBook,
  type PlanPlace,
  csvBook,
  loadXlsx,
  planPlaces,
} from "../hosts/exceljs/book";
import type { Limits } from "../hosts/exceljs/limits";
import { InputProblem } from "../hosts/exceljs/problem";
import { type PartsReport, inspectParts } from "./workbookParts";
import { LIMITS, type Workbook, classify } from "./workbookFile";
import {
  anyCostly,
  type Inline,
  NO_SHARED_STRINGS,
  SHARED_STRINGS,
  type SheetPart,
  lightenSheet,
  manyStrings,
  mostlyValues,
  SharedStrings,
  sheetParts,
  withParts,
} from "./readingCopy";

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

/** How much of a workbook to read. */
export interface ReadOptions {
  /**
   * Every sheet as the file holds it, for a copy written from it (`--write`). Otherwise a costly
   * sheet is read only as far as the plan needs (readingCopy.ts, spec §4.1).
   */
  readonly whole?: boolean;
}

/** Whether a sheet of a book read so far shows a header, as a sheet or in one of its tables. */
function sheetShowsHeader(book: SheetsBook, sheet: string): boolean {
  return planPlaces(book, {}).some((place) => place.sheet === sheet && showsHeader(place.grid()));
}

/**
 * An .xlsx file read for its plan alone (spec §4.1): sheets that cost ExcelJS little are read as they
 * are; a costly one is first read to its head (the rows a header is looked for in, and its tables'
 * header rows), and read again in full, without its empty rows and cells, only when a header is there.
 * Many shared strings are written into the cells that use them, and the rest left out.
 */
async function readForPlan(file: string, bytes: Buffer, workbook: Workbook): Promise<SheetsBook> {
  const { parts } = workbook;
  if (!anyCostly(workbook)) return loadXlsx(file, bytes);
  const sheets = sheetParts(bytes, parts, workbook);
  const costly = sheets.filter((part) => part.costly && part.sheet !== undefined);
  if (costly.length === 0) return loadXlsx(file, bytes);
  const strings = workbook.data.get(SHARED_STRINGS);
  const inline: Inline | undefined =
    strings && manyStrings(workbook)
      ? { strings: new SharedStrings(strings.toString("utf8")), missed: false }
      : undefined;
  const lighten = (part: SheetPart, rowLimit: number | undefined) =>
    lightenSheet(
      part.data,
      rowLimit,
      { file, sheet: part.sheet ?? part.part, tags: workbook.latin1.get(part.part) },
      inline,
    );
  const replaced = new Map<string, string>();
  const load = () => {
    if (inline && !inline.missed) replaced.set(SHARED_STRINGS, NO_SHARED_STRINGS);
    else replaced.delete(SHARED_STRINGS);
    return loadXlsx(file, withParts(bytes, parts, workbook, replaced));
  };
  for (const part of sheets) {
    const cut = costly.includes(part);
    // With the shared strings left out, every sheet's cells must hold their own.
    if (!cut && !inline) continue;
    const head = cut ? Math.max(HEAD_ROWS, ...part.tableTops.map((top) => top + 1)) : undefined;
    const xml = lighten(part, head);
    if (xml !== undefined) replaced.set(part.part, xml);
    else if (inline) inline.missed = true;
  }
  if (!costly.some((part) => replaced.has(part.part))) return loadXlsx(file, bytes);
  const heads = await load();
  const wanted = costly.filter((part) => replaced.has(part.part) && sheetShowsHeader(heads, part.sheet!));
  if (wanted.length === 0) return heads;
  for (const part of wanted) {
    // A sheet of values is read as it is, with the shared strings it uses.
    const xml = mostlyValues(part, workbook.cells.get(part.part) ?? 0) ? undefined : lighten(part, undefined);
    if (xml !== undefined) replaced.set(part.part, xml);
    else {
      replaced.delete(part.part);
      if (inline) inline.missed = true;
    }
  }
  return load();
}

/** Reads an .xlsx or CSV file; a problem with the file itself is an {@link InputProblem}. */
export async function readBook(
  file: string,
  csvSheetName: string,
  limits: Limits = LIMITS,
  options: ReadOptions = {},
): Promise<Book> {
  const bytes = await readBytes(file, limits);
  const kind = classify(file, bytes, limits);
  if (kind.kind === "xlsx") {
    // What a copy keeps is worked out only for a copy (--write), which reads every sheet whole.
    if (!options.whole) return readForPlan(file, bytes, kind.workbook);
    return { ...(await loadXlsx(file, bytes)), parts: inspectParts(bytes, kind.workbook.parts) };
  }
  if (!CSV_EXTENSIONS.has(path.extname(file).toLowerCase())) {
    throw new InputProblem({ kind: "not-a-workbook", file });
  }
  return csvBook(file, path.parse(file).name, bytes, csvSheetName, limits);
}

/** The places of a book as core's choice of the plan sees them (a CSV file has one, and no sheet). */
export function placeCandidates(book: Book, places: readonly PlanPlace[]): PlaceCandidate[] {
  return places.map((place) => ({
    sheet: place.sheet,
    ...(place.table === undefined ? {} : { table: place.table }),
    hidden: place.worksheet.state !== undefined && place.worksheet.state !== "visible",
    grid: place.grid,
    source: {
      file: book.file,
      // A CSV file has no sheets; the one it is read into is named only for the copy --write makes.
      ...(book.format === "csv" ? {} : { sheet: place.sheet }),
      ...(place.table === undefined ? {} : { table: place.table }),
    },
  }));
}

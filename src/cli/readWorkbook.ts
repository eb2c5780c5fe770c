/**
 * A file on disk → the shared reader (src/hosts/exceljs/book.ts). Here only what needs the file system:
 * its size checked before reading, its format told from its bytes and name, and what a copy of an
 * .xlsx file keeps beyond what ExcelJS reads.
 */
import { isAscii } from "node:buffer";
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { HEAD_ROWS, type PlaceCandidate, type PlaceDecision, showsHeader } from "../core";
import type { Problem } from "./messages";
import {
  type Book as ExcelBook,
  type PlaceAsked,
  type PlanPlace,
  csvBook,
  isText,
  loadXlsx,
  planPlaces,
  sheetNameFrom,
} from "../hosts/exceljs/book";
import { readCsv as csvRows } from "../hosts/exceljs/csv";
import type { Limits } from "../hosts/exceljs/limits";
import { InputProblem } from "../hosts/exceljs/problem";
import { type SheetsBook, rowsBook } from "../hosts/xlsx/places";
import { Unsupported, readXlsx } from "../hosts/xlsx/reader";
import { type PartsReport, inspectParts } from "./workbookParts";
import { LIMITS, type Workbook, classify } from "./workbookFile";
import {
  anyCostly,
  type Inline,
  isCostly,
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

/** A workbook read for its plan: by the plain reader, or by ExcelJS when that reader leaves the file to it. */
export type Book = SheetsBook;

/** A workbook read whole by ExcelJS, to write a copy of (`--write`), with what the copy keeps. */
export interface CopyBook extends ExcelBook {
  /** What a copy of an .xlsx file keeps and loses beyond what ExcelJS reads. */
  readonly parts?: PartsReport;
}

const CSV_EXTENSIONS = new Set([".csv", ".tsv", ".txt"]);

function readProblem(file: string, error: unknown): InputProblem {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new InputProblem({ kind: "no-such-file", file });
  return new InputProblem({ kind: "cannot-read", file, reason: code ?? (error as Error).message });
}

/**
 * The file's bytes, once its size is known to fit this machine. Read synchronously, by one open file:
 * the command line and each roll-up worker read one file at a time, and Node's promise-based reads
 * (stat, then open, fstat, read and close again) each cross to its thread pool and back. Measured in
 * one process over 612 sample-sized workbooks: 6.1 ms a file with them, 4.3 ms without.
 */
function readBytes(file: string, limits: Limits): Buffer {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    throw readProblem(file, error);
  }
  try {
    let size: number;
    try {
      size = fstatSync(fd).size;
    } catch (error) {
      throw readProblem(file, error);
    }
    if (size > limits.fileBytes) {
      throw new InputProblem({ kind: "too-big", file, size, limit: limits.fileBytes, unit: "file" });
    }
    try {
      return readFileSync(fd);
    } catch (error) {
      throw readProblem(file, error);
    }
  } finally {
    closeSync(fd);
  }
}

/** Which reader reads an .xlsx file for its plan. */
export interface ReadOptions {
  /**
   * "exceljs": the ExcelJS path even where the plain reader would read the file (the two are compared
   * in test/cli/plainReader.test.ts). By default the plain reader, when it reads the file (see
   * plainRead; a CSV file's rows it always reads).
   */
  readonly reader?: "plain" | "exceljs";
}

/** Whether a sheet of a book read so far shows a header, as a sheet or in one of its tables. */
function sheetShowsHeader(book: ExcelBook, sheet: string): boolean {
  return planPlaces(book, {}).some((place) => place.sheet === sheet && showsHeader(place.grid()));
}

/**
 * The workbook as ExcelJS reads it, from the parts classify has already unpacked (Node's zlib, once):
 * handed over as a zip of stored parts, so JSZip, which ExcelJS 4.4 opens every file with
 * (lib/xlsx/xlsx.js, `JSZip.loadAsync`), only slices them instead of inflating each part a second
 * time with its JavaScript inflater (pako), some five times slower than zlib. `readOnly`: read for
 * the plan alone, never written back (see withParts).
 */
function loadUnpacked(
  file: string,
  bytes: Buffer,
  workbook: Workbook,
  readOnly: boolean,
  replaced: ReadonlyMap<string, string> = new Map(),
): Promise<ExcelBook> {
  return loadXlsx(file, withParts(bytes, workbook.parts, workbook, replaced, readOnly));
}

/**
 * An .xlsx file read for its plan alone (spec §4.1): sheets that cost ExcelJS little are read as they
 * are; a costly one is first read to its head (the rows a header is looked for in, and its tables'
 * header rows), and read again in full, without its empty rows and cells, only when a header is there.
 * Many shared strings are written into the cells that use them, and the rest left out.
 */
async function readForPlan(file: string, bytes: Buffer, workbook: Workbook): Promise<ExcelBook> {
  const { parts } = workbook;
  if (!anyCostly(workbook)) return loadUnpacked(file, bytes, workbook, true);
  const sheets = sheetParts(bytes, parts, workbook);
  const costly = sheets.filter((part) => part.costly && part.sheet !== undefined);
  if (costly.length === 0) return loadUnpacked(file, bytes, workbook, true);
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
    return loadUnpacked(file, bytes, workbook, true, replaced);
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
  if (!costly.some((part) => replaced.has(part.part))) return loadUnpacked(file, bytes, workbook, true);
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

/**
 * The one place that decides which reader reads an .xlsx file for its plan: the plain reader
 * (src/hosts/xlsx), which reads only what the plan is looked for in and needs no ExcelJS, when it
 * reads the whole file as the ExcelJS path would; otherwise (it throws {@link Unsupported}) undefined,
 * and the ExcelJS path reads the file as it always has. The plain reader reads rows only when asked,
 * so the grids that read rows are read here, once (the grids are kept), and the rest of the file
 * settled: a costly sheet's rows not read are checked as the ExcelJS path checks them, any other sheet
 * read to its end. Nothing read later can then take the file away from it.
 */
function plainRead(file: string, workbook: Workbook): Book | undefined {
  const parts = workbook.parts.map((part) => ({ name: part.name, data: workbook.data.get(part.name)! }));
  const lazy = anyCostly(workbook);
  try {
    const book = readXlsx(file, parts, {
      lazy: (part) => isCostly(workbook, part),
      lazyStrings: lazy && manyStrings(workbook),
      decode: (data, name) => {
        // A sheet's bytes were read as Latin-1 text to count its cells: where they are all ASCII, that
        // is the sheet's text already.
        const tags = workbook.latin1.get(name);
        if (tags !== undefined && tags.length === data.length && isAscii(data)) return tags;
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8");
      },
    });
    // A sheet read whole has every row read once settled, its cells as they will be: its own grid,
    // made from those rows alone, can take nothing away, and is made only when core looks at it (a
    // sheet whose table holds the plan is not). Over 7,850 sample-sized workbooks, that grid and the
    // header looked for in its first rows were some 20% of reading them.
    const whole = new Set(book.sheets().flatMap((sheet) => (sheet.lazy ? [] : [sheet.name])));
    for (const place of planPlaces(book, {})) {
      if (place.table !== undefined || !whole.has(place.sheet)) place.grid();
    }
    book.settle();
    return book;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** Reads an .xlsx or CSV file for its plan; a problem with the file itself is an {@link InputProblem}. */
export async function readBook(
  file: string,
  csvSheetName: string,
  limits: Limits = LIMITS,
  options: ReadOptions = {},
): Promise<Book> {
  const bytes = readBytes(file, limits);
  const kind = classify(file, bytes, limits);
  if (kind.kind === "xlsx") {
    const plain = options.reader === "exceljs" ? undefined : plainRead(file, kind.workbook);
    return plain ?? readForPlan(file, bytes, kind.workbook);
  }
  if (options.reader === "exceljs") return readCsv(file, bytes, csvSheetName, limits);
  return readCsvRows(file, bytes, csvSheetName, limits);
}

/**
 * Reads a file whole with ExcelJS, for a copy written from it (`--write`), with what the copy keeps
 * and loses of an .xlsx file beyond what ExcelJS reads.
 */
export async function readCopy(
  file: string,
  csvSheetName: string,
  limits: Limits = LIMITS,
): Promise<CopyBook> {
  const bytes = readBytes(file, limits);
  const kind = classify(file, bytes, limits);
  if (kind.kind === "xlsx") {
    return {
      ...(await loadUnpacked(file, bytes, kind.workbook, false)),
      parts: inspectParts(bytes, kind.workbook.parts, kind.workbook.data),
    };
  }
  return readCsv(file, bytes, csvSheetName, limits);
}

function readCsv(file: string, bytes: Buffer, csvSheetName: string, limits: Limits): ExcelBook {
  if (!CSV_EXTENSIONS.has(path.extname(file).toLowerCase())) {
    throw new InputProblem({ kind: "not-a-workbook", file });
  }
  return csvBook(file, path.parse(file).name, bytes, csvSheetName, limits);
}

/**
 * A CSV file read for its plan: its rows as they are, in a sheet named as csvBook names it, without
 * ExcelJS (a copy to write from is read by csvBook).
 */
function readCsvRows(file: string, bytes: Buffer, csvSheetName: string, limits: Limits): Book {
  if (!CSV_EXTENSIONS.has(path.extname(file).toLowerCase()) || !isText(bytes)) {
    throw new InputProblem({ kind: "not-a-workbook", file });
  }
  const rows = csvRows(file, bytes, limits);
  const name = sheetNameFrom(path.parse(file).name, csvSheetName);
  // The one name ExcelJS refuses a sheet: the command fails on it as it always has.
  if (name === "History") return csvBook(file, path.parse(file).name, bytes, csvSheetName, limits);
  return rowsBook(file, name, rows);
}

/** The places of a book as core's choice of the plan sees them (a CSV file has one, and no sheet). */
export function placeCandidates(book: Book, places: readonly PlanPlace[]): PlaceCandidate[] {
  return places.map((place) => ({
    sheet: place.sheet,
    ...(place.table === undefined ? {} : { table: place.table }),
    hidden: place.hidden,
    grid: place.grid,
    source: {
      file: book.file,
      // A CSV file has no sheets; the one it is read into is named only for the copy --write makes.
      ...(book.format === "csv" ? {} : { sheet: place.sheet }),
      ...(place.table === undefined ? {} : { table: place.table }),
    },
  }));
}

/**
 * Why core chose no one plan in a file (spec §4.3), as the problem `summarize` and `rollup` report: a
 * question between plans, or none found. A CSV file's one place is the file itself: only it is named.
 */
export function noChoiceProblem(
  book: Book,
  decision: Exclude<PlaceDecision, { readonly kind: "plan" }>,
  asked: PlaceAsked = {},
): Problem {
  const { file } = book;
  if (decision.kind === "ask") {
    return {
      kind: "which-plan",
      file,
      why: decision.why,
      ...(decision.year === undefined ? {} : { year: decision.year }),
      looked: decision.looked,
    };
  }
  return {
    kind: "no-plan",
    file,
    ...(asked.sheet === undefined ? {} : { sheet: asked.sheet }),
    ...(asked.table === undefined ? {} : { table: asked.table }),
    looked: book.format === "csv" ? decision.looked.slice(0, 1) : decision.looked,
  };
}

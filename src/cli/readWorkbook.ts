/**
 * A file on disk → an ExcelJS workbook → the grids that may hold the plan. A CSV file becomes a
 * workbook of one sheet, so choosing the plan and writing the copy work the same for both.
 */
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { type Cell, type Grid, cellText } from "../core";
import { cellValue, excelValue, mergedAreas } from "./cellValue";
import { decodeCsv, parseCsv } from "./csv";
import { InputProblem } from "./messages";

export interface Book {
  /** The file name as the user gave it. */
  readonly file: string;
  readonly format: "xlsx" | "csv";
  readonly workbook: ExcelJS.Workbook;
}

/** A rectangle that may hold the plan, with where it came from. */
export interface PlanPlace {
  readonly grid: Grid;
  readonly sheet: string;
  readonly table?: string;
  readonly worksheet: ExcelJS.Worksheet;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CSV_EXTENSIONS = new Set([".csv", ".txt"]);

/** Excel forbids these in sheet names, and names longer than 31 characters. */
export function sheetNameFrom(text: string, fallback: string): string {
  const name = text
    .replace(/[\\/?*[\]:]/g, "_")
    .slice(0, 31)
    .replace(/^'+|'+$/g, "");
  return name.trim() === "" ? fallback : name;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputProblem({ kind: "no-such-file", file });
    throw new InputProblem({ kind: "cannot-read", file, reason: code ?? (error as Error).message });
  }
}

/** Reads an .xlsx or CSV file; a problem with the file itself is an {@link InputProblem}. */
export async function readBook(file: string, csvSheetName: string): Promise<Book> {
  const bytes = await readBytes(file);
  const workbook = new ExcelJS.Workbook();
  if (startsWith(bytes, ZIP_MAGIC)) {
    try {
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch {
      throw new InputProblem({ kind: "not-a-workbook", file });
    }
    if (workbook.worksheets.length === 0) throw new InputProblem({ kind: "not-a-workbook", file });
    restoreTableHeaders(workbook);
    return { file, format: "xlsx", workbook };
  }
  // A text file has no NUL bytes; anything else (an image, an old .xls) is not a plan we can read.
  if (!CSV_EXTENSIONS.has(path.extname(file).toLowerCase()) || bytes.includes(0)) {
    throw new InputProblem({ kind: "not-a-workbook", file });
  }
  const rows = parseCsv(decodeCsv(bytes));
  const sheet = workbook.addWorksheet(sheetNameFrom(path.parse(file).name, csvSheetName));
  rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (cell !== null) sheet.getCell(r + 1, c + 1).value = excelValue(cell);
    });
  });
  return { file, format: "csv", workbook };
}

/** Cells of rows top..bottom and columns left..right (1-based, inclusive). */
function gridOf(
  worksheet: ExcelJS.Worksheet,
  top: number,
  bottom: number,
  left: number,
  right: number,
): Grid {
  const rows: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = worksheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = left; c <= right; c++) cells.push(cellValue(row.getCell(c)));
    rows.push(cells);
  }
  return { rows, firstRow: top, firstColumn: left, merges: mergedAreas(worksheet, top, bottom, left, right) };
}

function sheetPlace(worksheet: ExcelJS.Worksheet): PlanPlace {
  const grid = gridOf(worksheet, 1, worksheet.rowCount, 1, Math.max(1, worksheet.columnCount));
  return { grid, sheet: worksheet.name, worksheet };
}

interface TableArea {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly hasHeader: boolean;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

const RANGE = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/;

interface TableModel {
  name: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  columns: { name: string }[];
}

/**
 * ExcelJS's typings describe getTables() wrongly: it gives the tables, whose `model` is read here. A table
 * read from a file keeps its range in `tableRef`; a new one has `ref` (its top-left cell).
 */
function tableModels(worksheet: ExcelJS.Worksheet): TableModel[] {
  return (worksheet.getTables() as unknown as { model: TableModel }[]).map((table) => table.model);
}

function areaOf(model: TableModel): TableArea | undefined {
  const match = RANGE.exec((model.tableRef ?? model.ref ?? "").toUpperCase());
  if (!match) return undefined;
  const [, l, t, r = l, b = t] = match;
  return {
    name: model.name,
    top: Number(t),
    left: columnNumber(l),
    bottom: Number(b),
    right: columnNumber(r),
    hasHeader: model.headerRow !== false,
  };
}

function tablesOf(worksheet: ExcelJS.Worksheet): TableArea[] {
  return tableModels(worksheet).flatMap((model) => areaOf(model) ?? []);
}

const headerText = (text: string) =>
  text
    .replace(/_x000a_/gi, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * ExcelJS 4.4 sees a header row only where the file says headerRowCount="1", which Excel leaves out
 * (it is the default); it would then read the table without its header and write it back without one.
 * A table has a header row when its top row holds its column names.
 */
function restoreTableHeaders(workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    for (const model of tableModels(worksheet)) {
      const area = areaOf(model);
      if (model.headerRow || !area) continue;
      const top = worksheet.getRow(area.top);
      model.headerRow = model.columns.some(
        (column, i) =>
          headerText(cellText(cellValue(top.getCell(area.left + i)))) === headerText(column.name ?? ""),
      );
    }
  }
}

/**
 * A table's grid runs from row 1 so the title lines above it (organisation, fiscal year, round) are
 * read too, but it ends at the table's last row and keeps to its columns.
 */
function tablePlace(worksheet: ExcelJS.Worksheet, table: TableArea): PlanPlace {
  const grid = gridOf(worksheet, 1, table.bottom, table.left, table.right);
  return {
    // The table's first row is the plan's header.
    grid: table.hasHeader ? { ...grid, headerRow: table.top } : grid,
    sheet: worksheet.name,
    table: table.name,
    worksheet,
  };
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

export interface PlanChoice {
  readonly sheet?: string;
  readonly table?: string;
}

/**
 * Where to look for the plan, in order: the table or sheet the user named; else every table, then
 * every sheet. An unknown name is an {@link InputProblem}.
 */
export function planPlaces(book: Book, choice: PlanChoice): PlanPlace[] {
  const { workbook, file } = book;
  let sheets = workbook.worksheets;
  if (choice.sheet !== undefined) {
    const wanted = choice.sheet;
    sheets = sheets.filter((sheet) => sameName(sheet.name, wanted));
    if (sheets.length === 0) {
      const known = workbook.worksheets.map((sheet) => sheet.name);
      throw new InputProblem({ kind: "no-sheet", file, sheet: wanted, known });
    }
  }
  const tables = sheets.flatMap((worksheet) => tablesOf(worksheet).map((table) => ({ worksheet, table })));
  if (choice.table !== undefined) {
    const wanted = choice.table;
    const found = tables.find(({ table }) => sameName(table.name, wanted));
    if (!found) {
      const known = tables.map(({ table }) => table.name);
      throw new InputProblem({ kind: "no-table", file, table: wanted, known });
    }
    return [tablePlace(found.worksheet, found.table)];
  }
  if (choice.sheet !== undefined) return sheets.map(sheetPlace);
  return [...tables.map(({ worksheet, table }) => tablePlace(worksheet, table)), ...sheets.map(sheetPlace)];
}

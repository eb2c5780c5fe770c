/**
 * A file's bytes → an ExcelJS workbook → the grids that may hold the plan. A CSV file becomes a
 * workbook of one sheet, so choosing the plan and writing the copy work the same for both.
 *
 * Memory and time follow the plan, not the sheet's extent: only rows and cells that hold values are
 * visited (ExcelJS keeps rows sparsely), rows without values are one shared empty row, and under the
 * header a grid keeps to the plan's columns, so a stray value far away adds nothing.
 */
import ExcelJS from "exceljs";
import {
  type Cell,
  type Grid,
  cellText,
  readArea,
  findHeader,
  HEAD_ROWS,
  type TablePlace,
  tableAreaLeft,
  tableGrid,
} from "../../core";
import { cellValue, excelValue, mergedAreas } from "./cellValue";
import { isTextFile, readCsv } from "./csv";
import { EXCEL_COLUMNS, EXCEL_ROWS, type Limits } from "./limits";
import { InputProblem } from "./problem";

export interface Book {
  /** The file name as the user gave it. */
  readonly file: string;
  readonly format: "xlsx" | "csv";
  readonly workbook: ExcelJS.Workbook;
}

/** A rectangle that may hold the plan, with where it came from. */
export interface PlanPlace {
  readonly sheet: string;
  readonly table?: string;
  readonly worksheet: ExcelJS.Worksheet;
  /** The cells to look for the plan in, read when first asked for. */
  readonly grid: () => Grid;
}

/** Excel forbids these in sheet names, and names longer than 31 characters. */
export function sheetNameFrom(text: string, fallback: string): string {
  const name = text
    .replace(/[\\/?*[\]:]/g, "_")
    .slice(0, 31)
    .replace(/^'+|'+$/g, "");
  return name.trim() === "" ? fallback : name;
}

/**
 * Excel has 1,048,576 rows and 16,384 columns; a file that places a cell beyond them is damaged, and
 * reading on would walk a sparse array of that length.
 */
function checkExtent(file: string, workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    if (worksheet.rowCount > EXCEL_ROWS) {
      const row = worksheet.rowCount;
      // Cells come in column order: the first is the one to name.
      let column = 0;
      worksheet.findRow(row)?.eachCell((_, number) => {
        column ||= number;
      });
      throw new InputProblem({ kind: "beyond-excel", file, sheet: worksheet.name, row, column: column || 1 });
    }
    worksheet.eachRow((row, number) => {
      if (row.cellCount > EXCEL_COLUMNS) {
        const column = row.cellCount;
        throw new InputProblem({ kind: "beyond-excel", file, sheet: worksheet.name, row: number, column });
      }
    });
  }
}

/**
 * The bytes of an .xlsx file as a workbook; a file ExcelJS cannot open, or one with a cell beyond
 * Excel's sheet, is an {@link InputProblem}.
 */
export async function loadXlsx(file: string, bytes: Uint8Array): Promise<Book> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new InputProblem({ kind: "not-a-workbook", file });
  }
  if (workbook.worksheets.length === 0) throw new InputProblem({ kind: "not-a-workbook", file });
  checkExtent(file, workbook);
  restoreTableHeaders(workbook);
  return { file, format: "xlsx", workbook };
}

/**
 * A text file has no NUL bytes, or is UTF-16 with its byte-order mark (csv.ts); anything else (an
 * image, a PDF) is not a plan we can read.
 */
export function isText(bytes: Uint8Array): boolean {
  return isTextFile(bytes);
}

/** A CSV file's bytes as a workbook of one sheet named after the file (`name`, without its extension). */
export function csvBook(
  file: string,
  name: string,
  bytes: Uint8Array,
  csvSheetName: string,
  limits: Limits,
): Book {
  if (!isText(bytes)) throw new InputProblem({ kind: "not-a-workbook", file });
  const rows = readCsv(file, bytes, limits);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetNameFrom(name, csvSheetName));
  rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (cell !== null) sheet.getCell(r + 1, c + 1).value = excelValue(cell);
    });
  });
  return { file, format: "csv", workbook };
}

/** Shared by every empty row of every grid: a far stray row costs one pointer per row between. */
const EMPTY_ROW: readonly Cell[] = Object.freeze([]);

/** The cells of columns left..right of a row (1-based), or {@link EMPTY_ROW} when none holds a value. */
function rowCells(row: ExcelJS.Row | undefined, left: number, right: number): readonly Cell[] {
  if (!row) return EMPTY_ROW;
  const last = Math.min(right, row.cellCount);
  const cells: Cell[] = [];
  let filled = false;
  for (let c = left; c <= last; c++) {
    const cell = row.findCell(c);
    const value = cell ? cellValue(cell) : null;
    if (value !== null) filled = true;
    cells.push(value);
  }
  return filled ? cells : EMPTY_ROW;
}

/** The rows that hold a value, in order (ExcelJS skips the rest, styled or not). */
function rowsWithValues(worksheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  worksheet.eachRow((row) => rows.push(row));
  return rows;
}

/** The rectangle of cells the engine reads, as grid rows from `firstRow`; the one place a Grid is made. */
function gridOf(
  worksheet: ExcelJS.Worksheet,
  rows: readonly (readonly Cell[])[],
  firstRow: number,
  firstColumn: number,
  headerRow?: number,
  totalsRow?: number,
): Grid {
  const bottom = firstRow + rows.length - 1;
  let width = 0;
  for (const cells of rows) width = Math.max(width, cells.length);
  const right = firstColumn + width - 1;
  const merges = mergedAreas(worksheet, firstRow, bottom, firstColumn, right);
  // Hidden rows (by hand or by a filter) are read like any other; core says which they are (§2.5).
  const hiddenRows: number[] = [];
  worksheet.eachRow((row, number) => {
    if (row.hidden && number >= firstRow && number <= bottom) hiddenRows.push(number);
  });
  return {
    rows,
    firstRow,
    firstColumn,
    merges,
    ...(headerRow === undefined ? {} : { headerRow }),
    ...(totalsRow === undefined ? {} : { totalsRow }),
    ...(hiddenRows.length === 0 ? {} : { hiddenRows }),
  };
}

/** Grid rows firstRow..last from sparse rows: rows in between are {@link EMPTY_ROW}. */
function denseRows(
  sparse: ReadonlyMap<number, readonly Cell[]>,
  firstRow: number,
  last: number,
): (readonly Cell[])[] {
  const rows: (readonly Cell[])[] = [];
  for (let r = firstRow; r <= last; r++) rows.push(sparse.get(r) ?? EMPTY_ROW);
  return rows;
}

/**
 * The plan's last column (1-based, grid from column A): the header's last recognised column, and the
 * labelled header cells right after it. A header cell beyond a gap is not the plan's.
 */
function planRight(header: NonNullable<ReturnType<typeof findHeader>>): number {
  let last = Math.max(-1, ...Object.values(header.columns), ...header.ticks.map((tick) => tick.index));
  while (last + 1 < header.labels.length && header.labels[last + 1] !== "") last++;
  return last + 1;
}

/**
 * A sheet's grid: the header looked for in the sheet's first 20 rows (spec §2); the title lines above
 * it whole; the rows under it only in the plan's columns, and only down to the last that holds a
 * value there.
 */
function sheetGrid(worksheet: ExcelJS.Worksheet): Grid {
  const sparse = new Map<number, readonly Cell[]>();
  const rows = rowsWithValues(worksheet);
  // One row more than the header may start in: a header's second row.
  const headEnd = HEAD_ROWS;
  for (const row of rows) {
    if (row.number > headEnd) break;
    const cells = rowCells(row, 1, EXCEL_COLUMNS);
    if (cells !== EMPTY_ROW) sparse.set(row.number, cells);
  }
  const head = gridOf(worksheet, denseRows(sparse, 1, Math.max(0, ...sparse.keys())), 1, 1);
  const header = findHeader(head);
  if (!header) return head;
  const right = planRight(header);
  // From the header down, only the plan's columns.
  const headerTop = 1 + header.index;
  let last = headerTop + header.height - 1;
  for (const row of rows) {
    if (row.number < headerTop) continue;
    const cells = rowCells(row, 1, right);
    if (cells === EMPTY_ROW) sparse.delete(row.number);
    else {
      sparse.set(row.number, cells);
      last = row.number;
    }
  }
  return gridOf(worksheet, denseRows(sparse, 1, last), 1, 1, headerTop);
}

function sheetPlace(worksheet: ExcelJS.Worksheet): PlanPlace {
  return { sheet: worksheet.name, worksheet, grid: () => sheetGrid(worksheet) };
}

/** An Excel table of the file: its name, and where it stands as core's tableGrid takes it. */
interface TableArea extends TablePlace {
  readonly name: string;
}

interface TableModel {
  name: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
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
  const area = readArea(model.tableRef ?? model.ref ?? "");
  if (!area) return undefined;
  return {
    name: model.name,
    ...area,
    hasHeader: model.headerRow !== false,
    hasTotals: model.totalsRow === true,
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
      const top = worksheet.findRow(area.top);
      model.headerRow = model.columns.some((column, i) => {
        const cell = top?.findCell(area.left + i);
        return headerText(cellText(cell ? cellValue(cell) : null)) === headerText(column.name ?? "");
      });
    }
  }
}

/** Cells of padding a table's rows may get so its title lines are read from column A. */
/**
 * A table's grid, by core's rule (spec §2.1): its area read from column A (or its own first column,
 * core's tableAreaLeft) down to its last row holding a value (a table's range may run to the sheet's
 * last row), with the title lines above it.
 */
function tableGridOf(worksheet: ExcelJS.Worksheet, table: TableArea): Grid {
  const rows = rowsWithValues(worksheet);
  let bottom = table.top;
  for (const row of rows) {
    if (row.number > table.bottom) break;
    if (row.number >= table.top && rowCells(row, table.left, table.right) !== EMPTY_ROW) bottom = row.number;
  }
  const left = tableAreaLeft({ ...table, bottom });
  const sparse = new Map<number, readonly Cell[]>();
  for (const row of rows) {
    if (row.number > bottom) break;
    const cells = rowCells(row, left, table.right);
    if (cells !== EMPTY_ROW) sparse.set(row.number, cells);
  }
  const area: Grid = { rows: denseRows(sparse, 1, bottom), firstRow: 1, firstColumn: left };
  const grid = tableGrid(area, { ...table, bottom });
  return gridOf(worksheet, grid.rows, grid.firstRow, grid.firstColumn, grid.headerRow, grid.totalsRow);
}

function tablePlace(worksheet: ExcelJS.Worksheet, table: TableArea): PlanPlace {
  return { sheet: worksheet.name, table: table.name, worksheet, grid: () => tableGridOf(worksheet, table) };
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** The sheet or table the user named (`--sheet`, `--table`), either or neither: where to look. */
export interface PlaceAsked {
  readonly sheet?: string;
  readonly table?: string;
}

/**
 * Where to look for the plan, in order: the table or sheet the user named; else every table, then
 * every sheet. An unknown name is an {@link InputProblem}.
 */
export function planPlaces(book: Book, choice: PlaceAsked): PlanPlace[] {
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

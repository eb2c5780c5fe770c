/**
 * A workbook's sheets and tables → the grids that may hold the plan, by one rule whichever reader read
 * the file: ExcelJS (src/hosts/exceljs/book.ts) or the plain reader (./reader.ts). Each reader gives its
 * sheets as {@link SheetCells}; the grids are made here.
 *
 * Memory and time follow the plan, not the sheet's extent: only rows that hold values are visited, rows
 * without values are one shared empty row, and under the header a grid keeps to the plan's columns, so a
 * stray value far away adds nothing.
 */
import {
  type Cell,
  type Grid,
  type MergedArea,
  type TablePlace,
  HEAD_ROWS,
  cellText,
  findHeader,
  tableAreaLeft,
  tableGrid,
} from "../../core";
import { InputProblem } from "../exceljs/problem";
import { EXCEL_COLUMNS } from "./extent";

/** One row of a sheet as the grids read it. */
export interface SheetRow {
  readonly number: number;
  /** Columns up to its last cell, empty or not (ExcelJS's `cellCount`): a row of a grid's head is as long. */
  readonly width: number;
  /** The cell in a column (1-based) as the engine sees it: null where the row holds none. */
  cell(column: number): Cell;
  /**
   * When the reader has them so: the row's cells from column A to {@link width}, and whether any of
   * them holds a value. A grid then takes the row as it is instead of copying it cell by cell.
   */
  readonly cells?: readonly Cell[];
  readonly filled?: boolean;
}

/** An Excel table of the file: its name, and where it stands as core's tableGrid takes it. */
export interface TableArea extends TablePlace {
  readonly name: string;
}

/** A worksheet as the grids read it. */
export interface SheetCells {
  readonly name: string;
  /** Hidden or very hidden: core reads such a sheet only when asked (spec §4.3). */
  readonly hidden: boolean;
  /** The rows that hold a value, in order (a row without one among them reads as empty). */
  rows(): Iterable<SheetRow>;
  row(number: number): SheetRow | undefined;
  /** The rows top..bottom hidden in the sheet that hold a value or lie under a merged area, in order. */
  hiddenRows(top: number, bottom: number): number[];
  /** Its merged areas, in the file's order. */
  merges(): readonly MergedArea[];
  /** Its tables with an area, in the file's order. */
  tables(): readonly TableArea[];
  /** Grids already read, by place, when the reader keeps them (see {@link planPlaces}). */
  readonly grids?: Map<string, Grid>;
  /** Its cells have no types: a CSV file's (see Grid's `untyped`). */
  readonly untyped?: boolean;
}

/** A workbook read for its plan. */
export interface SheetsBook {
  /** The file name as the user gave it. */
  readonly file: string;
  readonly format: "xlsx" | "csv";
  /** The workbook's keywords (File → Info → Tags), which mark the roll-up's own workbook. */
  readonly keywords?: string;
  /** Its worksheets, in the workbook's order. */
  sheets(): readonly SheetCells[];
}

/** A rectangle that may hold the plan, with where it came from. */
export interface PlanPlace {
  readonly sheet: string;
  readonly table?: string;
  /** Its sheet is hidden or very hidden. */
  readonly hidden: boolean;
  /** The cells to look for the plan in, read when first asked for. */
  readonly grid: () => Grid;
}

/** Shared by every empty row of every grid: a far stray row costs one pointer per row between. */
const EMPTY_ROW: readonly Cell[] = Object.freeze([]);

/** The cells of columns left..right of a row (1-based), or {@link EMPTY_ROW} when none holds a value. */
function rowCells(row: SheetRow | undefined, left: number, right: number): readonly Cell[] {
  if (!row) return EMPTY_ROW;
  if (row.cells && left === 1 && right >= row.width) return row.filled ? row.cells : EMPTY_ROW;
  const last = Math.min(right, row.width);
  const cells: Cell[] = [];
  let filled = false;
  for (let c = left; c <= last; c++) {
    const value = row.cell(c);
    if (value !== null) filled = true;
    cells.push(value);
  }
  return filled ? cells : EMPTY_ROW;
}

/**
 * The merged areas of a sheet that touch rows top..bottom and columns left..right (1-based, inclusive),
 * for the grid read from there.
 */
function mergedAreas(
  sheet: SheetCells,
  top: number,
  bottom: number,
  left: number,
  right: number,
): MergedArea[] {
  const areas: MergedArea[] = [];
  for (const area of sheet.merges()) {
    if (area.bottom < top || area.top > bottom || area.right < left || area.left > right) continue;
    // Bounded by the grid: an area merged down to the sheet's last row ends at the grid's (its value
    // stays in its top-left cell, which core reads).
    areas.push({
      top: area.top,
      left: area.left,
      bottom: Math.min(area.bottom, bottom),
      right: Math.min(area.right, right),
    });
  }
  return areas;
}

/** The rectangle of cells the engine reads, as grid rows from `firstRow`; the one place a Grid is made. */
function gridOf(
  sheet: SheetCells,
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
  const merges = mergedAreas(sheet, firstRow, bottom, firstColumn, right);
  // Hidden rows (by hand or by a filter) are read like any other; core says which they are (§2.5).
  const hiddenRows = sheet.hiddenRows(firstRow, bottom);
  return {
    rows,
    firstRow,
    firstColumn,
    merges,
    ...(headerRow === undefined ? {} : { headerRow }),
    ...(totalsRow === undefined ? {} : { totalsRow }),
    ...(hiddenRows.length === 0 ? {} : { hiddenRows }),
    ...(sheet.untyped ? { untyped: true } : {}),
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
function sheetGrid(sheet: SheetCells): Grid {
  const sparse = new Map<number, readonly Cell[]>();
  // One row more than the header may start in: a header's second row.
  const headEnd = HEAD_ROWS;
  for (const row of sheet.rows()) {
    if (row.number > headEnd) break;
    const cells = rowCells(row, 1, EXCEL_COLUMNS);
    if (cells !== EMPTY_ROW) sparse.set(row.number, cells);
  }
  const head = gridOf(sheet, denseRows(sparse, 1, Math.max(0, ...sparse.keys())), 1, 1);
  const header = findHeader(head);
  if (!header) return head;
  const right = planRight(header);
  // From the header down, only the plan's columns.
  const headerTop = 1 + header.index;
  let last = headerTop + header.height - 1;
  for (const row of sheet.rows()) {
    if (row.number < headerTop) continue;
    const cells = rowCells(row, 1, right);
    if (cells === EMPTY_ROW) sparse.delete(row.number);
    else {
      sparse.set(row.number, cells);
      last = row.number;
    }
  }
  return gridOf(sheet, denseRows(sparse, 1, last), 1, 1, headerTop);
}

/**
 * A table's grid, by core's rule (spec §2.1): its area read from column A (or its own first column,
 * core's tableAreaLeft) down to its last row holding a value (a table's range may run to the sheet's
 * last row), with the title lines above it.
 */
function tableGridOf(sheet: SheetCells, table: TableArea): Grid {
  let bottom = table.top;
  for (const row of sheet.rows()) {
    if (row.number > table.bottom) break;
    if (row.number >= table.top && rowCells(row, table.left, table.right) !== EMPTY_ROW) bottom = row.number;
  }
  const left = tableAreaLeft({ ...table, bottom });
  const sparse = new Map<number, readonly Cell[]>();
  for (const row of sheet.rows()) {
    if (row.number > bottom) break;
    const cells = rowCells(row, left, table.right);
    if (cells !== EMPTY_ROW) sparse.set(row.number, cells);
  }
  const area: Grid = { rows: denseRows(sparse, 1, bottom), firstRow: 1, firstColumn: left };
  const grid = tableGrid(area, { ...table, bottom });
  return gridOf(sheet, grid.rows, grid.firstRow, grid.firstColumn, grid.headerRow, grid.totalsRow);
}

const headerText = (text: string) =>
  text
    .replace(/_x000a_/gi, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Whether a table's top row holds its column names (`names`, from its left column on). Excel leaves a
 * table's headerRowCount="1" out (it is the default), so a table read from a file has a header row
 * when its top row shows one.
 */
export function showsColumnNames(
  top: SheetRow | undefined,
  left: number,
  names: readonly (string | undefined)[],
): boolean {
  return names.some(
    (name, i) => headerText(cellText(top ? top.cell(left + i) : null)) === headerText(name ?? ""),
  );
}

/** A place's grid, read once when its sheet keeps the grids read. */
function remembered(sheet: SheetCells, key: string, read: () => Grid): () => Grid {
  return () => {
    const kept = sheet.grids?.get(key);
    if (kept) return kept;
    const grid = read();
    sheet.grids?.set(key, grid);
    return grid;
  };
}

function sheetPlace(sheet: SheetCells): PlanPlace {
  return { sheet: sheet.name, hidden: sheet.hidden, grid: remembered(sheet, "", () => sheetGrid(sheet)) };
}

function tablePlace(sheet: SheetCells, table: TableArea): PlanPlace {
  const grid = remembered(sheet, `table:${table.name}`, () => tableGridOf(sheet, table));
  return { sheet: sheet.name, table: table.name, hidden: sheet.hidden, grid };
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
export function planPlaces(book: SheetsBook, choice: PlaceAsked): PlanPlace[] {
  const { file } = book;
  const all = book.sheets();
  let sheets = all;
  if (choice.sheet !== undefined) {
    const wanted = choice.sheet;
    sheets = sheets.filter((sheet) => sameName(sheet.name, wanted));
    if (sheets.length === 0) {
      const known = all.map((sheet) => sheet.name);
      throw new InputProblem({ kind: "no-sheet", file, sheet: wanted, known });
    }
  }
  const tables = sheets.flatMap((sheet) => sheet.tables().map((table) => ({ sheet, table })));
  if (choice.table !== undefined) {
    const wanted = choice.table;
    const found = tables.find(({ table }) => sameName(table.name, wanted));
    if (!found) {
      const known = tables.map(({ table }) => table.name);
      throw new InputProblem({ kind: "no-table", file, table: wanted, known });
    }
    return [tablePlace(found.sheet, found.table)];
  }
  if (choice.sheet !== undefined) return sheets.map(sheetPlace);
  return [...tables.map(({ sheet, table }) => tablePlace(sheet, table)), ...sheets.map(sheetPlace)];
}

/**
 * A workbook of one sheet given as rows of cells, a CSV file's: a row reaches to its last cell holding
 * a value, and has no merged areas, tables or hidden rows. As ExcelJS holds such rows when they are
 * written into a new workbook's sheet (src/hosts/exceljs/book.ts `csvBook`).
 */
export function rowsBook(file: string, sheetName: string, rows: readonly (readonly Cell[])[]): SheetsBook {
  const read: SheetRow[] = [];
  rows.forEach((cells, r) => {
    let width = cells.length;
    while (width > 0 && cells[width - 1] === null) width--;
    if (width > 0) read.push({ number: r + 1, width, cell: (column) => cells[column - 1] ?? null });
  });
  const sheet: SheetCells = {
    name: sheetName,
    hidden: false,
    rows: () => read,
    row: (number) => read.find((row) => row.number === number),
    hiddenRows: () => [],
    merges: () => [],
    tables: () => [],
    untyped: true,
  };
  // A new workbook's keywords are empty.
  return { file, format: "csv", keywords: "", sheets: () => [sheet] };
}

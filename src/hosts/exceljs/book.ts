/**
 * A file's bytes → an ExcelJS workbook, and its sheets as the grids read them (src/hosts/xlsx/places.ts,
 * one rule for both readers). A CSV file becomes a workbook of one sheet, so choosing the plan and
 * writing the copy work the same for both.
 */
import ExcelJS from "exceljs";
import { type MergedArea, readArea } from "../../core";
import {
  type PlanPlace,
  type SheetCells,
  type SheetRow,
  type SheetsBook,
  type TableArea,
  showsColumnNames,
} from "../xlsx/places";
import { cellValue, excelValue } from "./cellValue";
import { isTextFile, readCsv } from "./csv";
import { EXCEL_COLUMNS, EXCEL_ROWS, type Limits } from "./limits";
import { InputProblem } from "./problem";

export { type PlaceAsked, type PlanPlace, planPlaces } from "../xlsx/places";

/** A workbook as ExcelJS reads it: what a copy is written from. */
export interface Book extends SheetsBook {
  readonly workbook: ExcelJS.Workbook;
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
  return bookOf(file, "xlsx", workbook);
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
  return bookOf(file, "csv", workbook);
}

/** The rows that hold a value, in order (ExcelJS skips the rest, styled or not). */
function rowsWithValues(worksheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  worksheet.eachRow((row) => rows.push(row));
  return rows;
}

/** An ExcelJS row as the grids read it. */
function sheetRow(row: ExcelJS.Row): SheetRow {
  return {
    number: row.number,
    width: row.cellCount,
    cell: (column) => {
      const cell = row.findCell(column);
      return cell ? cellValue(cell) : null;
    },
  };
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
      const names = model.columns.map((column) => column.name);
      model.headerRow = showsColumnNames(top && sheetRow(top), area.left, names);
    }
  }
}

/** ExcelJS keeps a worksheet's merged areas by their top-left cell; its typings leave them out. */
interface MergeIndex {
  readonly _merges?: Readonly<Record<string, MergedArea>>;
}

/** A worksheet as the grids read it. */
function worksheetCells(worksheet: ExcelJS.Worksheet): SheetCells {
  return {
    name: worksheet.name,
    hidden: worksheet.state !== undefined && worksheet.state !== "visible",
    rows: () => rowsWithValues(worksheet).map(sheetRow),
    row: (number) => {
      const row = worksheet.findRow(number);
      return row && sheetRow(row);
    },
    hiddenRows: (top, bottom) => {
      const hidden: number[] = [];
      worksheet.eachRow((row, number) => {
        if (row.hidden && number >= top && number <= bottom) hidden.push(number);
      });
      return hidden;
    },
    merges: () =>
      Object.values((worksheet as unknown as MergeIndex)._merges ?? {}).map(
        ({ top, left, bottom, right }) => ({
          top,
          left,
          bottom,
          right,
        }),
      ),
    tables: () => tableModels(worksheet).flatMap((model) => areaOf(model) ?? []),
  };
}

/** A workbook and its sheets as the grids read them. */
function bookOf(file: string, format: "xlsx" | "csv", workbook: ExcelJS.Workbook): Book {
  return {
    file,
    format,
    workbook,
    keywords: workbook.keywords,
    // A CSV file's cells were all written as text (see Grid's `untyped`).
    sheets: () =>
      workbook.worksheets.map((worksheet) => ({
        ...worksheetCells(worksheet),
        ...(format === "csv" ? { untyped: true } : {}),
      })),
  };
}

/** The worksheet a place of an ExcelJS book is on: a copy's plan sheet, to flag its rows in. */
export function worksheetOf(book: Book, place: PlanPlace): ExcelJS.Worksheet {
  const worksheet = book.workbook.worksheets.find((sheet) => sheet.name === place.sheet);
  if (!worksheet) throw new Error(`no worksheet "${place.sheet}"`);
  return worksheet;
}

/** Reads a plan's cells into core's Grid: in one sync when Excel allows it, else in row chunks. */
import {
  type Cell,
  type Grid,
  HEAD_ROWS,
  type MergedArea,
  type TablePlace,
  readArea,
  numberAsShown,
  tableAreaLeft,
  tableGrid,
} from "../../core";
import { HostError, type PlanChoice } from "../planHost";
import { isGeneralException, isPayloadTooLarge } from "./errors";
import { supportsExcelApi } from "./requirements";

/** Excel on the web refuses a request or response above 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/**
 * Response bytes one cell may cost (its value, value type and number format as JSON), guessed high so a chunk
 * passes the first time: a long Thai project name is some 300 bytes, a number or a blank far less.
 */
export const BYTES_PER_CELL = 400;
/** Excel on the web also refuses a read of more than 5,000,000 cells. */
const MAX_CELLS_PER_READ = 5_000_000;
/** Room left under the limit for the response's own framing. */
const HEADROOM = 0.9;

export interface ReadOptions {
  readonly onProgress?: (done: number, total: number) => void;
  /** The payload limit to size chunks by; Excel on the web's by default. */
  readonly payloadBytes?: number;
}

type RawValue = string | number | boolean | null | undefined;

/**
 * One Excel cell as core sees it: error cells keep their code as an error, never as text; a number
 * formatted as a percentage is the text it shows ("40%", core's numberAsShown), never an amount.
 */
export function toCell(value: RawValue, valueType: string, numberFormat?: string): Cell {
  if (valueType === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined || valueType === "Empty") return null;
  return typeof value === "number" ? numberAsShown(value, numberFormat) : value;
}

export function toRows(
  values: readonly (readonly RawValue[])[],
  valueTypes: readonly (readonly string[])[],
  numberFormats?: readonly (readonly string[])[],
): Cell[][] {
  return values.map((row, r) =>
    row.map((value, c) => toCell(value, valueTypes[r][c], numberFormats?.[r]?.[c])),
  );
}

const EMPTY: Grid = { rows: [], firstRow: 1, firstColumn: 1 };

/** A table to read: its own range (header, body and Total Row) and the table, for its Total Row. */
interface TableParts {
  readonly own: Excel.Range;
  readonly table: Excel.Table;
}

/**
 * The range to read: for a table, the area from A1 to its last cell, so the title lines above it are
 * read from column A as on the command line (core's tableGrid keeps of it what the rule keeps);
 * otherwise the sheet's used range (values only).
 */
function planRange(
  context: Excel.RequestContext,
  choice: PlanChoice,
): { range: Excel.Range; sheet: Excel.Worksheet; table?: TableParts } {
  if (choice.table !== undefined) {
    const table = context.workbook.tables.getItem(choice.table);
    const own = table.getRange();
    const sheet = table.worksheet;
    return { range: own.getBoundingRect(sheet.getRange("A1")), sheet, table: { own, table } };
  }
  const sheet = context.workbook.worksheets.getItem(choice.sheet);
  return { range: sheet.getUsedRangeOrNullObject(true), sheet };
}

/** Loads what {@link tablePlace} reads, in the same sync as the cells. */
function loadTable(parts: TableParts | undefined): void {
  parts?.own.load("rowIndex,columnIndex,rowCount,columnCount");
  parts?.table.load("showTotals");
}

/**
 * Where the table stands, for core's tableGrid; its Total Row, when it shows one, is the last row of
 * Table.getRange(), which includes it
 * (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-showtotals-member).
 * Core reads it as a total whatever its label (spec §2.5). `rows` limits it to its first rows (a head).
 */
function tablePlace({ own, table }: TableParts, rows = Infinity): TablePlace {
  const top = own.rowIndex + 1;
  return {
    top,
    left: own.columnIndex + 1,
    bottom: top + Math.min(own.rowCount, rows) - 1,
    right: own.columnIndex + own.columnCount,
    hasHeader: true,
    hasTotals: table.showTotals && own.rowCount <= rows,
  };
}

/** The grid of the cells read: the sheet's as they are; a table's by core's one rule. */
function gridOf(cells: Grid, table: TableParts | undefined): Grid {
  return table ? tableGrid(cells, tablePlace(table)) : cells;
}

/** Range.getMergedAreasOrNullObject came with this requirement set. */
export const MERGED_AREAS_API = "1.13";

/** Each area of a RangeAreas address: what follows a sheet's "!", up to a comma or the end. */
const AREA_OF_ADDRESS = /!([$A-Z0-9:]+)(?=\s*,|\s*$)/gi;

/** "Sheet1!A3:A5, Sheet1!D1:D4" (a RangeAreas address) as 1-based areas. */
export function areasOfAddress(address: string): MergedArea[] {
  return [...address.matchAll(AREA_OF_ADDRESS)].flatMap(([, ref]) => readArea(ref) ?? []);
}

/**
 * The merged areas whose top-left cell is in the range, so core can give a value merged down over
 * several rows to each of them. Range.getMergedAreasOrNullObject needs ExcelApi 1.13
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1))
 * and fails when the range holds more than 512 merged areas, so it is read in a sync of its own, and
 * a failure leaves the grid without merges. Without merges (older Excel, or over 512 areas) a merged
 * cell's value is in its first row only: the other rows it covers get unknown-dimension (or
 * unknown-status) errors naming them, never a silent wrong count.
 */
async function mergesOf(
  context: Excel.RequestContext,
  range: Excel.Range,
): Promise<{ merges?: MergedArea[] }> {
  if (!supportsExcelApi(MERGED_AREAS_API)) return {};
  const merged = range.getMergedAreasOrNullObject();
  merged.load("address");
  try {
    await context.sync();
  } catch {
    return {};
  }
  return { merges: merged.isNullObject ? [] : areasOfAddress(merged.address) };
}

/** Range.getVisibleView and Excel.RangeView came with this requirement set. */
export const VISIBLE_VIEW_API = "1.3";
/**
 * Response bytes one visible cell's address may cost ("'แผนปฏิบัติการ ปี 2568'!A12345" as JSON), guessed
 * high: a sheet name is at most 31 characters, each up to 6 bytes if escaped.
 */
const BYTES_PER_ADDRESS = 250;
const ROW_OF_ADDRESS = /(\d+)\s*$/;

/** Worksheet rows first..first+count-1. */
function rowsFrom(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

/**
 * The range's hidden rows, by hand or by a filter (spec §2.5), as worksheet rows; left out when
 * there are none, or when Excel cannot say.
 *
 * `rowHidden` is Range.rowHidden, loaded with the cells: false when no row of the range is hidden,
 * true when all are, null when some are
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member),
 * so a plan with nothing hidden costs no further request. When some are, the rows are named by the
 * visible view of the range's first column (Range.getVisibleView, ExcelApi 1.3, "the visible rows of
 * the current range",
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getvisibleview-member):
 * its RangeView.cellAddresses give one address per visible row
 * (https://learn.microsoft.com/javascript/api/excel/excel.rangeview#excel-excel-rangeview-celladdresses-member),
 * and the hidden rows are the others. One column keeps the response small; it is read in chunks of
 * rows sized by the payload limit, each in a sync of its own, because getVisibleView is reported to
 * hang on very large ranges (https://github.com/OfficeDev/office-js-docs/issues/610) and to fail
 * intermittently with InvalidArgument depending on the number of rows
 * (https://github.com/OfficeDev/office-js/issues/4263). Any failure leaves the grid without hidden
 * rows, never the read: the rows are still read and counted, only their `hidden-row` notes are
 * missing. So does a hidden first column, whose cells are all invisible and would name no row.
 */
async function hiddenRowsOf(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  at: { readonly rowIndex: number; readonly columnIndex: number; readonly rowCount: number },
  rowHidden: boolean | null,
  payloadBytes: number,
): Promise<{ hiddenRows?: number[] }> {
  const { rowIndex, columnIndex, rowCount } = at;
  if (rowHidden === false || rowCount === 0) return {};
  if (rowHidden === true) return { hiddenRows: rowsFrom(rowIndex + 1, rowCount) };
  if (!supportsExcelApi(VISIBLE_VIEW_API)) return {};
  const size = Math.max(1, Math.floor((payloadBytes * HEADROOM) / BYTES_PER_ADDRESS));
  const visible = new Set<number>();
  for (let done = 0; done < rowCount; done += size) {
    const column = sheet.getRangeByIndexes(rowIndex + done, columnIndex, Math.min(size, rowCount - done), 1);
    column.load("columnHidden");
    const view = column.getVisibleView();
    view.load("cellAddresses");
    try {
      await context.sync();
    } catch {
      return {};
    }
    if (column.columnHidden !== false) return {};
    for (const line of view.cellAddresses) {
      const row = ROW_OF_ADDRESS.exec(String(line[0]))?.[1];
      if (row === undefined) return {};
      visible.add(Number(row));
    }
  }
  const hiddenRows = rowsFrom(rowIndex + 1, rowCount).filter((row) => !visible.has(row));
  return hiddenRows.length === 0 ? {} : { hiddenRows };
}

/** Rows per chunk so a chunk's response stays under the limit, whatever the cells hold. */
export function rowsPerChunk(columnCount: number, payloadBytes: number): number {
  const byBytes = Math.floor((payloadBytes * HEADROOM) / (columnCount * BYTES_PER_CELL));
  return Math.max(1, Math.min(byBytes, Math.floor(MAX_CELLS_PER_READ / columnCount)));
}

/**
 * Reads the plan's cells. Most plans fit one response, so the first try loads everything in one
 * sync; only when Excel refuses it for its size is the range measured and read again in chunks. Older
 * builds of Excel on the web refuse an oversized response with GeneralException instead (office-js
 * #1314, https://github.com/OfficeDev/office-js/issues/1314, and #1012); as that code also stands for
 * any failure inside Excel, it is read again in chunks once, and only when the range has more than a row.
 */
export async function readPlan(
  context: Excel.RequestContext,
  choice: PlanChoice,
  options: ReadOptions = {},
): Promise<Grid> {
  const { range, sheet, table } = planRange(context, choice);
  // Range.numberFormat: a percentage's format (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member).
  range.load("values,valueTypes,numberFormat,rowIndex,columnIndex,rowCount,columnCount,rowHidden");
  loadTable(table);
  try {
    await context.sync();
  } catch (error) {
    if (isPayloadTooLarge(error)) return readInChunks(context, choice, options);
    if (isGeneralException(error)) return readInChunks(context, choice, options, error);
    throw error;
  }
  if (choice.table === undefined && range.isNullObject) return EMPTY;
  options.onProgress?.(range.rowCount, range.rowCount);
  const cells: Grid = {
    rows: toRows(range.values, range.valueTypes, range.numberFormat),
    firstRow: range.rowIndex + 1,
    firstColumn: range.columnIndex + 1,
  };
  return finishGrid(context, cells, { range, sheet, table }, range, range.rowHidden, options);
}

/**
 * The grid of the cells read (a table's by core's rule), with the range's merged areas and hidden
 * rows, each read after the cells (see mergesOf, hiddenRowsOf).
 */
async function finishGrid(
  context: Excel.RequestContext,
  cells: Grid,
  { range, sheet, table }: { range: Excel.Range; sheet: Excel.Worksheet; table?: TableParts },
  at: { readonly rowIndex: number; readonly columnIndex: number; readonly rowCount: number },
  rowHidden: boolean | null,
  options: ReadOptions,
): Promise<Grid> {
  return {
    ...gridOf(cells, table),
    ...(await mergesOf(context, range)),
    ...(await hiddenRowsOf(context, sheet, at, rowHidden, options.payloadBytes ?? PAYLOAD_LIMIT_BYTES)),
  };
}

/**
 * Reads the range in chunks of rows sized by the payload limit, halving a chunk Excel refuses for its
 * size. `general` is a GeneralException the whole read met already: it is the one chunked retry such a
 * failure gets, so the chunks are smaller than the range, and another GeneralException ends the read.
 */
async function readInChunks(
  context: Excel.RequestContext,
  choice: PlanChoice,
  options: ReadOptions,
  general?: unknown,
): Promise<Grid> {
  const { range, sheet, table } = planRange(context, choice);
  range.load("address,rowIndex,rowCount,columnIndex,columnCount,rowHidden");
  loadTable(table);
  await context.sync();
  if (choice.table === undefined && range.isNullObject) return EMPTY;
  const { rowIndex, rowCount, rowHidden } = range;
  // A table far right and long is read from its own first column (core's tableAreaLeft).
  const columnIndex = table ? tableAreaLeft(tablePlace(table)) - 1 : range.columnIndex;
  const columnCount = range.columnIndex + range.columnCount - columnIndex;
  const rows: Cell[][] = [];
  let size = rowsPerChunk(columnCount, options.payloadBytes ?? PAYLOAD_LIMIT_BYTES);
  if (general !== undefined) {
    // One row is as small as a chunk gets: the failure was not the response's size.
    if (rowCount <= 1) throw general;
    size = Math.min(size, Math.ceil(rowCount / 2));
  }
  let generalMet = general !== undefined;
  options.onProgress?.(0, rowCount);
  while (rows.length < rowCount) {
    const count = Math.min(size, rowCount - rows.length);
    const chunk = sheet.getRangeByIndexes(rowIndex + rows.length, columnIndex, count, columnCount);
    chunk.load("values,valueTypes,numberFormat");
    try {
      await context.sync();
    } catch (error) {
      // A GeneralException gets one chunked retry per read, as the whole read's (see readPlan).
      const oversized = isPayloadTooLarge(error) || (isGeneralException(error) && !generalMet && count > 1);
      if (!oversized) throw error;
      if (isGeneralException(error)) generalMet = true;
      // The guess per cell was too low for these rows: halve the chunk, down to one row.
      if (count === 1)
        throw new HostError(
          "too-large",
          `Row ${rowIndex + rows.length + 1} of ${range.address} alone is over Excel's limit.`,
        );
      size = Math.ceil(count / 2);
      continue;
    }
    for (const row of toRows(chunk.values, chunk.valueTypes, chunk.numberFormat)) rows.push(row);
    options.onProgress?.(rows.length, rowCount);
  }
  const cells: Grid = { rows, firstRow: rowIndex + 1, firstColumn: columnIndex + 1 };
  return finishGrid(
    context,
    cells,
    { range, sheet, table },
    { rowIndex, columnIndex, rowCount },
    rowHidden,
    options,
  );
}

/**
 * The columns of a head read at most: as many as fit one response, so that a sheet whose values run
 * far to the right still costs one request. A header further right than this is not looked for.
 */
function headColumns(payloadBytes: number): number {
  return Math.max(1, Math.floor((payloadBytes * HEADROOM) / (HEAD_ROWS * BYTES_PER_CELL)));
}

/**
 * The head of each place (core's HEAD_ROWS rows; a table's with the title lines above it, down to its
 * header and the rows under it), for core to judge which places may hold the plan before any is read
 * whole (spec §4.3): opening a workbook whose plan sits beside a 100,000-row ledger reads the ledger's
 * first rows only. One sync measures every place, then as few syncs as the payload limit allows read
 * the heads (Worksheet.getRangeByIndexes, ExcelApi 1.7, the manifest's minimum:
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrangebyindexes-member(1)).
 * Merged areas and hidden rows are not read: a head decides only what is read next.
 */
export async function readHeads(
  context: Excel.RequestContext,
  choices: readonly PlanChoice[],
  options: Pick<ReadOptions, "payloadBytes"> = {},
): Promise<Grid[]> {
  const payload = options.payloadBytes ?? PAYLOAD_LIMIT_BYTES;
  const places = choices.map((choice) => {
    const place = planRange(context, choice);
    place.range.load("rowIndex,columnIndex,rowCount,columnCount");
    loadTable(place.table);
    return { choice, ...place };
  });
  await context.sync();
  const heads: Grid[] = places.map(() => EMPTY);
  let pending: { index: number; range: Excel.Range; table?: TableParts }[] = [];
  let bytes = 0;
  const readPending = async () => {
    if (pending.length === 0) return;
    for (const { range } of pending) range.load("values,valueTypes,numberFormat,rowIndex,columnIndex");
    await context.sync();
    for (const { index, range, table } of pending) {
      const cells: Grid = {
        rows: toRows(range.values, range.valueTypes, range.numberFormat),
        firstRow: range.rowIndex + 1,
        firstColumn: range.columnIndex + 1,
      };
      heads[index] = table ? tableGrid(cells, tablePlace(table, HEAD_ROWS)) : cells;
    }
    pending = [];
    bytes = 0;
  };
  for (const [index, { choice, range, sheet, table }] of places.entries()) {
    if (choice.table === undefined && range.isNullObject) continue;
    const head = table && tablePlace(table, HEAD_ROWS);
    const rowCount = head ? head.bottom - range.rowIndex : Math.min(range.rowCount, HEAD_ROWS);
    const columnIndex = head ? tableAreaLeft(head) - 1 : range.columnIndex;
    const columnCount = Math.min(range.columnIndex + range.columnCount - columnIndex, headColumns(payload));
    const cost = rowCount * columnCount * BYTES_PER_CELL;
    if (bytes + cost > payload * HEADROOM) await readPending();
    pending.push({
      index,
      range: sheet.getRangeByIndexes(range.rowIndex, columnIndex, rowCount, columnCount),
      ...(table ? { table } : {}),
    });
    bytes += cost;
  }
  await readPending();
  return heads;
}

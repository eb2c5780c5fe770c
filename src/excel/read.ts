/** Reads a plan's cells into core's Grid: in one sync when Excel allows it, else in row chunks. */
import { type Cell, type Grid, type MergedArea, numberAsShown } from "../core";
import { HostError, type PlanChoice } from "../host";
import { isPayloadTooLarge } from "./errors";
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

/**
 * A table's range with the title lines above it (from row 1, over the table's columns), so the
 * organisation, year and round they state are read too; or the sheet's used range (values only).
 * `table` is the table's own range, whose first row is the header.
 */
function planRange(
  context: Excel.RequestContext,
  choice: PlanChoice,
): { range: Excel.Range; sheet: Excel.Worksheet; table?: Excel.Range; totals?: Excel.Table } {
  if (choice.table !== undefined) {
    const table = context.workbook.tables.getItem(choice.table);
    const own = table.getRange();
    const topRow = own.getEntireColumn().getRow(0);
    return { range: own.getBoundingRect(topRow), sheet: table.worksheet, table: own, totals: table };
  }
  const sheet = context.workbook.worksheets.getItem(choice.sheet);
  return { range: sheet.getUsedRangeOrNullObject(true), sheet };
}

/**
 * The grid's header row: a table's first row; unknown for a sheet (core looks for it). And the
 * table's Total Row when it shows one: the last row of Table.getRange(), which includes it
 * (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-showtotals-member).
 * Core reads it as a total whatever its label (spec §2.5).
 */
function headerRowOf(
  table: Excel.Range | undefined,
  totals: Excel.Table | undefined,
): { headerRow?: number; totalsRow?: number } {
  if (!table) return {};
  const totalsRow = totals?.showTotals ? table.rowIndex + table.rowCount : undefined;
  return { headerRow: table.rowIndex + 1, ...(totalsRow === undefined ? {} : { totalsRow }) };
}

/** Range.getMergedAreasOrNullObject came with this requirement set. */
export const MERGED_AREAS_API = "1.13";

const A1_AREA = /!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?(?=\s*,|\s*$)/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** "Sheet1!A3:A5, Sheet1!D1:D4" (a RangeAreas address) as 1-based areas. */
export function areasOfAddress(address: string): MergedArea[] {
  const areas: MergedArea[] = [];
  for (const [, l, t, r = l, b = t] of address.matchAll(A1_AREA)) {
    areas.push({ top: Number(t), left: columnNumber(l), bottom: Number(b), right: columnNumber(r) });
  }
  return areas;
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

/** Rows per chunk so a chunk's response stays under the limit, whatever the cells hold. */
export function rowsPerChunk(columnCount: number, payloadBytes: number): number {
  const byBytes = Math.floor((payloadBytes * HEADROOM) / (columnCount * BYTES_PER_CELL));
  return Math.max(1, Math.min(byBytes, Math.floor(MAX_CELLS_PER_READ / columnCount)));
}

/**
 * Reads the plan's cells. Most plans fit one response, so the first try loads everything in one
 * sync; only when Excel refuses it for its size is the range measured and read again in chunks.
 */
export async function readPlan(
  context: Excel.RequestContext,
  choice: PlanChoice,
  options: ReadOptions = {},
): Promise<Grid> {
  const { range, table, totals } = planRange(context, choice);
  // Range.numberFormat: a percentage's format (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member).
  range.load("values,valueTypes,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
  table?.load("rowIndex,rowCount");
  totals?.load("showTotals");
  try {
    await context.sync();
  } catch (error) {
    if (isPayloadTooLarge(error)) return readInChunks(context, choice, options);
    throw error;
  }
  if (choice.table === undefined && range.isNullObject) return EMPTY;
  options.onProgress?.(range.rowCount, range.rowCount);
  return {
    rows: toRows(range.values, range.valueTypes, range.numberFormat),
    firstRow: range.rowIndex + 1,
    firstColumn: range.columnIndex + 1,
    ...headerRowOf(table, totals),
    ...(await mergesOf(context, range)),
  };
}

async function readInChunks(
  context: Excel.RequestContext,
  choice: PlanChoice,
  options: ReadOptions,
): Promise<Grid> {
  const { range, sheet, table, totals } = planRange(context, choice);
  range.load("address,rowIndex,columnIndex,rowCount,columnCount");
  table?.load("rowIndex,rowCount");
  totals?.load("showTotals");
  await context.sync();
  if (choice.table === undefined && range.isNullObject) return EMPTY;
  const { rowIndex, columnIndex, rowCount, columnCount } = range;
  const rows: Cell[][] = [];
  let size = rowsPerChunk(columnCount, options.payloadBytes ?? PAYLOAD_LIMIT_BYTES);
  options.onProgress?.(0, rowCount);
  while (rows.length < rowCount) {
    const count = Math.min(size, rowCount - rows.length);
    const chunk = sheet.getRangeByIndexes(rowIndex + rows.length, columnIndex, count, columnCount);
    chunk.load("values,valueTypes,numberFormat");
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
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
  return {
    rows,
    firstRow: rowIndex + 1,
    firstColumn: columnIndex + 1,
    ...headerRowOf(table, totals),
    ...(await mergesOf(context, range)),
  };
}

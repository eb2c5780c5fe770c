/** A sheet's state, and how Excel reads and writes a cell's value. */

import type {
  FakeArea,
  FakeCell,
  FakeChart,
  FakeConditionalFormat,
  FakePageSetup,
  FakeSheetSnapshot,
  FakeValidation,
} from "./types";
import { FakeExcelError } from "./errors";
import { MAX_CELL_TEXT, fakeParseAddress, key } from "./address";

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: FakeArea[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Rows (0-based) hidden by hand or by a filter; Excel treats both alike for Range.rowHidden. */
  readonly hiddenRows = new Set<number>();
  /** Columns (0-based) hidden. */
  readonly hiddenColumns = new Set<number>();
  /** Rows given an explicit height; the others are left to Excel's automatic height. */
  readonly rowHeights = new Map<number, number>();
  readonly charts: FakeChart[] = [];
  readonly validations: FakeValidation[] = [];
  frozenRows = 0;
  readonly pageLayout: FakePageSetup = {};
  /** Worksheet-scoped names (Worksheet.names, ExcelApi 1.4): name → what it refers to. */
  readonly names = new Map<string, string>();
  /** Set once the sheet is deleted: every proxy of it then fails, as Excel's do. */
  deleted = false;
  /** Protected (Review → Protect Sheet): writes to its cells, formats, rules and charts are refused. */
  isProtected = false;
  /** Called when an API write changes cells, so the workbook can raise onChanged. */
  apiChanged: (area: FakeArea) => void = () => undefined;

  constructor(
    readonly id: string,
    public name: string,
    public visibility: "Visible" | "Hidden" = "Visible",
  ) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(key(row, column));
  }

  /** The cell, created empty when missing. */
  cellForWrite(row: number, column: number): FakeCell {
    let cell = this.cells.get(key(row, column));
    if (!cell) {
      cell = { value: null, numberFormat: "General", format: { borders: {} } };
      this.cells.set(key(row, column), cell);
    }
    return cell;
  }

  /** The cell at an A1 address, for assertions. */
  at(address: string): FakeCell | undefined {
    const area = fakeParseAddress(address);
    return this.cell(area.top, area.left);
  }

  /** Values of an area as Excel would return them: "" for empty, the error text for errors. */
  valuesOf(address: string): (number | string | boolean)[][] {
    const area = fakeParseAddress(address);
    const rows: (number | string | boolean)[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: (number | string | boolean)[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(readValue(this.cell(r, c)).value);
      rows.push(row);
    }
    return rows;
  }

  /** The smallest area holding every non-empty cell, or null when there is none. */
  usedArea(): FakeArea | null {
    let area: FakeArea | null = null;
    for (const [at, cell] of this.cells) {
      if (cell.value === null && cell.formula === undefined && cell.error === undefined) continue;
      const comma = at.indexOf(",");
      const row = Number(at.slice(0, comma));
      const column = Number(at.slice(comma + 1));
      area = area
        ? {
            top: Math.min(area.top, row),
            left: Math.min(area.left, column),
            bottom: Math.max(area.bottom, row),
            right: Math.max(area.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    return area;
  }

  snapshot(position: number): FakeSheetSnapshot {
    const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    return {
      name: this.name,
      id: this.id,
      position,
      cells: copy([...this.cells.entries()].sort(([a], [b]) => a.localeCompare(b))),
      merges: copy(this.merges),
      conditionalFormats: copy(this.conditionalFormats),
      columnWidths: [...this.columnWidths.entries()].sort(([a], [b]) => a - b),
      rowHeights: [...this.rowHeights.entries()].sort(([a], [b]) => a - b),
      charts: copy(this.charts),
      validations: copy(this.validations),
      frozenRows: this.frozenRows,
      pageLayout: copy(this.pageLayout),
    };
  }
}

/**
 * Excel refuses a change to a protected sheet with AccessDenied (Excel.ErrorCodes,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling). The fake takes every
 * cell locked and no change allowed, as a sheet protected with Excel's default options.
 */
export function refuseOnProtected(sheet: FakeSheet): void {
  if (sheet.isProtected)
    throw new FakeExcelError("AccessDenied", "You cannot perform the requested operation.");
}

export function readValue(cell: FakeCell | undefined): { value: number | string | boolean; type: string } {
  // The fake cannot calculate: a formula reads as the error a nonsense formula gives in Excel.
  if (cell?.formula !== undefined) return { value: "#NAME?", type: "Error" };
  if (cell?.error !== undefined) return { value: cell.error, type: "Error" };
  const value = cell?.value ?? null;
  if (value === null) return { value: "", type: "Empty" };
  if (typeof value === "number") return { value, type: "Double" };
  if (typeof value === "boolean") return { value, type: "Boolean" };
  return { value, type: "String" };
}

/**
 * Writes a value as Excel does: text in a cell formatted "@" stays text; elsewhere text starting
 * with "=", "+", "-" or "@" that is not a number becomes a formula ("-A1+1" too), and text Excel reads
 * as a number, a percentage or a logical value is converted: "1,234" → 1234, "50%" → 0.5, "TRUE" → true
 * (Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
 * Excel interprets this value as a formula", https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member;
 * conversion as typed, https://support.microsoft.com/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8).
 * Text over 32,767 characters is refused.
 */
export function writeValue(cell: FakeCell, value: unknown): void {
  if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
    throw new FakeExcelError("InvalidArgument", `A cell holds at most ${MAX_CELL_TEXT} characters.`);
  }
  delete cell.formula;
  delete cell.error;
  if (value === null || value === undefined || value === "") {
    cell.value = null;
    return;
  }
  if (typeof value === "number" || typeof value === "boolean") {
    cell.value = value;
    return;
  }
  const text = String(value);
  if (cell.numberFormat === "@") {
    cell.value = text;
    return;
  }
  const number = readNumber(text);
  if (number !== undefined) cell.value = number;
  else if (/^[=+\-@]./s.test(text)) {
    cell.formula = text;
    cell.value = null;
  } else if (/^(true|false)$/i.test(text.trim())) cell.value = text.trim().toLowerCase() === "true";
  else cell.value = text;
}

/** A number as Excel reads typed text: digits with thousands commas, a sign, a decimal point, or a percentage. */
function readNumber(text: string): number | undefined {
  const match = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(%?)$/.exec(text.trim());
  if (!match || (match[2] === undefined && match[3] === undefined)) return undefined;
  const number = Number(`${match[1]}${(match[2] ?? "0").replace(/,/g, "")}${match[3] ?? ""}`);
  return match[4] === "%" ? number / 100 : number;
}

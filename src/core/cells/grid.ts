/**
 * The grid of cells every host hands to the engine: an Excel range, an ExcelJS worksheet or a CSV file,
 * reduced to plain values. A cell's kind follows from its value (see {@link kindOf}).
 */

/**
 * A cell that holds an Excel error such as `#N/A` or `#VALUE!`, or a formula without a value (see
 * {@link CellFormula}).
 */
export interface CellError {
  readonly error: string;
}

/**
 * A cell holding a formula whose result was never saved: a file written by a program (ExcelJS,
 * openpyxl, a script) and never opened in a spreadsheet. Its value is unknown: not empty, not 0.
 * It has an error's shape on purpose (`error` is ""): whatever does not look for it takes it for
 * an error, never for a blank or a number.
 */
export interface CellFormula extends CellError {
  readonly error: "";
  /** The formula as the file holds it, without the leading "=". */
  readonly formula: string;
}

/** One cell: number, text, boolean, an Excel error, a formula without a value, or empty (`null`). */
export type Cell = number | string | boolean | CellError | CellFormula | null;

/** The cell a host gives for a formula it holds without a value. */
export function formulaWithoutValue(formula: string): CellFormula {
  return { error: "", formula };
}

export type CellKind = "number" | "text" | "boolean" | "error" | "formula" | "empty";

/** A merged rectangle of worksheet cells: rows and columns 1-based, inclusive. */
/** An inclusive rectangle of 0-based rows and columns. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A rectangle of cells cut from a worksheet. */
export interface Grid {
  /** Rows of cells; rows may be ragged (missing cells are empty). */
  readonly rows: readonly (readonly Cell[])[];
  /** Worksheet row number (1-based) of `rows[0]`. */
  readonly firstRow: number;
  /** Worksheet column number (1-based) of each row's first cell. */
  readonly firstColumn: number;
  /**
   * Worksheet row of the header, when the host knows it: an Excel table's header row, read together
   * with the title lines above the table. Otherwise the header is looked for in the first 20 rows.
   */
  readonly headerRow?: number;
  /**
   * Merged areas that touch the grid, in worksheet coordinates. Hosts give a merged area's value in
   * its top-left cell only; core decides which of the rows it covers the value belongs to.
   */
  readonly merges?: readonly MergedArea[];
  /** Worksheet row of the Excel table's own total row (Table Design → Total Row), when it has one. */
  readonly totalsRow?: number;
  /** Worksheet rows hidden in the sheet, by hand or by a filter, when the host can tell. */
  readonly hiddenRows?: readonly number[];
  /**
   * The cells come from a file without types (a CSV file): every value was written as text, so an
   * amount written as text ("12,000", quoted) is no note (spec §2.3).
   */
  readonly untyped?: boolean;
}

/** Whether the cell is a formula the file holds without its result. */
export function isFormulaWithoutValue(cell: Cell | undefined): cell is CellFormula {
  return (
    typeof cell === "object" && cell !== null && typeof (cell as Partial<CellFormula>).formula === "string"
  );
}

export function kindOf(cell: Cell | undefined): CellKind {
  if (cell === null || cell === undefined) return "empty";
  switch (typeof cell) {
    case "number":
      return "number";
    case "string":
      return cell === "" ? "empty" : "text";
    case "boolean":
      return "boolean";
    default:
      return isFormulaWithoutValue(cell) ? "formula" : "error";
  }
}

/** The cell's text as the user sees it (numbers unformatted, errors by their code, formulas as typed). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return isFormulaWithoutValue(cell) ? `=${cell.formula}` : cell.error;
  return String(cell);
}

export function isBlank(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  // A text is blank when every character is one trim() removes; it is looked at, not trimmed (a
  // trimmed copy of " ดำเนินการ" would be made for every such cell only to be thrown away).
  for (let i = 0; i < cell.length; i++) if (!isTrimmed(cell.charCodeAt(i))) return false;
  return true;
}

/** Whether trim() removes a character: white space and line ends (ECMAScript's WhiteSpace, LineTerminator). */
function isTrimmed(code: number): boolean {
  // Printable ASCII and Thai, nearly every character of a plan, are told at once.
  if ((code > 0x20 && code < 0x7f) || (code >= 0x0e01 && code <= 0x0e7f)) return false;
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** "A", "B", … "Z", "AA" for a 1-based column number. */
export function columnLetter(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * The 1-based column of capital letters such as "H" or "AB", the inverse of {@link columnLetter}; or of
 * the letters from `from` to `to` in a longer text (an address inside a sheet's XML, read in place).
 */
export function columnNumber(letters: string, from = 0, to = letters.length): number {
  let column = 0;
  for (let i = from; i < to; i++) column = column * 26 + letters.charCodeAt(i) - 64;
  return column;
}

const A1_REF = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

/** An A1 reference ("B3", "A1:C5", "$A$1:$C$5") as a 1-based area; undefined for anything else. */
export function readArea(ref: string): MergedArea | undefined {
  const match = A1_REF.exec(ref.trim());
  if (!match) return undefined;
  const [, l, t, r = l, b = t] = match;
  return {
    top: Number(t),
    left: columnNumber(l.toUpperCase()),
    bottom: Number(b),
    right: columnNumber(r.toUpperCase()),
  };
}

/** A1-style address of a 1-based worksheet row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

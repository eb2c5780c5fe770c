/**
 * The grid of cells every host hands to the engine: an Excel range, an ExcelJS worksheet or a CSV file,
 * reduced to plain values. A cell's kind follows from its value (see {@link kindOf}).
 */

/** A cell that holds an Excel error such as `#N/A` or `#VALUE!`. */
export interface CellError {
  readonly error: string;
}

/** One cell: number, text, boolean, an Excel error, or empty (`null`). */
export type Cell = number | string | boolean | CellError | null;

export type CellKind = "number" | "text" | "boolean" | "error" | "empty";

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
      return "error";
  }
}

/** The cell's text as the user sees it (numbers unformatted, errors by their code). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return cell.error;
  return String(cell);
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** "A", "B", … "Z", "AA" for a 1-based column number. */
export function columnLetter(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** A1-style address of a 1-based worksheet row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

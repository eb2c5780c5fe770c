/**
 * One `<c>` element as the engine sees it, by the rules the ExcelJS path has always followed
 * (ExcelJS 4.4's lib/xlsx/xform/sheet/cell-xform.js, then src/hosts/exceljs/cellValue.ts): the type
 * `t` and the text of `<v>` decide the value; a shared string is looked up; a number in a date's format
 * becomes a date (numberFormats.ts); a formula gives its saved result, or the formula itself when the
 * file saved none.
 */
import { type Cell, columnLetter, columnNumber, formulaWithoutValue } from "../../core";
import { EXCEL_COLUMNS } from "./extent";
import { excelJsDateFormat, numberCell } from "./numberFormats";
import { NO_TEXT, type SharedString } from "./sharedStrings";
import type { Styles } from "./styles";
import { decodeAgain, unsupported } from "./xml";

/** What a sheet's cells need from the rest of the workbook. */
export interface CellContext {
  /** The shared-string table, when the workbook has one. */
  readonly strings: { get(index: number): SharedString } | undefined;
  readonly styles: Styles;
  readonly date1904: boolean;
}

/** A `<c>` as read from the file, before its value is worked out. One is reused for every cell. */
export interface RawCell {
  /** Its `r`, as written ("B7"). */
  address: string;
  /** Its `t`. */
  type: string | undefined;
  /** Its `s` read as ExcelJS reads it (a number, or undefined when absent or empty). */
  style: number | undefined;
  /** The text of its `<v>` and of a plain inline `<t>`, joined; undefined when there is none. */
  text: string | undefined;
  /** The runs of an inline rich text. */
  runs: { text?: string }[] | undefined;
  /** The text and attributes of its `<f>`. */
  formula: string | undefined;
  shareType: string | undefined;
  shareIndex: string | undefined;
  shareRef: string | undefined;
}

/** How ExcelJS keeps a cell: not at all, as an empty styled cell, or as a value (which may read as empty). */
export const enum Kept {
  None = 0,
  Styled = 1,
  Value = 2,
}

/** A cell's value and how ExcelJS keeps it, written by {@link readCell}; one is reused for every cell. */
export interface ReadCell {
  kept: Kept;
  value: Cell;
  /** ExcelJS holds it as text (a string or a rich text): the only kind a link may lie on unchanged. */
  text: boolean;
}

/** The masters of a sheet's shared formulas, by their index (`si`), as ExcelJS finds them. */
export type SharedFormulas = Map<string | undefined, { readonly address: string; readonly formula?: string }>;

function keep(out: ReadCell, kept: Kept, value: Cell, text = false): void {
  out.kept = kept;
  out.value = value;
  out.text = text;
}

const joinRuns = (runs: readonly { text?: string }[]) => runs.map((run) => run.text).join("");

/** A shared string's cell: its text, its runs' text, or nothing for an entry without text. */
function sharedStringCell(text: string, context: CellContext, out: ReadCell): void {
  if (!context.strings) return unsupported("a shared string and no shared-string table");
  const entry = context.strings.get(parseInt(text, 10));
  if (entry === NO_TEXT) keep(out, Kept.Value, null);
  else keep(out, Kept.Value, typeof entry === "string" ? entry : joinRuns(entry.richText), true);
}

/** A cell without a formula; `format` is its number format. */
function valueCell(raw: RawCell, context: CellContext, format: string | undefined, out: ReadCell): void {
  const { text, type } = raw;
  if (raw.runs !== undefined) {
    if (type !== "inlineStr" || text !== undefined) unsupported("an inline rich text of another kind");
    return keep(out, Kept.Value, joinRuns(raw.runs), true);
  }
  if (text === undefined) return keep(out, raw.style ? Kept.Styled : Kept.None, null);
  switch (type) {
    case "s":
      return sharedStringCell(text, context, out);
    case "str":
      return keep(out, Kept.Value, decodeAgain(text), true);
    case "inlineStr":
      return keep(out, Kept.Value, text, true);
    case "b":
      return keep(out, Kept.Value, parseInt(text, 10) !== 0);
    case "e":
      return keep(out, Kept.Value, { error: text });
    default:
      return keep(out, Kept.Value, numberCell(parseFloat(text), format, context.date1904));
  }
}

/** A formula's saved result, as ExcelJS reads it by the cell's type. */
function savedResult(raw: RawCell): number | string | boolean | { error: string } | undefined {
  const { text, type } = raw;
  if (raw.runs !== undefined) unsupported("a formula with a rich text");
  if (!text) return undefined;
  if (type === "str") return decodeAgain(text);
  if (type === "b") return parseInt(text, 10) !== 0;
  if (type === "e") return { error: text };
  return parseFloat(text);
}

/** What a formula's cell needs beyond its own: the sheet's shared formulas and merged areas. */
export interface FormulaContext {
  readonly masters: SharedFormulas;
  /** Whether a cell (by address) lies inside a merged area, not at its top left. */
  readonly mergedOver: (address: string) => boolean;
}

/**
 * A formula's cell: its saved result, or the formula without a value. ExcelJS gives a shared formula's
 * other cells the master's formula, moved to them; a cell whose formula it cannot find reads as empty.
 */
function formulaCell(
  raw: RawCell,
  context: CellContext,
  format: string | undefined,
  sheet: FormulaContext,
  out: ReadCell,
): void {
  const result = savedResult(raw);
  let master: { readonly address: string; readonly formula?: string } | undefined;
  if (raw.shareType === "shared") {
    if (raw.shareRef)
      sheet.masters.set(raw.shareIndex, { address: raw.address, formula: raw.formula || undefined });
    else master = sheet.masters.get(raw.shareIndex);
  }
  if (!raw.formula && !master) return keep(out, Kept.Value, null);
  if (result === undefined) {
    if (raw.formula) return keep(out, Kept.Value, formulaWithoutValue(raw.formula));
    if (!master?.formula || sheet.mergedOver(master.address))
      unsupported("a shared formula without its master");
    return keep(
      out,
      Kept.Value,
      formulaWithoutValue(slideFormula(master.formula, master.address, raw.address)),
    );
  }
  if (typeof result === "number") return keep(out, Kept.Value, numberCell(result, format, context.date1904));
  if (excelJsDateFormat(format)) unsupported("a formula's text in a date's format");
  keep(out, Kept.Value, result);
}

/** The cell a raw `<c>` holds, as the ExcelJS path reads it, written into `out`. */
export function readCell(raw: RawCell, context: CellContext, sheet: FormulaContext, out: ReadCell): void {
  // ExcelJS looks up every styled cell's style, and fails on a style a workbook without styles names.
  const format = context.styles.numberFormat(raw.style);
  if (raw.formula || raw.shareType) formulaCell(raw, context, format, sheet, out);
  else valueCell(raw, context, format, out);
}

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;
const ADDRESS = /^([A-Z]+)(\d+)$/;

/**
 * A shared formula moved from its master's cell to another (ExcelJS 4.4's lib/utils/shared-formula.js
 * `slideFormula`): every relative reference shifted by the distance between the two cells.
 */
export function slideFormula(formula: string, from: string, to: string): string {
  const [, fromColumn, fromRow] = ADDRESS.exec(from) ?? unsupported("a malformed address");
  const [, toColumn, toRow] = ADDRESS.exec(to) ?? unsupported("a malformed address");
  const across = columnNumber(toColumn) - columnNumber(fromColumn);
  const down = Number(toRow) - Number(fromRow);
  return formula.replace(
    CANDIDATE,
    (whole, sheet: string | undefined, _name, part: string, paren?: string) => {
      if (paren) return whole;
      const reference = CELL_REFERENCE.exec(part);
      if (!reference) return whole;
      const [, columnFixed, letters, rowFixed, digits] = reference;
      const upper = letters.toUpperCase();
      if (upper.length > 3 || (upper.length === 3 && upper > "XFD")) return whole;
      const column = columnNumber(upper) + (columnFixed ? 0 : across);
      const row = parseInt(digits, 10) + (rowFixed ? 0 : down);
      if (column < 1 || column > EXCEL_COLUMNS) unsupported("a shared formula moved off the sheet");
      return `${sheet ?? ""}${columnFixed ?? ""}${columnLetter(column)}${rowFixed ?? ""}${row}`;
    },
  );
}

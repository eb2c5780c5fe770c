/** One ExcelJS cell as the engine sees it, and one engine cell as an ExcelJS value. */
import ExcelJS from "exceljs";
import { type Cell, type MergedArea, formulaWithoutValue, numberAsShown } from "../../core";

/** A grid cell as an ExcelJS value: text stays a plain string, never a formula. */
export function excelValue(cell: Cell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === "object") return { error: cell.error } as ExcelJS.CellErrorValue;
  return cell;
}

type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | undefined | null;

const DAY_MS = 24 * 60 * 60 * 1000;
/** 1970-01-01 as an Excel serial day, in the 1900 and the 1904 date systems. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_OFFSET = 1462;

/**
 * Whether a number format shows a date or time. ExcelJS decides this by looking for y, m, d, h, s or b
 * after dropping quoted text, but only after it has already removed the backslashes of escaped
 * literals, so a format such as `#,##0.00\ \b\a\h\t` (or any literal with those letters) turns an
 * amount into a date. Here a format with a digit placeholder (0, # or ?) is a number format, whatever
 * letters its literal text holds; otherwise it is a date when a date or time code is left.
 */
export function isDateFormat(format: string): boolean {
  const section = format.split(";")[0];
  const codes = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/A\/P|AM\/PM|General/gi, "");
  const withoutSeconds = codes.replace(/s+\.0+/gi, "s");
  if (/[0#?]/.test(withoutSeconds)) return false;
  return /[ymdhsbeg]/i.test(codes) || /[วดปชนท]/.test(codes);
}

/** The day number Excel holds for a date ExcelJS made from it (ExcelJS rounds to the millisecond). */
function serialOf(date: Date, date1904: boolean): number {
  const serial = date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
  return Number(serial.toFixed(8));
}

function scalarCell(value: Scalar, cell: ExcelJS.Cell): Cell {
  if (value === null || value === undefined) return null;
  // A percentage is handed to core as the text the sheet shows ("40%"): never read as an amount.
  if (typeof value === "number") return numberAsShown(value, cell.numFmt);
  if (value instanceof Date) {
    if (!isDateFormat(cell.numFmt ?? "")) {
      return serialOf(value, cell.worksheet.workbook.properties?.date1904 === true);
    }
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === "object") return { error: value.error };
  return value;
}

function richText(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join("");
}

/**
 * One worksheet cell as the engine sees it: formulas by their saved result (a formula without one is
 * a formula without a value, never empty or 0), links and rich text as text, amounts as numbers even
 * where ExcelJS took their number format for a date's, and a number formatted as a percentage as the
 * text it shows ("40%").
 */
export function cellValue(cell: ExcelJS.Cell): Cell {
  // Excel shows a merged area's value in its first cell only; core decides where else it belongs
  // from the grid's merged areas (see mergedAreas).
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  const value = cell.value;
  if (value === null || value === undefined || typeof value !== "object" || value instanceof Date) {
    return scalarCell(value, cell);
  }
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return richText(value);
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    return typeof text === "object" && text !== null && "richText" in text
      ? richText(text as ExcelJS.CellRichTextValue)
      : String(text ?? "");
  }
  if ("formula" in value || "sharedFormula" in value) {
    // ExcelJS leaves a falsy result (0, "", false) out of `value` when it reads a file; `cell.result` keeps it.
    const result = (value.result ?? cell.result) as Scalar;
    if (result === undefined || result === null) return formulaWithoutValue(cell.formula ?? "");
    return scalarCell(result, cell);
  }
  return null;
}

/** ExcelJS keeps a worksheet's merged areas by their top-left cell; its typings leave them out. */
interface MergeIndex {
  readonly _merges?: Readonly<Record<string, MergedArea>>;
}

/**
 * The merged areas of a worksheet that touch rows top..bottom and columns left..right (1-based,
 * inclusive), for the grid read from there.
 */
export function mergedAreas(
  worksheet: ExcelJS.Worksheet,
  top: number,
  bottom: number,
  left: number,
  right: number,
): MergedArea[] {
  const merges = (worksheet as unknown as MergeIndex)._merges ?? {};
  const areas: MergedArea[] = [];
  for (const area of Object.values(merges)) {
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

/** One ExcelJS cell as the engine sees it, and one engine cell as an ExcelJS value. */
import ExcelJS from "exceljs";
import { type Cell, formulaWithoutValue, numberAsShown } from "../../core";
import { dateCell, isDateFormat } from "../xlsx/numberFormats";

/** A grid cell as an ExcelJS value: text stays a plain string, never a formula. */
export function excelValue(cell: Cell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === "object") return { error: cell.error } as ExcelJS.CellErrorValue;
  return cell;
}

type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | undefined | null;

// The one reading of formats and dates, shared with the plain reader (src/hosts/xlsx).
export { isDateFormat };

function scalarCell(value: Scalar, cell: ExcelJS.Cell): Cell {
  if (value === null || value === undefined) return null;
  // A percentage is handed to core as the text the sheet shows ("40%"): never read as an amount.
  if (typeof value === "number") return numberAsShown(value, cell.numFmt);
  if (value instanceof Date)
    return dateCell(value, cell.numFmt, cell.worksheet.workbook.properties?.date1904 === true);
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
  // from the grid's merged areas (src/hosts/xlsx/places.ts).
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

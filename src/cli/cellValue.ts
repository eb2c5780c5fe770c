/** One ExcelJS cell as the engine sees it, and one engine cell as an ExcelJS value. */
import ExcelJS from "exceljs";
import type { Cell } from "../core";

/** A grid cell as an ExcelJS value: text stays a plain string, never a formula. */
export function excelValue(cell: Cell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === "object") return { error: cell.error } as ExcelJS.CellErrorValue;
  return cell;
}

type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | undefined | null;

function scalarCell(value: Scalar): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return { error: value.error };
  return value;
}

function richText(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join("");
}

/** One worksheet cell as the engine sees it: formulas by their saved result, links and rich text as text. */
export function cellValue(cell: ExcelJS.Cell): Cell {
  // Excel shows a merged area's value in its first cell only; the engine reads merges the same way.
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  const value = cell.value;
  if (value === null || value === undefined || typeof value !== "object" || value instanceof Date) {
    return scalarCell(value);
  }
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return richText(value);
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    return typeof text === "object" && text !== null && "richText" in text
      ? richText(text as ExcelJS.CellRichTextValue)
      : String(text ?? "");
  }
  // A formula without a saved result (a file no spreadsheet has calculated) reads as empty.
  if ("formula" in value || "sharedFormula" in value) return scalarCell(value.result);
  return null;
}

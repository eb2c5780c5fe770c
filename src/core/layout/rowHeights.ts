/**
 * Row heights that fit each row's text, so a sheet prints without text over text in any spreadsheet
 * application: neither Excel nor LibreOffice fits a row to wrapped text in merged cells, and
 * LibreOffice does not fit rows at all on opening a file. One function for every sheet the product
 * writes, and the same heights in both hosts.
 */
import type { Area } from "../cells/grid";
import { type TextFont, textWidth } from "./textWidth";

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

/**
 * A column's width in points from its width in characters. One character is the width of "0" in the
 * workbook's Normal style (Calibri 11 in a new workbook: 7 pixels), plus 5 pixels of padding, at 96
 * pixels to the inch, 0.75 points to the pixel (ECMA-376 Part 1, §18.3.1.13 col; Range.ColumnWidth,
 * https://learn.microsoft.com/en-us/office/vba/api/excel.range.columnwidth). Office.js sets widths in
 * points (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member).
 * LibreOffice draws the same column wider (7 points a character), so text that fits here fits there.
 */
export function columnPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/**
 * Line advance of the official font, in ems: LibreOffice sets Laksaman 16 pt lines 26.5 points apart
 * (measured from its PDF); Excel sets TH Sarabun New closer. The taller one is used.
 */
const LINE_EM = 1.66;
/** Points of room above and below the text in a row. */
const ROW_PADDING = 2;
/** Points a cell keeps clear on each side of its text. */
const CELL_PADDING = 3;
/**
 * Thai is written without spaces between words and breaks only between words, so a line holds less
 * than its full width; the text is measured against this share of it.
 */
const WORD_BREAK_SHARE = 0.9;

/** Lines a paragraph wraps into in a cell `width` points wide: breaking at spaces, else between letters. */
function paragraphLines(text: string, width: number, font: TextFont): number {
  const space = textWidth(" ", font);
  let lines = 1;
  let used = 0;
  for (const word of text.split(" ")) {
    const wide = textWidth(word, font);
    const after = used === 0 ? wide : used + space + wide;
    if (after <= width) {
      used = after;
      continue;
    }
    if (used > 0) {
      lines++;
      used = 0;
    }
    if (wide <= width) {
      used = wide;
      continue;
    }
    for (const ch of word) {
      const letter = textWidth(ch, font);
      if (used > 0 && used + letter > width) {
        lines++;
        used = 0;
      }
      used += letter;
    }
  }
  return lines;
}

/** Lines a text takes in a cell `widthPoints` wide; a cell that does not wrap shows one line. */
export function lineCount(text: string, widthPoints: number, font: TextFont, wrap: boolean): number {
  if (!wrap) return 1;
  const usable = Math.max(1, (widthPoints - 2 * CELL_PADDING) * WORD_BREAK_SHARE);
  return text.split("\n").reduce((sum, paragraph) => sum + paragraphLines(paragraph, usable, font), 0);
}

/** The height in points of `lines` lines at `size` points, with room above and below. */
export function linesHeight(lines: number, size: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * size * LINE_EM + 2 * ROW_PADDING));
}

/** A cell as the heights see it: where it is, its text as shown, its font and whether it wraps. */
export interface SizedCell {
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly font: TextFont;
  readonly wrap: boolean;
}

export interface SizedSheet {
  readonly rowCount: number;
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  readonly cells: readonly SizedCell[];
  /** Merged areas: a merged cell's text wraps across the merged width and fills its rows together. */
  readonly merges: readonly Area[];
  /** The sheet's font size: an empty row is one line of it tall. */
  readonly size: number;
}

/**
 * Every row's height in points: the tallest text of the row, a merged cell's text spread over the
 * rows it spans, and an empty row one line of the sheet's font.
 */
export function fitRowHeights(sheet: SizedSheet): number[] {
  const heights = Array.from({ length: sheet.rowCount }, () => linesHeight(1, sheet.size));
  const mergeAt = new Map<string, Area>();
  for (const area of sheet.merges) mergeAt.set(`${area.top}:${area.left}`, area);
  const width = (left: number, right: number) => {
    let points = 0;
    for (let c = left; c <= right; c++) points += columnPoints(sheet.columnWidths[c] ?? 8.43);
    return points;
  };
  const tall: { top: number; bottom: number; height: number }[] = [];
  for (const cell of sheet.cells) {
    if (cell.text === "" || cell.row >= sheet.rowCount) continue;
    const area = mergeAt.get(`${cell.row}:${cell.column}`) ?? {
      top: cell.row,
      left: cell.column,
      bottom: cell.row,
      right: cell.column,
    };
    const lines = lineCount(cell.text, width(area.left, area.right), cell.font, cell.wrap);
    const height = linesHeight(lines, cell.font.size);
    if (area.bottom === area.top) heights[cell.row] = Math.max(heights[cell.row], height);
    else tall.push({ top: area.top, bottom: Math.min(area.bottom, sheet.rowCount - 1), height });
  }
  // A text over several rows fits once the rows it spans add up to its height; any shortfall is shared.
  for (const { top, bottom, height } of tall) {
    const rows = bottom - top + 1;
    let have = 0;
    for (let r = top; r <= bottom; r++) have += heights[r];
    const short = height - have;
    if (short <= 0) continue;
    for (let r = top; r <= bottom; r++)
      heights[r] = Math.min(MAX_ROW_HEIGHT, heights[r] + Math.ceil(short / rows));
  }
  return heights;
}

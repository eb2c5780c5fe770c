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
/**
 * Points a cell keeps clear on each side of its text. Excel's text area is the column's width less its
 * 5 pixels of padding (3.75 points, see columnPoints); 6 points leave a little more, for a word breaker
 * that breaks a line a little earlier than the one measured here.
 */
const CELL_PADDING = 3;

/** Punctuation a line never starts with: it stays on the line of the word before it. */
const CLOSING = /^[)\]}>,.:;!?%/\-–ฯๆ\u201D\u2019"\u00BB…]/u;
/** Punctuation a line never ends with: it goes to the line of the word after it. */
const OPENING = /[([{<\u201C\u2018\u00AB]$/u;

/** A Thai letter: only a text with one needs the word breaker. */
const THAI = /[\u0E01-\u0E2E]/;
/** The runtime's Thai word breaker once made: null where the runtime has none, undefined before. */
let wordBreaker: Intl.Segmenter | null | undefined;

/**
 * The runtime's Thai word breaker, made on first use: making one loads ICU's Thai dictionary (15 ms
 * and more in Node 20), which a command that never lays out a sheet should not pay for on start.
 */
function thaiWordBreaker(): Intl.Segmenter | null {
  if (wordBreaker === undefined) {
    const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
    wordBreaker = Segmenter ? new Segmenter("th", { granularity: "word" }) : null;
  }
  return wordBreaker;
}

/**
 * The words of a paragraph and the spaces between them, as a line may break between them. Thai is
 * written without spaces and breaks only between words, so it is cut where the runtime's dictionary
 * word breaker (ICU's, as LibreOffice breaks Thai lines; Intl.Segmenter,
 * https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl/Segmenter) cuts it:
 * every current browser and Node has one. Without it, or in a text with no Thai letter, only spaces
 * break, and a run wider than the line breaks between letters: never fewer lines than a word breaker
 * would make.
 */
function words(paragraph: string): string[] {
  const breaker = THAI.test(paragraph) ? thaiWordBreaker() : null;
  if (!breaker) return paragraph.split(/( )/).filter((part) => part !== "");
  return Array.from(breaker.segment(paragraph), (part) => part.segment);
}

/**
 * The paragraph as units kept on one line where they fit: a word with the punctuation that may not
 * be parted from it ("(ชื่อ", "การฯ", "35,000.00)"); a space is a unit of its own, where a line may break.
 */
function lineUnits(paragraph: string): string[][] {
  const units: string[][] = [];
  let glued = false;
  for (const part of words(paragraph)) {
    const last = units[units.length - 1];
    const space = part.trim() === "";
    if (last && !space && last[0].trim() !== "" && (glued || CLOSING.test(part))) last.push(part);
    else units.push([part]);
    glued = !space && OPENING.test(part);
  }
  return units;
}

/**
 * Lines a paragraph wraps into in a cell `width` points wide, filled greedily as spreadsheets fill
 * them: a unit goes on the line if it fits, else it starts the next; a unit wider than a line is cut
 * between its words, and a word wider than a line between its letters. A space at a line's end
 * takes no room.
 */
function paragraphLines(text: string, width: number, font: TextFont): number {
  // Most cells hold one short line: no need to look for where it would break.
  if (textWidth(text, font) <= width) return 1;
  let lines = 1;
  let used = 0;
  let space = 0;
  const place = (piece: string, wide: number) => {
    if (used > 0 && used + space + wide > width) {
      lines++;
      used = 0;
    } else if (used > 0) used += space;
    space = 0;
    const parts = wide <= width ? [] : letters(piece);
    // A letter (with its marks) wider than the line stands on a line of its own.
    if (parts.length <= 1) used += wide;
    else for (const letter of parts) place(letter, textWidth(letter, font));
  };
  for (const unit of lineUnits(text)) {
    const whole = unit.join("");
    if (whole.trim() === "") {
      space += textWidth(whole, font);
      continue;
    }
    const wide = textWidth(whole, font);
    if (wide <= width || unit.length === 1) place(whole, wide);
    else for (const part of unit) place(part, textWidth(part, font));
  }
  return lines;
}

/** A word's letters, each with the marks above and below it. */
function letters(word: string): string[] {
  const out: string[] = [];
  for (const ch of word) {
    if (out.length > 0 && textWidth(ch, { size: 1 }) === 0) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

/** Lines a text takes in a cell `widthPoints` wide; a cell that does not wrap shows one line. */
export function lineCount(text: string, widthPoints: number, font: TextFont, wrap: boolean): number {
  if (!wrap) return 1;
  const usable = Math.max(1, widthPoints - 2 * CELL_PADDING);
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

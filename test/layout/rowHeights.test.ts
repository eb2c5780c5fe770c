/**
 * Every row of the sheets the product writes is as tall as its text needs, within one line: measured
 * against the lines the text takes when broken only between the words of the runtime's Thai word
 * breaker (ICU's, the one LibreOffice breaks Thai lines with), in Excel's text area of the cell.
 */
import { type SheetLayout, columnPoints, displayText, summaryLayout } from "../../src/core";
import { linesHeight } from "../../src/core/layout/rowHeights";
import { type TextFont, textWidth } from "../../src/core/layout/textWidth";
import { sampleReport } from "../excel/fixtures";
import { longPlanReport } from "./longPlan";

const words = new Intl.Segmenter("th", { granularity: "word" });

/**
 * The fewest lines a text can show in: greedy lines, broken between dictionary words (a word wider
 * than the line between letters), a space at a line's end taking no room.
 */
function wordLines(text: string, width: number, font: TextFont): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    let space = 0;
    const put = (piece: string) => {
      const wide = textWidth(piece, font);
      if (used > 0 && used + space + wide > width) {
        lines++;
        used = 0;
      } else if (used > 0) used += space;
      space = 0;
      used += wide;
    };
    for (const { segment } of words.segment(paragraph)) {
      if (segment.trim() === "") space += textWidth(segment, font);
      else if (textWidth(segment, font) <= width) put(segment);
      else for (const letter of segment) put(letter);
    }
  }
  return lines;
}

/** Points of Excel's text area in columns `left`..`right`: their width less the 5 pixels of padding. */
const textArea = (layout: SheetLayout, left: number, right: number) =>
  layout.columnWidths.slice(left, right + 1).reduce((sum, w) => sum + columnPoints(w), 0) - 3.75;

/** Each text's least height, by the rows it stands in (one row, or several merged). */
function needs(layout: SheetLayout): { top: number; bottom: number; least: number; most: number }[] {
  return layout.cells.flatMap((cell) => {
    const text = displayText(cell.value, cell.format);
    if (text === "") return [];
    const look = layout.looks[cell.style];
    const area = layout.merges.find((m) => m.top === cell.row && m.left === cell.column) ?? {
      top: cell.row,
      bottom: cell.row,
      left: cell.column,
      right: cell.column,
    };
    const font = { size: look.size, bold: look.bold };
    const lines = look.wrap ? wordLines(text, textArea(layout, area.left, area.right), font) : 1;
    return [
      {
        top: area.top,
        bottom: area.bottom,
        least: linesHeight(lines, look.size),
        most: linesHeight(lines + 1, look.size),
      },
    ];
  });
}

/**
 * Rows that are more than one line taller than their tallest text, or shorter than it; a text
 * merged down over rows sets the least and most the rows add up to, with each row's own texts.
 */
function misfits(layout: SheetLayout): string[] {
  const texts = needs(layout);
  const empty = linesHeight(1, 16);
  const found: string[] = [];
  for (let top = 0; top < layout.rowCount;) {
    // The rows a text merged down from here spans, as one.
    let bottom = top;
    for (let grown = true; grown;) {
      const reach = Math.max(
        bottom,
        ...texts.filter((t) => t.top >= top && t.top <= bottom).map((t) => t.bottom),
      );
      grown = reach > bottom;
      bottom = reach;
    }
    const rows = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
    const own = (row: number, key: "least" | "most") =>
      Math.max(empty, ...texts.filter((t) => t.top === row && t.bottom === row).map((t) => t[key]));
    const merged = texts.filter((t) => t.top >= top && t.top <= bottom && t.bottom > t.top);
    const least = Math.max(
      rows.reduce((sum, row) => sum + own(row, "least"), 0),
      ...merged.map((t) => t.least),
    );
    const most = Math.max(
      rows.reduce((sum, row) => sum + own(row, "most"), 0),
      ...merged.map((t) => t.most),
    );
    // Sharing a shortfall among merged rows rounds up once a row.
    const have = rows.reduce((sum, row) => sum + layout.rowHeights[row], 0);
    if (have < least || have > most + rows.length - 1)
      found.push(`rows ${top + 1}–${bottom + 1}: ${have} points, text needs ${least} to ${most}`);
    top = bottom + 1;
  }
  return found;
}

describe("row heights fit their text within one line", () => {
  test("the sample's summary with its memo", () => {
    expect(misfits(summaryLayout(sampleReport(), { withMemo: true }))).toEqual([]);
  });

  test("a summary with a long list of projects not carried out and a memo that names them all", () => {
    const layout = summaryLayout(longPlanReport(), { withMemo: true });
    // Not fitting by being short: the memo's last line runs over many lines.
    expect(Math.max(...layout.rowHeights)).toBeGreaterThan(linesHeight(8, 16));
    expect(misfits(layout)).toEqual([]);
  });
});

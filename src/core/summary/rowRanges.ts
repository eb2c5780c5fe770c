/**
 * Rows as compact ranges ("แถว 4–8, 10"): how every list of rows is written. Apart from the trace
 * of figures, with its own small words, so the pane's first screen can list rows without the engine.
 */
import { displayText } from "../layout/display";
import { FORMAT } from "../layout/formats";
import type { Lang } from "../words/messages";
import { TRACE_WORDS } from "../words/traceWords";

const ascending = (a: number, b: number) => a - b;

const strictlyAscending = (rows: readonly number[]): boolean =>
  rows.every((row, i) => i === 0 || rows[i - 1] < row);

/** Runs of consecutive numbers: [4, 5, 6, 10] → [[4, 6], [10, 10]]; duplicates count once. */
export function rowRuns(rows: readonly number[]): [number, number][] {
  // Rows mostly come ascending already (a group's, a figure's): 30,000 of them need no sort.
  const sorted = strictlyAscending(rows) ? rows : [...new Set(rows)].sort(ascending);
  const out: [number, number][] = [];
  for (const row of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else out.push([row, row]);
  }
  return out;
}

/** A row number or count as every list of rows writes it: "30,024". */
const thousands = (n: number): string => displayText(n, FORMAT.count);

const runText = ([first, last]: [number, number]): string =>
  first === last ? thousands(first) : `${thousands(first)}–${thousands(last)}`;

/** "4–8, 10", "25–30,024": rows as compact ranges (an en dash joins a run of two or more). */
export function compactRanges(rows: readonly number[]): string {
  return rowRuns(rows).map(runText).join(", ");
}

/**
 * "แถว 4–8, 10" / "rows 4–8, 10", or "ไม่มี" / "none" when there are no rows. With `maxRanges`, a
 * longer list stops after that many ranges and says how many more there are ("… และอีก 12 ช่วง").
 */
export function rowsText(rows: readonly number[], lang: Lang = "th", maxRanges = Infinity): string {
  const words = TRACE_WORDS[lang];
  const runs = rowRuns(rows);
  if (runs.length === 0) return words.noRows;
  const unique = runs.reduce((sum, [first, last]) => sum + last - first + 1, 0);
  const kept = Math.min(runs.length, Math.max(1, maxRanges));
  const shown = runs.slice(0, kept).map(runText).join(", ");
  const more = runs.length - kept;
  return words.rows(unique, more === 0 ? shown : `${shown} ${words.moreRanges(thousands(more))}`);
}

/**
 * Every figure traced to its rows (spec §7): which sheet rows a dimension's or the total's counts
 * were made from, so that "which projects are these 4?" has an answer.
 */
import { displayText } from "./display";
import { FORMAT } from "./formats";
import { MESSAGES, type Lang } from "./messages";
import type { PlanReport } from "./plan";
import type { PlanRow } from "./rows";
import { effectiveStatus, type Round } from "./validate";
import { DIMENSIONS, type Dimension } from "./vocabulary";

/** The counted figures of the summary table; amounts trace to `projects` (every row adds its amounts). */
export const TRACED = ["projects", "completed", "inProgress", "notStarted", "notDone"] as const;
export type TracedFigure = (typeof TRACED)[number];

/** Sheet row numbers behind each counted figure, in ascending order. */
export type Trace = Readonly<Record<TracedFigure, readonly number[]>>;

export interface SummaryTrace {
  /** The four dimensions in order, as in the summary. */
  readonly dimensions: readonly Trace[];
  readonly total: Trace;
}

type Building = Record<TracedFigure, number[]>;

const empty = (): Building => ({ projects: [], completed: [], inProgress: [], notStarted: [], notDone: [] });

const ascending = (a: number, b: number) => a - b;

/**
 * The rows behind each figure, decided as the summary decides them: a row without a dimension is in
 * no figure; a row counts in its dimension's projects and, by its status for the round, in one bucket.
 */
export function traceRows(rows: readonly PlanRow[], round: Round): SummaryTrace {
  const byDimension: Record<Dimension, Building> = { 1: empty(), 2: empty(), 3: empty(), 4: empty() };
  for (const row of rows) {
    if (row.dimension === null) continue;
    const trace = byDimension[row.dimension];
    trace.projects.push(row.row);
    const status = effectiveStatus(row.status, round);
    if (status !== null) trace[status].push(row.row);
  }
  const total = empty();
  for (const dimension of DIMENSIONS) {
    for (const figure of TRACED) total[figure].push(...byDimension[dimension][figure]);
  }
  for (const building of [...DIMENSIONS.map((d) => byDimension[d]), total]) {
    for (const figure of TRACED) building[figure].sort(ascending);
  }
  return { dimensions: DIMENSIONS.map((dimension) => byDimension[dimension]), total };
}

/** The trace of a report's summary. */
export function traceReport(report: PlanReport): SummaryTrace {
  return traceRows(report.rows, report.round);
}

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
  const words = MESSAGES[lang].trace;
  const runs = rowRuns(rows);
  if (runs.length === 0) return words.noRows;
  const unique = runs.reduce((sum, [first, last]) => sum + last - first + 1, 0);
  const kept = Math.min(runs.length, Math.max(1, maxRanges));
  const shown = runs.slice(0, kept).map(runText).join(", ");
  const more = runs.length - kept;
  return words.rows(unique, more === 0 ? shown : `${shown} ${words.moreRanges(thousands(more))}`);
}

/**
 * The lines of the summary sheet's provenance block, under the table: a heading, then per dimension
 * the rows it counts, with the rows not carried out named apart (they are the ones a reader asks
 * about); last, the rows no figure counts because their dimension is unknown, when there are any.
 */
export function provenanceLines(report: PlanReport, lang: Lang = "th"): string[] {
  const words = MESSAGES[lang].trace;
  const trace = traceReport(report);
  const lines = [words.heading];
  trace.dimensions.forEach((dimension, i) => {
    const counted = rowsText(dimension.projects, lang);
    const notDone =
      dimension.notDone.length > 0 ? `; ${words.notDone(rowsText(dimension.notDone, lang))}` : "";
    lines.push(words.dimension(DIMENSIONS[i], counted) + notDone);
  });
  const uncounted = report.rows.filter((row) => row.dimension === null).map((row) => row.row);
  if (uncounted.length > 0) lines.push(words.noDimension(rowsText(uncounted, lang)));
  return lines;
}

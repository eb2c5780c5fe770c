/**
 * Every figure traced to its rows (spec §7): which sheet rows a dimension's or the total's counts
 * were made from, so that "which projects are these 4?" has an answer.
 */
import { MESSAGES, type Lang } from "../words/messages";
import { rowsText } from "./rowRanges";
import type { PlanReport } from "../plan";
import type { PlanRow } from "../rows/rows";
import { effectiveStatus, type Round } from "../checks/validate";
import { DIMENSIONS, type Dimension } from "../cells/vocabulary";

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

/**
 * The most ranges a provenance line lists of each of its lists of rows, then "และอีก 12 ช่วง" / "and 12
 * more ranges". Each line is one cell, and a cell holds 32,767 characters (Excel specifications and
 * limits, https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3;
 * Excel refuses a longer value): a 20,000-row plan with its dimensions interleaved would list 10,000
 * ranges on a line. Two lists of 700 ranges of at most 21 characters ("1,048,575–1,048,576, ") stay
 * under it with their words.
 */
export const PROVENANCE_RANGES = 700;

/**
 * The lines of the summary sheet's provenance block, under the table: a heading, then per dimension
 * the rows it counts, with the rows not carried out named apart (they are the ones a reader asks
 * about); last, the rows no figure counts because their dimension is unknown, when there are any.
 */
export function provenanceLines(report: PlanReport, lang: Lang = "th"): string[] {
  const words = MESSAGES[lang].trace;
  const trace = traceReport(report);
  const rows = (list: readonly number[]) => rowsText(list, lang, PROVENANCE_RANGES);
  const lines = [words.heading];
  trace.dimensions.forEach((dimension, i) => {
    const notDone = dimension.notDone.length > 0 ? `; ${words.notDone(rows(dimension.notDone))}` : "";
    lines.push(words.dimension(DIMENSIONS[i], rows(dimension.projects)) + notDone);
  });
  const uncounted = report.rows.filter((row) => row.dimension === null).map((row) => row.row);
  if (uncounted.length > 0) lines.push(words.noDimension(rows(uncounted)));
  return lines;
}

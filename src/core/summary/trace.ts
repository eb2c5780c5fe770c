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

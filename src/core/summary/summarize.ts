/** The per-dimension summary table (spec §3). */
import { percent, type Satang } from "../cells/money";
import type { PlanRow } from "../rows/rows";
import type { ProjectRows } from "../rows/projectRows";
import { effectiveStatus, type Round, type StatusBucket } from "../cells/vocabulary";
import { DIMENSIONS, DIMENSION_NAMES, type Dimension } from "../cells/vocabulary";

/** Counts and sums of a group of rows, with its two percentages. */
export interface Totals {
  readonly projects: number;
  readonly plannedBudget: Satang;
  readonly completed: number;
  readonly inProgress: number;
  readonly notStarted: number;
  readonly notDone: number;
  readonly disbursed: Satang;
  /** Sum of the ordinance amounts (spec §9.3); 0 when the sheet has no ordinance column. */
  readonly ordinanceBudget: Satang;
  /** completed ÷ projects × 100, two decimals half up; null when there are no projects. */
  readonly pctProjects: number | null;
  /** disbursed ÷ plannedBudget × 100, two decimals half up; null when nothing was planned. */
  readonly pctBudget: number | null;
}

export interface DimensionSummary extends Totals {
  readonly dimension: Dimension;
  readonly name: string;
}

/** Every status a row can have, and none. */
const STATUS_OR_NONE: readonly (StatusBucket | null)[] = [
  null,
  "completed",
  "inProgress",
  "notStarted",
  "notDone",
];

export interface Summary {
  readonly dimensions: readonly DimensionSummary[];
  readonly total: Totals;
}

/** The counts and sums of a group, before its percentages; the roll-up adds offices up with these too. */
export type Counts = { -readonly [K in Exclude<keyof Totals, "pctProjects" | "pctBudget">]: number };

export const zeroCounts = (): Counts => ({
  projects: 0,
  plannedBudget: 0,
  completed: 0,
  inProgress: 0,
  notStarted: 0,
  notDone: 0,
  disbursed: 0,
  ordinanceBudget: 0,
});

/** Adds a group's counts and sums into `sum`. */
export function addCounts(sum: Counts, totals: Counts): void {
  for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] += totals[key];
}

/** The two percentages, from the counts and sums themselves (never a mean of percentages). */
export function withPercentages(counts: Counts): Totals {
  return {
    ...counts,
    pctProjects: percent(counts.completed, counts.projects),
    pctBudget: percent(counts.disbursed, counts.plannedBudget),
  };
}

/**
 * All four dimensions, in order, zeros where empty, and the total computed from the column sums
 * (93.75, not the mean of the four). Rows without a dimension are left out of every figure.
 */
export function summarize(
  rows: ProjectRows,
  round: Round,
  names: Partial<Record<Dimension, string>> = {},
): Summary {
  const sums: Record<Dimension, Counts> = {
    1: zeroCounts(),
    2: zeroCounts(),
    3: zeroCounts(),
    4: zeroCounts(),
  };
  // Each dimension's rows were counted per status, and their amounts added up in row order, as they
  // were read: no row is gone over again here.
  for (const dimension of DIMENSIONS) {
    const sum = sums[dimension];
    for (const status of STATUS_OR_NONE) {
      const count = rows.statusCountOf(dimension, status);
      sum.projects += count;
      const effective = effectiveStatus(status, round);
      if (effective !== null) sum[effective] += count;
    }
    const amounts = rows.sumsOf(dimension);
    sum.plannedBudget = amounts.plannedBudget;
    sum.disbursed = amounts.disbursed;
    sum.ordinanceBudget = amounts.ordinanceBudget;
  }
  const total = zeroCounts();
  for (const dimension of DIMENSIONS) addCounts(total, sums[dimension]);
  return {
    dimensions: DIMENSIONS.map((dimension) => ({
      dimension,
      name: names[dimension] ?? DIMENSION_NAMES[dimension],
      ...withPercentages(sums[dimension]),
    })),
    total: withPercentages(total),
  };
}

/** The totals of any group of rows, such as a sub-dimension's (spec §9.1). */
export function totalsOf(rows: readonly PlanRow[], round: Round): Totals {
  const sum = zeroCounts();
  for (const row of rows) {
    sum.projects++;
    sum.plannedBudget += row.plannedBudget;
    sum.disbursed += row.disbursed;
    sum.ordinanceBudget += row.ordinanceBudget;
    const status = effectiveStatus(row.status, round);
    if (status !== null) sum[status]++;
  }
  return withPercentages(sum);
}

/**
 * Many offices, one table (spec §8): each office's summary side by side, and all of them added up
 * exactly, in satang, with percentages computed from the sums (never averaged).
 */
import { countBySeverity } from "../checks/issues";
import type { PlanReport } from "../plan";
import {
  type Counts,
  type DimensionSummary,
  type Summary,
  addCounts,
  withPercentages,
  zeroCounts,
} from "./summarize";
import { totalsJson } from "./json";
import { planFingerprint } from "./fingerprint";
import type { Round } from "../checks/validate";
import { DIMENSIONS, DIMENSION_NAMES, type Dimension } from "../cells/vocabulary";

/** What the roll-up keeps of one office's report: small enough to pass between threads. */
export interface OfficeSummary {
  /** The file, as the user named it (or as found in a folder given). */
  readonly file: string;
  readonly organisation?: string;
  readonly fiscalYear?: number;
  readonly round: Round;
  readonly valid: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly summary: Summary;
  /** The project rows' fingerprint (samePlan.ts): the same plan given twice is added once. */
  readonly fingerprint: string;
  /**
   * The workbook also holds the product's summary sheet: a `summarize --write` copy of the plan, or
   * the plan the add-in wrote its summary into. Among the same plan given twice, another is kept.
   */
  readonly summaryCopy?: true;
}

/** A file given to the roll-up that held no readable plan, and why (in the user's language). */
export interface Unreadable {
  readonly file: string;
  readonly reason: string;
}

export interface RollUp {
  readonly round: Round;
  /** The fiscal year the offices state, when any does. */
  readonly fiscalYear?: number;
  /** Sorted by file path. */
  readonly offices: readonly OfficeSummary[];
  /** All offices added up: the four dimensions and the total. */
  readonly summary: Summary;
  /** Sorted by file path. */
  readonly unreadable: readonly Unreadable[];
}

/** Offices that disagree on a fact that must be one for the whole roll-up, grouped by its value. */
export interface Mixed {
  readonly fact: "round" | "fiscalYear";
  readonly groups: readonly { readonly value: number; readonly files: readonly string[] }[];
}

/** The roll-up's part of one office's report; `summaryCopy` when its workbook holds the summary sheet. */
export function officeSummary(
  file: string,
  report: PlanReport,
  found: { readonly summaryCopy?: boolean } = {},
): OfficeSummary {
  const counts = countBySeverity(report.issues);
  return {
    file,
    ...(report.organisation === undefined ? {} : { organisation: report.organisation }),
    ...(report.fiscalYear === undefined ? {} : { fiscalYear: report.fiscalYear }),
    round: report.round,
    valid: report.valid,
    errors: counts.error,
    warnings: counts.warning,
    summary: report.summary,
    fingerprint: planFingerprint(report.rows),
    ...(found.summaryCopy === true ? { summaryCopy: true as const } : {}),
  };
}

/** File paths in one order on every machine: by UTF-16 code units, not by locale. */
export function byFile<T extends { readonly file: string }>(a: T, b: T): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

function grouped(
  fact: Mixed["fact"],
  offices: readonly OfficeSummary[],
  valueOf: (office: OfficeSummary) => number | undefined,
): Mixed | undefined {
  const groups = new Map<number, string[]>();
  for (const office of [...offices].sort(byFile)) {
    const value = valueOf(office);
    if (value === undefined) continue;
    // Pushed, not copied: a copy per office made 7,850 offices of one year some 30 million copies.
    const files = groups.get(value);
    if (files) files.push(office.file);
    else groups.set(value, [office.file]);
  }
  if (groups.size < 2) return undefined;
  return {
    fact,
    groups: [...groups].sort(([a], [b]) => a - b).map(([value, files]) => ({ value, files })),
  };
}

/**
 * Rounds or fiscal years the offices disagree on. An office whose sheet states no fiscal year agrees
 * with any; its round is what `summarize` would use (the title's, else 12).
 */
export function mixedFacts(offices: readonly OfficeSummary[]): Mixed[] {
  return [
    grouped("round", offices, (office) => office.round),
    grouped("fiscalYear", offices, (office) => office.fiscalYear),
  ].filter((mixed): mixed is Mixed => mixed !== undefined);
}

/**
 * Adds the offices up, dimension by dimension, in whole satang; the total is the sum of the four
 * dimensions' sums, and every percentage is computed from summed counts and amounts.
 */
export function addUp(summaries: readonly Summary[]): Summary {
  const sums: Record<Dimension, Counts> = {
    1: zeroCounts(),
    2: zeroCounts(),
    3: zeroCounts(),
    4: zeroCounts(),
  };
  for (const summary of summaries) {
    for (const dimension of summary.dimensions) addCounts(sums[dimension.dimension], dimension);
  }
  const total = zeroCounts();
  for (const dimension of DIMENSIONS) addCounts(total, sums[dimension]);
  const dimensions: DimensionSummary[] = DIMENSIONS.map((dimension) => ({
    dimension,
    name: DIMENSION_NAMES[dimension],
    ...withPercentages(sums[dimension]),
  }));
  return { dimensions, total: withPercentages(total) };
}

export interface RollUpOptions {
  /** The round asked for; otherwise the offices' own (they must agree), else 12. */
  readonly round?: Round;
}

/** The roll-up of offices read and files not read, each list sorted by file path. */
export function rollUp(
  offices: readonly OfficeSummary[],
  unreadable: readonly Unreadable[],
  options: RollUpOptions = {},
): RollUp {
  const sorted = [...offices].sort(byFile);
  const years = sorted.flatMap((office) => (office.fiscalYear === undefined ? [] : [office.fiscalYear]));
  const fiscalYear = years.length > 0 ? years[0] : undefined;
  return {
    round: options.round ?? sorted[0]?.round ?? 12,
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
    offices: sorted,
    summary: addUp(sorted.map((office) => office.summary)),
    unreadable: [...unreadable].sort(byFile),
  };
}

/** 0 every office valid; 1 an office has errors or a file could not be read; 2 no office was read. */
export function rollUpExitCode(rollup: RollUp): 0 | 1 | 2 {
  if (rollup.offices.length === 0) return 2;
  if (rollup.unreadable.length > 0 || rollup.offices.some((office) => !office.valid)) return 1;
  return 0;
}

function summaryJson(summary: Summary) {
  return {
    dimensions: summary.dimensions.map((d) => ({ dimension: d.dimension, name: d.name, ...totalsJson(d) })),
    total: totalsJson(summary.total),
  };
}

/** The roll-up's machine-readable form (spec §8): the bucket keys of `summarize --json`. */
export function rollUpJson(rollup: RollUp) {
  return {
    round: rollup.round,
    offices: rollup.offices.map((office) => ({
      file: office.file,
      organisation: office.organisation ?? null,
      fiscalYear: office.fiscalYear ?? null,
      valid: office.valid,
      errors: office.errors,
      warnings: office.warnings,
      ...summaryJson(office.summary),
    })),
    ...summaryJson(rollup.summary),
    unreadable: rollup.unreadable.map(({ file, reason }) => ({ file, reason })),
  };
}

export type RollUpJson = ReturnType<typeof rollUpJson>;

/** Progress bands of the national system, by round: at or above `good`, at or above `fair`, below. */
export const PROGRESS_BANDS: Readonly<Record<Round, { readonly good: number; readonly fair: number }>> = {
  12: { good: 80, fair: 50 },
  6: { good: 50, fair: 20 },
};

export type ProgressBand = "good" | "fair" | "poor";

/** The band of an office's percent of projects completed; null when it has no projects. */
export function progressBand(pctProjects: number | null, round: Round): ProgressBand | null {
  if (pctProjects === null) return null;
  const band = PROGRESS_BANDS[round];
  if (pctProjects >= band.good) return "good";
  if (pctProjects >= band.fair) return "fair";
  return "poor";
}

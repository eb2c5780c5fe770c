/** Fiscal years as users type them, and the year a report is for when its sheet does not say. */
import { fiscalYearOf } from "./period";
import type { PlanReport } from "../plan";
import { arabicDigits } from "../cells/text";
import type { Round } from "../cells/vocabulary";

/** Buddhist-era years a plan can plausibly be for. */
export const FIRST_FISCAL_YEAR = 2500;
export const LAST_FISCAL_YEAR = 2700;

/**
 * A typed Buddhist-era fiscal year (Thai digits welcome): the year, null when it is not a four-digit
 * year from 2500 to 2700 (a Common-era 2023 is refused rather than misread), undefined when blank.
 */
export function readFiscalYear(text: string): number | null | undefined {
  const typed = arabicDigits(text).trim();
  if (typed === "") return undefined;
  if (!/^\d{4}$/.test(typed)) return null;
  const year = Number(typed);
  return year >= FIRST_FISCAL_YEAR && year <= LAST_FISCAL_YEAR ? year : null;
}

/**
 * The fiscal year of the latest round of this kind that has ended by `today`: reports are written after
 * their round ends (a 12-month report in October–December, for the year just ended). The 12-month round
 * ends on 30 September, the 6-month round on 31 March; on 5 December 2569 both give 2569, on 1 April 2570
 * the 6-month round gives 2570.
 */
export function lastEndedRoundYear(round: Round, today: Date): number {
  const running = fiscalYearOf(today);
  // The 6-month round of the running year has ended from April (month 3) to September.
  const month = today.getMonth();
  return round === 6 && month >= 3 && month <= 8 ? running : running - 1;
}

/**
 * The report with a fiscal year: its own (given or read from the title), else the year of its round's
 * latest that has ended by `today`, marked as assumed so every host says it is a default.
 */
export function withDefaultFiscalYear(report: PlanReport, today: Date): PlanReport {
  if (report.fiscalYear !== undefined) return report;
  return { ...report, fiscalYear: lastEndedRoundYear(report.round, today), fiscalYearAssumed: true };
}

/** Fiscal years as users type them, and the year a report is for when its sheet does not say. */
import { fiscalYearOf } from "./period";
import type { PlanReport } from "../plan";
import { arabicDigits } from "../cells/text";

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

/** The report with a fiscal year: its own (given or read from the title), else the one `today` is in. */
export function withDefaultFiscalYear(report: PlanReport, today: Date): PlanReport {
  return report.fiscalYear !== undefined ? report : { ...report, fiscalYear: fiscalYearOf(today) };
}

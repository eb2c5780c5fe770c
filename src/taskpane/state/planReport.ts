/**
 * Core's report from the pane's settings for the chosen plan. The engine comes with this module, in a
 * chunk of its own (see engine.ts): the first screen needs it only once a plan's cells are read.
 */
import {
  type Grid,
  type PlanOptions,
  type PlanReport,
  analyzePlan,
  bahtToSatang,
  flagRule,
  reportFingerprint,
  withDefaultFiscalYear,
} from "../../core";
import type { PlanChoice, PlanSettings } from "../../hosts/planHost";

export function planOptions(settings: PlanSettings, choice: PlanChoice): PlanOptions {
  const typed = settings.controlTotals;
  const controlTotals =
    typed && (typed.plannedBudget !== undefined || typed.disbursed !== undefined)
      ? {
          ...(typed.plannedBudget === undefined ? {} : { plannedBudget: bahtToSatang(typed.plannedBudget) }),
          ...(typed.disbursed === undefined ? {} : { disbursed: bahtToSatang(typed.disbursed) }),
        }
      : undefined;
  return {
    round: settings.round,
    organisation: settings.organisation,
    fiscalYear: settings.fiscalYear,
    headerRow: settings.headerRow,
    columns: settings.columns,
    controlTotals,
    subtotals: settings.subtotals,
    source:
      choice.table === undefined ? { sheet: choice.sheet } : { sheet: choice.sheet, table: choice.table },
  };
}

/** Core's report, with the latest ended round's fiscal year when neither the user nor the sheet's title gives one. */
export function analyze(grid: Grid, settings: PlanSettings, choice: PlanChoice): PlanReport | undefined {
  const report = analyzePlan(grid, planOptions(settings, choice));
  return report && withDefaultFiscalYear(report, new Date());
}

export { findPlan, placeQuestionText } from "./findPlan";

/** Whether core's flag rule can mark the report's rows: its code travels here, not in the first load. */
export function canFlag(report: PlanReport): boolean {
  return flagRule(report) !== undefined;
}

/**
 * What the summary shows of a report, as one short text (core's reportFingerprint): kept with the
 * summary written, and compared after each edit, so that nothing is written when nothing changed.
 */
export const fingerprint = (report: PlanReport): string => reportFingerprint(report);

/**
 * The plans of one workbook a roll-up can add up (spec §8): the listed tables and sheets read through
 * the host, each as the pane reads its own plan, and handed to core, which makes every decision of the
 * roll-up (src/core/summary/rollupSteps.ts): which places, mixed rounds or years, the same plan twice,
 * what is left out and why, and the sums. What is here only names core's answers by the pane's choices.
 */
import {
  type Grid,
  type Lang,
  type Mixed,
  type PlanReport,
  type RollUp,
  type RollupLayout,
  type SamePlans,
  analyzePlan,
  firstMixed,
  placesRead,
  rollUpOnce,
  rollupCandidates as candidatesOf,
  rollupLayout,
  rollupPlaceName,
} from "../../core";
import { planOptions } from "./planReport";
import { type PlanChoice, type PlanHost, type PlanSettings, sameChoice } from "../../hosts/planHost";

/** A table or sheet read for the roll-up: its cells, kept so a change of round or year applies at once. */
export interface ReadPlace {
  readonly choice: PlanChoice;
  readonly grid: Grid;
}

/** A table or sheet read for the roll-up, and the plan found in it (none when it holds no plan). */
export interface FoundPlan {
  readonly choice: PlanChoice;
  readonly report?: PlanReport;
}

/**
 * What may hold a plan: the tables, then the sheets that hold none of them (a sheet's table is read
 * as the table, not a second time as the sheet).
 */
export function rollupCandidates(plans: readonly PlanChoice[]): PlanChoice[] {
  return candidatesOf(plans);
}

/** How the roll-up sheet names a plan: its table and sheet, or its sheet. */
export function placeName(choice: PlanChoice): string {
  return rollupPlaceName(choice);
}

/**
 * A plan as the roll-up reads it: the plan the pane has chosen with all its settings (columns, header
 * row, organisation); every other with the round and fiscal year alone, which apply to the whole
 * roll-up as --round and --year do on the command line. A sheet stating no year takes none, so it
 * agrees with any.
 */
export function rollupReport(grid: Grid, settings: PlanSettings, choice: PlanChoice): PlanReport | undefined {
  const own = sameChoice(settings.choice, choice)
    ? settings
    : {
        ...(settings.round === undefined ? {} : { round: settings.round }),
        ...(settings.fiscalYear === undefined ? {} : { fiscalYear: settings.fiscalYear }),
      };
  return analyzePlan(grid, planOptions(own, choice));
}

/** Reads each table or sheet in turn through the host. */
export async function readPlaces(host: PlanHost, choices: readonly PlanChoice[]): Promise<ReadPlace[]> {
  const read: ReadPlace[] = [];
  for (const choice of choices) read.push({ choice, grid: await host.readPlan(choice) });
  return read;
}

/** The plans in the places read, under the settings as they now are. */
export function foundPlans(read: readonly ReadPlace[], settings: PlanSettings): FoundPlan[] {
  return read.map(({ choice, grid }) => {
    const report = rollupReport(grid, settings, choice);
    return report ? { choice, report } : { choice };
  });
}

/** Reads each table or sheet and finds the plans in them. */
export async function readPlans(
  host: PlanHost,
  choices: readonly PlanChoice[],
  settings: PlanSettings,
): Promise<FoundPlan[]> {
  return foundPlans(await readPlaces(host, choices), settings);
}

/** The places as core's roll-up takes them: named by place, with their plans or none. */
function read(found: readonly FoundPlan[], noPlan = "") {
  return placesRead(
    found.map(({ choice, report }) => ({ name: placeName(choice), ...(report ? { report } : {}) })),
    noPlan,
  );
}

/** Rounds or fiscal years the plans disagree on: adding them up would give a figure that means nothing. */
export function mixedPlans(found: readonly FoundPlan[]): Mixed | undefined {
  return firstMixed(read(found).offices);
}

/**
 * Plans of one workbook that are one plan (spec §8.1): the same office, year, round and project rows,
 * as a sheet copied within the workbook. Each is added once, the first in the workbook's order kept.
 * Different rows of one office are not asked about here: a workbook's sheets are often its divisions'
 * plans, each under the office's name.
 */
export function samePlansOf(found: readonly FoundPlan[]): SamePlans {
  return paneRollup(found, {}, "").same;
}

/** A plan left out of the roll-up as the same plan as another, each named by its place. */
export interface SamePlace {
  readonly choice: PlanChoice;
  readonly sameAs: PlanChoice;
}

/** The plans found that are the same plan as another found before them, to say so before writing. */
export function samePlaces(found: readonly FoundPlan[]): SamePlace[] {
  const byName = new Map(found.map((plan) => [placeName(plan.choice), plan.choice]));
  return samePlansOf(found).duplicates.flatMap(({ file, sameAs }) => {
    const choice = byName.get(file);
    const kept = byName.get(sameAs);
    return choice && kept ? [{ choice, sameAs: kept }] : [];
  });
}

/**
 * The roll-up of the plans read, each plan once: those without a plan listed with `noPlan` as the
 * reason, and the same plan read twice with core's reason, in the settings' language.
 */
export function rollupOf(found: readonly FoundPlan[], settings: PlanSettings, noPlan: string): RollUp {
  return paneRollup(found, settings, noPlan).rollup;
}

/**
 * Core's roll-up of the places read. Different plans of one office are each added: a workbook's
 * sheets are often its divisions' plans, each under the office's name.
 */
function paneRollup(found: readonly FoundPlan[], settings: PlanSettings, noPlan: string) {
  const { offices, unreadable } = read(found, noPlan);
  return rollUpOnce(offices, unreadable, {
    lang: settings.lang ?? "th",
    askWhichPlan: false,
    ...(settings.round === undefined ? {} : { round: settings.round }),
  });
}

/** The roll-up sheet as core lays it out for plans on sheets of one workbook. */
export function rollupSheet(rollup: RollUp, lang: Lang, writtenAt: Date): RollupLayout {
  return rollupLayout(rollup, { lang, writtenAt, places: "sheets" });
}

/**
 * The roll-up's decisions (spec §8), one rule for every host: which places of one workbook are read
 * for it, how a place is named, what is left out and why, rounds or years that cannot be added up,
 * the same plan given twice, and the sums. The command line (many files) and the pane (the sheets of
 * one workbook) only read grids, find their plans and hand them here.
 */
import type { PlanReport } from "../plan";
import type { Round } from "../checks/validate";
import type { Lang } from "../words/messages";
import { type SamePlans, notAddedTwice, samePlans } from "../checks/samePlan";
import {
  type Mixed,
  type OfficeSummary,
  type RollUp,
  type Unreadable,
  mixedFacts,
  officeSummary,
  rollUp,
} from "./rollup";

/** A sheet, or a table on one: a place of one workbook that may hold a plan. */
export interface RollupPlace {
  readonly sheet: string;
  readonly table?: string;
}

/**
 * The places of one workbook a roll-up reads: the tables, then the sheets that hold none of them (a
 * sheet's table is read as the table, not a second time as the sheet). In the order given.
 */
export function rollupCandidates<T extends RollupPlace>(places: readonly T[]): T[] {
  const withTables = new Set(places.flatMap((place) => (place.table === undefined ? [] : [place.sheet])));
  return places.filter((place) => place.table !== undefined || !withTables.has(place.sheet));
}

/** How a roll-up names a place of one workbook: its table and sheet, or its sheet. */
export function rollupPlaceName(place: RollupPlace): string {
  return place.table === undefined ? place.sheet : `${place.table} (${place.sheet})`;
}

/** A place read for a roll-up, by its name, and the plan found there (none when it holds no plan). */
export interface PlaceRead {
  readonly name: string;
  readonly report?: PlanReport;
}

/**
 * The places read as the roll-up takes them: each plan as an office named by its place, and each
 * place without a plan left out with `noPlan` (in the user's language) as the reason. In the order given.
 */
export function placesRead(
  read: readonly PlaceRead[],
  noPlan: string,
): { readonly offices: OfficeSummary[]; readonly unreadable: Unreadable[] } {
  return {
    offices: read.flatMap(({ name, report }) => (report ? [officeSummary(name, report)] : [])),
    unreadable: read.flatMap(({ name, report }) => (report ? [] : [{ file: name, reason: noPlan }])),
  };
}

/** The first fact (round, then fiscal year) the offices disagree on: adding them up would mean nothing. */
export function firstMixed(offices: readonly OfficeSummary[]): Mixed | undefined {
  return mixedFacts(offices)[0];
}

/** What applies to the whole roll-up. */
export interface RollupAsked {
  /** The round asked for; otherwise the offices' own. */
  readonly round?: Round;
  /** The language of the reasons for what is left out. */
  readonly lang: Lang;
  /**
   * Different plans of one named office and year are a question, none of them added (files given to
   * the command line); otherwise each is added (one workbook's sheets are often its divisions' plans).
   */
  readonly askWhichPlan: boolean;
}

/**
 * The roll-up of the offices read, each plan once (spec §8.1): the same plan given twice is added once
 * and the others listed with the reason, beside the files or places not read.
 */
export function rollUpOnce(
  offices: readonly OfficeSummary[],
  unreadable: readonly Unreadable[],
  asked: RollupAsked,
): { readonly rollup: RollUp; readonly same: SamePlans } {
  const same = samePlans(offices, { askWhichPlan: asked.askWhichPlan });
  const rollup = rollUp(
    same.kept,
    [...unreadable, ...notAddedTwice(same, asked.lang)],
    asked.round === undefined ? {} : { round: asked.round },
  );
  return { rollup, same };
}

/** A roll-up, or the fact its offices disagree on. */
export type RollupDecision =
  | { readonly kind: "mixed"; readonly mixed: Mixed }
  | { readonly kind: "rollup"; readonly rollup: RollUp; readonly same: SamePlans };

/**
 * The whole decision: offices of different rounds or fiscal years are not added up at all;
 * otherwise {@link rollUpOnce}.
 */
export function decideRollup(
  offices: readonly OfficeSummary[],
  unreadable: readonly Unreadable[],
  asked: RollupAsked,
): RollupDecision {
  const mixed = firstMixed(offices);
  if (mixed) return { kind: "mixed", mixed };
  return { kind: "rollup", ...rollUpOnce(offices, unreadable, asked) };
}

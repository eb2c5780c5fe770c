/** The pane's state as the rest of the pane reads it, the actions it can take, and what a failure keeps. */
import type { Field, Grid, Issue, Lang, PlanReport, Round } from "../../core";
import {
  type FailurePlace,
  HostError,
  type HostFailure,
  type PlanChoice,
  type PlanSettings,
  type SavedFile,
} from "../../hosts/planHost";

export { sameChoice } from "../../hosts/planHost";
import type { PlaceQuestion } from "./findPlan";
import type { FoundPlan } from "./rollupPlans";
import type { Task } from "../words/strings";

export interface Progress {
  readonly task: Task;
  readonly done?: number;
  readonly total?: number;
}

export interface Failure {
  readonly kind: HostFailure;
  readonly message: string;
  /** Where it is, when the host said (the protected sheet, the cells in the way). */
  readonly place?: FailurePlace;
}

/** What the last action did, kept as data so it follows a change of language. */
export type Notice =
  | { readonly kind: "written"; readonly sheet: string }
  | { readonly kind: "rewritten"; readonly sheet: string }
  | { readonly kind: "flagged"; readonly rows: number }
  | { readonly kind: "unflagged" }
  | { readonly kind: "created"; readonly sheet: string }
  | { readonly kind: "preview-written" }
  | { readonly kind: "preview-flagged"; readonly rows: number }
  | { readonly kind: "preview-unflagged" }
  | { readonly kind: "template-saved"; readonly name: string; readonly saved: SavedFile }
  | { readonly kind: "rows-first"; readonly rows: readonly number[] }
  | { readonly kind: "rollup-written"; readonly sheet: string; readonly plans: number }
  | { readonly kind: "preview-rollup" };

export interface ShownFacts {
  readonly organisation: string | undefined;
  readonly fiscalYear: number | undefined;
  /** Neither the user nor the sheet gave the year: core's default, the latest ended round's (said so). */
  readonly fiscalYearAssumed: boolean;
  /** Undefined while the round is asked (PlanState.roundAsked). */
  readonly round: Round | undefined;
}

export interface PlanState {
  readonly lang: Lang;
  readonly settings: PlanSettings;
  /** Undefined until the host has listed them. */
  readonly plans: readonly PlanChoice[] | undefined;
  readonly choice: PlanChoice | undefined;
  /** Where the choice is in `plans`; -1 when it is not listed (or nothing is chosen). */
  readonly chosenIndex: number;
  /** The cells read for the current choice. */
  readonly grid: Grid | undefined;
  /** Undefined while nothing is read, or when the grid holds no plan (see `noPlan`). */
  readonly report: PlanReport | undefined;
  readonly noPlan: boolean;
  /** Nothing to summarise yet (no plan in the grid, nothing listed, no place holding one): start from the template. */
  readonly noPlanFound: boolean;
  /** The report's facts as shown: what the user set, else what the plan states. */
  readonly facts: ShownFacts;
  /** The plan has columns per round and states no round, and none is set: the user is asked. */
  readonly roundAsked: boolean;
  readonly progress: Progress | undefined;
  /** Something is under way (see `progress`): actions wait. */
  readonly busy: boolean;
  readonly failure: Failure | undefined;
  /** What failed can be done again as it was (see PlanActions.retry). */
  readonly canRetry: boolean;
  readonly notice: Notice | undefined;
  /** Write the memo paragraph under the summary table (for this session). */
  readonly withMemo: boolean;
  /** The summary written in this session no longer matches the plan. */
  readonly summaryStale: boolean;
  /** The plan has a status column or tick columns the flag rule can read. */
  readonly canFlag: boolean;
  /** The workbook lists plans enough to add up, with or without a plan chosen. */
  readonly canRollUp: boolean;
  /** The tables and sheets read for a roll-up of several plans; undefined until the user asks. */
  readonly rollupPlans: readonly FoundPlan[] | undefined;
  /**
   * No plan is remembered and none is evidently the plan (spec §4.3): the places looked at, shown in
   * the Plan step until the user chooses one.
   */
  readonly question: PlaceQuestion | undefined;
}

export interface PlanActions {
  choosePlan(choice: PlanChoice): Promise<void>;
  /** Lists the plans again and rereads the chosen one, after the user has edited the workbook. */
  reread(): Promise<void>;
  updateSettings(patch: Partial<PlanSettings>): void;
  /** The column holding a field; null for none (the field is then left out, or missing if required). */
  setColumn(field: Field, index: number | null): void;
  selectIssue(issue: Issue): Promise<void>;
  /** Selects a cell of the plan's sheet (1-based worksheet row and column). */
  selectCell(row: number, column: number): Promise<void>;
  /** Writes the summary as previewed, with today's date in its footer. */
  writeSummary(): Promise<void>;
  setWithMemo(on: boolean): void;
  /** Puts core's flag rule on the plan: rows not carried out are filled, now and after later edits. */
  flagRows(): Promise<void>;
  /** Removes the add-in's flag rule from the plan. */
  removeFlags(): Promise<void>;
  /** Creates a plan sheet from the template for the organisation and year shown, and picks it. */
  createTemplate(withSample: boolean): Promise<void>;
  /** Selects the plan's rows (a figure's, or one project's) on the sheet. */
  selectRows(rows: readonly number[]): Promise<void>;
  /** Reads every table and sheet that may hold a plan, for the roll-up to offer. */
  findRollupPlans(): Promise<void>;
  /** Reads the plans chosen again, adds them up, and writes the roll-up sheet. */
  writeRollup(choices: readonly PlanChoice[]): Promise<void>;
  dismissFailure(): void;
  /** Does again what failed, from the plan and settings as they are now. */
  retry(): Promise<void>;
}

export function toFailure(error: unknown): Failure {
  if (error instanceof HostError) {
    const { kind, message, place } = error;
    return place.sheet === undefined && place.cells === undefined
      ? { kind, message }
      : { kind, message, place };
  }
  return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
}

/** Columns chosen for one plan mean nothing for another. */
export function forChoice(settings: PlanSettings, choice: PlanChoice): PlanSettings {
  return { ...settings, choice, columns: undefined, headerRow: undefined };
}

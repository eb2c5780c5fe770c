/**
 * The pane's state as a machine: what it holds of the plan (nothing, a question which plan, or the
 * plan read), what it is doing (a read, or an action on the workbook), and what went wrong, changed
 * only by the events below. Pure: the effects that talk to the host (planEffects.ts) send the events,
 * and usePlan renders what comes of them.
 */
import type { Grid, PlanReport } from "../../core";
import type { PlanChange, PlanChoice, PlanSettings } from "../../hosts/planHost";
import type { PlaceQuestion } from "./findPlan";
import { type Failure, type Notice, type PlanState, type Progress, forChoice, sameChoice } from "./planState";
import type { FoundPlan, ReadPlace } from "./rollupPlans";

/** What the pane holds of the plan. */
export type PlanPhase =
  /** Nothing to show: before the first read, when no place is listed, or after a read failed. */
  | { readonly kind: "none" }
  /** No plan remembered and none evidently the plan: the places looked at, until the user chooses. */
  | { readonly kind: "asking"; readonly question: PlaceQuestion }
  /** The cells read of a plan (the chosen one, or one chosen before a read of another lands). */
  | { readonly kind: "read"; readonly choice: PlanChoice; readonly grid: Grid };

/** What "try again" does after a failure: the same thing, from the pane's state as it is by then. */
export type Retry =
  | { readonly action: "read"; readonly choice: PlanChoice | undefined; readonly listFirst: boolean }
  | { readonly action: "recheck"; readonly watched: PlanChoice; readonly change: PlanChange }
  | { readonly action: "saveSettings" }
  | { readonly action: "writeSummary" }
  | { readonly action: "selectCell"; readonly row: number; readonly column: number }
  | { readonly action: "selectRows"; readonly rows: readonly number[] }
  | { readonly action: "flagRows" }
  | { readonly action: "removeFlags" }
  | { readonly action: "createTemplate"; readonly withSample: boolean }
  | { readonly action: "findRollupPlans" }
  | { readonly action: "writeRollup"; readonly choices: readonly PlanChoice[] };

/** A failure, with what to do to try again when that makes sense. */
export interface Failed {
  readonly failure: Failure;
  readonly retry?: Retry;
}

/** The roll-up's code, loaded with the summary step's chunk (see planEffects.ts). */
export type RollupCode = typeof import("./rollupPlans");

/** The places read for a roll-up, with the code that makes plans of them. */
export interface RollupReads {
  readonly code: RollupCode;
  readonly places: readonly ReadPlace[];
}

export interface PaneState {
  readonly settings: PlanSettings;
  /** Undefined until the host has listed them. */
  readonly plans: readonly PlanChoice[] | undefined;
  readonly plan: PlanPhase;
  /** The latest read: events of an earlier one (a plan picked while another was read) are ignored. */
  readonly readId: number;
  /** What is being done, a read or an action; undefined when the pane is idle. */
  readonly progress: Progress | undefined;
  readonly failed: Failed | undefined;
  readonly notice: Notice | undefined;
  readonly withMemo: boolean;
  /** The places read for a roll-up; the plans in them follow the settings (a round chosen applies at once). */
  readonly rollupReads: RollupReads | undefined;
}

export type PaneEvent =
  // A read of the plan (planEffects.readPlan); each event but the first names its read.
  | { readonly type: "read-started" }
  | { readonly type: "read-progress"; readonly id: number; readonly progress: Progress }
  | { readonly type: "listed"; readonly id: number; readonly plans: readonly PlanChoice[] }
  | { readonly type: "asked"; readonly id: number; readonly question: PlaceQuestion }
  | { readonly type: "nothing-listed"; readonly id: number }
  /** The place to read, found by listing: the settings follow it (not saved: the user did not choose it). */
  | { readonly type: "found"; readonly id: number; readonly choice: PlanChoice }
  /** The plan chosen, found under its sheet's new name: the same plan, its settings kept (not saved). */
  | { readonly type: "moved"; readonly id: number; readonly from: PlanChoice; readonly to: PlanChoice }
  | { readonly type: "read"; readonly id: number; readonly choice: PlanChoice; readonly grid: Grid }
  | { readonly type: "read-failed"; readonly id: number; readonly failure: Failure; readonly retry: Retry }
  | { readonly type: "read-ended"; readonly id: number }
  /** The pane goes away: a read still running must not land. */
  | { readonly type: "closed" }
  // An action on the workbook (planEffects.runTask).
  | { readonly type: "task-started"; readonly progress: Progress }
  | { readonly type: "task-done"; readonly notice: Notice | undefined }
  | { readonly type: "task-ended" }
  // The user, and what the effects learn besides.
  | { readonly type: "plan-chosen" }
  | { readonly type: "reread" }
  | { readonly type: "settings-changed"; readonly settings: PlanSettings }
  | { readonly type: "memo-set"; readonly on: boolean }
  | { readonly type: "plans-listed"; readonly plans: readonly PlanChoice[] }
  /** The plan was read again after an edit: what the last action reported was about the plan before. */
  | { readonly type: "rechecked" }
  | { readonly type: "rollup-read"; readonly reads: RollupReads }
  | { readonly type: "rollup-reread"; readonly places: readonly ReadPlace[] }
  | { readonly type: "failed"; readonly failure: Failure; readonly retry?: Retry }
  | { readonly type: "failure-dismissed" };

export function initialState(settings: PlanSettings, failure?: Failure): PaneState {
  return {
    settings,
    plans: undefined,
    plan: { kind: "none" },
    readId: 0,
    progress: undefined,
    failed: failure === undefined ? undefined : { failure },
    notice: undefined,
    withMemo: false,
    rollupReads: undefined,
  };
}

const NOTHING: PlanPhase = { kind: "none" };

/** Events of a read that is no longer the latest change nothing. */
function readEvent(state: PaneState, event: Extract<PaneEvent, { id: number }>): PaneState {
  if (event.id !== state.readId) return state;
  switch (event.type) {
    case "read-progress":
      return { ...state, progress: event.progress };
    case "listed":
      return { ...state, plans: event.plans };
    case "asked":
      return { ...state, plan: { kind: "asking", question: event.question } };
    case "nothing-listed":
      return { ...state, plan: NOTHING };
    case "found": {
      const plan = state.plan.kind === "asking" ? NOTHING : state.plan;
      const settings = sameChoice(event.choice, state.settings.choice)
        ? state.settings
        : forChoice(state.settings, event.choice);
      return { ...state, plan, settings };
    }
    case "moved": {
      const { settings } = state;
      if (!sameChoice(settings.choice, event.from)) return state;
      const summaryOf = sameChoice(settings.summaryOf, event.from) ? event.to : settings.summaryOf;
      return { ...state, settings: { ...settings, choice: event.to, ...(summaryOf ? { summaryOf } : {}) } };
    }
    case "read":
      return { ...state, plan: { kind: "read", choice: event.choice, grid: event.grid } };
    case "read-failed":
      return { ...state, plan: NOTHING, failed: { failure: event.failure, retry: event.retry } };
    case "read-ended":
      return { ...state, progress: undefined };
  }
}

/** The places read again replace those read before; the others stay. */
function rereadPlaces(reads: RollupReads | undefined, places: readonly ReadPlace[]): RollupReads | undefined {
  if (!reads) return reads;
  const again = (place: ReadPlace) => places.find((read) => sameChoice(read.choice, place.choice)) ?? place;
  return { ...reads, places: reads.places.map(again) };
}

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  if ("id" in event) return readEvent(state, event);
  switch (event.type) {
    case "read-started":
      return { ...state, readId: state.readId + 1 };
    case "closed":
      return { ...state, readId: state.readId + 1 };
    case "task-started":
      return { ...state, progress: event.progress, failed: undefined, notice: undefined };
    case "task-done":
      return { ...state, notice: event.notice };
    case "task-ended":
      return { ...state, progress: undefined };
    case "plan-chosen": {
      // A question answered; the settings follow the choice, and the plan is read next (planEffects.ts).
      const plan = state.plan.kind === "asking" ? NOTHING : state.plan;
      return { ...state, plan, failed: undefined, notice: undefined };
    }
    case "reread":
      return { ...state, failed: undefined, notice: undefined };
    case "settings-changed":
      return { ...state, settings: event.settings };
    case "memo-set":
      return { ...state, withMemo: event.on };
    case "plans-listed":
      return { ...state, plans: event.plans };
    case "rechecked":
      return { ...state, notice: undefined };
    case "rollup-read":
      return { ...state, rollupReads: event.reads };
    case "rollup-reread":
      return { ...state, rollupReads: rereadPlaces(state.rollupReads, event.places) };
    case "failed":
      return { ...state, failed: { failure: event.failure, ...(event.retry ? { retry: event.retry } : {}) } };
    case "failure-dismissed":
      return { ...state, failed: undefined };
  }
}

/** The cells read of the chosen plan; undefined while another plan's are all there is. */
export function chosenGrid(state: PaneState): Grid | undefined {
  const { plan, settings } = state;
  return plan.kind === "read" && sameChoice(plan.choice, settings.choice) ? plan.grid : undefined;
}

/**
 * The state as the views read it, with what they show decided here: which plan is chosen, the
 * facts shown (what the user set, else what the plan states), whether there is a plan to report.
 */
export function planStateOf(
  state: PaneState,
  report: PlanReport | undefined,
  rollupPlans: readonly FoundPlan[] | undefined,
  /** The report's rows can be flagged (core's flag rule, decided in the engine's chunk with the report). */
  canFlag = false,
  /** The summary written from this plan shows other figures than the report (usePlan decides). */
  summaryStale = false,
): PlanState {
  const { settings, plans, plan, failed } = state;
  const grid = chosenGrid(state);
  const question = plan.kind === "asking" ? plan.question : undefined;
  const noPlan = grid !== undefined && report === undefined;
  const roundAsked =
    settings.round === undefined && (report?.issues.some((issue) => issue.code === "unknown-round") ?? false);
  return {
    lang: settings.lang ?? "th",
    settings,
    plans,
    choice: settings.choice,
    chosenIndex: plans?.findIndex((listed) => sameChoice(listed, settings.choice)) ?? -1,
    grid,
    report,
    noPlan,
    noPlanFound: noPlan || plans?.length === 0 || question?.kind === "none",
    facts: {
      organisation: settings.organisation ?? report?.organisation,
      fiscalYear: settings.fiscalYear ?? report?.fiscalYear,
      fiscalYearAssumed: settings.fiscalYear === undefined && report?.fiscalYearAssumed === true,
      round: roundAsked ? undefined : (settings.round ?? report?.round ?? 12),
    },
    roundAsked,
    progress: state.progress,
    busy: state.progress !== undefined,
    failure: failed?.failure,
    canRetry: failed?.retry !== undefined,
    notice: state.notice,
    withMemo: state.withMemo,
    summaryStale,
    canFlag: report !== undefined && canFlag,
    canRollUp: (plans?.length ?? 0) >= 2,
    question,
    rollupPlans,
  };
}

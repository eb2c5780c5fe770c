/**
 * The pane's state: the machine (planMachine.ts) driven by the effects beside it (planEffects.ts).
 * It reads the plan when the pane opens, and while a plan is chosen listens for edits to it
 * (useWatchPlan) to check it again and keep the summary written from it in step.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Lang, PlanReport } from "../../core";
import type { PlanChange, PlanChoice, PlanHost } from "../../hosts/planHost";
import { loadedEngine } from "./engine";
import { type Pane, planActions, readPlan, recheck } from "./planEffects";
import {
  type PaneEvent,
  type PaneState,
  chosenGrid,
  initialState,
  paneReducer,
  planStateOf,
} from "./planMachine";
import { type Failure, type PlanActions, type PlanState, sameChoice, toFailure } from "./planState";
import { useWatchPlan } from "./useWatchPlan";

export { RECHECK_DELAY_MS } from "./useWatchPlan";
export type { Failure, Notice, PlanActions, PlanState, Progress } from "./planState";
export { sameChoice, toFailure } from "./planState";

/**
 * Groups the check step's findings while the page is idle, once that step's chunk has come (the
 * grouping is part of it); returns what cancels that.
 */
function prepareFindingGroupsLater(report: PlanReport, lang: Lang): () => void {
  let cancel: (() => void) | undefined;
  let cancelled = false;
  import(/* webpackChunkName: "check-step" */ "../views/findingGroups").then(
    ({ prepareFindingGroups }) => {
      if (!cancelled) cancel = prepareFindingGroups(report.issues, lang);
    },
    () => undefined, // The step fetches its chunk again, and says so, when it is opened.
  );
  return () => {
    cancelled = true;
    cancel?.();
  };
}

/** The state the pane opens with: the settings the workbook remembers, or why they could not be read. */
function openingState(host: PlanHost): PaneState {
  try {
    return initialState(host.loadSettings());
  } catch (error) {
    return initialState({}, toFailure(error));
  }
}

/**
 * The machine's state, with a dispatch that changes it at once: an effect reads it again after each
 * await (pane.current) rather than waiting for the next render.
 */
function usePane(host: PlanHost): [PaneState, Pane, (shown: PlanState) => void] {
  const [state, setState] = useState(() => openingState(host));
  const latest = useRef(state);
  const shown = useRef<PlanState | undefined>(undefined);
  const pane = useMemo(
    (): Pane => ({
      host,
      dispatch(event: PaneEvent) {
        latest.current = paneReducer(latest.current, event);
        setState(latest.current);
      },
      current: () => latest.current,
      // Set after the first render, before the user can act.
      shown: () => shown.current!,
    }),
    [host],
  );
  const show = useCallback((next: PlanState) => {
    shown.current = next;
  }, []);
  return [state, pane, show];
}

export function usePlan(host: PlanHost): [PlanState, PlanActions] {
  const [state, pane, show] = usePane(host);
  const actions = useMemo(() => planActions(pane), [pane]);

  useEffect(() => {
    void readPlan(pane, pane.current().settings.choice, true);
    return () => pane.dispatch({ type: "closed" });
  }, [pane]);

  const { settings } = state;
  const onEdit = useCallback(
    (watched: PlanChoice, change: PlanChange) => recheck(pane, watched, change),
    [pane],
  );
  const onWatchFailed = useCallback((failure: Failure) => pane.dispatch({ type: "failed", failure }), [pane]);
  useWatchPlan(host, settings.choice, onEdit, onWatchFailed);

  const grid = chosenGrid(state);
  const choice = settings.choice;
  // A grid is kept only once the engine is fetched (readPlan), so the engine is here whenever a grid is.
  const report = useMemo(
    () => (grid && choice ? loadedEngine()?.analyze(grid, settings, choice) : undefined),
    [grid, settings, choice],
  );
  const lang = settings.lang ?? "th";
  // The check step lists the findings in groups: made while idle, so that the step opens at once.
  useEffect(() => (report ? prepareFindingGroupsLater(report, lang) : undefined), [report, lang]);
  const { rollupReads } = state;
  const rollupPlans = useMemo(
    () => (rollupReads ? rollupReads.code.foundPlans(rollupReads.places, settings) : undefined),
    [rollupReads, settings],
  );

  const canFlag = useMemo(() => report !== undefined && (loadedEngine()?.canFlag(report) ?? false), [report]);
  // The summary written from this plan shows other figures than the plan does now: said in the pane
  // (the summary's status line says it in the sheet), nothing written.
  const { summaryOf, summaryFingerprint } = settings;
  const summaryStale = useMemo(
    () =>
      report !== undefined &&
      summaryFingerprint !== undefined &&
      sameChoice(summaryOf, choice) &&
      loadedEngine()?.fingerprint(report) !== summaryFingerprint,
    [report, summaryOf, summaryFingerprint, choice],
  );
  const planState = planStateOf(state, report, rollupPlans, canFlag, summaryStale);
  // After each render, so that an action (or a retry clicked later) works on what the user saw last.
  useEffect(() => show(planState));
  return [planState, actions];
}

/**
 * The pane's state: which plan, its cells, the settings the user chose, and the report core makes
 * of them. Every call to the host goes through here and every failure is kept to be shown. While a
 * plan is chosen the pane listens for edits to it (useWatchPlan), checks it again, and keeps the
 * summary it wrote in step (rewritten, or marked out of date).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type Grid, type Lang, type PlanReport, cellAddress, flagRule } from "../../core";
import type { PlanChoice, PlanHost, PlanSettings } from "../../hosts/planHost";
import { loadEngine, loadedEngine } from "./engine";
import {
  type Failure,
  type Notice,
  type PlanActions,
  type PlanState,
  type Progress,
  forChoice,
  sameChoice,
  toFailure,
} from "./planState";
import type { PlaceQuestion } from "./findPlan";
import type { ReadPlace } from "./rollupPlans";
import { STRINGS, type Task } from "../words/strings";
import { useWatchPlan } from "./useWatchPlan";

export { RECHECK_DELAY_MS } from "./useWatchPlan";
export type { Failure, Notice, PlanActions, PlanState, Progress } from "./planState";
export { sameChoice, toFailure } from "./planState";

/** The roll-up's code comes with the summary step's chunk, where it is offered, not in the first load. */
const loadRollup = () => import(/* webpackChunkName: "summary-step" */ "./rollupPlans");

/** The places read for a roll-up, with the code that makes plans of them. */
interface RollupReads {
  readonly code: Awaited<ReturnType<typeof loadRollup>>;
  readonly places: readonly ReadPlace[];
}

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

interface Loaded {
  readonly choice: PlanChoice;
  readonly grid: Grid;
}

/** A failure, with what to do to try again when that makes sense. */
interface Failed {
  readonly failure: Failure;
  readonly again?: () => Promise<unknown>;
}

/** The pane's operations as of the last render, for a retry that runs after later edits and choices. */
interface Latest {
  read: (choice: PlanChoice | undefined, listFirst: boolean) => Promise<Grid | undefined>;
  recheck: (watched: PlanChoice) => Promise<void>;
  actions: PlanActions;
}

export function usePlan(host: PlanHost): [PlanState, PlanActions] {
  const [initial] = useState((): { settings: PlanSettings; failure: Failure | undefined } => {
    try {
      return { settings: host.loadSettings(), failure: undefined };
    } catch (error) {
      return { settings: {}, failure: toFailure(error) };
    }
  });
  const [settings, setSettings] = useState<PlanSettings>(initial.settings);
  const [plans, setPlans] = useState<readonly PlanChoice[] | undefined>(undefined);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [progress, setProgress] = useState<Progress | undefined>(undefined);
  const [failed, setFailed] = useState<Failed | undefined>(
    initial.failure === undefined ? undefined : { failure: initial.failure },
  );
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  // No plan remembered and none evidently the plan: the places looked at, until the user chooses.
  const [question, setQuestion] = useState<PlaceQuestion | undefined>(undefined);
  const [withMemo, setWithMemo] = useState(false);
  const [summaryStale, setSummaryStale] = useState(false);
  // The places read for a roll-up; the plans in them follow the settings (a round chosen applies at once).
  const [rollupReads, setRollupReads] = useState<RollupReads | undefined>(undefined);
  // Only the latest read may land: picking another plan while one is read makes the first stale.
  const latestRead = useRef(0);
  // The settings as last changed, for callbacks that run after an await.
  const settingsRef = useRef(initial.settings);
  const withMemoRef = useRef(false);
  const latest = useRef<Latest | undefined>(undefined);
  // Outside Excel with the built-in sample, each action says what it would do.
  const preview = !host.can.live;

  /** Keeps the failure to show; `again` repeats what failed, with the pane's state as it is by then. */
  const fail = useCallback((error: unknown, again?: () => Promise<unknown>) => {
    setFailed({ failure: toFailure(error), ...(again ? { again } : {}) });
  }, []);
  const watchFailed = useCallback((failure: Failure) => setFailed({ failure }), []);

  const save = useCallback(
    (next: PlanSettings) => {
      setSettings(next);
      settingsRef.current = next;
      host
        .saveSettings(next)
        .catch((error: unknown) => fail(error, () => host.saveSettings(settingsRef.current)));
    },
    [host, fail],
  );

  /**
   * Reads a plan (listing the plans first when asked); the grid read, when this read is still the
   * latest. Trying again after a failure reads again, or does `again` when the read was part of more.
   */
  const read = useCallback(
    async (
      choice: PlanChoice | undefined,
      listFirst: boolean,
      again: () => Promise<unknown> = () => latest.current!.read(choice, listFirst),
    ): Promise<Grid | undefined> => {
      const id = ++latestRead.current;
      const current = () => id === latestRead.current;
      try {
        let target = choice;
        if (listFirst || !target) {
          setProgress({ task: "listing" });
          const listed = await host.listPlans();
          if (!current()) return undefined;
          setPlans(listed);
          let kept = listed.find((plan) => sameChoice(plan, choice));
          let found: Grid | undefined;
          if (!kept && listed.length > 1) {
            // No plan remembered: the plan by core's evidence rule, or its question (spec §4.3).
            setProgress({ task: "finding" });
            const engine = await loadEngine();
            const decision = await engine.findPlan(host, listed, settingsRef.current, (done, total) => {
              if (current()) setProgress({ task: "finding", done, total });
            });
            if (!current()) return undefined;
            if (decision.kind === "question") {
              setQuestion(decision.question);
              setLoaded(undefined);
              return undefined;
            }
            kept = decision.choice;
            found = decision.grid;
          }
          kept ??= listed[0];
          setQuestion(undefined);
          if (!kept) {
            setLoaded(undefined);
            return undefined;
          }
          if (!sameChoice(kept, settingsRef.current.choice)) {
            const next = forChoice(settingsRef.current, kept);
            setSettings(next);
            settingsRef.current = next;
          }
          if (found) {
            setLoaded({ choice: kept, grid: found });
            return found;
          }
          target = kept;
        }
        setProgress({ task: "reading" });
        // The engine is fetched while the cells are read: the grid is kept only once it can be read.
        const [grid] = await Promise.all([
          host.readPlan(target, (done, total) => {
            if (current()) setProgress({ task: "reading", done, total });
          }),
          loadEngine(),
        ]);
        if (!current()) return undefined;
        setLoaded({ choice: target, grid });
        return grid;
      } catch (error) {
        if (!current()) return undefined;
        setLoaded(undefined);
        fail(error, again);
        return undefined;
      } finally {
        if (current()) setProgress(undefined);
      }
    },
    [host, fail],
  );

  // A read still running when the pane goes away must not land.
  const forgetReads = useCallback(() => {
    latestRead.current++;
  }, []);

  useEffect(() => {
    void read(settingsRef.current.choice, true);
    return forgetReads;
  }, [read, forgetReads]);

  /** Runs an action on the workbook; `again` is what "try again" does if it fails. */
  const run = useCallback(
    async (task: Task, action: () => Promise<Notice | undefined>, again: () => Promise<unknown>) => {
      setProgress({ task });
      setFailed(undefined);
      setNotice(undefined);
      try {
        setNotice(await action());
      } catch (error) {
        fail(error, again);
      } finally {
        setProgress(undefined);
      }
    },
    [fail],
  );

  const write = useCallback(
    async (report: PlanReport, of: PlanChoice, automatic: boolean) => {
      const lang = settingsRef.current.lang ?? "th";
      const words = STRINGS[lang].summary;
      await run(
        "writing",
        async () => {
          // The summary's layout comes with the summary step's chunk, not in the pane's first load.
          const { summaryLayout } = await import(
            /* webpackChunkName: "summary-step" */ "../../core/layout/layout"
          );
          const layout = summaryLayout(report, {
            lang,
            withMemo: withMemoRef.current,
            writtenAt: new Date(),
          });
          const sheet = await host.writeSummary(layout, {
            automatic,
            incomplete: words.incomplete,
            printSetupFailed: words.printSetupFailed,
          });
          // Kept in the workbook's settings: edits of this plan mark its summary after reopening too.
          if (!sameChoice(settingsRef.current.summaryOf, of)) save({ ...settingsRef.current, summaryOf: of });
          setSummaryStale(false);
          if (preview) return { kind: "preview-written" };
          return automatic ? { kind: "rewritten", sheet } : { kind: "written", sheet };
        },
        // Again from the plan as it is by then, not the report of the failed attempt.
        automatic ? () => latest.current!.recheck(of) : () => latest.current!.actions.writeSummary(),
      );
    },
    [host, run, preview, save],
  );

  /** After an edit of the plan: read and check it again, then bring the summary written from it in step. */
  const recheck = useCallback(
    async (watched: PlanChoice) => {
      if (!sameChoice(watched, settingsRef.current.choice)) return;
      const again = () => latest.current!.recheck(watched);
      const grid = await read(watched, false, again);
      // What the last action reported was about the plan before this edit.
      if (grid) setNotice(undefined);
      if (!grid || !sameChoice(settingsRef.current.summaryOf, watched)) return;
      const current = settingsRef.current;
      const report = current.autoRewrite ? (await loadEngine()).analyze(grid, current, watched) : undefined;
      if (report) {
        // No question about errors here: the summary's own warning line says they remain.
        await write(report, watched, true);
        return;
      }
      setSummaryStale(true);
      try {
        // The summary sheet's words come with the summary step's chunk.
        const { SUMMARY_WORDS } = await import(
          /* webpackChunkName: "summary-step" */ "../../core/words/summaryWords"
        );
        await host.markSummaryStale(SUMMARY_WORDS[current.lang ?? "th"].stale);
      } catch (error) {
        fail(error, again);
      }
    },
    [host, read, write, fail],
  );

  const choice = settings.choice;
  useWatchPlan(host, choice, recheck, watchFailed);

  const grid = loaded && sameChoice(loaded.choice, choice) ? loaded.grid : undefined;
  // A grid is kept only once the engine is fetched (read, above), so the engine is here whenever a grid is.
  const report = useMemo(
    () => (grid && choice ? loadedEngine()?.analyze(grid, settings, choice) : undefined),
    [grid, settings, choice],
  );
  const lang = settings.lang ?? "th";
  // The check step lists the findings in groups: made while idle, so that the step opens at once.
  useEffect(() => (report ? prepareFindingGroupsLater(report, lang) : undefined), [report, lang]);
  const rollupPlans = useMemo(
    () => (rollupReads ? rollupReads.code.foundPlans(rollupReads.places, settings) : undefined),
    [rollupReads, settings],
  );

  const actions: PlanActions = {
    async choosePlan(next) {
      setFailed(undefined);
      setNotice(undefined);
      setQuestion(undefined);
      save(forChoice(settingsRef.current, next));
      await read(next, false);
    },
    async reread() {
      setFailed(undefined);
      setNotice(undefined);
      await read(settingsRef.current.choice, true);
    },
    updateSettings(patch) {
      save({ ...settingsRef.current, ...patch });
      // The report's fiscal year is evidence for which place is the plan: ask core again.
      if (question && "fiscalYear" in patch) void read(undefined, true);
    },
    setColumn(field, index) {
      save({ ...settingsRef.current, columns: { ...settingsRef.current.columns, [field]: index } });
    },
    async selectIssue(issue) {
      const { row, column } = issue;
      if (row !== null && column !== null) await actions.selectCell(row, column);
    },
    async selectCell(row, column) {
      if (!choice) return;
      await run(
        "selecting",
        async () => {
          await host.selectCell(choice, row, column);
          return preview ? { kind: "preview-selected", cell: cellAddress(row, column) } : undefined;
        },
        () => latest.current!.actions.selectCell(row, column),
      );
    },
    async writeSummary() {
      if (choice && report) await write(report, choice, false);
    },
    setWithMemo(on) {
      withMemoRef.current = on;
      setWithMemo(on);
    },
    async flagRows() {
      const rule = report ? flagRule(report) : undefined;
      if (!choice || !report || !rule) return;
      const rows = report.notCarriedOut.length;
      await run(
        "flagging",
        async () => {
          await host.flagRows({ choice, rule });
          return preview ? { kind: "preview-flagged", rows } : { kind: "flagged", rows };
        },
        () => latest.current!.actions.flagRows(),
      );
    },
    async removeFlags() {
      await run(
        "flagging",
        async () => {
          await host.removeFlags(choice);
          return preview ? { kind: "preview-unflagged" } : { kind: "unflagged" };
        },
        () => latest.current!.actions.removeFlags(),
      );
    },
    async createTemplate(withSample) {
      const current = settingsRef.current;
      let created: PlanChoice | undefined;
      await run(
        "creating",
        async () => {
          // The template is made rarely, and loaded only then.
          const { planTemplate } = await import(
            /* webpackChunkName: "template" */ "../../core/layout/template"
          );
          const template = planTemplate({
            organisation: current.organisation ?? report?.organisation,
            fiscalYear: current.fiscalYear ?? report?.fiscalYear,
            withSample,
          });
          created = await host.createTemplate(template);
          return preview ? { kind: "preview-created" } : { kind: "created", sheet: created.sheet };
        },
        () => latest.current!.actions.createTemplate(withSample),
      );
      if (!created) return;
      save(forChoice(settingsRef.current, created));
      await read(created, true);
    },
    async selectRows(rows) {
      if (!choice || rows.length === 0) return;
      await run(
        "selecting",
        async () => {
          const selected = await host.selectRows(choice, rows);
          if (preview) return { kind: "preview-selected-rows", rows };
          return selected === "first" ? { kind: "rows-first", rows } : undefined;
        },
        () => latest.current!.actions.selectRows(rows),
      );
    },
    async findRollupPlans() {
      await run(
        "reading",
        async () => {
          const code = await loadRollup();
          const listed = await host.listPlans();
          setPlans(listed);
          setRollupReads({ code, places: await code.readPlaces(host, code.rollupCandidates(listed)) });
          return undefined;
        },
        () => latest.current!.actions.findRollupPlans(),
      );
    },
    async writeRollup(choices) {
      const current = settingsRef.current;
      const lang = current.lang ?? "th";
      const words = STRINGS[lang];
      await run(
        "writing",
        async () => {
          // Read again: a plan may have been edited since the list was made.
          const code = await loadRollup();
          const reread = await code.readPlaces(host, choices);
          setRollupReads(
            (read) =>
              read && {
                ...read,
                places: read.places.map(
                  (place) => reread.find((again) => sameChoice(again.choice, place.choice)) ?? place,
                ),
              },
          );
          const fresh = code.foundPlans(reread, current);
          // The list then shows why, and the button waits for the user to settle the round or year.
          if (code.mixedPlans(fresh) !== undefined) return undefined;
          const rollup = code.rollupOf(fresh, current, words.rollup.noPlan);
          const layout = code.rollupSheet(rollup, lang, new Date());
          const sheet = await host.writeRollup(layout, {
            incomplete: words.rollup.incomplete,
            printSetupFailed: words.summary.printSetupFailed,
          });
          if (preview) return { kind: "preview-rollup" };
          return { kind: "rollup-written", sheet, plans: rollup.offices.length };
        },
        () => latest.current!.actions.writeRollup(choices),
      );
    },
    dismissFailure() {
      setFailed(undefined);
    },
    async retry() {
      const again = failed?.again;
      setFailed(undefined);
      if (again) await again();
    },
  };
  // After each render, so that a retry clicked later works from the state as it is then.
  useEffect(() => {
    latest.current = { read, recheck, actions };
  });

  const state: PlanState = {
    lang: settings.lang ?? "th",
    settings,
    plans,
    choice,
    grid,
    report,
    noPlan: grid !== undefined && report === undefined,
    progress,
    failure: failed?.failure,
    canRetry: failed?.again !== undefined,
    notice,
    withMemo,
    summaryStale,
    canFlag: report !== undefined && flagRule(report) !== undefined,
    question,
    rollupPlans,
  };
  return [state, actions];
}

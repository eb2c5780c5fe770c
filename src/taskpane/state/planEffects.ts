/**
 * What the pane does to the workbook, each a small function of the pane (the host, and the machine's
 * dispatch and state): read the plan, check it again after an edit, write the summary, flag rows,
 * make the template, read and write the roll-up. Each says what happens by events (planMachine.ts);
 * every failure is kept to be shown, with what "try again" does.
 */
import { type Grid, type PlanReport, cellAddress } from "../../core";
import type { PlanChoice, PlanSettings } from "../../hosts/planHost";
import { loadEngine } from "./engine";
import type { Retry } from "./planMachine";
import { type Notice, type PlanActions, forChoice, sameChoice, toFailure } from "./planState";
import { STRINGS } from "../words/strings";
import { type Pane, preview, runTask, saveSettings } from "./paneTask";

export { type Pane, saveSettings } from "./paneTask";

/**
 * The actions that change the workbook (flags, the template, the roll-up) load when the user first takes
 * one, in a chunk of their own, not with the pane's first load.
 */
const later = () => import(/* webpackChunkName: "actions" */ "./workbookActions");

/**
 * The place to read after listing, while this read is the latest: the one asked for if listed, else
 * the only one, else core's choice with its cells; undefined for none, or for core's question.
 */
async function listAndFind(
  pane: Pane,
  id: number,
  choice: PlanChoice | undefined,
): Promise<{ readonly choice: PlanChoice; readonly grid?: Grid } | undefined> {
  const { host, dispatch } = pane;
  const latest = () => id === pane.current().readId;
  dispatch({ type: "read-progress", id, progress: { task: "listing" } });
  const listed = await host.listPlans();
  if (!latest()) return undefined;
  dispatch({ type: "listed", id, plans: listed });
  const kept =
    listed.find((plan) => sameChoice(plan, choice)) ?? (listed.length === 1 ? listed[0] : undefined);
  if (kept) {
    dispatch({ type: "found", id, choice: kept });
    return { choice: kept };
  }
  if (listed.length === 0) {
    dispatch({ type: "nothing-listed", id });
    return undefined;
  }
  // No plan remembered: the plan by core's evidence rule, or its question (spec §4.3).
  dispatch({ type: "read-progress", id, progress: { task: "finding" } });
  const engine = await loadEngine();
  const decision = await engine.findPlan(host, listed, pane.current().settings, (done, total) =>
    dispatch({ type: "read-progress", id, progress: { task: "finding", done, total } }),
  );
  if (!latest()) return undefined;
  if (decision.kind === "question") {
    dispatch({ type: "asked", id, question: decision.question });
    return undefined;
  }
  dispatch({ type: "found", id, choice: decision.choice });
  return decision;
}

/**
 * Reads a plan (listing the plans first when asked); the grid read, when this read is still the
 * latest. Trying again after a failure does `retry`: the read again, or what the read was part of.
 */
export async function readPlan(
  pane: Pane,
  choice: PlanChoice | undefined,
  listFirst: boolean,
  retry: Retry = { action: "read", choice, listFirst },
): Promise<Grid | undefined> {
  const { host, dispatch } = pane;
  dispatch({ type: "read-started" });
  const id = pane.current().readId;
  try {
    let target = choice;
    if (listFirst || !target) {
      const found = await listAndFind(pane, id, choice);
      if (!found) return undefined;
      if (found.grid) {
        dispatch({ type: "read", id, choice: found.choice, grid: found.grid });
        return found.grid;
      }
      target = found.choice;
    }
    dispatch({ type: "read-progress", id, progress: { task: "reading" } });
    // The engine is fetched while the cells are read: the grid is kept only once it can be read.
    const [grid] = await Promise.all([
      host.readPlan(target, (done, total) =>
        dispatch({ type: "read-progress", id, progress: { task: "reading", done, total } }),
      ),
      loadEngine(),
    ]);
    dispatch({ type: "read", id, choice: target, grid });
    return id === pane.current().readId ? grid : undefined;
  } catch (error) {
    dispatch({ type: "read-failed", id, failure: toFailure(error), retry });
    return undefined;
  } finally {
    dispatch({ type: "read-ended", id });
  }
}

/** Writes the summary of `report`; `automatic` after an edit of the plan, by itself. */
export async function writeSummary(
  pane: Pane,
  report: PlanReport,
  of: PlanChoice,
  automatic: boolean,
): Promise<void> {
  const lang = pane.current().settings.lang ?? "th";
  const words = STRINGS[lang].summary;
  const write = async (): Promise<Notice> => {
    // The summary's layout comes with the summary step's chunk, not in the pane's first load.
    const { summaryLayout } = await import(/* webpackChunkName: "summary-step" */ "../../core/layout/layout");
    const layout = summaryLayout(report, { lang, withMemo: pane.current().withMemo, writtenAt: new Date() });
    const sheet = await pane.host.writeSummary(layout, {
      automatic,
      incomplete: words.incomplete,
      printSetupFailed: words.printSetupFailed,
    });
    // Kept in the workbook's settings: edits of this plan mark its summary after reopening too.
    const settings = pane.current().settings;
    if (!sameChoice(settings.summaryOf, of)) saveSettings(pane, { ...settings, summaryOf: of });
    pane.dispatch({ type: "summary-written" });
    if (preview(pane)) return { kind: "preview-written" };
    return automatic ? { kind: "rewritten", sheet } : { kind: "written", sheet };
  };
  // Again from the plan as it is by then, not the report of the failed attempt.
  await runTask(
    pane,
    "writing",
    write,
    automatic ? { action: "recheck", watched: of } : { action: "writeSummary" },
  );
}

/** Marks the summary sheet out of date, in the pane and in its status line. */
async function markSummaryStale(pane: Pane, settings: PlanSettings, retry: Retry): Promise<void> {
  pane.dispatch({ type: "summary-stale" });
  try {
    // The summary sheet's words come with the summary step's chunk.
    const { SUMMARY_WORDS } = await import(
      /* webpackChunkName: "summary-step" */ "../../core/words/summaryWords"
    );
    await pane.host.markSummaryStale(SUMMARY_WORDS[settings.lang ?? "th"].stale);
  } catch (error) {
    pane.dispatch({ type: "failed", failure: toFailure(error), retry });
  }
}

/** After an edit of the plan: read and check it again, then bring the summary written from it in step. */
export async function recheck(pane: Pane, watched: PlanChoice): Promise<void> {
  if (!sameChoice(watched, pane.current().settings.choice)) return;
  const retry: Retry = { action: "recheck", watched };
  const grid = await readPlan(pane, watched, false, retry);
  if (grid) pane.dispatch({ type: "rechecked" });
  const settings = pane.current().settings;
  if (!grid || !sameChoice(settings.summaryOf, watched)) return;
  const report = settings.autoRewrite ? (await loadEngine()).analyze(grid, settings, watched) : undefined;
  // No question about errors here: the summary's own warning line says they remain.
  if (report) await writeSummary(pane, report, watched, true);
  else await markSummaryStale(pane, settings, retry);
}

export async function selectCell(pane: Pane, row: number, column: number): Promise<void> {
  const { choice } = pane.shown();
  if (!choice) return;
  await runTask(
    pane,
    "selecting",
    async () => {
      await pane.host.selectCell(choice, row, column);
      return preview(pane) ? { kind: "preview-selected", cell: cellAddress(row, column) } : undefined;
    },
    { action: "selectCell", row, column },
  );
}

export async function selectRows(pane: Pane, rows: readonly number[]): Promise<void> {
  const { choice } = pane.shown();
  if (!choice || rows.length === 0) return;
  await runTask(
    pane,
    "selecting",
    async () => {
      const selected = await pane.host.selectRows(choice, rows);
      if (preview(pane)) return { kind: "preview-selected-rows", rows };
      return selected === "first" ? { kind: "rows-first", rows } : undefined;
    },
    { action: "selectRows", rows },
  );
}

/** Does again what failed, from the plan and settings as they are now. */
export async function retry(pane: Pane): Promise<void> {
  const again = pane.current().failed?.retry;
  pane.dispatch({ type: "failure-dismissed" });
  if (again) await retryOf(pane, again)();
}

function retryOf(pane: Pane, again: Retry): () => Promise<unknown> {
  switch (again.action) {
    case "read":
      return () => readPlan(pane, again.choice, again.listFirst);
    case "recheck":
      return () => recheck(pane, again.watched);
    case "saveSettings":
      return async () => saveSettings(pane, pane.current().settings);
    case "writeSummary":
      return () => writeShownSummary(pane);
    case "selectCell":
      return () => selectCell(pane, again.row, again.column);
    case "selectRows":
      return () => selectRows(pane, again.rows);
    case "flagRows":
      return async () => (await later()).flagRows(pane);
    case "removeFlags":
      return async () => (await later()).removeFlags(pane);
    case "createTemplate":
      return () => createTemplate(pane, again.withSample);
    case "findRollupPlans":
      return async () => (await later()).findRollupPlans(pane);
    case "writeRollup":
      return async () => (await later()).writeRollup(pane, again.choices);
  }
}

/** Creates a plan sheet from the template, then picks it and reads it. */
async function createTemplate(pane: Pane, withSample: boolean): Promise<void> {
  const created = await (await later()).makeTemplate(pane, withSample);
  if (!created) return;
  saveSettings(pane, forChoice(pane.current().settings, created));
  await readPlan(pane, created, true);
}

/** Writes the summary as previewed, with today's date in its footer. */
async function writeShownSummary(pane: Pane): Promise<void> {
  const { choice, report } = pane.shown();
  if (choice && report) await writeSummary(pane, report, choice, false);
}

/** The actions the views call, each one of the effects above. */
export function planActions(pane: Pane): PlanActions {
  const { dispatch } = pane;
  const save = (patch: Partial<PlanSettings>) => saveSettings(pane, { ...pane.current().settings, ...patch });
  return {
    async choosePlan(next) {
      dispatch({ type: "plan-chosen" });
      saveSettings(pane, forChoice(pane.current().settings, next));
      await readPlan(pane, next, false);
    },
    async reread() {
      dispatch({ type: "reread" });
      await readPlan(pane, pane.current().settings.choice, true);
    },
    updateSettings(patch) {
      const asking = pane.current().plan.kind === "asking";
      save(patch);
      // The report's fiscal year is evidence for which place is the plan: ask core again.
      if (asking && "fiscalYear" in patch) void readPlan(pane, undefined, true);
    },
    setColumn(field, index) {
      save({ columns: { ...pane.current().settings.columns, [field]: index } });
    },
    async selectIssue({ row, column }) {
      if (row !== null && column !== null) await selectCell(pane, row, column);
    },
    selectCell: (row, column) => selectCell(pane, row, column),
    writeSummary: () => writeShownSummary(pane),
    setWithMemo: (on) => dispatch({ type: "memo-set", on }),
    flagRows: async () => (await later()).flagRows(pane),
    removeFlags: async () => (await later()).removeFlags(pane),
    createTemplate: (withSample) => createTemplate(pane, withSample),
    selectRows: (rows) => selectRows(pane, rows),
    findRollupPlans: async () => (await later()).findRollupPlans(pane),
    writeRollup: async (choices) => (await later()).writeRollup(pane, choices),
    dismissFailure: () => dispatch({ type: "failure-dismissed" }),
    retry: () => retry(pane),
  };
}

/**
 * What the pane does to the workbook, each a small function of the pane (the host, and the machine's
 * dispatch and state): read the plan, check it again after an edit, write the summary, flag rows,
 * make the template, read and write the roll-up. Each says what happens by events (planMachine.ts);
 * every failure is kept to be shown, with what "try again" does.
 */
import { type Grid, type PlanReport } from "../../core";
import type { PlanChange, PlanChoice, PlanSettings } from "../../hosts/planHost";
import { loadEngine } from "./engine";
import type { Retry } from "./planMachine";
import { type Notice, type PlanActions, forChoice, sameChoice, toFailure } from "./planState";
import { loadLanguage, paneStrings } from "../words/strings";
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
  const moved = await movedPlan(pane, listed, choice);
  if (!latest()) return undefined;
  if (choice && moved) {
    // The plan chosen, its sheet renamed since: the same plan, its columns and summary kept.
    dispatch({ type: "moved", id, from: choice, to: moved });
    return { choice: moved };
  }
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
 * The plan remembered as `choice`, listed under another sheet name since the user renamed its sheet:
 * a table by its name (a table keeps it), a sheet by the link the host keeps to it. Undefined when the
 * plan is listed as remembered, or is not found at all.
 */
async function movedPlan(
  pane: Pane,
  listed: readonly PlanChoice[],
  choice: PlanChoice | undefined,
): Promise<PlanChoice | undefined> {
  if (!choice || listed.some((plan) => sameChoice(plan, choice))) return undefined;
  if (choice.table !== undefined) return listed.find((plan) => plan.table === choice.table);
  const linked = await pane.host.linkedPlan();
  return listed.find((plan) => sameChoice(plan, linked));
}

/** The plan `choice` under its sheet's new name, the pane following it; undefined when it is not found. */
async function followMoved(
  pane: Pane,
  id: number,
  choice: PlanChoice | undefined,
): Promise<PlanChoice | undefined> {
  try {
    const moved = await movedPlan(pane, await pane.host.listPlans(), choice);
    if (!choice || !moved || id !== pane.current().readId) return undefined;
    pane.dispatch({ type: "moved", id, from: choice, to: moved });
    return moved;
  } catch {
    // Not found either way: the read's own failure says so.
    return undefined;
  }
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
    const failure = toFailure(error);
    // The plan's sheet renamed while the pane is open: follow it, once; a plan gone stays gone.
    const moved =
      failure.kind === "not-found" && !listFirst ? await followMoved(pane, id, choice) : undefined;
    if (moved) return readPlan(pane, moved, false, retry);
    dispatch({ type: "read-failed", id, failure, retry });
    return undefined;
  } finally {
    dispatch({ type: "read-ended", id });
  }
}

/**
 * Writes the summary of `report`, read from `grid`; `automatic` after the user's edit of the plan, by
 * itself. The summary's status line checks the plan by itself (core's self-check); what it was written
 * from is kept in the settings, so that an edit that changes nothing of it writes nothing.
 */
export async function writeSummary(
  pane: Pane,
  report: PlanReport,
  grid: Grid,
  of: PlanChoice,
  automatic: boolean,
): Promise<void> {
  const lang = pane.current().settings.lang ?? "th";
  const words = paneStrings(lang).summary;
  const write = async (): Promise<Notice> => {
    // The summary's layout comes with the summary step's chunk, not in the pane's first load.
    const [{ summaryLayout }, { selfCheckCondition }, { PRINT_WORDS }, engine] = await Promise.all([
      import(/* webpackChunkName: "summary-step" */ "../../core/layout/layout"),
      import(/* webpackChunkName: "summary-step" */ "../../core/layout/selfCheck"),
      import(/* webpackChunkName: "summary-step" */ "../../core/words/printWords"),
      loadEngine(),
    ]);
    const layout = summaryLayout(report, {
      lang,
      withMemo: pane.current().withMemo,
      writtenAt: new Date(),
      check: selfCheckCondition(grid, report),
    });
    const sheet = await pane.host.writeSummary(layout, {
      automatic,
      incomplete: words.incomplete,
      printSetupFailed: words.printSetupFailed,
      fitToPageNotKept: PRINT_WORDS[lang].fitToPageNotKept,
    });
    // Kept in the workbook's settings: after reopening, the pane knows what the summary was written from.
    const settings = pane.current().settings;
    const summaryFingerprint = engine.fingerprint(report);
    if (!sameChoice(settings.summaryOf, of) || settings.summaryFingerprint !== summaryFingerprint)
      saveSettings(pane, { ...settings, summaryOf: of, summaryFingerprint });
    if (preview(pane)) return { kind: "preview-written" };
    return automatic ? { kind: "rewritten", sheet } : { kind: "written", sheet };
  };
  // Again from the plan as it is by then, not the report of the failed attempt.
  await runTask(
    pane,
    "writing",
    write,
    automatic ? { action: "recheck", watched: of, change: "edited" } : { action: "writeSummary" },
  );
}

/**
 * After the plan may have changed: read and check it again. Nothing is written to the workbook unless
 * the user turned automatic rewriting on, this Excel's user edited the plan, and the summary written
 * from it would now show something else (spec §6.1). A co-author's edit, or one seen on coming back to
 * the pane, shows the summary out of date in the pane (and the summary's own status line says so):
 * the user writes it again, so co-authors never rewrite the same summary at once.
 */
export async function recheck(pane: Pane, watched: PlanChoice, change: PlanChange): Promise<void> {
  if (!sameChoice(watched, pane.current().settings.choice)) return;
  const grid = await readPlan(pane, watched, false, { action: "recheck", watched, change });
  if (grid) pane.dispatch({ type: "rechecked" });
  const settings = pane.current().settings;
  if (!grid || !settings.autoRewrite || change !== "edited" || !sameChoice(settings.summaryOf, watched))
    return;
  const engine = await loadEngine();
  const report = engine.analyze(grid, settings, watched);
  if (!report || engine.fingerprint(report) === settings.summaryFingerprint) return;
  // No question about errors here: the summary's own warning line says they remain.
  await writeSummary(pane, report, grid, watched, true);
}

export async function selectCell(pane: Pane, row: number, column: number): Promise<void> {
  const { choice } = pane.shown();
  if (!choice) return;
  await runTask(
    pane,
    "selecting",
    async () => {
      // Offered only where a sheet is on screen (the host's selectsRows): nothing to report.
      await pane.host.selectCell(choice, row, column);
      return undefined;
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
      return () => recheck(pane, again.watched, again.change);
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
  const { choice, report, grid } = pane.shown();
  if (choice && report && grid) await writeSummary(pane, report, grid, choice, false);
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
      // Another language's words come in a chunk of their own: the pane switches once they are here.
      if (patch.lang !== undefined && paneStrings(patch.lang).lang !== patch.lang) {
        const { lang, ...rest } = patch;
        loadLanguage(lang).then(
          () => save({ ...rest, lang }),
          (error: unknown) => dispatch({ type: "failed", failure: toFailure(error) }),
        );
        return;
      }
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

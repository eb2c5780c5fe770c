/**
 * The pane's state machine without React: each transition usePlan relies on, what the views are
 * given of the state, and the effects over the fake host with the machine alone.
 */
import { type Grid, SAMPLE_GRID } from "../../src/core";
import { type Pane, readPlan, recheck, retry } from "../../src/taskpane/state/planEffects";
import {
  type PaneEvent,
  type PaneState,
  chosenGrid,
  initialState,
  paneReducer,
  planStateOf,
} from "../../src/taskpane/state/planMachine";
import * as rollupCode from "../../src/taskpane/state/rollupPlans";
import type { PlaceQuestion } from "../../src/taskpane/state/findPlan";
import { analyze } from "../../src/taskpane/state/planReport";
import { FakeHost, NOTES_GRID, OTHER_SHEET, SAMPLE_CHOICE, hostError } from "./fakeHost";

const QUESTION: PlaceQuestion = { kind: "ask", why: "several-plans", looked: [] };
const FAILURE = { kind: "busy", message: "Excel is busy" } as const;

/** The state after each event in turn. */
function after(state: PaneState, ...events: PaneEvent[]): PaneState {
  return events.reduce(paneReducer, state);
}

/** A read started on a fresh state, and its id. */
function reading(state = initialState({ choice: SAMPLE_CHOICE })): [PaneState, number] {
  const started = after(state, { type: "read-started" });
  return [started, started.readId];
}

describe("the pane's state machine", () => {
  it("opens with nothing read, or with why the settings could not be read", () => {
    expect(initialState({}).plan).toEqual({ kind: "none" });
    expect(initialState({}).failed).toBeUndefined();
    expect(initialState({}, FAILURE).failed).toEqual({ failure: FAILURE });
  });

  it("reads a plan: lists, reads, shows progress, and ends idle", () => {
    const [start, id] = reading();
    const listed = after(
      start,
      { type: "read-progress", id, progress: { task: "listing" } },
      { type: "listed", id, plans: [SAMPLE_CHOICE, OTHER_SHEET] },
      { type: "found", id, choice: SAMPLE_CHOICE },
      { type: "read-progress", id, progress: { task: "reading", done: 3, total: 6 } },
    );
    expect(listed.plans).toEqual([SAMPLE_CHOICE, OTHER_SHEET]);
    expect(listed.progress).toEqual({ task: "reading", done: 3, total: 6 });
    const read = after(
      listed,
      { type: "read", id, choice: SAMPLE_CHOICE, grid: SAMPLE_GRID },
      { type: "read-ended", id },
    );
    expect(read.plan).toEqual({ kind: "read", choice: SAMPLE_CHOICE, grid: SAMPLE_GRID });
    expect(read.progress).toBeUndefined();
    expect(chosenGrid(read)).toBe(SAMPLE_GRID);
  });

  it("ignores every event of a read that a later read (or the pane closing) made stale", () => {
    const [first, id] = reading();
    const second = after(first, { type: "read-started" });
    const stale: PaneEvent[] = [
      { type: "read-progress", id, progress: { task: "reading" } },
      { type: "listed", id, plans: [OTHER_SHEET] },
      { type: "asked", id, question: QUESTION },
      { type: "found", id, choice: OTHER_SHEET },
      { type: "read", id, choice: SAMPLE_CHOICE, grid: SAMPLE_GRID },
      {
        type: "read-failed",
        id,
        failure: FAILURE,
        retry: { action: "read", choice: undefined, listFirst: true },
      },
      { type: "nothing-listed", id },
    ];
    for (const event of stale) expect(paneReducer(second, event)).toBe(second);
    const closed = after(first, { type: "closed" });
    expect(paneReducer(closed, { type: "read", id, choice: SAMPLE_CHOICE, grid: SAMPLE_GRID })).toBe(closed);
  });

  it("asks which plan, and forgets the question once a place is found or a plan chosen", () => {
    const [start, id] = reading(initialState({}));
    const asking = after(start, { type: "asked", id, question: QUESTION });
    expect(asking.plan).toEqual({ kind: "asking", question: QUESTION });
    expect(planStateOf(asking, undefined, undefined).question).toBe(QUESTION);

    const [again, next] = reading(asking);
    expect(after(again, { type: "found", id: next, choice: SAMPLE_CHOICE }).plan).toEqual({ kind: "none" });
    expect(after(asking, { type: "plan-chosen" }).plan).toEqual({ kind: "none" });
  });

  it("follows a place found by listing with the settings, forgetting the columns chosen for another", () => {
    const settings = { choice: OTHER_SHEET, columns: { name: 2 }, headerRow: 3, lang: "en" as const };
    const [start, id] = reading(initialState(settings));
    const found = after(start, { type: "found", id, choice: SAMPLE_CHOICE });
    expect(found.settings).toEqual({
      choice: SAMPLE_CHOICE,
      lang: "en",
      columns: undefined,
      headerRow: undefined,
    });
    // The same place keeps the settings as they are.
    const same = after(start, { type: "found", id, choice: OTHER_SHEET });
    expect(same.settings).toBe(start.settings);
  });

  it("shows nothing when no place is listed, or when the read failed, keeping what to try again", () => {
    const [start, id] = reading();
    const read = after(start, { type: "read", id, choice: SAMPLE_CHOICE, grid: SAMPLE_GRID });
    const [again, next] = reading(read);
    expect(after(again, { type: "nothing-listed", id: next }).plan).toEqual({ kind: "none" });
    const retryRead = { action: "read", choice: SAMPLE_CHOICE, listFirst: false } as const;
    const failed = after(again, { type: "read-failed", id: next, failure: FAILURE, retry: retryRead });
    expect(failed.plan).toEqual({ kind: "none" });
    expect(failed.failed).toEqual({ failure: FAILURE, retry: retryRead });
    expect(planStateOf(failed, undefined, undefined).canRetry).toBe(true);
  });

  it("keeps the grid of the plan chosen before while another is read, but shows it for that plan only", () => {
    const [start, id] = reading();
    const read = after(start, { type: "read", id, choice: SAMPLE_CHOICE, grid: SAMPLE_GRID });
    const other = after(read, { type: "settings-changed", settings: { choice: OTHER_SHEET } });
    expect(other.plan.kind).toBe("read");
    expect(chosenGrid(other)).toBeUndefined();
  });

  it("runs an action: clears the last failure and notice, shows it under way, keeps its notice", () => {
    const before = after(initialState({}), { type: "failed", failure: FAILURE });
    const started = after(before, { type: "task-started", progress: { task: "writing" } });
    expect(started.failed).toBeUndefined();
    expect(started.progress).toEqual({ task: "writing" });
    const done = after(
      started,
      { type: "task-done", notice: { kind: "written", sheet: "สรุปผลแผน" } },
      { type: "task-ended" },
    );
    expect(done.notice).toEqual({ kind: "written", sheet: "สรุปผลแผน" });
    expect(done.progress).toBeUndefined();
    const next = after(done, { type: "task-started", progress: { task: "flagging" } });
    expect(next.notice).toBeUndefined();
  });

  it("clears the failure and notice when the user chooses a plan or reads again", () => {
    const noticed = after(
      initialState({}),
      { type: "task-done", notice: { kind: "unflagged" } },
      { type: "failed", failure: FAILURE, retry: { action: "flagRows" } },
    );
    for (const type of ["plan-chosen", "reread"] as const) {
      const cleared = after(noticed, { type });
      expect(cleared.failed).toBeUndefined();
      expect(cleared.notice).toBeUndefined();
    }
    expect(after(noticed, { type: "failure-dismissed" }).notice).toEqual({ kind: "unflagged" });
    expect(after(noticed, { type: "rechecked" }).notice).toBeUndefined();
  });

  it("keeps a failure with no way to try again (a watch that failed)", () => {
    const failed = after(initialState({}), { type: "failed", failure: FAILURE });
    expect(failed.failed).toEqual({ failure: FAILURE });
    expect(planStateOf(failed, undefined, undefined).canRetry).toBe(false);
  });

  it("shows the summary out of date as it is told (the pane compares the report with the summary's)", () => {
    expect(planStateOf(initialState({}), undefined, undefined).summaryStale).toBe(false);
    expect(planStateOf(initialState({}), undefined, undefined, false, true).summaryStale).toBe(true);
  });

  it("keeps the memo switch and the settings changed", () => {
    expect(after(initialState({}), { type: "memo-set", on: true }).withMemo).toBe(true);
    const changed = after(initialState({}), { type: "settings-changed", settings: { lang: "en" } });
    expect(changed.settings).toEqual({ lang: "en" });
  });

  it("keeps the places read for a roll-up, and replaces those read again", () => {
    const notes = { choice: OTHER_SHEET, grid: NOTES_GRID };
    const plan = { choice: SAMPLE_CHOICE, grid: SAMPLE_GRID };
    const fresh: Grid = { ...SAMPLE_GRID, firstRow: 2 };
    expect(after(initialState({}), { type: "rollup-reread", places: [plan] }).rollupReads).toBeUndefined();
    const read = after(
      initialState({}),
      { type: "plans-listed", plans: [SAMPLE_CHOICE, OTHER_SHEET] },
      { type: "rollup-read", reads: { code: rollupCode, places: [plan, notes] } },
      { type: "rollup-reread", places: [{ choice: SAMPLE_CHOICE, grid: fresh }] },
    );
    expect(read.plans).toEqual([SAMPLE_CHOICE, OTHER_SHEET]);
    expect(read.rollupReads?.places).toEqual([{ choice: SAMPLE_CHOICE, grid: fresh }, notes]);
  });
});

describe("what the views are given of the state", () => {
  const [start, id] = reading();
  const read = after(
    start,
    { type: "listed", id, plans: [OTHER_SHEET, SAMPLE_CHOICE] },
    { type: "read", id, choice: SAMPLE_CHOICE, grid: SAMPLE_GRID },
  );
  const report = analyze(SAMPLE_GRID, {}, SAMPLE_CHOICE);

  it("says which listed plan is chosen, and that the workbook's plans can be added up", () => {
    const state = planStateOf(read, report, undefined);
    expect(state.chosenIndex).toBe(1);
    expect(state.canRollUp).toBe(true);
    expect(planStateOf(initialState({}), undefined, undefined).chosenIndex).toBe(-1);
  });

  it("shows the facts the user set over those the plan states", () => {
    expect(report?.fiscalYear).toBeDefined();
    expect(planStateOf(read, report, undefined).facts.fiscalYear).toBe(report?.fiscalYear);
    const set = after(read, { type: "settings-changed", settings: { ...read.settings, fiscalYear: 2570 } });
    expect(planStateOf(set, report, undefined).facts.fiscalYear).toBe(2570);
  });

  it("leads to the template when nothing holds a plan", () => {
    expect(planStateOf(read, report, undefined).noPlanFound).toBe(false);
    // The grid read holds no plan.
    expect(planStateOf(read, undefined, undefined).noPlanFound).toBe(true);
    const none = after(start, { type: "asked", id, question: { kind: "none", looked: [] } });
    expect(planStateOf(none, undefined, undefined).noPlanFound).toBe(true);
    const nothing = after(start, { type: "listed", id, plans: [] });
    expect(planStateOf(nothing, undefined, undefined).noPlanFound).toBe(true);
  });

  it("is busy while something is under way", () => {
    expect(planStateOf(read, report, undefined).busy).toBe(false);
    const busy = after(read, { type: "task-started", progress: { task: "writing" } });
    expect(planStateOf(busy, report, undefined).busy).toBe(true);
  });
});

/** The effects over a host with the machine alone, as usePlan wires them without React. */
function paneOver(host: FakeHost): Pane {
  let state = initialState(host.loadSettings());
  return {
    host,
    dispatch: (event) => {
      state = paneReducer(state, event);
    },
    current: () => state,
    shown: () => planStateOf(state, undefined, undefined),
  };
}

describe("the effects", () => {
  it("reads the remembered plan once listed, and ends idle", async () => {
    const host = new FakeHost({ choice: SAMPLE_CHOICE });
    const pane = paneOver(host);
    await expect(readPlan(pane, SAMPLE_CHOICE, true)).resolves.toBe(SAMPLE_GRID);
    expect(pane.current().plan).toEqual({ kind: "read", choice: SAMPLE_CHOICE, grid: SAMPLE_GRID });
    expect(pane.current().plans).toEqual([SAMPLE_CHOICE, OTHER_SHEET]);
    expect(pane.current().progress).toBeUndefined();
  });

  it("follows a plan sheet the user renamed by the host's link, keeping its columns and its summary", async () => {
    const before = { sheet: "แผน 2566" };
    const after = { sheet: "แผน 2566 (ส่ง สตง.)" };
    const host = new FakeHost({ choice: before, summaryOf: before, columns: { name: 2 } });
    host.plans = [OTHER_SHEET, after];
    host.linkedPlan.mockResolvedValue(after);
    const pane = paneOver(host);

    await readPlan(pane, before, true);

    expect(host.readPlan).toHaveBeenCalledWith(after, expect.any(Function));
    expect(pane.current().settings).toEqual({ choice: after, summaryOf: after, columns: { name: 2 } });
    // Followed, not chosen: nothing is written for it.
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  it("follows a table whose sheet was renamed by the table's name, and a sheet renamed while open", async () => {
    const table = { sheet: "แผนเดิม", table: "PlanProjects" };
    const renamed = { sheet: "แผนใหม่", table: "PlanProjects" };
    const host = new FakeHost({ choice: table });
    host.plans = [renamed, OTHER_SHEET];
    const pane = paneOver(host);
    await readPlan(pane, table, true);
    expect(pane.current().settings.choice).toEqual(renamed);
    expect(host.linkedPlan).not.toHaveBeenCalled();

    // While the pane is open: the read after an edit finds the sheet gone, and follows the link once.
    const sheet = { sheet: "ก" };
    const moved = { sheet: "ข" };
    const open = new FakeHost({ choice: sheet });
    open.plans = [moved];
    open.readPlan.mockRejectedValueOnce(hostError("not-found"));
    open.linkedPlan.mockResolvedValue(moved);
    const openPane = paneOver(open);
    await readPlan(openPane, sheet, false);
    expect(openPane.current().failed).toBeUndefined();
    expect(open.readPlan).toHaveBeenLastCalledWith(moved, expect.any(Function));
    expect(openPane.current().settings.choice).toEqual(moved);
  });

  it("says a plan is gone when its sheet is neither listed nor linked, never reading another", async () => {
    const host = new FakeHost({ choice: { sheet: "ลบแล้ว" } });
    host.readPlan.mockRejectedValueOnce(hostError("not-found"));
    const pane = paneOver(host);
    await readPlan(pane, { sheet: "ลบแล้ว" }, false);
    expect(pane.current().failed?.failure.kind).toBe("not-found");
    expect(host.readPlan).toHaveBeenCalledTimes(1);
  });

  it("lets only the latest read land", async () => {
    const host = new FakeHost({ choice: SAMPLE_CHOICE });
    let finish: (grid: Grid) => void = () => undefined;
    host.readPlan.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    const pane = paneOver(host);
    const first = readPlan(pane, SAMPLE_CHOICE, false);
    await readPlan(pane, OTHER_SHEET, false);
    finish(NOTES_GRID);
    await expect(first).resolves.toBeUndefined();
    expect(pane.current().plan).toEqual({ kind: "read", choice: OTHER_SHEET, grid: SAMPLE_GRID });
  });

  it("tries a failed read again when Excel was busy", async () => {
    const host = new FakeHost({ choice: SAMPLE_CHOICE });
    host.readPlan.mockRejectedValueOnce(hostError("busy"));
    const pane = paneOver(host);
    await readPlan(pane, SAMPLE_CHOICE, false);
    expect(pane.current().failed?.failure.kind).toBe("busy");
    expect(pane.current().plan).toEqual({ kind: "none" });

    await retry(pane);
    expect(pane.current().failed).toBeUndefined();
    expect(pane.current().plan).toEqual({ kind: "read", choice: SAMPLE_CHOICE, grid: SAMPLE_GRID });
    expect(host.readPlan).toHaveBeenCalledTimes(2);
  });

  it("checks a plan again after an edit only while it is the plan chosen", async () => {
    const host = new FakeHost({ choice: SAMPLE_CHOICE });
    const pane = paneOver(host);
    await recheck(pane, OTHER_SHEET, "edited");
    expect(host.readPlan).not.toHaveBeenCalled();
    await recheck(pane, SAMPLE_CHOICE, "edited");
    expect(host.readPlan).toHaveBeenCalledTimes(1);
    // No summary was written from it: nothing to write.
    expect(host.writeSummary).not.toHaveBeenCalled();
  });
});

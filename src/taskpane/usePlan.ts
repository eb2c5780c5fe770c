/**
 * The pane's state: which plan, its cells, the settings the user chose, and the report core makes
 * of them. Every call to the host goes through here and every failure is kept to be shown.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  type Field,
  type Grid,
  type Issue,
  type Lang,
  type PlanOptions,
  type PlanReport,
  type SummaryLayout,
  analyzePlan,
  bahtToSatang,
  cellAddress,
  fiscalYearOf,
} from "../core";
import { HostError, type HostFailure, type PlanChoice, type PlanHost, type PlanSettings } from "./host";
import type { Task } from "./strings";

export interface Progress {
  readonly task: Task;
  readonly done?: number;
  readonly total?: number;
}

export interface Failure {
  readonly kind: HostFailure;
  readonly message: string;
}

/** What the last action did, kept as data so it follows a change of language. */
export type Notice =
  | { readonly kind: "written"; readonly sheet: string }
  | { readonly kind: "flagged"; readonly rows: number }
  | { readonly kind: "preview-written" }
  | { readonly kind: "preview-flagged"; readonly rows: number }
  | { readonly kind: "preview-selected"; readonly cell: string };

export interface PlanState {
  readonly lang: Lang;
  readonly settings: PlanSettings;
  /** Undefined until the host has listed them. */
  readonly plans: readonly PlanChoice[] | undefined;
  readonly choice: PlanChoice | undefined;
  /** The cells read for the current choice. */
  readonly grid: Grid | undefined;
  /** Undefined while nothing is read, or when the grid holds no plan (see `noPlan`). */
  readonly report: PlanReport | undefined;
  readonly noPlan: boolean;
  readonly progress: Progress | undefined;
  readonly failure: Failure | undefined;
  readonly notice: Notice | undefined;
}

export interface PlanActions {
  choosePlan(choice: PlanChoice): Promise<void>;
  /** Lists the plans again and rereads the chosen one, after the user has edited the workbook. */
  reread(): Promise<void>;
  updateSettings(patch: Partial<PlanSettings>): void;
  setColumn(field: Field, index: number): void;
  selectIssue(issue: Issue): Promise<void>;
  writeSummary(layout: SummaryLayout): Promise<void>;
  flagRows(): Promise<void>;
  dismissFailure(): void;
}

export function toFailure(error: unknown): Failure {
  if (error instanceof HostError) return { kind: error.kind, message: error.message };
  return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
}

export function sameChoice(a: PlanChoice | undefined, b: PlanChoice | undefined): boolean {
  return a !== undefined && b !== undefined && a.sheet === b.sheet && a.table === b.table;
}

function planOptions(settings: PlanSettings, choice: PlanChoice): PlanOptions {
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
    source:
      choice.table === undefined ? { sheet: choice.sheet } : { sheet: choice.sheet, table: choice.table },
  };
}

/** Core's report, with the current fiscal year when neither the user nor the sheet's title gives one. */
function analyze(grid: Grid, settings: PlanSettings, choice: PlanChoice): PlanReport | undefined {
  const report = analyzePlan(grid, planOptions(settings, choice));
  if (!report || report.fiscalYear !== undefined) return report;
  return { ...report, fiscalYear: fiscalYearOf(new Date()) };
}

/** Columns chosen for one plan mean nothing for another. */
function forChoice(settings: PlanSettings, choice: PlanChoice): PlanSettings {
  return { ...settings, choice, columns: undefined, headerRow: undefined };
}

function widestRow(grid: Grid): number {
  return grid.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
}

interface Loaded {
  readonly choice: PlanChoice;
  readonly grid: Grid;
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
  const [failure, setFailure] = useState<Failure | undefined>(initial.failure);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  // Only the latest read may land: picking another plan while one is read makes the first stale.
  const latestRead = useRef(0);
  // The settings as last changed, for callbacks that run after an await.
  const settingsRef = useRef(initial.settings);

  const save = useCallback(
    (next: PlanSettings) => {
      setSettings(next);
      settingsRef.current = next;
      host.saveSettings(next).catch((error: unknown) => setFailure(toFailure(error)));
    },
    [host],
  );

  const read = useCallback(
    async (choice: PlanChoice | undefined, listFirst: boolean) => {
      const id = ++latestRead.current;
      const current = () => id === latestRead.current;
      try {
        let target = choice;
        if (listFirst || !target) {
          setProgress({ task: "listing" });
          const listed = await host.listPlans();
          if (!current()) return;
          setPlans(listed);
          const kept = listed.find((plan) => sameChoice(plan, choice)) ?? listed[0];
          if (!kept) {
            setLoaded(undefined);
            return;
          }
          if (!sameChoice(kept, settingsRef.current.choice)) {
            const next = forChoice(settingsRef.current, kept);
            setSettings(next);
            settingsRef.current = next;
          }
          target = kept;
        }
        setProgress({ task: "reading" });
        const grid = await host.readPlan(target, (done, total) => {
          if (current()) setProgress({ task: "reading", done, total });
        });
        if (current()) setLoaded({ choice: target, grid });
      } catch (error) {
        if (!current()) return;
        setLoaded(undefined);
        setFailure(toFailure(error));
      } finally {
        if (current()) setProgress(undefined);
      }
    },
    [host],
  );

  // A read still running when the pane goes away must not land.
  const forgetReads = useCallback(() => {
    latestRead.current++;
  }, []);

  useEffect(() => {
    void read(settingsRef.current.choice, true);
    return forgetReads;
  }, [read, forgetReads]);

  const run = useCallback(async (task: Task, action: () => Promise<Notice | undefined>) => {
    setProgress({ task });
    setFailure(undefined);
    setNotice(undefined);
    try {
      setNotice(await action());
    } catch (error) {
      setFailure(toFailure(error));
    } finally {
      setProgress(undefined);
    }
  }, []);

  const choice = settings.choice;
  const grid = loaded && sameChoice(loaded.choice, choice) ? loaded.grid : undefined;
  const report = useMemo(
    () => (grid && choice ? analyze(grid, settings, choice) : undefined),
    [grid, settings, choice],
  );
  const preview = host.kind === "preview";

  const actions: PlanActions = {
    async choosePlan(next) {
      setFailure(undefined);
      setNotice(undefined);
      save(forChoice(settingsRef.current, next));
      await read(next, false);
    },
    async reread() {
      setFailure(undefined);
      setNotice(undefined);
      await read(settingsRef.current.choice, true);
    },
    updateSettings(patch) {
      save({ ...settingsRef.current, ...patch });
    },
    setColumn(field, index) {
      save({ ...settingsRef.current, columns: { ...settingsRef.current.columns, [field]: index } });
    },
    async selectIssue(issue) {
      const { row, column } = issue;
      if (!choice || row === null || column === null) return;
      await run("selecting", async () => {
        await host.selectCell(choice, row, column);
        return preview ? { kind: "preview-selected", cell: cellAddress(row, column) } : undefined;
      });
    },
    async writeSummary(layout) {
      await run("writing", async () => {
        const sheet = await host.writeSummary(layout);
        return preview ? { kind: "preview-written" } : { kind: "written", sheet };
      });
    },
    async flagRows() {
      if (!choice || !grid || !report) return;
      const rows = report.notCarriedOut.map((item) => item.row);
      await run("flagging", async () => {
        await host.flagRows({
          choice,
          firstColumn: grid.firstColumn,
          lastColumn: grid.firstColumn + widestRow(grid) - 1,
          rows,
        });
        return preview
          ? { kind: "preview-flagged", rows: rows.length }
          : { kind: "flagged", rows: rows.length };
      });
    },
    dismissFailure() {
      setFailure(undefined);
    },
  };

  const state: PlanState = {
    lang: settings.lang ?? "th",
    settings,
    plans,
    choice,
    grid,
    report,
    noPlan: grid !== undefined && report === undefined,
    progress,
    failure,
    notice,
  };
  return [state, actions];
}

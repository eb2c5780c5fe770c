/**
 * The host contract: what the task pane asks of the workbook. The Excel adapter (src/excel) answers inside
 * Excel; the preview host answers outside Office with the built-in sample plan. The pane knows no more.
 */
import type { ColumnMap, Grid, Lang, PlanTemplate, Round, SummaryLayout } from "../core";

/** A plan the user can pick: an Excel table, or a sheet whose used range holds the plan. */
export interface PlanChoice {
  readonly sheet: string;
  /** Set when the plan is an Excel table. */
  readonly table?: string;
}

/** Where the plan's rows sit on their sheet, for flagging them. */
export interface PlanArea {
  readonly choice: PlanChoice;
  /** Worksheet columns (1-based) the plan spans. */
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** Worksheet rows (1-based) of the projects not carried out. */
  readonly rows: readonly number[];
}

/** What the add-in remembers in the workbook, so reopening it restores the pane. */
export interface PlanSettings {
  readonly choice?: PlanChoice;
  readonly headerRow?: number;
  readonly columns?: ColumnMap;
  readonly organisation?: string;
  readonly fiscalYear?: number;
  readonly round?: Round;
  /** Control totals typed from the plan document, in baht. */
  readonly controlTotals?: { readonly plannedBudget?: number; readonly disbursed?: number };
  readonly lang?: Lang;
  /** Rewrite the summary sheet by itself after each edit of the plan, instead of marking it out of date. */
  readonly autoRewrite?: boolean;
  /** Show sub-dimension subtotals under the summary table (spec §8.1). */
  readonly subtotals?: boolean;
}

export type HostFailure =
  | "not-found" // the chosen table or sheet is gone
  | "busy" // Excel is in cell-edit mode or another request is running
  | "requirement" // the Excel version lacks a needed API
  | "too-large" // a payload over Excel's limit even in chunks
  | "failed"; // anything else the host reports

/** A failure of the workbook host, with a kind the pane turns into advice. */
export class HostError extends Error {
  constructor(
    readonly kind: HostFailure,
    message: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}

export interface PlanHost {
  readonly kind: "excel" | "preview";
  /** Tables first, then sheets, in workbook order. */
  listPlans(): Promise<PlanChoice[]>;
  /** The cells of a table (its header included) or of a sheet's used range. */
  readPlan(choice: PlanChoice, onProgress?: (done: number, total: number) => void): Promise<Grid>;
  /**
   * Writes the summary sheet the add-in owns, replacing its previous one: the layout's cells, merges,
   * chart and print setup. Returns the sheet's name.
   */
  writeSummary(layout: SummaryLayout): Promise<string>;
  /** Writes `text` into the status line of the summary sheet the add-in wrote; nothing when there is none. */
  markSummaryStale(text: string): Promise<void>;
  /** Flags the rows not carried out with the add-in's own conditional format; no rows removes the flag. */
  flagRows(area: PlanArea): Promise<void>;
  /** Creates a new sheet holding the plan template as an Excel table; returns it as a plan to pick. */
  createTemplate(template: PlanTemplate): Promise<PlanChoice>;
  /**
   * Calls `onChange` when the user edits the plan's cells (not for the add-in's own writes). Returns a
   * function that removes the handlers; the pane calls it when the plan changes or the pane closes.
   */
  watchPlan(choice: PlanChoice, onChange: () => void): Promise<() => Promise<void>>;
  /** Activates the plan's sheet and selects one cell. */
  selectCell(choice: PlanChoice, row: number, column: number): Promise<void>;
  loadSettings(): PlanSettings;
  saveSettings(settings: PlanSettings): Promise<void>;
}

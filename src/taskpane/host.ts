/**
 * What the task pane asks of the workbook. The Excel adapter (src/excel) answers inside Excel;
 * the preview host answers outside Office with the built-in sample plan. The pane knows no more.
 */
import type { ColumnMap, Grid, Lang, Round, SummaryLayout } from "../core";

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
  /** Writes the summary sheet the add-in owns, replacing its previous one; returns its name. */
  writeSummary(layout: SummaryLayout): Promise<string>;
  /** Flags the rows not carried out with the add-in's own conditional format. */
  flagRows(area: PlanArea): Promise<void>;
  /** Activates the plan's sheet and selects one cell. */
  selectCell(choice: PlanChoice, row: number, column: number): Promise<void>;
  loadSettings(): PlanSettings;
  saveSettings(settings: PlanSettings): Promise<void>;
}

/**
 * The host contract: what the task pane asks of the workbook. The Excel adapter (src/hosts/officejs) answers inside
 * Excel; the preview host answers outside Office with the built-in sample plan, the file host with a
 * workbook opened in the browser. The pane knows no more.
 */
import type {
  ColumnChoice,
  FlagRule,
  Grid,
  Lang,
  PlanTemplate,
  Round,
  RollupLayout,
  SummaryLayout,
} from "../core";

/** How a file was handed over: downloaded here, or opened in the user's browser to be saved there. */
export type SavedFile = "downloaded" | "browser";

/** A plan the user can pick: an Excel table, or a sheet whose used range holds the plan. */
export interface PlanChoice {
  readonly sheet: string;
  /** Set when the plan is an Excel table. */
  readonly table?: string;
}

/** Whether two choices are the same table or sheet; never when either is missing. */
export function sameChoice(a: PlanChoice | undefined, b: PlanChoice | undefined): boolean {
  return a !== undefined && b !== undefined && a.sheet === b.sheet && a.table === b.table;
}

/**
 * What made the pane look at the plan again: the user's own edit of it in this Excel ("edited"), a
 * co-author's edit ("remote"), or the plan's sheet or the pane coming back into view ("looked": an
 * edit may have raised no event, office-js #420, #3888).
 */
export type PlanChange = "edited" | "remote" | "looked";

/** The plan to flag and core's flag rule for it (src/core/layout/flagRule.ts). */
export interface PlanArea {
  readonly choice: PlanChoice;
  readonly rule: FlagRule;
}

/** What the add-in remembers in the workbook, so reopening it restores the pane. */
export interface PlanSettings {
  readonly choice?: PlanChoice;
  readonly headerRow?: number;
  readonly columns?: ColumnChoice;
  readonly organisation?: string;
  readonly fiscalYear?: number;
  readonly round?: Round;
  /** Control totals typed from the plan document, in baht. */
  readonly controlTotals?: { readonly plannedBudget?: number; readonly disbursed?: number };
  readonly lang?: Lang;
  /** Rewrite the summary sheet by itself after each edit of the plan, instead of marking it out of date. */
  readonly autoRewrite?: boolean;
  /**
   * The plan the summary sheet was last written from: its edits make that summary out of date, in
   * this session and after the workbook is opened again.
   */
  readonly summaryOf?: PlanChoice;
  /** What the summary was written from (core's reportFingerprint): the same again means nothing changed. */
  readonly summaryFingerprint?: string;
  /** Show sub-dimension subtotals under the summary table (spec §9.1). */
  readonly subtotals?: boolean;
  /** The report document's details as the user typed them (spec §10.2's settings, read by core). */
  readonly memo?: Readonly<Record<string, unknown>>;
}

/** How a summary is written, and the notes the host may leave on it, in the user's language. */
export interface SummaryWrite {
  /** Written by itself after an edit: the active sheet and the selection stay as the user left them. */
  readonly automatic: boolean;
  /** Stands in the summary's status line while it is written, and stays there if the write fails part-way. */
  readonly incomplete: string;
  /** Added to the status line when the page setup could not be made. */
  readonly printSetupFailed: string;
  /** Added to the status line when Excel did not keep "fit to one page wide" (core's PRINT_WORDS). */
  readonly fitToPageNotKept?: string;
}

/** How the roll-up sheet is written: the notes the host may leave in its status line. */
export type RollupWrite = Omit<SummaryWrite, "automatic">;

/**
 * What selecting a figure's rows did: every row ("all"); only the first run of neighbouring rows
 * ("first": this Excel cannot select several areas, or not that many), so the pane offers the rows one
 * at a time; or nothing ("none": there is no sheet to select on, as with a file opened in the browser).
 */
export type RowSelection = "all" | "first" | "none";

export type HostFailure =
  | "not-found" // the chosen table or sheet is gone
  | "busy" // Excel is in cell-edit mode or another request is running
  | "requirement" // the Excel version lacks a needed API
  | "too-large" // a payload over Excel's limit even in chunks
  | "formula-too-long" // a formula (the flag rule) longer than Excel takes
  | "invalid" // Excel refused a value or an argument
  // The sheet written is protected, or the workbook is read-only or view-only (Excel's AccessDenied); the
  // error names the sheet (`sheet`) when the host knows it is protected.
  | "protected"
  // The add-in's sheet would now reach cells that hold the user's own data (the error's `cells`).
  | "occupied"
  // A co-author changed the same part of the workbook at the same moment (Excel's Conflict), or what
  // the add-in was rewriting went away during the write
  | "conflict"
  | "inactive" // the workbook is not the active one (another window has the focus)
  | "memory" // Excel ran out of memory for the request
  | "stale-context" // the pane's link to the workbook is no longer valid
  | "failed"; // anything else the host reports

/** Where a failure is, when the host knows: the sheet, and the cells on it in A1 form. */
export interface FailurePlace {
  readonly sheet?: string;
  readonly cells?: string;
}

/** A failure of the workbook host, with a kind the pane turns into advice, and where it is. */
export class HostError extends Error {
  constructor(
    readonly kind: HostFailure,
    message: string,
    readonly place: FailurePlace = {},
  ) {
    super(message);
    this.name = "HostError";
  }
}

/** What a host can do: the pane asks this, never which host it is. */
export interface HostCapabilities {
  /**
   * Its writes and selections reach a workbook the user has. False for the built-in sample shown
   * outside Excel: the pane then says what each action would do, and that it is a preview.
   */
  readonly live: boolean;
  /**
   * It selects cells and rows on a sheet the user sees: a finding's cell, a figure's rows (Excel).
   * Outside Excel there is no sheet on screen, so the pane offers no "go to the cell".
   */
  readonly selectsRows: boolean;
  /** The plan can change under the pane (edited in Excel), so reading it again is offered. */
  readonly rereads: boolean;
  /** The summary sheet it writes holds the chart of budget by dimension (ExcelJS writes no charts). */
  readonly writesChart: boolean;
  /**
   * Where a new plan from the template goes: a sheet of this workbook, picked and read at once
   * (Excel), or a workbook file of its own to fill in Excel (outside Excel nothing can be typed in).
   */
  readonly newPlan: "sheet" | "file";
}

/** What making a new plan from the template gave: the sheet to read, or the file saved. */
export type NewPlan =
  | { readonly kind: "sheet"; readonly choice: PlanChoice }
  | { readonly kind: "file"; readonly name: string; readonly saved: SavedFile };

export interface PlanHost {
  readonly can: HostCapabilities;
  /** Tables first, then sheets, in workbook order. */
  listPlans(): Promise<PlanChoice[]>;
  /** The cells of a table (its header included) or of a sheet's used range. */
  readPlan(choice: PlanChoice, onProgress?: (done: number, total: number) => void): Promise<Grid>;
  /**
   * The head of each place, in the order given: its first rows (core's HEAD_ROWS; a table's with the
   * title lines above it, down to its header and the rows under it), for core to judge which places
   * may hold the plan before reading any whole (spec §4.3). A place with no cells gives no rows.
   */
  readHeads(choices: readonly PlanChoice[]): Promise<Grid[]>;
  /**
   * Writes the summary sheet the add-in owns, over its previous content on the same sheet: the layout's
   * cells, merges, chart and print setup. Returns the sheet's name. Writes run one at a time.
   */
  writeSummary(layout: SummaryLayout, how: SummaryWrite): Promise<string>;
  /**
   * Puts core's flag rule on the plan as the add-in's own conditional format, replacing the one it put
   * there before. The rule reads each row's status cells, so it keeps up with later edits by itself.
   */
  flagRows(area: PlanArea): Promise<void>;
  /** Removes the add-in's flag rule, wherever it was put; nothing when there is none. Always offered. */
  removeFlags(choice: PlanChoice | undefined): Promise<void>;
  /**
   * Makes the plan template: a new sheet holding it as an Excel table, returned as a plan to pick
   * (`can.newPlan` "sheet"), or a new workbook file saved for the user (`can.newPlan` "file").
   */
  createTemplate(template: PlanTemplate): Promise<NewPlan>;
  /**
   * Calls `onChange` when the plan's cells are edited (not for the add-in's own writes), saying by whom,
   * and when its sheet comes back into view. Returns a function that removes the handlers; the pane
   * calls it when the plan changes or the pane closes.
   */
  watchPlan(choice: PlanChoice, onChange: (change: PlanChange) => void): Promise<() => Promise<void>>;
  /** Activates the plan's sheet and selects one cell. */
  selectCell(choice: PlanChoice, row: number, column: number): Promise<void>;
  /**
   * Activates the plan's sheet and selects the given sheet rows (1-based) across the plan's columns, as
   * one selection of several areas where Excel can; otherwise the first run of rows alone.
   */
  selectRows(choice: PlanChoice, rows: readonly number[]): Promise<RowSelection>;
  /**
   * Writes the roll-up sheet the add-in owns (several plans of the workbook added up), over its previous
   * content on the same sheet, never over a sheet of the user's. Returns the sheet's name.
   */
  writeRollup(layout: RollupLayout, how: RollupWrite): Promise<string>;
  /**
   * The sheet the add-in's link to the plan points at now: the plan's sheet under whatever name the
   * user has since given it. Undefined where the host keeps no link, or the link is gone.
   */
  linkedPlan(): Promise<PlanChoice | undefined>;
  loadSettings(): PlanSettings;
  /**
   * Saves a file the pane made: a download, or (where this Excel's webview saves none) the add-in's
   * download page opened in the user's browser.
   */
  saveFile(name: string, bytes: Uint8Array, type: string): Promise<SavedFile>;
  /** Saves the settings; a plan chosen anew gets the link that follows its sheet through renames. */
  saveSettings(settings: PlanSettings): Promise<void>;
  /**
   * Where the workbook written is a copy in memory (a file opened outside Excel), saves it for the user
   * with what the pane wrote: the next step after a write there. Absent in Excel, which writes the
   * workbook itself, and in the preview, which writes nothing.
   */
  downloadWorkbook?(): Promise<{ readonly name: string; readonly saved: SavedFile }>;
}

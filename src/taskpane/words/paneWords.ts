/**
 * The shape of the task pane's own words, and the small helpers both languages use: apart from the words
 * themselves, so the Thai (strings.ts) and the English (stringsEn.ts, a chunk of its own) share them
 * without importing each other.
 */
import { type Lang, type Round, type Severity, rowRuns } from "../../core";
import type { HostFailure, SavedFile } from "../../hosts/planHost";

/** What the pane is doing while it waits on the workbook. */
export type Task = "listing" | "finding" | "reading" | "writing" | "flagging" | "selecting" | "creating";

export interface PaneStrings {
  /** The language these words are in: the words of later steps' chunks are looked up by it. */
  readonly lang: Lang;
  readonly appTitle: string;
  /** The language the switch changes to, written in that language. */
  readonly otherLanguage: string;
  readonly otherLang: Lang;
  readonly previewBanner: string;
  /**
   * The five step tabs. Labels are short so that the five fit on one line at 350 px in either language;
   * a count shows as a badge beside its label, and the tab's accessible name is the label with the full
   * count. Without a count until a plan has been read: 0 must never read as "no problems".
   */
  readonly steps: {
    /** The name of the line of steps. */
    readonly label: string;
    readonly plan: string;
    readonly checkLabel: string;
    readonly check: (issues?: number) => string;
    readonly summary: string;
    readonly memo: string;
    readonly notCarriedOutLabel: string;
    readonly notCarriedOut: (count?: number) => string;
    /** The menu of the steps that do not fit on the line. */
    readonly more: (hidden: number) => string;
  };
  readonly plan: {
    readonly choose: string;
    readonly choosePlaceholder: string;
    /** Titles of the question when no plan is remembered and none is evidently the plan (spec §4.3). */
    readonly question: { readonly ask: string; readonly none: string };
    readonly table: (name: string, sheet: string) => string;
    readonly sheet: (name: string) => string;
    readonly noPlans: string;
    readonly reread: string;
    /** The first thing seen once a plan is read: its figures and findings. */
    readonly resultHeading: string;
    /** Where the plan was read, how many projects, and for which year and round. */
    readonly resultLine: (
      place: string,
      projects: number,
      year: number | undefined,
      round: Round | undefined,
    ) => string;
    /** The plan's findings counted by severity, errors first (core's words for them are not in the first load). */
    readonly findings: (counts: Readonly<Record<Severity, number>>) => string;
    /** The disclosure holding the plan's choice, its columns and the report's details. */
    readonly settings: string;
    readonly columnsHeading: string;
    /** The one line the column mapping folds into; opens it. */
    readonly columnsSummary: (found: number, complete: boolean) => string;
    /** The Plan step's next step. */
    readonly goToCheck: string;
    /** Heading of the first thing shown when no plan was found. */
    readonly startHeading: string;
    readonly columnsHint: (headerRow: number) => string;
    readonly columnOption: (letter: string, label: string) => string;
    readonly notFound: string;
    /** A field several columns could be, none chosen until the user picks (spec §9.7): its candidates. */
    readonly chooseAmong: (letters: readonly string[]) => string;
    /** The folded line when a field's column is in doubt: it opens on the choosers. */
    readonly columnsToChoose: (found: number) => string;
    /** Under the round when the plan has columns per round and its title names no round. */
    readonly roundAsked: string;
    /** The column chooser's choice of no column: the field is left out (a required one is then missing). */
    readonly noColumn: string;
    /** The budget column per fiscal year (spec §9.2). */
    readonly yearColumn: string;
    readonly yearColumnsHint: (years: string) => string;
    readonly yearOption: (year: number, letter: string) => string;
    /** The sub-dimension subtotals switch (spec §9.1). */
    readonly subtotals: (headings: number) => string;
    readonly detailsHeading: string;
    readonly organisation: string;
    readonly fiscalYear: string;
    readonly fiscalYearHint: string;
    /** The year is core's default: the latest round of this kind that has ended. */
    readonly fiscalYearAssumed: (year: number, round: Round) => string;
    readonly fiscalYearInvalid: string;
    readonly round: string;
    readonly round6: string;
    readonly round12: string;
    readonly controlHeading: string;
    readonly controlHint: string;
    readonly controlPlanned: string;
    readonly controlDisbursed: string;
    readonly controlPlaceholder: string;
    readonly amountInvalid: string;
    readonly templateHeading: string;
    /** What the template is where it becomes a sheet of this workbook (Excel). */
    readonly templateHint: string;
    /** What it is where it becomes a file of its own (outside Excel: nothing can be typed in here). */
    readonly templateFileHint: string;
    readonly withSample: string;
    readonly createTemplate: string;
    readonly downloadTemplate: string;
    readonly created: (sheet: string) => string;
    /** The template file was saved: downloaded, or its download page opened in the user's browser. */
    readonly templateSaved: (file: string, saved: SavedFile) => string;
  };
  readonly check: {
    readonly heading: string;
    readonly none: string;
    readonly cellHint: string;
    readonly cellText: (text: string) => string;
    /** The button under a long list: the next `next` items, of `left` not yet shown (counts formatted). */
    readonly showMore: (next: string, left: string) => string;
    /** The list of rows not counted as projects, each a link to its row. */
    readonly leftOut: string;
    /** After the rows linked: how many more of that role. */
    readonly moreRows: (count: string) => string;
  };
  readonly summary: {
    /** The figures people quote, shown above the table at any pane width. */
    readonly figures: {
      readonly heading: string;
      readonly pctProjects: string;
      readonly pctBudget: string;
      readonly planned: string;
      readonly disbursed: string;
      readonly notCarriedOut: string;
      readonly baht: (amount: string) => string;
      readonly projects: (done: number, of: number) => string;
      /** Over the figures while the plan has errors: they may be wrong. */
      readonly hasErrors: (errors: number) => string;
    };
    readonly previewLabel: string;
    /** The cards that stand for the table where it does not fit the pane: a card per dimension. */
    readonly cardsLabel: string;
    /** The switch from the cards to the table as the report prints it. */
    readonly showTable: string;
    readonly write: string;
    readonly confirmTitle: string;
    readonly confirmBody: (errors: number) => string;
    readonly confirmWrite: string;
    readonly cancel: string;
    readonly goToErrors: string;
    readonly written: (sheet: string) => string;
    readonly previewWritten: string;
    /** What the written sheet holds beyond the table: the chart only where the host writes one. */
    readonly sheetNote: (withChart: boolean) => string;
    readonly autoRewrite: string;
    readonly autoRewriteHint: string;
    /** The switch that puts the memo paragraph under the table: it takes effect on the next write. */
    readonly withMemo: string;
    readonly withMemoHint: string;
    readonly rewritten: (sheet: string) => string;
    readonly staleTitle: string;
    readonly staleBody: string;
    readonly goToSummary: string;
    /** Stands in the summary sheet's status line while it is written; stays there if the write fails. */
    readonly incomplete: string;
    /** Said in the summary sheet's status line when the page setup could not be made. */
    readonly printSetupFailed: string;
  };
  readonly notCarriedOut: {
    readonly flagged: (rows: number) => string;
    readonly previewFlagged: (rows: number) => string;
    readonly unflagged: string;
    readonly previewUnflagged: string;
  };
  /** What selecting a figure's rows did, where that needs saying. */
  readonly selection: {
    /** This Excel selected the first run of rows alone. */
    readonly selectedFirst: (rows: readonly number[]) => string;
  };
  /** Several plans of one workbook added up on one sheet (spec §8): what the pane says of it anywhere. */
  readonly rollup: {
    readonly heading: string;
    readonly written: (sheet: string, plans: number) => string;
    readonly previewWritten: string;
  };
  readonly noReport: string;
  readonly noPlanTitle: string;
  /** `headers` are field names, quoted here. */
  readonly noPlanBody: (rows: number, headers: readonly string[], rereads: boolean) => string;
  readonly progress: Readonly<Record<Task, string>>;
  readonly progressCount: (done: number, total: number) => string;
  readonly failureTitle: Readonly<Record<HostFailure, string>>;
  readonly advice: Readonly<Record<HostFailure, string>>;
  /** The advice for a "protected" failure when the host named the sheet that is protected. */
  readonly protectedSheet: (sheet: string) => string;
  /** The advice for an "occupied" failure: the user's cells the add-in's sheet would now reach. */
  readonly occupiedCells: (sheet: string, cells: string) => string;
  /** The disclosure that holds Excel's own words and error code, away from the advice. */
  readonly failureDetails: string;
  /** Repeats what failed, offered where waiting or a click in Excel may be all it takes. */
  readonly retry: string;
  readonly dismiss: string;
  /** While a step other than the plan is fetched, the first time it is opened. */
  readonly loadingStep: string;
}

/** Names in quotation marks, one style in both languages: the straight double quote. */
export const quoted = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(", ");

/** The first run of neighbouring rows: what an Excel that cannot select several areas selects. */
export function firstRun(rows: readonly number[]): number[] {
  const [run] = rowRuns(rows);
  if (!run) return [];
  return Array.from({ length: run[1] - run[0] + 1 }, (_, i) => run[0] + i);
}

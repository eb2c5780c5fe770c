/**
 * The workbook host outside Office: the built-in sample plan, with every write kept in memory so
 * the pane can be tried (and tested) in a plain browser.
 */
import {
  headOf,
  type Grid,
  type PlanTemplate,
  type RollupLayout,
  type SummaryLayout,
  SAMPLE_GRID,
  SAMPLE_SHEET,
  SAMPLE_TABLE,
} from "../core";
import {
  HostError,
  type PlanArea,
  type PlanChange,
  type PlanChoice,
  type PlanHost,
  sameChoice,
} from "./planHost";
import { XLSX_TYPE, inThePage } from "./saveFile";

export interface PreviewHost extends PlanHost {
  /** What the pane asked of the workbook, oldest first. */
  readonly written: readonly SummaryLayout[];
  readonly flagged: readonly PlanArea[];
  readonly selected: readonly {
    readonly choice: PlanChoice;
    readonly row: number;
    readonly column: number;
  }[];
  /** The rows the pane asked to select, per figure chosen: the preview has no sheet to select them on. */
  readonly selectedRows: readonly { readonly choice: PlanChoice; readonly rows: readonly number[] }[];
  readonly rollups: readonly RollupLayout[];
  readonly templates: readonly PlanTemplate[];
  /**
   * Calls the pane's change handlers for `choice` as Excel would after an edit. The sample never
   * changes by itself; this lets a test or a demonstration stand in for the user.
   */
  edited(choice: PlanChoice): void;
}

const SAMPLE_CHOICE: PlanChoice = { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE };

/**
 * The pane's change handlers, per plan, called by `edited` as Excel would call them after an edit: the
 * sample never changes by itself.
 */
function changeWatchers(): Pick<PreviewHost, "edited" | "watchPlan"> {
  const watchers: { choice: PlanChoice; onChange: (change: PlanChange) => void }[] = [];
  return {
    edited(choice) {
      for (const watcher of watchers.filter((candidate) => sameChoice(candidate.choice, choice))) {
        watcher.onChange("edited");
      }
    },
    async watchPlan(choice, onChange) {
      const watcher = { choice, onChange };
      watchers.push(watcher);
      return async () => {
        const at = watchers.indexOf(watcher);
        if (at >= 0) watchers.splice(at, 1);
      };
    },
  };
}

/**
 * A new plan's workbook, as a file to fill in Excel (the sample has no sheet to type it into), made by
 * ExcelJS, which is loaded only when asked for.
 */
async function templateDownload(template: PlanTemplate, saveFile: PlanHost["saveFile"]) {
  const { templateFile } = await import(/* webpackChunkName: "template-file" */ "./exceljs/templateWorkbook");
  const { name, bytes } = await templateFile(template);
  return { kind: "file", name, saved: await saveFile(name, bytes, XLSX_TYPE) } as const;
}

/** The host of the pane opened outside Office: the built-in sample, every write kept in memory. */
export function createPreviewHost(): PreviewHost {
  const written: SummaryLayout[] = [];
  const flagged: PlanArea[] = [];
  const selected: { choice: PlanChoice; row: number; column: number }[] = [];
  const selectedRows: { choice: PlanChoice; rows: readonly number[] }[] = [];
  const rollups: RollupLayout[] = [];
  const templates: PlanTemplate[] = [];
  const page = inThePage();

  const plans = (): PlanChoice[] => [SAMPLE_CHOICE];

  const gridOf = (choice: PlanChoice): Grid => {
    if (sameChoice(choice, SAMPLE_CHOICE)) return SAMPLE_GRID;
    throw new HostError(
      "not-found",
      `The preview has only the sample plan, not "${choice.table ?? choice.sheet}".`,
    );
  };

  return {
    can: { live: false, selectsRows: false, rereads: false, writesChart: false, newPlan: "file" },
    written,
    flagged,
    selected,
    selectedRows,
    rollups,
    templates,
    async listPlans() {
      return plans();
    },
    async readPlan(choice, onProgress): Promise<Grid> {
      const grid = gridOf(choice);
      onProgress?.(grid.rows.length, grid.rows.length);
      return grid;
    },
    async readHeads(choices) {
      return choices.map((choice) => headOf(gridOf(choice)));
    },
    async writeSummary(layout) {
      written.push(layout);
      // The sheet Excel would write, named in the layout's language.
      return layout.sheetName;
    },
    async flagRows(area) {
      gridOf(area.choice);
      flagged.push(area);
    },
    async removeFlags() {
      flagged.length = 0;
    },
    async createTemplate(template) {
      templates.push(template);
      return templateDownload(template, page.saveFile);
    },
    async linkedPlan() {
      // No sheet here is ever renamed.
      return undefined;
    },
    async selectCell(choice, row, column) {
      gridOf(choice);
      selected.push({ choice, row, column });
    },
    async selectRows(choice, rows) {
      gridOf(choice);
      selectedRows.push({ choice, rows: [...rows] });
      return "none";
    },
    async writeRollup(layout) {
      rollups.push(layout);
      return layout.sheetName;
    },
    ...changeWatchers(),
    // Settings in memory and files as downloads; what the pane makes of the sample (the report document)
    // is a real file: it is saved, not previewed.
    ...page,
  };
}

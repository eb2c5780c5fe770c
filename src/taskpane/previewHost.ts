/**
 * The workbook host outside Office: the built-in sample plan, with every write kept in memory so
 * the pane can be tried (and tested) in a plain browser.
 */
import { type Grid, type SummaryLayout, SAMPLE_GRID, SAMPLE_SHEET, SAMPLE_TABLE } from "../core";
import { HostError, type PlanArea, type PlanChoice, type PlanHost, type PlanSettings } from "./host";

/** The sheet name the preview reports for a summary it did not really write. */
export const PREVIEW_SUMMARY_SHEET = "สรุปผล";

export interface PreviewHost extends PlanHost {
  readonly kind: "preview";
  /** What the pane asked of the workbook, oldest first. */
  readonly written: readonly SummaryLayout[];
  readonly flagged: readonly PlanArea[];
  readonly selected: readonly {
    readonly choice: PlanChoice;
    readonly row: number;
    readonly column: number;
  }[];
}

const SAMPLE_CHOICE: PlanChoice = { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE };

export function createPreviewHost(): PreviewHost {
  const written: SummaryLayout[] = [];
  const flagged: PlanArea[] = [];
  const selected: { choice: PlanChoice; row: number; column: number }[] = [];
  let settings: PlanSettings = {};

  const sample = (choice: PlanChoice): void => {
    if (choice.sheet !== SAMPLE_CHOICE.sheet || choice.table !== SAMPLE_CHOICE.table) {
      throw new HostError(
        "not-found",
        `The preview has only the sample plan, not "${choice.table ?? choice.sheet}".`,
      );
    }
  };

  return {
    kind: "preview",
    written,
    flagged,
    selected,
    async listPlans() {
      return [SAMPLE_CHOICE];
    },
    async readPlan(choice, onProgress): Promise<Grid> {
      sample(choice);
      onProgress?.(SAMPLE_GRID.rows.length, SAMPLE_GRID.rows.length);
      return SAMPLE_GRID;
    },
    async writeSummary(layout) {
      written.push(layout);
      return PREVIEW_SUMMARY_SHEET;
    },
    async flagRows(area) {
      sample(area.choice);
      flagged.push(area);
    },
    async selectCell(choice, row, column) {
      sample(choice);
      selected.push({ choice, row, column });
    },
    loadSettings() {
      return settings;
    },
    async saveSettings(next) {
      settings = next;
    },
  };
}

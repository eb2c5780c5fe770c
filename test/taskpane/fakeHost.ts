/** A PlanHost whose every method is a jest.fn, answering with the sample plan unless told otherwise. */
import { type Grid, type SummaryLayout, SAMPLE_GRID, SAMPLE_SHEET, SAMPLE_TABLE } from "../../src/core";
import {
  HostError,
  type HostFailure,
  type PlanArea,
  type PlanChoice,
  type PlanHost,
  type PlanSettings,
} from "../../src/taskpane/host";

export const SAMPLE_CHOICE: PlanChoice = { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE };
export const OTHER_SHEET: PlanChoice = { sheet: "หมายเหตุ" };

export class FakeHost implements PlanHost {
  kind: "excel" | "preview" = "excel";
  listPlans = jest.fn(async (): Promise<PlanChoice[]> => [SAMPLE_CHOICE, OTHER_SHEET]);
  readPlan = jest.fn(
    async (_choice: PlanChoice, onProgress?: (done: number, total: number) => void): Promise<Grid> => {
      onProgress?.(SAMPLE_GRID.rows.length, SAMPLE_GRID.rows.length);
      return SAMPLE_GRID;
    },
  );
  writeSummary = jest.fn(async (_layout: SummaryLayout): Promise<string> => "สรุปผลแผน");
  flagRows = jest.fn(async (_area: PlanArea): Promise<void> => undefined);
  selectCell = jest.fn(
    async (_choice: PlanChoice, _row: number, _column: number): Promise<void> => undefined,
  );
  loadSettings = jest.fn((): PlanSettings => this.settings);
  saveSettings = jest.fn(async (settings: PlanSettings): Promise<void> => {
    this.settings = settings;
  });

  constructor(public settings: PlanSettings = {}) {}

  /** The settings last saved, or fails the test when nothing was saved. */
  lastSaved(): PlanSettings {
    const calls = this.saveSettings.mock.calls;
    if (calls.length === 0) throw new Error("saveSettings was never called");
    return calls[calls.length - 1][0];
  }
}

export function hostError(kind: HostFailure, message = `host says ${kind}`): HostError {
  return new HostError(kind, message);
}

/** A grid with the given rows under the sample's header. */
export function gridOf(rows: Grid["rows"], firstRow = 1, firstColumn = 1): Grid {
  return { rows, firstRow, firstColumn };
}

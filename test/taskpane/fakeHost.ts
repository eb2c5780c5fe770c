/**
 * A PlanHost whose every method is a jest.fn, answering with the sample plan unless told otherwise.
 * It keeps the pane's change handlers, so a test can edit the plan as Excel would report it.
 */
import {
  type Grid,
  type PlanTemplate,
  type RollupLayout,
  type SummaryLayout,
  SAMPLE_GRID,
  SAMPLE_SHEET,
  SAMPLE_TABLE,
  headOf,
} from "../../src/core";
import {
  HostError,
  type HostCapabilities,
  type HostFailure,
  type NewPlan,
  type PlanArea,
  type PlanChange,
  type SummaryWrite,
  type PlanChoice,
  type PlanHost,
  type PlanSettings,
  type RollupWrite,
  type RowSelection,
  type SavedFile,
} from "../../src/hosts/planHost";

export const SAMPLE_CHOICE: PlanChoice = { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE };
export const OTHER_SHEET: PlanChoice = { sheet: "หมายเหตุ" };
/** What the notes sheet holds: a few lines of text, no plan. */
export const NOTES_GRID: Grid = {
  rows: [["หมายเหตุ"], ["แผนนี้ปรับปรุงตามมติที่ประชุม"], ["ที่มา: ระบบ e-Plan NACC"]],
  firstRow: 1,
  firstColumn: 1,
};
/** What the fake answers to createTemplate: Excel gives the new table a name of its own. */
export const TEMPLATE_CHOICE: PlanChoice = { sheet: "แผนปฏิบัติการ", table: "PlanProjects2" };

interface Watcher {
  readonly choice: PlanChoice;
  readonly onChange: (change: PlanChange) => void;
}

export class FakeHost implements PlanHost {
  can: HostCapabilities = {
    live: true,
    selectsRows: true,
    rereads: true,
    writesChart: true,
    newPlan: "sheet",
  };
  plans: PlanChoice[] = [SAMPLE_CHOICE, OTHER_SHEET];
  /** The handlers the pane has added and not yet removed. */
  watchers: Watcher[] = [];
  listPlans = jest.fn(async (): Promise<PlanChoice[]> => [...this.plans]);
  readPlan = jest.fn(
    async (_choice: PlanChoice, onProgress?: (done: number, total: number) => void): Promise<Grid> => {
      onProgress?.(SAMPLE_GRID.rows.length, SAMPLE_GRID.rows.length);
      return SAMPLE_GRID;
    },
  );
  /**
   * Each place's head as Excel hands it over: the notes sheet's lines, and the first rows of what
   * readPlan's implementation answers for every other place, so a test's readPlan stands for the whole
   * workbook. Its implementation is called, not readPlan itself: reads of heads are not reads of plans,
   * and a test's one-off answer (mockRejectedValueOnce) stays for the plan's read.
   */
  readHeads = jest.fn(async (choices: readonly PlanChoice[]): Promise<Grid[]> =>
    Promise.all(
      choices.map(async (choice) => {
        if (choice.sheet === OTHER_SHEET.sheet && choice.table === undefined) return NOTES_GRID;
        const read = this.readPlan.getMockImplementation();
        return headOf(read ? await read(choice) : SAMPLE_GRID);
      }),
    ),
  );
  writeSummary = jest.fn(async (_layout: SummaryLayout, _how: SummaryWrite): Promise<string> => "สรุปผลแผน");
  createTemplate = jest.fn(async (_template: PlanTemplate): Promise<NewPlan> => {
    this.plans.push(TEMPLATE_CHOICE);
    return { kind: "sheet", choice: TEMPLATE_CHOICE };
  });
  watchPlan = jest.fn(
    async (choice: PlanChoice, onChange: (change: PlanChange) => void): Promise<() => Promise<void>> => {
      const watcher: Watcher = { choice, onChange };
      this.watchers.push(watcher);
      return async () => {
        this.watchers = this.watchers.filter((other) => other !== watcher);
        await this.unwatch(choice);
      };
    },
  );
  /** Called with the plan whenever the pane removes its handlers for it. */
  unwatch = jest.fn(async (_choice: PlanChoice): Promise<void> => undefined);
  flagRows = jest.fn(async (_area: PlanArea): Promise<void> => undefined);
  removeFlags = jest.fn(async (_choice: PlanChoice | undefined): Promise<void> => undefined);
  selectCell = jest.fn(
    async (_choice: PlanChoice, _row: number, _column: number): Promise<void> => undefined,
  );
  selectRows = jest.fn(async (_choice: PlanChoice, _rows: readonly number[]): Promise<RowSelection> => "all");
  writeRollup = jest.fn(async (_layout: RollupLayout, _how: RollupWrite): Promise<string> => "รวมผล");
  linkedPlan = jest.fn(async (): Promise<PlanChoice | undefined> => undefined);
  loadSettings = jest.fn((): PlanSettings => this.settings);
  saveFile = jest.fn(
    async (_name: string, _bytes: Uint8Array, _type: string): Promise<SavedFile> => "downloaded",
  );
  saveSettings = jest.fn(async (settings: PlanSettings): Promise<void> => {
    this.settings = settings;
  });

  constructor(public settings: PlanSettings = {}) {}

  /** Reports an edit of `choice`'s cells to every handler the pane has for it, as Excel would. */
  edit(choice: PlanChoice = SAMPLE_CHOICE, change: PlanChange = "edited"): void {
    for (const watcher of this.watchers.filter(
      (w) => w.choice.sheet === choice.sheet && w.choice.table === choice.table,
    )) {
      watcher.onChange(change);
    }
  }

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

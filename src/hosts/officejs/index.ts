/**
 * The workbook host inside Excel: the only code that touches the `Excel` global. Each call runs in
 * its own Excel.run batch, and Excel's failures come out as HostError kinds the pane can explain.
 */
import type { PlanTemplate, RollupLayout, SummaryLayout } from "../../core";
import {
  HostError,
  type PlanArea,
  type PlanChange,
  type PlanChoice,
  type PlanHost,
  type PlanSettings,
  type RollupWrite,
  type SummaryWrite,
  type SavedFile,
  sameChoice,
} from "../planHost";
import { downloadBytes } from "../saveFile";
import { downloadFragment } from "./downloadPage";
import { errorCode, toHostError } from "./errors";
import type { SavedFlagRule } from "./flags";
import { listPlans } from "./plans";
import { oneAtATime } from "./queue";
import { readHeads, readPlan } from "./read";
import { DELAY_FOR_CELL_EDIT_API, MINIMUM_EXCEL_API, UNDO_GROUP_API, supportsExcelApi } from "./requirements";
import { selectCell } from "./select";
import { selectRows } from "./selectRows";
import { SETTING, loadPlanSettings, readSetting, savePlanSettings, writeSettings } from "./settings";
import { asOwnWrite, unwatchPlan, watchPlan } from "./watch";

export { errorCode, toHostError } from "./errors";
export type { SavedFlagRule } from "./flags";
export { listPlans } from "./plans";
export { oneAtATime } from "./queue";
export {
  BYTES_PER_CELL,
  PAYLOAD_LIMIT_BYTES,
  type ReadOptions,
  readPlan,
  rowsPerChunk,
  toCell,
} from "./read";
export { MINIMUM_EXCEL_API, supportsExcelApi } from "./requirements";
export { ROLLUP_MARK, type WrittenRollup, lookForRollup, writeRollup } from "./rollupSheet";
export { selectCell } from "./select";
export { MAX_AREAS_ADDRESS, MULTI_AREA_SELECT_API, rowAreas, selectRows } from "./selectRows";
export { SETTING, loadPlanSettings, savePlanSettings } from "./settings";
export {
  CHART_COLUMNS,
  CHART_NAME,
  CHART_ROWS,
  SUMMARY_MARK,
  AREA_MARK,
  type FoundSummary,
  type WrittenSummary,
  findOwnedSummary,
  writeSummary,
} from "./summarySheet";
export { createTemplate } from "./template";
export { type PlanWatch, asOwnWrite, isWriting, unwatchPlan, userChange, watchPlan } from "./watch";

export interface ExcelHostOptions {
  /** The payload limit reads are sized by; Excel on the web's 5 MB by default. */
  readonly payloadBytes?: number;
}

/**
 * Runs a batch in an Excel.run of its own. While the user types in a cell, Excel refuses a request
 * (InvalidOperationInCellEditMode, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling);
 * from ExcelApi 1.11 `delayForCellEdit` makes the request wait until the edit ends instead
 * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions), so a re-read after an edit, or a
 * button pressed mid-typing, goes on once the user presses Enter. Below 1.11 (the manifest asks for
 * 1.7) office.js would leave the option out anyway: the run fails and the pane says Excel is busy.
 */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return hostCall(() => runBatch(batch));
}

function runBatch<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return supportsExcelApi(DELAY_FOR_CELL_EDIT_API)
    ? Excel.run({ delayForCellEdit: true }, batch)
    : Excel.run(batch);
}

/**
 * Runs one write the user asked for (or turned on) as one step of Excel's undo where Excel can
 * (ExcelApi 1.20, `mergeUndoGroup`, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities):
 * a write of several requests is then undone by one Ctrl+Z. Where an API of the write keeps no undo,
 * Excel refuses the group (UndoNotSupported); the write then runs as before, its requests undone one
 * by one. Only rewrites of the add-in's own sheets and rules are grouped, so running one again is safe.
 */
async function runWrite<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return hostCall(async () => {
    if (!supportsExcelApi(UNDO_GROUP_API)) return runBatch(batch);
    try {
      return await Excel.run({ delayForCellEdit: true, mergeUndoGroup: true }, batch);
    } catch (error) {
      if (errorCode(error) !== "UndoNotSupported") throw error;
      return runBatch(batch);
    }
  });
}

/** Checks the requirement set and turns Excel's failures into HostErrors. */
async function hostCall<T>(call: () => Promise<T>): Promise<T> {
  if (typeof Excel === "undefined" || !supportsExcelApi(MINIMUM_EXCEL_API)) {
    throw new HostError("requirement", `This Excel lacks ExcelApi ${MINIMUM_EXCEL_API}.`);
  }
  try {
    return await call();
  } catch (error) {
    throw toHostError(error);
  }
}

/**
 * A rewrite of the add-in's own sheet that found a part of it gone mid-write (its chart, the sheet):
 * another session changed it at that moment (co-authoring), not the user's plan that is gone.
 */
function ownSheetChanged(error: unknown): never {
  if (error instanceof HostError && error.kind === "not-found")
    throw new HostError("conflict", error.message, error.place);
  throw error;
}

function textSetting(name: string): string | undefined {
  const value = readSetting(name);
  return typeof value === "string" ? value : undefined;
}

const summarySheetId = (): string | undefined => textSetting(SETTING.summarySheetId);
const rollupSheetId = (): string | undefined => textSetting(SETTING.rollupSheetId);

function savedFlagRule(): SavedFlagRule | undefined {
  const rule = readSetting(SETTING.flagRule);
  if (typeof rule !== "object" || rule === null || !("sheetId" in rule) || !("formula" in rule))
    return undefined;
  const { sheetId, formula } = rule;
  return typeof sheetId === "string" && typeof formula === "string" ? { sheetId, formula } : undefined;
}

export function createExcelHost(options: ExcelHostOptions = {}): PlanHost {
  // Every write of the add-in goes through here, one at a time.
  const write = oneAtATime();
  return {
    can: { live: true, selectsRows: true, rereads: true, writesChart: true, newPlan: "sheet" },
    listPlans: () => run((context) => listPlans(context, summarySheetId(), rollupSheetId())),
    readPlan: (choice: PlanChoice, onProgress?: (done: number, total: number) => void) =>
      run((context) =>
        readPlan(context, choice, {
          ...(onProgress ? { onProgress } : {}),
          ...(options.payloadBytes === undefined ? {} : { payloadBytes: options.payloadBytes }),
        }),
      ),
    readHeads: (choices: readonly PlanChoice[]) =>
      run((context) =>
        readHeads(
          context,
          choices,
          options.payloadBytes === undefined ? {} : { payloadBytes: options.payloadBytes },
        ),
      ),
    // Painting the summary, the roll-up and the template is loaded when first asked for, not with
    // the pane.
    writeSummary: (layout: SummaryLayout, how: SummaryWrite) =>
      write(async () => {
        const { writeSummary } = await import(/* webpackChunkName: "excel-summary" */ "./summarySheet");
        const written = await runWrite((context) =>
          writeSummary(context, layout, summarySheetId(), how),
        ).catch(ownSheetChanged);
        // The workbook now has a summary to keep honest: the pane opens with it from now on.
        await writeSettings({ [SETTING.summarySheetId]: written.id, [SETTING.autoShow]: true });
        return written.name;
      }),
    // The flag rule's code loads when the user first flags or unflags, not with the host.
    flagRows: (area: PlanArea) =>
      write(async () => {
        const { flagRows } = await import(/* webpackChunkName: "excel-flags" */ "./flags");
        const rule = await runWrite((context) =>
          asOwnWrite(context, () => flagRows(context, area, savedFlagRule())),
        );
        await writeSettings({ [SETTING.flagRule]: rule });
      }),
    removeFlags: (choice: PlanChoice | undefined) =>
      write(async () => {
        const { removeFlags } = await import(/* webpackChunkName: "excel-flags" */ "./flags");
        await runWrite((context) => asOwnWrite(context, () => removeFlags(context, savedFlagRule(), choice)));
        await writeSettings({ [SETTING.flagRule]: undefined });
      }),
    // The template goes on a new sheet no handler watches yet; the guard covers its batch, and no
    // extra round trip is spent waiting for its events.
    createTemplate: (template: PlanTemplate) =>
      write(async () => {
        const { createTemplate } = await import(/* webpackChunkName: "excel-template" */ "./template");
        const choice = await run((context) =>
          asOwnWrite(context, () => createTemplate(context, template), false),
        );
        return { kind: "sheet", choice } as const;
      }),
    async watchPlan(choice: PlanChoice, onChange: (change: PlanChange) => void) {
      const watch = await run((context) => watchPlan(context, choice, onChange));
      let removed = false;
      return async () => {
        if (removed) return;
        await hostCall(() => unwatchPlan(watch));
        removed = true;
      };
    },
    selectCell: (choice: PlanChoice, row: number, column: number) =>
      run((context) => selectCell(context, choice, row, column)),
    selectRows: (choice: PlanChoice, rows: readonly number[]) =>
      run((context) => selectRows(context, choice, rows)),
    writeRollup: (layout: RollupLayout, how: RollupWrite) =>
      write(async () => {
        // With the summary's painting, which it shares.
        const { writeRollup } = await import(/* webpackChunkName: "excel-summary" */ "./rollupSheet");
        const written = await runWrite((context) => writeRollup(context, layout, rollupSheetId(), how)).catch(
          ownSheetChanged,
        );
        await writeSettings({ [SETTING.rollupSheetId]: written.id });
        return written.name;
      }),
    ...settingsOf(write),
    saveFile: async (name: string, bytes: Uint8Array, type: string) => saveFile(name, bytes, type),
  };
}

/** The pane's settings in the document, and the link to the plan chosen that a choice saves. */
function settingsOf(
  write: ReturnType<typeof oneAtATime>,
): Pick<PlanHost, "linkedPlan" | "loadSettings" | "saveSettings"> {
  /** The pane's settings as last loaded or saved: a save writes over only what the pane changed. */
  let known: PlanSettings | undefined;
  return {
    // The link's code loads when first needed (a plan chosen, or one not found by its name).
    async linkedPlan() {
      const { linkedPlan } = await import(/* webpackChunkName: "excel-link" */ "./planLink");
      return run((context) => linkedPlan(context));
    },
    loadSettings: (): PlanSettings => (known = loadPlanSettings()),
    async saveSettings(settings: PlanSettings) {
      const before = known ?? loadPlanSettings();
      known = await savePlanSettings(settings, before);
      // A plan chosen anew (the user's own choice: only those are saved) gets its link.
      const { choice } = settings;
      // The link only helps find the plan after a rename: where Excel refuses it (a protected workbook),
      // the plan is still found by its name.
      if (choice && !sameChoice(choice, before.choice))
        await write(async () => {
          const { linkPlan } = await import(/* webpackChunkName: "excel-link" */ "./planLink");
          await run((context) => linkPlan(context, choice));
        }).catch(() => undefined);
    },
  };
}

/**
 * Excel for Mac's webview saves no download (office-js #3385, #4681; in a dialog neither, #503, #3848).
 * There the add-in's download page opens in the user's browser through openBrowserWindow
 * (OpenBrowserWindowApi 1.1: https://learn.microsoft.com/javascript/api/office/office.ui#office-office-ui-openbrowserwindow-member(1)),
 * carrying the file in its fragment; elsewhere (Windows, the web) the download is saved as in a browser.
 */
function saveFile(name: string, bytes: Uint8Array, type: string): SavedFile {
  const mac =
    Office.context.diagnostics?.platform === Office.PlatformType.Mac ||
    Office.context.diagnostics?.platform === Office.PlatformType.iOS;
  if (mac && Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")) {
    Office.context.ui.openBrowserWindow(
      `${window.location.origin}/download.html${downloadFragment(name, bytes, type)}`,
    );
    return "browser";
  }
  downloadBytes(name, bytes, type);
  return "downloaded";
}

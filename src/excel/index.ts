/**
 * The workbook host inside Excel: the only code that touches the `Excel` global. Each call runs in
 * its own Excel.run batch, and Excel's failures come out as HostError kinds the pane can explain.
 */
import type { SummaryLayout } from "../core";
import {
  HostError,
  type PlanArea,
  type PlanChoice,
  type PlanHost,
  type PlanSettings,
} from "../taskpane/host";
import { toHostError } from "./errors";
import { type FlagRule, flagRows } from "./flags";
import { listPlans } from "./plans";
import { readPlan } from "./read";
import { MINIMUM_EXCEL_API, supportsExcelApi } from "./requirements";
import { selectCell } from "./select";
import { SETTING, loadPlanSettings, readSetting, savePlanSettings, writeSettings } from "./settings";
import { writeSummary } from "./summarySheet";

export { errorCode, toHostError } from "./errors";
export { FLAG_FILL, type FlagRule, flagFormula, flagRows } from "./flags";
export { listPlans } from "./plans";
export {
  BYTES_PER_CELL,
  PAYLOAD_LIMIT_BYTES,
  type ReadOptions,
  readPlan,
  rowsPerChunk,
  toCell,
} from "./read";
export { MINIMUM_EXCEL_API, supportsExcelApi } from "./requirements";
export { selectCell } from "./select";
export { SETTING, loadPlanSettings, savePlanSettings } from "./settings";
export {
  SUMMARY_FONT,
  SUMMARY_SHEET_NAME,
  type WrittenSummary,
  freeSheetName,
  writeSummary,
} from "./summarySheet";

export interface ExcelHostOptions {
  /** The payload limit reads are sized by; Excel on the web's 5 MB by default. */
  readonly payloadBytes?: number;
}

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (typeof Excel === "undefined" || !supportsExcelApi(MINIMUM_EXCEL_API)) {
    throw new HostError("requirement", `This Excel lacks ExcelApi ${MINIMUM_EXCEL_API}.`);
  }
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toHostError(error);
  }
}

function summarySheetId(): string | undefined {
  const id = readSetting(SETTING.summarySheetId);
  return typeof id === "string" ? id : undefined;
}

function flagRule(): FlagRule | undefined {
  const rule = readSetting(SETTING.flagRule);
  if (typeof rule !== "object" || rule === null || !("sheetId" in rule) || !("formula" in rule))
    return undefined;
  const { sheetId, formula } = rule;
  return typeof sheetId === "string" && typeof formula === "string" ? { sheetId, formula } : undefined;
}

export function createExcelHost(options: ExcelHostOptions = {}): PlanHost {
  return {
    kind: "excel",
    listPlans: () => run((context) => listPlans(context, summarySheetId())),
    readPlan: (choice: PlanChoice, onProgress?: (done: number, total: number) => void) =>
      run((context) =>
        readPlan(context, choice, {
          ...(onProgress ? { onProgress } : {}),
          ...(options.payloadBytes === undefined ? {} : { payloadBytes: options.payloadBytes }),
        }),
      ),
    async writeSummary(layout: SummaryLayout) {
      const written = await run((context) => writeSummary(context, layout, summarySheetId()));
      await writeSettings({ [SETTING.summarySheetId]: written.id });
      return written.name;
    },
    async flagRows(area: PlanArea) {
      const rule = await run((context) => flagRows(context, area, flagRule()));
      await writeSettings({ [SETTING.flagRule]: rule });
    },
    selectCell: (choice: PlanChoice, row: number, column: number) =>
      run((context) => selectCell(context, choice, row, column)),
    loadSettings: (): PlanSettings => loadPlanSettings(),
    saveSettings: (settings: PlanSettings) => savePlanSettings(settings),
  };
}

/**
 * Runs in the browser before the pane's own scripts (page.addInitScript): installs the fake Excel over
 * a workbook holding the sample plan and a sheet of the user's own, and answers Office.onReady as
 * Excel does. The workbook stays reachable as `window.fakeWorkbook` for the test to read back and to
 * edit as the user would. A script run before this one may set `window.fakeWorkbookOptions` to claim
 * a newer requirement set or to add sheets (other offices' plans), and `window.fakeFindingsPlan` to add
 * a sheet with a plan of that many findings (findingsPlan.ts), for the check step at scale.
 */
import { SAMPLE_HEADER_ROW, SAMPLE_ROWS, SAMPLE_SHEET, SAMPLE_TABLE } from "../../src/core";
import {
  FakeEventHandlerResult,
  FakeRequestContext,
  installFakeExcel,
  type FakeChangedEventArgs,
  type FakeSheetSpec,
  type FakeWorkbook,
} from "../fakes/excel";
import { FINDINGS_SHEET, findingsPlanRows, type FindingsPlan } from "./findingsPlan";

/** What a test may ask of the fake workbook before the page loads. */
export interface FakeWorkbookOptions {
  readonly apiVersion?: string;
  readonly extraSheets?: readonly FakeSheetSpec[];
}

declare global {
  interface Window {
    fakeWorkbookOptions?: FakeWorkbookOptions;
    fakeWorkbook: FakeWorkbook;
    /** Every change event raised on the plan's sheet, the add-in's own writes included. */
    planEvents: FakeChangedEventArgs[];
    /** Set by an earlier init script: adds a sheet holding a plan with this many findings. */
    fakeFindingsPlan?: FindingsPlan;
  }
}

/** A sheet of the user's own under the name a careless writer would take for its summary. */
const USER_SHEET: FakeSheetSpec = {
  name: "สรุปผล",
  rows: [
    ["สรุปผลที่ผู้ใช้ทำเอง", null],
    ["งบประมาณตามแผน", 428000],
    ["หมายเหตุ", "ห้ามเขียนทับ"],
  ],
};

const options = window.fakeWorkbookOptions ?? {};
window.fakeWorkbook = installFakeExcel({
  // 1.9 has the summary's print setup and the template's drop-down lists (1.8), yet not 1.14's
  // triggerSource, so the add-in's own guard is all that keeps its writes from looking like edits.
  apiVersion: options.apiVersion ?? "1.9",
  sheets: [
    {
      name: SAMPLE_SHEET,
      rows: SAMPLE_ROWS.slice(0, SAMPLE_HEADER_ROW - 1),
      tables: [
        {
          name: SAMPLE_TABLE,
          row: SAMPLE_HEADER_ROW,
          column: 1,
          rows: SAMPLE_ROWS.slice(SAMPLE_HEADER_ROW - 1),
        },
      ],
    },
    USER_SHEET,
    ...(window.fakeFindingsPlan
      ? [{ name: FINDINGS_SHEET, rows: findingsPlanRows(window.fakeFindingsPlan) }]
      : []),
    ...(options.extraSheets ?? []),
  ],
});
// The user is on a sheet of their own when they open the pane.
window.fakeWorkbook.activeSheet = window.fakeWorkbook.sheet(USER_SHEET.name);

// A listener of the test's own, so a test can tell that the add-in's writes did raise events for
// its guard to ignore, rather than raising none.
window.planEvents = [];
window.fakeWorkbook.addHandler({
  sheet: window.fakeWorkbook.sheet(SAMPLE_SHEET),
  type: "WorksheetChanged",
  handler: (event: FakeChangedEventArgs) => window.planEvents.push(event),
  result: new FakeEventHandlerResult(new FakeRequestContext(window.fakeWorkbook)),
});

// The fake stands in for office.js, which the test replaces with an empty script; so Office.onReady
// and the enums the pane reads come from here, saying what Excel says: the host is Excel.
const ready = { host: "Excel", platform: "OfficeOnline" };
Object.assign(Office, {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
  onReady: (callback?: (info: typeof ready) => void) =>
    Promise.resolve(ready).then((info) => {
      callback?.(info);
      return info;
    }),
});

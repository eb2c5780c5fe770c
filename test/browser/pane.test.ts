/**
 * The built task pane in Chromium: served from dist/ on 127.0.0.1 with office.js answered locally and
 * every other request refused. Outside Office it must show the sample in preview; over the fake Excel
 * it must read the plan, take the user to a cell, give the memo paragraph, write the summary sheet
 * (with the memo, chart and print setup), flag the rows, follow the user's edits of the plan, and
 * create a new plan from the template, through the real pane and the real Excel adapter.
 */
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import {
  FORMAT,
  MESSAGES,
  SUMMARY_WORDS,
  ROLLUP_SHEET_WORDS,
  SAMPLE_GRID,
  SAMPLE_SHEET,
  SAMPLE_TABLE,
  analyzePlan,
  listAlert,
  describeIssue,
  flagRule,
  memoText,
  type Issue,
  rowsText,
} from "../../src/core";
import { DIMENSION_NAMES } from "../../src/core/cells/vocabulary";
import {
  TEMPLATE_DIMENSIONS,
  TEMPLATE_SHEET,
  TEMPLATE_STATUSES,
  TEMPLATE_COLUMNS,
  TEMPLATE_REASONS,
} from "../../src/core/layout/template";
import { FLAG_FILL } from "../../src/core/layout/flagRule";
import { thaiDate } from "../../src/core/rows/period";
import { type IssueCode } from "../../src/core/checks/issues";
import { PAGE_PRINT } from "../../src/core/layout/pagePrint";
import { traceReport } from "../../src/core/summary/trace";
import { rowAreas } from "../../src/hosts/officejs/selectRows";
import { THREE_OFFICES } from "../excel/fixtures";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { MEMO_STRINGS } from "../../src/taskpane/words/memoStrings";
import { TRACE_STRINGS } from "../../src/taskpane/words/traceStrings";
import { ROLLUP_PANEL_STRINGS } from "../../src/taskpane/words/rollupPanelStrings";
import { NOT_CARRIED_OUT_STRINGS } from "../../src/taskpane/words/notCarriedOutStrings";
import { CARDS_PER_PAGE } from "../../src/taskpane/views/CheckStep";
import { RECHECK_DELAY_MS } from "../../src/taskpane/state/usePlan";
import type { FakeCell, FakeCellInput, FakeRangeRef, FakeSheetSnapshot } from "../fakes/excel";
import type { FakeWorkbookOptions } from "./excel-page";
import {
  RESULTS,
  RING,
  focusRing,
  openStep,
  openPane,
  screenshot,
  openSettings,
  seriousViolations,
  servePane,
  type PaneSession,
  type ServedPane,
  chromiumSuite,
} from "./browser";
import { bundleFakeExcel } from "./build";
import { FINDINGS_PLAN, FINDINGS_SHEET } from "./findingsPlan";
import { parsePolicy, sourcesFor } from "./csp";
import { OFFICE_CDN } from "./offline";
import type { StaticServer } from "./server";

const SUMMARY_SHEET_NAME = SUMMARY_WORDS.th.sheetName;

const SETUP_MS = 300_000;
const th = STRINGS.th;
const summaryWords = SUMMARY_WORDS.th;

const suite = chromiumSuite();

/** The sample as core reads it: what the pane must show. */
const sample = analyzePlan(SAMPLE_GRID, { source: { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE } })!;
function sampleIssue(code: IssueCode): Issue {
  const issue = sample.issues.find((candidate) => candidate.code === code);
  if (!issue) throw new Error(`the sample has no ${code} issue`);
  return issue;
}

/** The summary's rows for dimension 3 and the total, as the pane's preview shows them. */
const DIMENSION_3_ROW = [
  `3. ${DIMENSION_NAMES[3]}`,
  "2",
  "20,000.00",
  "2",
  "18,495.00",
  "0",
  "100.00",
  "92.48",
];
const TOTAL_ROW = [summaryWords.total, "16", "401,900.00", "15", "330,095.00", "1", "93.75", "82.13"];
/** The same rows as values and number formats in the written sheet. */
const COLUMN_FORMATS = [FORMAT.count, FORMAT.baht, FORMAT.count, FORMAT.baht, FORMAT.count];
const WRITTEN_DIMENSION_3 = [2, 20000, 2, 18495, 0, 100, 92.48];
const WRITTEN_TOTAL = [16, 401900, 15, 330095, 1, 93.75, 82.13];
const WRITTEN_FORMATS = [...COLUMN_FORMATS, FORMAT.percent, FORMAT.percent];
/** The four dimensions as the table labels them: by the plan's own section names where it has them. */
const DIMENSION_LABELS = sample.summary.dimensions.map(({ dimension, name }) => `${dimension}. ${name}`);
/** Planned and disbursed budget by dimension, in baht, as the sample's rows add them up. */
const PLANNED_BY_DIMENSION = [35000, 23000, 20000, 323900];
const DISBURSED_BY_DIMENSION = [17175, 23000, 18495, 271425];

/** The opening of the memo paragraph: what the rows add up to, not the 428,000 the plan states. */
const MEMO_TOTAL = "ทั้งหมด 16 โครงการ งบประมาณรวมทั้งสิ้น 401,900.00 บาท";
const MEMO_CONTROL_NOTE = MEMO_STRINGS.th.controlNote(
  MESSAGES.th.fields.plannedBudget,
  undefined,
  "401,900.00",
  "428,000.00",
);
/** What the user types in the plan while the pane watches it. */
const REASON = "งดจัดกิจกรรมเนื่องจากสถานการณ์อุทกภัย";
/** The note of 1.5, the project not carried out. */
const REASON_CELL = "H9";
/** The disbursed budget of 1.1, 17,175 in the sample. */
const DISBURSED_CELL = "F5";
const DISBURSED_EDITED = 20000;
/** The total row once 1.1 disbursed 20,000: 330,095 + 2,825 = 332,920 baht, 82.84 % of 401,900. */
const WRITTEN_TOTAL_EDITED = [16, 401900, 15, 332920, 1, 93.75, 82.84];

/** The summary's table as the report prints it: on a narrow pane, one switch away from the cards. */
async function showTable(page: Page): Promise<void> {
  const toTable = page.getByRole("switch", { name: th.summary.showTable });
  // Whichever shows first: the table where it fits, the switch to it where it does not.
  await page.getByRole("region", { name: th.summary.previewLabel }).or(toTable).first().waitFor();
  if ((await toTable.count()) > 0 && !(await toTable.isChecked())) await toTable.check();
}

/** The texts of the summary preview's row whose first cell is `label`. */
async function previewRow(page: Page, label: string): Promise<string[]> {
  await showTable(page);
  const table = page.getByRole("region", { name: th.summary.previewLabel });
  const row = table.getByRole("row").filter({ has: page.getByRole("cell", { name: label, exact: true }) });
  return (await row.locator("th, td").allInnerTexts()).map((text) => text.trim());
}

/** A snapshot's cells by 0-based row, then column. */
function cellRows(sheet: FakeSheetSnapshot): Map<number, Map<number, FakeCell>> {
  const byRow = new Map<number, Map<number, FakeCell>>();
  for (const [at, cell] of sheet.cells) {
    const [row, column] = at.split(",").map(Number);
    if (!byRow.has(row)) byRow.set(row, new Map());
    byRow.get(row)!.set(column, cell);
  }
  return byRow;
}

/** The 0-based index of the one row whose first cell passes `label`. */
function rowIndex(sheet: FakeSheetSnapshot, label: (value: unknown) => boolean): number {
  const found = [...cellRows(sheet)].filter(([, cells]) => label(cells.get(0)?.value));
  if (found.length !== 1) throw new Error(`expected one such row on ${sheet.name}, found ${found.length}`);
  return found[0][0];
}

/** Values and number formats of a written sheet's row, from its second column on. */
function sheetRow(
  sheet: FakeSheetSnapshot,
  label: (value: unknown) => boolean,
): { values: unknown[]; formats: string[] } {
  const cells = cellRows(sheet).get(rowIndex(sheet, label))!;
  const right = Math.max(...cells.keys());
  const rest = Array.from({ length: right }, (_, i) => cells.get(i + 1));
  return {
    values: rest.map((cell) => cell?.value ?? null),
    formats: rest.map((cell) => cell?.numberFormat ?? "General"),
  };
}

/** The first-column cells under the memo heading, down to the first empty row. */
function memoCells(sheet: FakeSheetSnapshot): { row: number; cell: FakeCell }[] {
  const rows = cellRows(sheet);
  const heading = rowIndex(sheet, (value) => value === summaryWords.memoHeading);
  const found: { row: number; cell: FakeCell }[] = [];
  for (let row = heading + 1; typeof rows.get(row)?.get(0)?.value === "string"; row++) {
    found.push({ row, cell: rows.get(row)!.get(0)! });
  }
  return found;
}

/** The A1 address of the summary's status line: the line right above the table's header. */
function statusAddress(sheet: FakeSheetSnapshot): string {
  return `A${rowIndex(sheet, (value) => value === summaryWords.dimension)}`;
}

function snapshotOf(page: Page, sheet: string): Promise<FakeSheetSnapshot> {
  return page.evaluate((name) => window.fakeWorkbook.snapshot(name), sheet);
}

/** One cell as the fake holds it; undefined where nothing was ever written. */
function cellOf(page: Page, sheet: string, address: string): Promise<FakeCell | undefined> {
  return page.evaluate((at) => window.fakeWorkbook.sheet(at.sheet).at(at.address), { sheet, address });
}

/** The user typing into a cell; the fake raises onChanged as Excel does for a real edit. */
async function userEdit(page: Page, sheet: string, address: string, value: FakeCellInput): Promise<void> {
  await page.evaluate((edit) => window.fakeWorkbook.userEdit(edit.sheet, edit.address, edit.value), {
    sheet,
    address,
    value,
  });
}

/** The values of the cells a chart's series refers to, as one list. */
async function chartValues(page: Page, ref: FakeRangeRef | undefined): Promise<unknown[]> {
  if (!ref) throw new Error("the chart series has no such range");
  return (await page.evaluate((at) => window.fakeWorkbook.valuesAt(at), ref)).flat();
}

suite("the task pane in Chromium", () => {
  let served: ServedPane<string> | undefined;
  let browser: Browser;
  let server: StaticServer;
  let fakeExcel: string;

  beforeAll(async () => {
    served = await servePane("pane-test", bundleFakeExcel);
    ({ browser, server, made: fakeExcel } = served);
  }, SETUP_MS);

  afterAll(async () => {
    await served?.close();
  });

  it("serves taskpane.html with a Content-Security-Policy that allows no eval and scripts only from itself and office.js's CDN", async () => {
    const html = await (await fetch(`${server.origin}/taskpane.html`)).text();
    const metas = (html.match(/<meta\b[^>]*>/gi) ?? []).filter((tag) =>
      /http-equiv\s*=\s*"?content-security-policy"?/i.test(tag),
    );
    expect(metas).toHaveLength(1);
    const content = /content\s*=\s*"([^"]*)"/i.exec(metas[0])?.[1];
    expect(content).toBeDefined();
    expect(content).not.toContain("'unsafe-eval'");

    const policy = parsePolicy(content!);
    expect(policy.has("script-src")).toBe(true);
    const scripts = sourcesFor(policy, "script-src")!;
    expect(scripts).toContain("'self'");
    const cdn = new URL(OFFICE_CDN).origin;
    for (const source of scripts.filter((s) => s !== "'self'")) {
      // An origin, or a path under it: "https://appsforoffice.microsoft.com.example" must not pass.
      expect(source.startsWith("https://") ? new URL(source).origin : source).toBe(cdn);
    }
  });

  describe("outside Office (preview)", () => {
    let pane: PaneSession;

    beforeAll(async () => {
      pane = await openPane(browser, server.origin, "real");
    }, SETUP_MS);

    afterAll(async () => {
      await pane?.context.close();
    });

    it("says it is a preview and summarises the sample as the seed report does", async () => {
      const { page } = pane;
      await page.getByText(th.previewBanner).waitFor({ timeout: 30_000 });
      await openStep(page, th.steps.summary);
      expect(await previewRow(page, DIMENSION_3_ROW[0])).toEqual(DIMENSION_3_ROW);
      expect(await previewRow(page, summaryWords.total)).toEqual(TOTAL_ROW);
      await screenshot(page, "preview.png");
    });

    it("shows the headline figures at 350 px without scrolling sideways, and keeps the first column when the table scrolls", async () => {
      const { page } = pane;
      await openStep(page, th.steps.summary);
      const figures = page.getByRole("region", { name: th.summary.figures.heading });
      for (const term of [th.summary.figures.pctProjects, th.summary.figures.pctBudget]) {
        const box = await figures.getByText(term).boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x + box!.width).toBeLessThanOrEqual(350);
      }
      await figures.getByText("93.75%").waitFor();
      await showTable(page);
      const table = page.getByRole("region", { name: th.summary.previewLabel });
      const label = table.getByRole("cell", { name: summaryWords.total, exact: true });
      const before = (await label.boundingBox())!.x;
      await table.evaluate((scroller) => scroller.scrollBy(400, 0));
      await page.waitForTimeout(100);
      expect(Math.abs((await label.boundingBox())!.x - before)).toBeLessThanOrEqual(1);
      // The title is not in the scrolling area: it stays in view at any scroll.
      expect(await table.getByText(/ประจำปีงบประมาณ/).count()).toBe(0);
      await table.evaluate((scroller) => scroller.scrollTo(0, 0));
    });

    it("lists the memo's control total that the rows do not add up to", async () => {
      const { page } = pane;
      await openStep(page, th.steps.check(sample.issues.length));
      const mismatch = describeIssue(sampleIssue("control-total-mismatch"), "th");
      await page.getByText(mismatch).waitFor();
    });

    it("has no serious or critical accessibility violation", async () => {
      const { page } = pane;
      await openStep(page, th.steps.summary);
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("gives the memo paragraph of the sample", async () => {
      const { page } = pane;
      await openStep(page, th.steps.memo);
      const text = await page.getByRole("textbox", { name: summaryWords.memoHeading }).inputValue();
      expect(text).toContain(MEMO_TOTAL);
      expect(text).toBe(memoText(sample, "th"));
    });

    it("loads nothing but its own files and office.js, and throws nothing", () => {
      expect(pane.network.blocked).toEqual([]);
      expect(pane.network.officeMissing).toEqual([]);
      expect(pane.network.officeFiles).toContain("office.js");
      expect(pane.pageErrors).toEqual([]);
    });
  });

  describe("inside Excel (the fake workbook)", () => {
    let pane: PaneSession;
    let planBefore: FakeSheetSnapshot;
    let userSheetBefore: FakeSheetSnapshot;
    /** The summary sheet the add-in owns: the user's own sheet holds the plain name. */
    const owned = `${SUMMARY_SHEET_NAME} (2)`;
    let statusCell: string;

    beforeAll(async () => {
      pane = await openPane(browser, server.origin, "stub", { initScript: fakeExcel, clock: true });
      planBefore = await snapshotOf(pane.page, SAMPLE_SHEET);
      userSheetBefore = await snapshotOf(pane.page, SUMMARY_SHEET_NAME);
    }, SETUP_MS);

    afterAll(async () => {
      await pane?.context.close();
    });

    it("opens the sample plan's table, picked from the plan list", async () => {
      const { page } = pane;
      await openSettings(page);
      await page
        .getByRole("combobox", { name: th.plan.choose })
        .selectOption({ label: th.plan.table(SAMPLE_TABLE, SAMPLE_SHEET) });
      await page.getByRole("button", { name: th.plan.goToCheck }).waitFor({ timeout: 30_000 });
      expect(await page.getByText(th.plan.columnsHeading).count()).toBe(0);
      await page.getByRole("tab", { name: th.steps.check(sample.issues.length), exact: true }).waitFor();
      expect(await page.getByText(th.previewBanner).count()).toBe(0);
      await screenshot(page, "excel-plan.png");
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("lists the issues and takes the user to the cell that lacks a reason", async () => {
      const { page } = pane;
      await openStep(page, th.steps.check(sample.issues.length));
      await page.getByText(describeIssue(sampleIssue("control-total-mismatch"), "th")).waitFor();
      await page.getByRole("button", { name: describeIssue(sampleIssue("missing-reason"), "th") }).click();
      await page.waitForFunction(() => window.fakeWorkbook.selection !== undefined, undefined, {
        timeout: 30_000,
      });
      const where = await page.evaluate(() => ({
        active: window.fakeWorkbook.activeSheet?.name,
        selection: window.fakeWorkbook.selection,
      }));
      expect(where).toEqual({ active: SAMPLE_SHEET, selection: { sheet: SAMPLE_SHEET, address: "H9" } });
      await screenshot(page, "excel-check.png");
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("shows a 2 px ring on a finding's card that has the keyboard's focus, its severity stripe kept", async () => {
      const { page } = pane;
      await openStep(page, th.steps.check(sample.issues.length));
      // The sample has no errors: its warnings come first, their heading where Tab starts.
      const heading = page.locator("#issues-warning");
      const card = heading.locator("xpath=..").locator("ul button").first();
      const stripe = () => card.evaluate((node) => getComputedStyle(node).borderLeftColor);
      const unfocused = await stripe();
      await heading.focus();
      await page.keyboard.press("Tab");
      expect(await card.evaluate((node) => node === document.activeElement)).toBe(true);
      expect(await focusRing(page)).toEqual(expect.objectContaining(RING));
      expect(await stripe()).toBe(unfocused);
    });

    it("gives the memo paragraph with the control-total note, and copies it to the clipboard", async () => {
      const { context, page } = pane;
      await openStep(page, th.steps.memo);
      const field = page.getByRole("textbox", { name: summaryWords.memoHeading });
      const text = await field.inputValue();
      expect(text).toContain(MEMO_TOTAL);
      expect(text).toBe(memoText(sample, "th"));
      await page.getByText(MEMO_CONTROL_NOTE, { exact: true }).waitFor();

      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
      await page.getByRole("button", { name: MEMO_STRINGS.th.copy, exact: true }).click();
      await page.getByText(MEMO_STRINGS.th.copied, { exact: true }).waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

      // The switch that writes it under the table is in the summary step, beside the write button.
      await page.getByText(MEMO_STRINGS.th.underTable(false), { exact: true }).waitFor();
      await screenshot(page, "excel-memo.png");
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("writes the summary to a sheet of its own, leaving the user's sheet of the same name alone", async () => {
      const { page } = pane;
      await openStep(page, th.steps.summary);
      await page.getByText(th.summary.sheetNote(true), { exact: true }).waitFor();
      // The summary is written with the memo paragraph under its table.
      const withMemo = page.getByRole("switch", { name: th.summary.withMemo });
      await withMemo.check();
      expect(await withMemo.isChecked()).toBe(true);
      const before = new Date();
      await page.getByRole("button", { name: th.summary.write, exact: true }).click();
      await page.getByText(th.summary.written(owned)).waitFor({ timeout: 30_000 });
      const after = new Date();
      // The sample has warnings but no errors, so the pane writes without asking.
      expect(await page.getByRole("alertdialog").count()).toBe(0);

      const names = await page.evaluate(() => window.fakeWorkbook.sheetNames());
      expect(names).toEqual([SAMPLE_SHEET, SUMMARY_SHEET_NAME, owned]);
      const written = await snapshotOf(page, owned);
      const dimension3 = sheetRow(written, (value) => typeof value === "string" && value.startsWith("3. "));
      expect(dimension3).toEqual({ values: WRITTEN_DIMENSION_3, formats: WRITTEN_FORMATS });
      const total = sheetRow(written, (value) => value === summaryWords.total);
      expect(total).toEqual({ values: WRITTEN_TOTAL, formats: WRITTEN_FORMATS });
      statusCell = statusAddress(written);
      // No errors: the status line is core's self-check alone, a formula that shows nothing until the
      // plan no longer matches (spec §6.1; the fake does not calculate, LibreOffice does in test/print).
      expect(await cellOf(page, owned, statusCell)).toMatchObject({ value: null, numberFormat: "General" });
      expect((await cellOf(page, owned, statusCell))?.formula).toMatch(/^=IF\(OR\(/);

      const userSheet = await snapshotOf(page, SUMMARY_SHEET_NAME);
      expect(userSheet).toEqual(userSheetBefore);
      await screenshot(page, "excel-summary.png");
      expect(await seriousViolations(page)).toEqual([]);

      // The memo paragraph, line by line as text, under the table, each line across the table's width.
      const rows = cellRows(written);
      const totalRow = rowIndex(written, (value) => value === summaryWords.total);
      const right = Math.max(...rows.get(totalRow)!.keys());
      const memo = memoCells(written);
      expect(memo.map(({ cell }) => cell.value).join("\n")).toBe(memoText(sample, "th"));
      expect(memo.every(({ cell }) => cell.numberFormat === FORMAT.text)).toBe(true);
      expect(memo[0].row).toBeGreaterThan(totalRow);
      for (const { row } of memo) {
        expect(written.merges).toContainEqual({ top: row, left: 0, bottom: row, right });
      }

      // Planned against disbursed budget, by the four dimensions, from the sheet's own cells.
      const header = rowIndex(written, (value) => value === summaryWords.dimension);
      expect(written.charts).toHaveLength(1);
      const [chart] = written.charts;
      expect(chart).toMatchObject({ type: "BarClustered", title: summaryWords.chartTitle });
      expect(chart.series.map((series) => series.name)).toEqual([
        summaryWords.plannedBudget,
        summaryWords.disbursed,
      ]);
      // The table's body starts under its two header rows.
      const labels = [2, 3, 4, 5].map((below) => rows.get(header + below)?.get(0)?.value);
      expect(labels).toEqual(DIMENSION_LABELS);
      for (const series of chart.series) {
        expect([series.values.sheetId, series.xValues?.sheetId]).toEqual([written.id, written.id]);
        expect(await chartValues(page, series.xValues)).toEqual(DIMENSION_LABELS);
      }
      expect(await chartValues(page, chart.series[0].values)).toEqual(PLANNED_BY_DIMENSION);
      expect(await chartValues(page, chart.series[1].values)).toEqual(DISBURSED_BY_DIMENSION);

      // A4 landscape, one page wide, and a footer to trace it.
      const secondHeader = [...(rows.get(header + 1)?.values() ?? [])].map((cell) => cell.value);
      expect(secondHeader).toContain(summaryWords.byProjects);
      const source = summaryWords.source(
        `${summaryWords.sheet(SAMPLE_SHEET)} ${summaryWords.table(SAMPLE_TABLE)}`,
        sample.rows.length,
        sample.source.headerRow,
        sample.source.lastRow,
      );
      expect(written.pageLayout).toEqual({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: null },
        // The sample's table fits its first page: no rows repeat (spec §6).
        leftFooter: expect.stringMatching(/^จัดทำเมื่อ /),
        rightFooter: `${source} · ${summaryWords.footerCheck(0, 2)}`,
        // Core's margins, in inches, as Office.js takes them: in points (72 a inch).
        margins: Object.fromEntries(
          Object.entries(PAGE_PRINT.margins).map(([side, inches]) => [
            side,
            Math.round(inches * 72 * 10) / 10,
          ]),
        ),
      });
      const dates = [before, after].map((date) => summaryWords.footerWritten(thaiDate(date, "th")));
      expect(dates).toContain(written.pageLayout.leftFooter);
    });

    it("flags the row not carried out with a conditional format, and changes no cell of the plan", async () => {
      const { page } = pane;
      await openStep(page, th.steps.notCarriedOut(sample.notCarriedOut.length));
      const eventsBefore = await page.evaluate(() => window.planEvents.length);
      await page.getByRole("button", { name: NOT_CARRIED_OUT_STRINGS.th.flag(1), exact: true }).click();
      await page.getByText(th.notCarriedOut.flagged(1)).waitFor({ timeout: 30_000 });

      const plan = await snapshotOf(page, SAMPLE_SHEET);
      expect(plan.conditionalFormats).toHaveLength(1);
      const [rule] = plan.conditionalFormats;
      // Row 9, columns A to H, 0-based.
      expect(rule.area.top).toBeLessThanOrEqual(8);
      expect(rule.area.bottom).toBeGreaterThanOrEqual(8);
      expect([rule.area.left, rule.area.right]).toEqual([0, 7]);
      expect(rule).toMatchObject({ type: "Custom", formula: flagRule(sample)!.formula, fill: FLAG_FILL });
      expect(plan.cells).toEqual(planBefore.cells);
      await screenshot(page, "excel-flagged.png");
      expect(await seriousViolations(page)).toEqual([]);

      // The flag raised onChanged on the watched sheet, as Excel does for the add-in's own writes; it is
      // no edit of the user's, so no re-check may follow: run the timers past the debounce, then look.
      expect(await page.evaluate(() => window.planEvents.length)).toBeGreaterThan(eventsBefore);
      const syncs = await page.evaluate(() => window.fakeWorkbook.syncCount);
      await page.clock.runFor(RECHECK_DELAY_MS * 3);
      expect(await page.evaluate(() => window.fakeWorkbook.syncCount)).toBe(syncs);
      expect((await cellOf(page, owned, statusCell))?.value ?? null).toBeNull();
      expect(await page.getByText(th.summary.staleTitle).count()).toBe(0);
    });

    it("checks the plan again after the user edits it and says the summary is out of date, writing nothing", async () => {
      const { page } = pane;
      const summaryBefore = await snapshotOf(page, owned);
      const syncs = await page.evaluate(() => window.fakeWorkbook.syncCount);
      const settingsSaves = await page.evaluate(() => window.fakeWorkbook.settings.saveCount);
      await userEdit(page, SAMPLE_SHEET, REASON_CELL, REASON);
      // The reason was the one missing: one issue fewer.
      // The tab's name carries the count; the tab may sit in the menu of the steps that did not fit.
      await page
        .locator(`[role="tab"][aria-label="${th.steps.check(sample.issues.length - 1)}"]`)
        .waitFor({ state: "attached", timeout: 30_000 });
      await page.getByText(th.summary.staleTitle, { exact: true }).waitFor();
      // The summary's own status line says it in the sheet; the pane wrote nothing, and only read.
      expect(await snapshotOf(page, owned)).toEqual(summaryBefore);
      expect(await page.evaluate(() => window.fakeWorkbook.syncCount)).toBeGreaterThan(syncs);
      expect(await page.evaluate(() => window.fakeWorkbook.settings.saveCount)).toBe(settingsSaves);
      await openStep(page, th.steps.notCarriedOut(1));
      await page.getByText(NOT_CARRIED_OUT_STRINGS.th.reason(REASON), { exact: true }).waitFor();
      await screenshot(page, "excel-stale.png");
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("rewrites the summary by itself after an edit once the user asks it to, without asking", async () => {
      const { page } = pane;
      await openStep(page, th.steps.summary);
      const auto = page.getByRole("switch", { name: th.summary.autoRewrite });
      await auto.check();
      expect(await auto.isChecked()).toBe(true);

      await userEdit(page, SAMPLE_SHEET, DISBURSED_CELL, DISBURSED_EDITED);
      await page.getByText(th.summary.rewritten(owned)).waitFor({ timeout: 30_000 });
      expect(await page.getByRole("alertdialog").count()).toBe(0);
      expect(await page.getByText(th.summary.staleTitle).count()).toBe(0);

      const names = await page.evaluate(() => window.fakeWorkbook.sheetNames());
      expect(names).toEqual([SAMPLE_SHEET, SUMMARY_SHEET_NAME, owned]);
      const rewritten = await snapshotOf(page, owned);
      const total = sheetRow(rewritten, (value) => value === summaryWords.total);
      expect(total).toEqual({ values: WRITTEN_TOTAL_EDITED, formats: WRITTEN_FORMATS });
      // Fresh again: the status line no longer says it is out of date.
      expect(statusAddress(rewritten)).toBe(statusCell);
      expect((await cellOf(page, owned, statusCell))?.value ?? null).toBeNull();
      // Both edits are in the memo lines under the table: the reason and the new disbursed total.
      const memo = memoCells(rewritten).map(({ cell }) => String(cell.value));
      expect(memo.at(-1)).toContain(REASON);
      expect(memo.at(-1)).toContain("332,920.00");
    });

    it("creates a new plan sheet from the template with the sample, and summarises it", async () => {
      const { page } = pane;
      const table = `${SAMPLE_TABLE}2`;
      await openStep(page, th.steps.plan);
      await page.getByRole("checkbox", { name: th.plan.withSample }).check();
      await page.getByRole("button", { name: th.plan.createTemplate, exact: true }).click();
      await page.getByText(th.plan.created(TEMPLATE_SHEET)).waitFor({ timeout: 30_000 });
      await openSettings(page);
      await page
        .getByRole("combobox", { name: th.plan.choose })
        .filter({ hasText: th.plan.table(table, TEMPLATE_SHEET) })
        .waitFor({ timeout: 30_000 });

      const workbook = await page.evaluate(() => ({
        names: window.fakeWorkbook.sheetNames(),
        active: window.fakeWorkbook.activeSheet?.name,
        tables: window.fakeWorkbook.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, area: t.area })),
      }));
      expect(workbook.names).toEqual([SAMPLE_SHEET, SUMMARY_SHEET_NAME, owned, TEMPLATE_SHEET]);
      expect(workbook.active).toBe(TEMPLATE_SHEET);
      // The sample's table keeps its name, so the new one takes the next free one. Header on row 3,
      // then the sample's 16 projects, one column per template column.
      expect(workbook.tables).toEqual([
        expect.objectContaining({ name: SAMPLE_TABLE, sheet: SAMPLE_SHEET }),
        {
          name: table,
          sheet: TEMPLATE_SHEET,
          area: { top: 2, left: 0, bottom: 18, right: TEMPLATE_COLUMNS.length - 1 },
        },
      ]);
      const template = await snapshotOf(page, TEMPLATE_SHEET);
      expect(template.frozenRows).toBe(3);
      const list = (column: number, values: readonly string[]) => ({
        area: { top: 3, left: column, bottom: 18, right: column },
        rule: { list: { inCellDropDown: true, source: values.join(",") } },
        errorAlert: { showAlert: true, style: "Warning", ...listAlert(TEMPLATE_COLUMNS[column]) },
      });
      // Dimension in column B, status in column G, reason in column H.
      expect(template.validations).toEqual([
        list(1, TEMPLATE_DIMENSIONS),
        list(6, TEMPLATE_STATUSES),
        list(7, TEMPLATE_REASONS),
      ]);

      await screenshot(page, "excel-template.png");
      expect(await seriousViolations(page)).toEqual([]);

      await openStep(page, th.steps.summary);
      expect(await previewRow(page, DIMENSION_3_ROW[0])).toEqual(DIMENSION_3_ROW);
      expect(await previewRow(page, summaryWords.total)).toEqual(TOTAL_ROW);
    });

    it("loads nothing but its own files, and throws nothing", () => {
      expect(pane.network.blocked).toEqual([]);
      expect(pane.network.officeFiles).toEqual(["office.js"]);
      expect(pane.network.officeMissing).toEqual([]);
      expect(pane.pageErrors).toEqual([]);
    });
  });
  describe("a plan of 30,000 findings (the fake workbook)", () => {
    let pane: PaneSession;
    const notes = FINDINGS_PLAN.projects;
    const errors = FINDINGS_PLAN.projects / FINDINGS_PLAN.errorsEvery;
    /** Reading 30,000 rows through the fake Excel takes a while on a busy machine. */
    const READ_MS = 240_000;

    beforeAll(async () => {
      pane = await openPane(browser, server.origin, "stub", {
        initScript: `window.fakeFindingsPlan = ${JSON.stringify(FINDINGS_PLAN)};\n${fakeExcel}`,
      });
    }, SETUP_MS);

    afterAll(async () => {
      await pane?.context.close();
    });

    /** The page is no wider than the pane: nothing to scroll sideways. */
    async function fitsWidth(page: Page, width: number): Promise<void> {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }

    it(
      "tells the 30,000 alike observations once, shows the errors a hundred at a time, at 350 × 800",
      async () => {
        const { page } = pane;
        // The plan read first, its settings folded under its result; or the question, settings open.
        await page
          .getByRole("combobox", { name: th.plan.choose })
          .or(page.locator("details:not([open]) > summary"))
          .first()
          .waitFor({ timeout: 60_000 });
        await openSettings(page);
        await page
          .getByRole("combobox", { name: th.plan.choose })
          .selectOption({ label: th.plan.sheet(FINDINGS_SHEET) }, { timeout: 60_000 });
        const tab = th.steps.check(notes + errors);
        expect(tab).toBe("ตรวจสอบ 30,300 รายการ");
        await page.getByRole("tab", { name: tab, exact: true }).waitFor({ timeout: READ_MS });
        await openStep(page, tab);

        const counts = page.getByRole("list", { name: th.check.heading }).getByRole("listitem");
        expect(await counts.allInnerTexts()).toEqual(["ข้อผิดพลาด 300", "คำเตือน 0", "ข้อสังเกต 30,000"]);

        const observations = page.getByRole("region", { name: "ข้อสังเกต (30,000)" });
        expect(await observations.getByRole("listitem").allInnerTexts()).toEqual([
          'แถว 2–30,001 · งบประมาณตามแผน (คอลัมน์ D): "-" อ่านเป็น 0 บาท (30,000 แถว)',
        ]);
        const errorList = page.getByRole("region", { name: "ข้อผิดพลาด (300)" });
        expect(await errorList.getByRole("listitem").count()).toBe(CARDS_PER_PAGE);
        await fitsWidth(page, 350);
        await screenshot(page, "excel-check-30k.png");
        expect(await seriousViolations(page)).toEqual([]);

        await errorList.getByRole("button", { name: th.check.showMore("100", "200"), exact: true }).click();
        await errorList
          .getByRole("listitem")
          .nth(2 * CARDS_PER_PAGE - 1)
          .waitFor();
        expect(await errorList.getByRole("listitem").count()).toBe(2 * CARDS_PER_PAGE);
        // The focus is on the first card the button added: the 101st error, on row 10,101.
        expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(
          /^แถว 10,101 · งบประมาณเบิกจ่าย \(E10101\): "ประมาณ 10100 บาท" ไม่ใช่จำนวนเงิน/,
        );
        expect(await seriousViolations(page)).toEqual([]);

        // A card is no link: under the pointer its text keeps its colour and gains no underline; only
        // its background darkens a little.
        const card = observations.getByRole("button");
        const look = (): Promise<{ text: string[]; shade: string }> =>
          card.evaluate((element) => {
            const style = getComputedStyle(element);
            return { text: [style.color, style.textDecorationLine], shade: style.backgroundImage };
          });
        const before = await look();
        await card.hover();
        const hovered = await look();
        expect(hovered.text).toEqual(before.text);
        expect(before.text[1]).toBe("none");
        expect([before.shade, hovered.shade.startsWith("linear-gradient")]).toEqual(["none", true]);

        // A group goes to its first cell.
        await card.click();
        await page.waitForFunction(() => window.fakeWorkbook.selection !== undefined, undefined, {
          timeout: 30_000,
        });
        expect(await page.evaluate(() => window.fakeWorkbook.selection)).toEqual({
          sheet: FINDINGS_SHEET,
          address: "D2",
        });
      },
      2 * SETUP_MS,
    );

    it(
      "says the same in English, and fits a 500 px pane",
      async () => {
        const { page } = pane;
        const en = STRINGS.en;
        await page.getByRole("button", { name: th.otherLanguage, exact: true }).click();
        await page
          .getByRole("tab", { name: en.steps.check(notes + errors), exact: true })
          .waitFor({ timeout: READ_MS });
        await openStep(page, en.steps.check(notes + errors));
        const counts = page.getByRole("list", { name: en.check.heading }).getByRole("listitem");
        expect(await counts.allInnerTexts()).toEqual(["Error 300", "Warning 0", "Observation 30,000"]);
        expect(
          await page
            .getByRole("region", { name: "Observation (30,000)" })
            .getByRole("listitem")
            .allInnerTexts(),
        ).toEqual(['Rows 2–30,001 · Planned budget (column D): "-" read as 0 baht. (30,000 rows)']);
        // The step stayed open through the change of language: the cards shown stay shown.
        const errorList = page.getByRole("region", { name: "Error (300)" });
        expect(await errorList.getByRole("listitem").count()).toBe(2 * CARDS_PER_PAGE);
        await errorList.getByRole("button", { name: en.check.showMore("100", "100"), exact: true }).waitFor();
        await fitsWidth(page, 350);
        expect(await seriousViolations(page)).toEqual([]);

        await page.setViewportSize({ width: 500, height: 800 });
        await fitsWidth(page, 500);
        await screenshot(page, "excel-check-30k-en-500.png");
        expect(await seriousViolations(page)).toEqual([]);
      },
      2 * SETUP_MS,
    );
  });

  describe("inside an Excel that selects several areas (ExcelApi 1.18), with several offices' plans", () => {
    let pane: PaneSession;
    const total = traceReport(sample).total.projects;
    const figureName = TRACE_STRINGS.th.showRows(
      TRACE_STRINGS.th.figures.projects,
      TRACE_STRINGS.th.where(null),
      "16",
    );
    const rowsHeading = TRACE_STRINGS.th.heading(
      TRACE_STRINGS.th.figures.projects,
      TRACE_STRINGS.th.where(null),
      "16",
    );
    const options: FakeWorkbookOptions = {
      apiVersion: "1.18",
      extraSheets: THREE_OFFICES.map(({ sheet, rows }) => ({ name: sheet, rows })),
    };
    /** The user's own sheet and every plan: read, selected on, never written. */
    const untouchedSheets = [SAMPLE_SHEET, SUMMARY_SHEET_NAME, ...THREE_OFFICES.map(({ sheet }) => sheet)];
    let untouched: FakeSheetSnapshot[];

    beforeAll(async () => {
      const before = `window.fakeWorkbookOptions = ${JSON.stringify(options)};\n`;
      pane = await openPane(browser, server.origin, "stub", { initScript: before + fakeExcel });
      // Four plans and none remembered: the pane asks which (spec §4.3), and the user picks the sample.
      await pane.page.getByRole("group", { name: th.plan.question.ask }).waitFor({ timeout: 30_000 });
      await pane.page
        .getByRole("combobox", { name: th.plan.choose })
        .selectOption({ label: th.plan.table(SAMPLE_TABLE, SAMPLE_SHEET) });
      await pane.page.getByRole("button", { name: th.plan.goToCheck }).waitFor({ timeout: 30_000 });
      untouched = await Promise.all(untouchedSheets.map((name) => snapshotOf(pane.page, name)));
    }, SETUP_MS);

    afterAll(async () => {
      await pane?.context.close();
    });

    it("lists a figure's rows under the table at 350 px, and selects them on the plan as several areas", async () => {
      const { page } = pane;
      await openStep(page, th.steps.summary);
      const figure = page.getByRole("button", { name: figureName, exact: true });
      await figure.click();
      const rows = page.getByRole("region", { name: rowsHeading, exact: true });
      await rows.getByText(rowsText(total), { exact: true }).waitFor();
      expect(await rows.getByRole("listitem").count()).toBe(total.length);
      // Under the table, in the pane's width: nothing to scroll sideways.
      const box = (await rows.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(350);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
      await screenshot(page, "excel-trace.png");
      expect(await seriousViolations(page)).toEqual([]);

      await rows.getByRole("button", { name: TRACE_STRINGS.th.selectAll, exact: true }).click();
      await page.waitForFunction(() => window.fakeWorkbook.selection !== undefined, undefined, {
        timeout: 30_000,
      });
      const where = await page.evaluate(() => ({
        active: window.fakeWorkbook.activeSheet?.name,
        selection: window.fakeWorkbook.selection,
      }));
      expect(where).toEqual({
        active: SAMPLE_SHEET,
        selection: { sheet: SAMPLE_SHEET, address: rowAreas(total, 0, 7).join(", ") },
      });
      expect(where.selection?.address.split(", ").length).toBeGreaterThan(1);
      await rows.getByRole("button", { name: TRACE_STRINGS.th.close, exact: true }).click();
      await rows.waitFor({ state: "detached" });
    });

    it("adds up the workbook's plans on a roll-up sheet of its own", async () => {
      const { page } = pane;
      await openStep(page, th.steps.summary);
      const panel = page.getByRole("region", { name: th.rollup.heading, exact: true });
      await panel.getByRole("button", { name: ROLLUP_PANEL_STRINGS.th.find, exact: true }).click();
      await panel.getByRole("group", { name: ROLLUP_PANEL_STRINGS.th.choose }).waitFor({ timeout: 30_000 });
      // The sample's table and the three offices' sheets; the user's own sheet holds no plan.
      expect(await panel.getByRole("checkbox", { checked: true }).count()).toBe(4);
      await panel.getByText(ROLLUP_PANEL_STRINGS.th.notPlans(th.plan.sheet(SUMMARY_SHEET_NAME))).waitFor();
      await panel.getByRole("button", { name: ROLLUP_PANEL_STRINGS.th.write(4), exact: true }).click();
      const sheet = ROLLUP_SHEET_WORDS.th.sheetName;
      await page.getByText(th.rollup.written(sheet, 4)).waitFor({ timeout: 30_000 });
      // The panel alone: the summary above it is in excel-summary.png.
      await panel.screenshot({ path: path.join(RESULTS, "excel-rollup.png"), animations: "disabled" });
      expect(await seriousViolations(page)).toEqual([]);

      const names = await page.evaluate(() => window.fakeWorkbook.sheetNames());
      expect(names).toContain(sheet);
      const written = await snapshotOf(page, sheet);
      const values = written.cells.map(([, cell]) => cell.value);
      expect(values).toEqual(
        expect.arrayContaining([
          "รวม 4 หน่วยงาน",
          `${SAMPLE_TABLE} (${SAMPLE_SHEET})`,
          ...THREE_OFFICES.map((office) => office.sheet),
        ]),
      );
      // The user's sheet of that summary name, and every plan, as they were.
      expect(await Promise.all(untouchedSheets.map((name) => snapshotOf(page, name)))).toEqual(untouched);
    });

    it("throws nothing", () => {
      expect(pane.network.blocked).toEqual([]);
      expect(pane.pageErrors).toEqual([]);
    });
  });
});

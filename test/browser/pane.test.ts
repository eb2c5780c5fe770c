/**
 * The built task pane in Chromium: served from dist/ on 127.0.0.1 with office.js answered locally and
 * every other request refused. Outside Office it must show the sample in preview; over the fake Excel
 * it must read the plan, take the user to a cell, write the summary sheet and flag the rows, through
 * the real pane and the real Excel adapter.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import {
  DIMENSION_NAMES,
  FORMAT,
  MESSAGES,
  SAMPLE_GRID,
  SAMPLE_SHEET,
  SAMPLE_TABLE,
  analyzePlan,
  describeIssue,
  type Issue,
  type IssueCode,
} from "../../src/core";
import { FLAG_FILL, SUMMARY_SHEET_NAME, flagFormula } from "../../src/excel";
import { STRINGS } from "../../src/taskpane/strings";
import type { FakeSheetSnapshot } from "../fakes/excel";
import {
  CHROMIUM,
  INSTALL_HINT,
  launchChromium,
  openPane,
  screenshot,
  seriousViolations,
  type PaneSession,
} from "./browser";
import { buildPane, bundleFakeExcel, DIST } from "./build";
import { parsePolicy, sourcesFor } from "./csp";
import { OFFICE_CDN } from "./offline";
import { serveFolder, type StaticServer } from "./server";

const SETUP_MS = 300_000;
const th = STRINGS.th;
const summaryWords = MESSAGES.th.summary;

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.REQUIRE_BROWSER === "1") {
  throw new Error(`${CHROMIUM} is missing: ${INSTALL_HINT}`);
}
if (!haveChromium) console.warn(`Skipping the browser test: ${CHROMIUM} is missing (${INSTALL_HINT}).`);
const suite = haveChromium ? describe : describe.skip;

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

async function openStep(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
}

/** The texts of the summary preview's row whose first cell is `label`. */
async function previewRow(page: Page, label: string): Promise<string[]> {
  const table = page.getByRole("region", { name: th.summary.previewLabel });
  const row = table.getByRole("row").filter({ has: page.getByRole("cell", { name: label, exact: true }) });
  return (await row.locator("th, td").allInnerTexts()).map((text) => text.trim());
}

/** Values and number formats of a written sheet's row, from its second column on. */
function sheetRow(
  sheet: FakeSheetSnapshot,
  label: (value: unknown) => boolean,
): { values: unknown[]; formats: string[] } {
  const byRow = new Map<number, Map<number, { value: unknown; numberFormat: string }>>();
  for (const [at, cell] of sheet.cells) {
    const [row, column] = at.split(",").map(Number);
    if (!byRow.has(row)) byRow.set(row, new Map());
    byRow.get(row)!.set(column, cell);
  }
  const found = [...byRow.values()].filter((cells) => label(cells.get(0)?.value));
  if (found.length !== 1) throw new Error(`expected one such row on ${sheet.name}, found ${found.length}`);
  const cells = found[0];
  const right = Math.max(...cells.keys());
  const rest = Array.from({ length: right }, (_, i) => cells.get(i + 1));
  return {
    values: rest.map((cell) => cell?.value ?? null),
    formats: rest.map((cell) => cell?.numberFormat ?? "General"),
  };
}

suite("the task pane in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let fakeExcel: string;
  let scratch: string;

  beforeAll(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "pane-test-"));
    [, fakeExcel] = await Promise.all([buildPane(), bundleFakeExcel(scratch)]);
    server = await serveFolder(DIST);
    browser = await launchChromium();
  }, SETUP_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
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

    beforeAll(async () => {
      pane = await openPane(browser, server.origin, "stub", fakeExcel);
      planBefore = await pane.page.evaluate((name) => window.fakeWorkbook.snapshot(name), SAMPLE_SHEET);
      userSheetBefore = await pane.page.evaluate(
        (name) => window.fakeWorkbook.snapshot(name),
        SUMMARY_SHEET_NAME,
      );
    }, SETUP_MS);

    afterAll(async () => {
      await pane?.context.close();
    });

    it("opens the sample plan's table, picked from the plan list", async () => {
      const { page } = pane;
      await page.getByRole("combobox", { name: th.plan.choose }).click();
      await page
        .getByRole("option", { name: th.plan.table(SAMPLE_TABLE, SAMPLE_SHEET), exact: true })
        .click();
      await page.getByText(th.plan.columnsHeading).waitFor({ timeout: 30_000 });
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

    it("writes the summary to a sheet of its own, leaving the user's sheet of the same name alone", async () => {
      const { page } = pane;
      const owned = `${SUMMARY_SHEET_NAME} (2)`;
      await openStep(page, th.steps.summary);
      await page.getByRole("button", { name: th.summary.write, exact: true }).click();
      await page.getByText(th.summary.written(owned)).waitFor({ timeout: 30_000 });
      // The sample has warnings but no errors, so the pane writes without asking.
      expect(await page.getByRole("alertdialog").count()).toBe(0);

      const names = await page.evaluate(() => window.fakeWorkbook.sheetNames());
      expect(names).toEqual([SAMPLE_SHEET, SUMMARY_SHEET_NAME, owned]);
      const written = await page.evaluate((name) => window.fakeWorkbook.snapshot(name), owned);
      const dimension3 = sheetRow(written, (value) => typeof value === "string" && value.startsWith("3. "));
      expect(dimension3).toEqual({ values: WRITTEN_DIMENSION_3, formats: WRITTEN_FORMATS });
      const total = sheetRow(written, (value) => value === summaryWords.total);
      expect(total).toEqual({ values: WRITTEN_TOTAL, formats: WRITTEN_FORMATS });

      const userSheet = await page.evaluate((name) => window.fakeWorkbook.snapshot(name), SUMMARY_SHEET_NAME);
      expect(userSheet).toEqual(userSheetBefore);
      await screenshot(page, "excel-summary.png");
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("flags the row not carried out with a conditional format, and changes no cell of the plan", async () => {
      const { page } = pane;
      await openStep(page, th.steps.notCarriedOut(sample.notCarriedOut.length));
      await page.getByRole("button", { name: th.notCarriedOut.flag(1), exact: true }).click();
      await page.getByText(th.notCarriedOut.flagged(1)).waitFor({ timeout: 30_000 });

      const plan = await page.evaluate((name) => window.fakeWorkbook.snapshot(name), SAMPLE_SHEET);
      expect(plan.conditionalFormats).toHaveLength(1);
      const [rule] = plan.conditionalFormats;
      // Row 9, columns A to H, 0-based.
      expect(rule.area.top).toBeLessThanOrEqual(8);
      expect(rule.area.bottom).toBeGreaterThanOrEqual(8);
      expect([rule.area.left, rule.area.right]).toEqual([0, 7]);
      expect(rule).toMatchObject({ type: "Custom", formula: flagFormula([9]), fill: FLAG_FILL });
      expect(plan.cells).toEqual(planBefore.cells);
      await screenshot(page, "excel-flagged.png");
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("loads nothing but its own files, and throws nothing", () => {
      expect(pane.network.blocked).toEqual([]);
      expect(pane.network.officeFiles).toEqual(["office.js"]);
      expect(pane.network.officeMissing).toEqual([]);
      expect(pane.pageErrors).toEqual([]);
    });
  });
});

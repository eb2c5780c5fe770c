/**
 * A hand-typed CSV plan opened outside Excel, in Chromium, at 350 × 800 and 500 × 800, in Thai and in
 * English: no title line (so the fiscal year is a default, and says so), amounts quoted as Excel saves
 * them ("12,000", no note), one amount that is no number (an error). What a new user trips on, each
 * tried where it happens: the year shown is the latest round's that has ended, visibly a default; the
 * download says what it gives before and after the summary is written; errors show beside every figure
 * that can be read, copied or written; a write's result shows beside its button, with the next step.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { SUMMARY_WORDS, analyzePlan } from "../../src/core";
import { parseCsv } from "../../src/hosts/exceljs/csv";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { MEMO_STRINGS } from "../../src/taskpane/words/memoStrings";
import { OPEN_FILE_STRINGS } from "../../src/taskpane/words/openFileStrings";
import {
  openPane,
  openSettings,
  openStep,
  seriousViolations,
  servePane,
  type PaneSession,
  type ServedPane,
  chromiumSuite,
  inLanguage,
  PANE_SIZES,
} from "./browser";

const SETUP_MS = 300_000;
/** The short pane the headline figures must show their errors in (a laptop's Excel, ribbon open). */
const SHORT = 600;
/** A result farther than this below its button is out of the eye's way. */
const BESIDE_PX = 120;

const suite = chromiumSuite();

/** As typed in Excel and saved as CSV: no title, the amounts formatted, one of them mistyped. */
const CSV = [
  "ลำดับ,มิติ,ชื่อโครงการ,งบประมาณ,เบิกจ่าย,สถานะ,หมายเหตุ",
  '1,1,อบรมคุณธรรมจริยธรรม,"12,000","11,500",ดำเนินการแล้วเสร็จ,',
  '2,2,เผยแพร่ข้อมูลข่าวสาร,"5,000","5,000",ดำเนินการแล้วเสร็จ,',
  '3,3,ประชาคมหมู่บ้าน,"12,34,5",0,อยู่ระหว่างดำเนินการ,',
  "4,4,ตรวจสอบภายใน,0,0,ไม่ได้ดำเนินการ,ไม่มีงบประมาณ",
].join("\r\n");
const REPORT = analyzePlan({ rows: parseCsv(CSV), firstRow: 1, firstColumn: 1, untyped: true })!;
const ERRORS = REPORT.issues.filter((issue) => issue.severity === "error").length;
/** 6 December 2569 in Bangkok: the 12-month round of 2569 ended on 30 September, the next one not yet. */
const TODAY = new Date("2026-12-06T10:00:00+07:00");
const DEFAULT_YEAR = 2569;

/** The top of `below` less the bottom of `above`, in pixels. */
async function gap(above: ReturnType<Page["getByRole"]>, below: ReturnType<Page["getByRole"]>) {
  const a = (await above.boundingBox())!;
  const b = (await below.boundingBox())!;
  return b.y - (a.y + a.height);
}

suite("a hand-typed CSV plan, opened outside Excel", () => {
  let served: ServedPane<string>;

  beforeAll(async () => {
    served = await servePane("hand-typed", (scratch) => {
      const file = path.join(scratch, "แผนปี69.csv");
      fs.writeFileSync(file, CSV);
      return file;
    });
  }, SETUP_MS);

  afterAll(async () => {
    await served?.close();
  });

  it("has one error and no other finding of the quoted amounts", () => {
    expect(ERRORS).toBe(1);
    expect(REPORT.issues.map((issue) => issue.code)).not.toContain("text-number");
  });

  describe.each(PANE_SIZES)("at %i px, in %s", (width, lang) => {
    const words = STRINGS[lang];
    const fileWords = OPEN_FILE_STRINGS[lang];
    let pane: PaneSession;

    beforeAll(async () => {
      pane = await openPane(served.browser, served.server.origin, "real", { width, clock: true });
      const { page } = pane;
      await page.clock.setFixedTime(TODAY);
      await inLanguage(page, lang);
      await page.locator('input[type="file"]').setInputFiles(served.made);
      await page.getByText(fileWords.opened("แผนปี69.csv", "csv")).waitFor({ timeout: 60_000 });
    }, SETUP_MS);

    afterAll(async () => {
      await pane?.context.close();
    });

    it("reads the year as the latest ended round's, and says it is a default", async () => {
      const { page } = pane;
      await openSettings(page);
      const year = page.getByRole("textbox", { name: words.plan.fiscalYear });
      await expect(year.inputValue()).resolves.toBe(String(DEFAULT_YEAR));
      const round = REPORT.round;
      await page.getByText(words.plan.fiscalYearAssumed(DEFAULT_YEAR, round)).waitFor();
    });

    it("says before the summary is written that a download gives the file alone", async () => {
      await pane.page.getByText(fileWords.downloadHint(false)).waitFor();
    });

    it("shows the plan's errors above the summary's headline figures, within a short pane", async () => {
      const { page } = pane;
      await openStep(page, words.steps.summary);
      const figures = page.getByRole("region", { name: words.summary.figures.heading });
      const warning = page.getByText(words.summary.figures.hasErrors(ERRORS));
      expect(await gap(warning, figures.getByText(/%$/).first())).toBeGreaterThanOrEqual(0);
      const box = (await warning.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(SHORT);
    });

    it("writes after asking, and shows the result beside the button with the next step: download", async () => {
      const { page } = pane;
      await openStep(page, words.steps.summary);
      const write = page.getByRole("button", { name: words.summary.write, exact: true });
      await write.click();
      const dialog = page.getByRole("alertdialog");
      await dialog.getByRole("button", { name: words.summary.confirmWrite, exact: true }).click();
      await dialog.waitFor({ state: "detached" });
      const sheet = SUMMARY_WORDS[lang].sheetName;
      const notice = page.getByText(words.summary.written(sheet));
      await notice.waitFor({ timeout: 60_000 });
      const gapBelow = await gap(write, notice);
      expect(gapBelow).toBeGreaterThanOrEqual(0);
      expect(gapBelow).toBeLessThanOrEqual(BESIDE_PX);
      // The next step right after it, and the file bar now promises the summary.
      const download = page.getByRole("button", { name: fileWords.downloadWritten });
      expect(await gap(notice, download)).toBeLessThanOrEqual(BESIDE_PX);
      await page.getByText(fileWords.downloadHint(true)).waitFor();
      const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
      expect(file.suggestedFilename()).toBe(`แผนปี69-${sheet}.xlsx`);
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("shows the plan's errors right before the memo's copy button", async () => {
      const { page } = pane;
      await openStep(page, words.steps.memo);
      const copy = page.getByRole("button", { name: MEMO_STRINGS[lang].copy, exact: true });
      const warning = page.getByText(MEMO_STRINGS[lang].hasErrors(ERRORS));
      const between = await gap(warning, copy);
      expect(between).toBeGreaterThanOrEqual(0);
      expect(between).toBeLessThanOrEqual(BESIDE_PX);
      expect(pane.pageErrors).toEqual([]);
    });
  });
});

/**
 * The workbooks the command line writes, opened and printed by a spreadsheet application nobody here
 * wrote: LibreOffice Calc prints them to PDF, and the PDF's text boxes show whether any line is
 * painted over another, whether every figure is there, which pages carry the summary table's header
 * and how many pages the summary takes. Runs wherever `soffice` is installed; with
 * REQUIRE_LIBREOFFICE=1 (as in CI) a missing one is a failure, not a skip.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { type PlanReport, SAMPLE_GRID, analyzePlan, displayText, summaryLayout } from "../../src/core";
import { PAGE_PRINT } from "../../src/core/layout/pagePrint";
import { putRows, readXlsx, run, saveXlsx } from "../cli/helpers";
import { LONG_PLAN_ROWS, longPlanReport } from "../layout/longPlan";
import { type TextLine, convertToPdf, officeAvailable, overlappingLines, pdfLines } from "./pdfLines";

const available = officeAvailable("the print test");

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "sample-plan.xlsx");
/** The seed report's figures: percentages and amounts as printed. */
const SEED_FIGURES = [
  "80.00",
  "49.07",
  "93.75",
  "82.13",
  "401,900.00",
  "330,095.00",
  "323,900.00",
  "271,425.00",
];

const describeWithOffice = available ? describe : describe.skip;

/**
 * A text by its letters alone: pdftotext moves Thai marks above and below a letter, and sometimes
 * cuts a word in two at one, so marks and spaces are left out of every comparison.
 */
const letters = (text: string) => text.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\s]/g, "");

/** The pages of the summary sheet: from the page with its title to the last (it is the book's last sheet). */
function summaryPages(lines: readonly TextLine[]): TextLine[][] {
  const title = letters(summaryLayout(analyzePlan(SAMPLE_GRID)!).cells[0].value as string);
  const first = lines.find((line) => letters(line.text).startsWith(title.slice(0, 20)))?.page;
  if (first === undefined) throw new Error("the summary's title is printed on no page");
  const last = Math.max(...lines.map((line) => line.page));
  return Array.from({ length: last - first + 1 }, (_, i) => lines.filter((line) => line.page === first + i));
}

/** The summary's rows as written: heights in points, and the 1-based rows of two lines of one look. */
async function writtenSummary(file: string): Promise<ExcelJS.Worksheet> {
  const sheet = (await readXlsx(file)).getWorksheet("สรุปผล");
  if (!sheet) throw new Error(`no summary sheet in ${file}`);
  return sheet;
}

/**
 * The fewest pages the summary's rows fit on, none cut in two, at the scale LibreOffice printed it:
 * the scale is read from the PDF, as the distance between the centres of the two subtitle lines (rows
 * 2 and 3, one line each, centred in their rows) over the points their rows give it.
 */
function pagesNeeded(sheet: ExcelJS.Worksheet, firstPage: readonly TextLine[]): number {
  const heights = Array.from({ length: sheet.rowCount }, (_, r) => sheet.getRow(r + 1).height ?? 0);
  const centre = (row: number) => {
    const text = letters(String(sheet.getCell(row, 1).value));
    // The line, or its first piece where pdftotext cut it in two at a Thai mark.
    const line = firstPage.find((l) => letters(l.text).length > 5 && text.startsWith(letters(l.text)));
    if (!line) throw new Error(`row ${row} is not printed on the summary's first page`);
    return (line.y0 + line.y1) / 2;
  };
  const scale = (centre(3) - centre(2)) / ((heights[1] + heights[2]) / 2);
  const { top, bottom } = PAGE_PRINT.margins;
  const room = (595.28 - (top + bottom) * 72) / scale;
  let pages = 1;
  let used = 0;
  for (const height of heights) {
    if (used + height > room) {
      pages++;
      used = 0;
    }
    used += height;
  }
  return pages;
}

describeWithOffice("printed by LibreOffice Calc", () => {
  let dir = "";
  const files: Record<string, string> = {};
  const pages = new Map<string, TextLine[]>();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "integrity-plan-print-"));
    const file = (name: string) => path.join(dir, name);
    Object.assign(files, {
      summary: file("summary.xlsx"),
      english: file("summary-en.xlsx"),
      long: file("long-summary.xlsx"),
      sample: file("sample.xlsx"),
      template: file("template.xlsx"),
      filled: file("template-sample.xlsx"),
    });
    const longPlan = await saveXlsx(file("long-plan.xlsx"), (workbook) =>
      putRows(workbook.addWorksheet("แผน"), LONG_PLAN_ROWS as ExcelJS.CellValue[][]),
    );
    expect((await run(["summarize", EXAMPLE, "--write", files.summary, "--memo"])).code).toBe(0);
    expect((await run(["summarize", EXAMPLE, "--write", files.english, "--memo", "--lang", "en"])).code).toBe(
      0,
    );
    expect((await run(["summarize", longPlan, "--write", files.long, "--memo"])).code).toBe(0);
    expect((await run(["sample", files.sample])).code).toBe(0);
    expect((await run(["template", files.template, "--org", "องค์การบริหารส่วนตำบลแม่วิน"])).code).toBe(0);
    expect((await run(["template", files.filled, "--with-sample"])).code).toBe(0);

    convertToPdf(dir, Object.values(files));
    for (const [name, xlsx] of Object.entries(files))
      pages.set(name, pdfLines(xlsx.replace(/\.xlsx$/, ".pdf")));
  }, 180_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("prints every sheet the command line writes with no text over text, and every figure", () => {
    for (const [name, all] of pages) {
      // The long plan's own sheet is the test's input, written plainly: its summary is what is checked.
      const lines = name === "long" ? summaryPages(all).flat() : all;
      expect(lines.length).toBeGreaterThan(0);
      const overlaps = overlappingLines(lines).map(
        ([a, b]) => `${name} page ${a.page}: "${a.text}" over "${b.text}"`,
      );
      expect(overlaps).toEqual([]);
    }

    const words = (name: string) => new Set(pages.get(name)!.flatMap((line) => line.text.split(" ")));
    const report = analyzePlan(SAMPLE_GRID)!;
    const layout = summaryLayout(report, { withMemo: true });
    const figures = layout.cells
      .filter((cell) => typeof cell.value === "number")
      .map((cell) => displayText(cell.value, cell.format));
    for (const name of ["summary", "english"]) {
      const printed = words(name);
      expect(SEED_FIGURES.filter((figure) => !printed.has(figure))).toEqual([]);
      expect(figures.filter((figure) => !printed.has(figure))).toEqual([]);
    }
    const plan = words("sample");
    expect(["323,900.00", "271,425.00", "17,175.00"].filter((figure) => !plan.has(figure))).toEqual([]);
  });

  it("prints the summary table's header only on pages that hold the table's rows", () => {
    const header = letters("ร้อยละดำเนินการ");
    const reports: Record<string, PlanReport> = {
      summary: analyzePlan(SAMPLE_GRID)!,
      long: longPlanReport(),
    };
    for (const name of ["summary", "long"]) {
      // A dimension's row starts with its number and name ("1. การสร้าง…"), printed nowhere else.
      const labels = summaryLayout(reports[name])
        .cells.filter((cell) => cell.style === "label")
        .map((cell) => letters(String(cell.value)).slice(0, 14));
      const summary = summaryPages(pages.get(name)!);
      const has = (page: readonly TextLine[], probe: (text: string) => boolean) =>
        page.some((line) => probe(letters(line.text)));
      const withHeader = summary.flatMap((page, i) => (has(page, (t) => t.includes(header)) ? [i + 1] : []));
      const withRows = summary.flatMap((page, i) =>
        has(page, (t) => labels.some((label) => t.includes(label))) ? [i + 1] : [],
      );
      // Several pages long, and the header over the table alone.
      expect({ name, pages: summary.length > 1, withHeader }).toEqual({
        name,
        pages: true,
        withHeader: withRows,
      });
    }
  });

  it("prints the summary on no more pages than its rows need: the sample's on 2, a long list's on 5", async () => {
    const counts: Record<string, [number, number]> = {};
    for (const name of ["summary", "long"]) {
      const summary = summaryPages(pages.get(name)!);
      counts[name] = [summary.length, pagesNeeded(await writtenSummary(files[name]), summary[0])];
    }
    // Measured when the header rows still repeated on every page and rows stood up to three lines
    // taller than their text: 3 pages and 7.
    expect(counts).toEqual({ summary: [2, 2], long: [5, 5] });
  });
});

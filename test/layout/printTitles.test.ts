/**
 * Which rows repeat at the top of printed pages (spec §6): the table's header rows, only when the
 * table runs onto a second page. Excel and LibreOffice repeat title rows on every page after them,
 * so rows repeated for a table that fits its page would stand over the list and the memo.
 */
import ExcelJS from "exceljs";
import {
  type Cell,
  type SheetLayout,
  analyzePlan,
  officeSummary,
  rollUp,
  rollupLayout,
  summaryLayout,
} from "../../src/core";
import { PAGE_PRINT, pageRowPoints } from "../../src/core/layout/pagePrint";
import { paintSheet } from "../../src/hosts/exceljs/paintSummary";
import { DONE, NOT_DONE, officePlanRows, sampleReport } from "../excel/fixtures";

/** The rows the command line's sheet repeats ("5:6"), as ExcelJS keeps them; undefined for none. */
function paintedTitleRows(layout: SheetLayout): string | undefined {
  const sheet = new ExcelJS.Workbook().addWorksheet("S");
  paintSheet(sheet, layout);
  return sheet.pageSetup.printTitlesRow;
}

/** A plan of 24 sub-dimension headings, each over two projects: its subtotals take pages under the table. */
function headedPlan(): Cell[][] {
  const rows: Cell[][] = [["ที่", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ", "หมายเหตุ"]];
  for (let dimension = 1; dimension <= 4; dimension++) {
    for (let heading = 1; heading <= 6; heading++) {
      rows.push([`${dimension}.${heading} การส่งเสริมการมีส่วนร่วมและการตรวจสอบของภาคประชาชนหัวข้อ ${heading}`]);
      for (let item = 1; item <= 2; item++)
        rows.push([
          `${dimension}.${heading}.${item}`,
          `โครงการ ${dimension}.${heading}.${item}`,
          100,
          100,
          DONE,
        ]);
    }
  }
  return rows;
}

describe("the table's header rows repeat on printed pages only when the table runs onto a second page", () => {
  test("the summary: not for the sample's table, yes for one whose subtotals take pages", () => {
    const sample = summaryLayout(sampleReport(), { withMemo: true });
    expect(sample.print.titleRows).toBeUndefined();
    expect(paintedTitleRows(sample)).toBeUndefined();

    const report = analyzePlan({ rows: headedPlan(), firstRow: 1, firstColumn: 1 }, { subtotals: true })!;
    expect(report.headings).toHaveLength(24);
    const long = summaryLayout(report, { withMemo: true });
    expect(long.print.titleRows).toEqual(long.headerRows);
    const { first, last } = long.headerRows;
    expect(paintedTitleRows(long)).toBe(`${first + 1}:${last + 1}`);
  });

  test("the roll-up: not for three offices, yes for thirty", () => {
    const offices = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        const name = `เทศบาลตำบลที่ ${i + 1}`;
        const rows = officePlanRows(name, [DONE, NOT_DONE, DONE]);
        return officeSummary(name, analyzePlan({ rows, firstRow: 1, firstColumn: 1 })!);
      });
    const three = rollupLayout(rollUp(offices(3), []));
    expect(three.print.titleRows).toBeUndefined();
    expect(paintedTitleRows(three)).toBeUndefined();

    const thirty = rollupLayout(rollUp(offices(30), []));
    expect(thirty.print.titleRows).toEqual(thirty.headerRows);
    expect(paintedTitleRows(thirty)).toBe(`${thirty.headerRows.first + 1}:${thirty.headerRows.last + 1}`);
  });
});

describe("the printed page", () => {
  test("holds the page's height less its margins, at the whole percent that fits the columns to its width", () => {
    // A4 landscape: 841.89 × 595.28 points; margins 0.7" and 0.5" across, 0.6" and 0.7" down.
    const height = 595.28 - 1.3 * 72;
    // 100 characters of (7 × 100 + 5) × 0.75 = 528.75 points: narrower than the page, printed at 100 %.
    expect(pageRowPoints(PAGE_PRINT, [100])).toBeCloseTo(height, 5);
    // 200 characters: 1,053.75 points across 755.49 points of page, 71.7 %, printed at 71 %.
    expect(pageRowPoints(PAGE_PRINT, [200])).toBeCloseTo(height / 0.71, 5);
  });
});

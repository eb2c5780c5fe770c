/**
 * Texts core writes into one cell that grow with the plan stay within the 32,767 characters a cell
 * holds ("Total number of characters that a cell can contain", Excel specifications and limits,
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3):
 * Excel refuses a longer value with InvalidArgument, and the whole summary with it. A list cut short says
 * how many more there are.
 */
import { type Cell, SAMPLE_HEADERS, analyzePlan, summaryLayout } from "../../src/core";
import { memoLines } from "../../src/core/layout/memo";
import { provenanceLines } from "../../src/core/summary/trace";

const CELL_LIMIT = 32_767;

/** A plan of `count` rows with dimensions interleaved (1, 2, 1, 2, …): every row a range of its own. */
function interleaved(
  count: number,
  status = (i: number) => (i % 3 === 0 ? "ไม่ได้ดำเนินการ" : "ดำเนินการแล้วเสร็จ"),
) {
  const rows: Cell[][] = [[...SAMPLE_HEADERS]];
  for (let i = 1; i <= count; i++) {
    const dimension = (i % 2) + 1;
    rows.push([
      `${dimension}.${i}`,
      dimension,
      `โครงการที่ ${i}`,
      "โครงการ",
      1000,
      0,
      status(i),
      "ไม่ได้รับงบประมาณ",
    ]);
  }
  const report = analyzePlan({ rows, firstRow: 1, firstColumn: 1 });
  if (!report) throw new Error("not read as a plan");
  return report;
}

describe("a text of one cell that grows with the plan", () => {
  const report = interleaved(20_000);

  test.each(["th", "en"] as const)(
    "in %s, each provenance line stays within a cell, saying how many more",
    (lang) => {
      const lines = provenanceLines(report, lang);

      expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(CELL_LIMIT);
      expect(lines[1]).toMatch(lang === "th" ? /และอีก [\d,]+ ช่วง/ : /and [\d,]+ more ranges/);
    },
  );

  test.each(["th", "en"] as const)(
    "in %s, the memo's list of projects not carried out stays within a cell",
    (lang) => {
      const lines = memoLines(report, lang);

      expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(CELL_LIMIT);
      expect(lines.at(-1)).toMatch(lang === "th" ? /และอีก [\d,]+ โครงการ$/ : /and [\d,]+ more projects$/);
    },
  );

  test("every cell of the summary, memo included, stays within a cell", () => {
    const layout = summaryLayout(report, { withMemo: true });

    expect(Math.max(...layout.cells.map((cell) => String(cell.value).length))).toBeLessThanOrEqual(
      CELL_LIMIT,
    );
  });

  test("a plan of ordinary size is listed whole", () => {
    const small = interleaved(200);

    expect(provenanceLines(small, "en").join("\n")).not.toMatch(/more ranges/);
    expect(memoLines(small, "en").join("\n")).not.toMatch(/more projects/);
  });
});

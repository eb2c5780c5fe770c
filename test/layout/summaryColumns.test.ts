/**
 * The summary table's columns are the official report's (spec §3): the seed's table, whatever the
 * plan's statuses and round. Projects in progress or not started are counted in the memo and raised
 * by the check, never given a column of their own.
 */
import { type SummaryLayout, memoText, summaryLayout } from "../../src/core";
import { DIM_HEAD, IN_PROGRESS, NOT_STARTED, analyze, project } from "../core/helpers";

/** The seed report's table headings, its two header rows as printed (the percent heading over two). */
const SEED_HEADINGS = [
  [
    "มิติ",
    "โครงการตามแผนปฏิบัติการฯ",
    "งบประมาณตามแผนปฏิบัติการ",
    "ดำเนินการแล้วเสร็จ",
    "งบประมาณเบิกจ่าย",
    "ไม่ได้ดำเนินการ",
    "ร้อยละดำเนินการ",
  ],
  ["โครงการ", "งบประมาณ"],
];

/** The text of each header row of the table, left to right, blanks left out. */
const headings = (layout: SummaryLayout) =>
  [layout.table.top, layout.table.top + 1].map((row) =>
    layout.cells
      .filter((cell) => cell.row === row && cell.value !== "")
      .sort((a, b) => a.column - b.column)
      .map((cell) => cell.value),
  );

describe("the summary table has the official report's columns", () => {
  test("in the 12-month round, with a project still in progress", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", 100, 100), project(2, "ข", 100, 50, IN_PROGRESS)]);
    expect(report.summary.total.inProgress).toBe(1);
    const layout = summaryLayout(report);

    expect(headings(layout)).toEqual(SEED_HEADINGS);
    expect(layout.columnCount).toBe(8);
  });

  test("in the 6-month round, with projects in progress and not started: the memo counts them", () => {
    const report = analyze(
      [
        DIM_HEAD,
        project(1, "ก", 100, 100),
        project(2, "ข", 100, 50, IN_PROGRESS),
        project(3, "ค", 100, 0, NOT_STARTED),
      ],
      { round: 6 },
    );
    const layout = summaryLayout(report, { withMemo: true });

    expect(headings(layout)).toEqual(SEED_HEADINGS);
    const memo = memoText(report);
    expect(memo).toContain("อยู่ระหว่างดำเนินการ 1 โครงการ");
    expect(memo).toContain("ยังไม่ได้ดำเนินการ 1 โครงการ");
  });
});

/** A value merged down over several rows (spec §2.7). */
import { type Cell, type Grid, type MergedArea, analyzePlan } from "../../src/core";
import { DIM_HEAD, DONE, NOT_DONE, codes, project } from "./helpers";

function analyzeMerged(
  rows: readonly (readonly Cell[])[],
  merges: MergedArea[],
  firstRow = 1,
  firstColumn = 1,
) {
  const grid: Grid = { rows, firstRow, firstColumn, merges };
  const report = analyzePlan(grid);
  if (!report) throw new Error("no plan was found in the grid");
  return report;
}

/** Column A (dimension) of rows 2–4 merged, as hosts give it: the value in the first row only. */
const DIMENSION_MERGED: (readonly Cell[])[] = [
  DIM_HEAD,
  project(1, "ก", 100, 100),
  project(null, "ข", 200, 200),
  project(null, "ค", 300, 300),
  project(2, "ง", 50, 50),
];

describe("a merged cell's value belongs to every row it covers", () => {
  it("counts every row under a dimension cell merged down, not the first alone", () => {
    const report = analyzeMerged(DIMENSION_MERGED, [{ top: 2, left: 1, bottom: 4, right: 1 }]);
    expect(report.rows.map((r) => r.dimension)).toEqual([1, 1, 1, 2]);
    expect(report.summary.dimensions[0]).toMatchObject({ projects: 3, plannedBudget: 60000 });
    expect(report.issues).toEqual([]);
  });

  it("without the merge, the rows it covered have no dimension and say so", () => {
    const report = analyzeMerged(DIMENSION_MERGED, []);
    expect(codes(report)).toEqual(["unknown-dimension@3", "unknown-dimension@4"]);
  });

  it("works in worksheet coordinates when the grid starts elsewhere", () => {
    const report = analyzeMerged(DIMENSION_MERGED, [{ top: 6, left: 3, bottom: 8, right: 3 }], 5, 3);
    expect(report.summary.dimensions[0].projects).toBe(3);
  });

  it("spreads a status and a reason merged over a group of projects", () => {
    const rows: (readonly Cell[])[] = [
      DIM_HEAD,
      project(1, "ก", 100, 0, NOT_DONE, "ไม่ได้รับงบประมาณ"),
      project(1, "ข", 200, 0, null, null),
    ];
    const report = analyzeMerged(rows, [
      { top: 2, left: 5, bottom: 3, right: 5 },
      { top: 2, left: 6, bottom: 3, right: 6 },
    ]);
    expect(report.notCarriedOut.map((r) => [r.name, r.note])).toEqual([
      ["ก", "ไม่ได้รับงบประมาณ"],
      ["ข", "ไม่ได้รับงบประมาณ"],
    ]);
    expect(report.issues).toEqual([]);
  });

  it("counts a merged amount once, on its first row, as the sheet shows it", () => {
    const rows: (readonly Cell[])[] = [DIM_HEAD, project(1, "ก", 300, 300), project(1, "ข", null, null)];
    const report = analyzeMerged(rows, [
      { top: 2, left: 3, bottom: 3, right: 3 },
      { top: 2, left: 4, bottom: 3, right: 4 },
    ]);
    expect(report.summary.total.plannedBudget).toBe(30000);
  });

  it("does not make a project of a row that has nothing of its own (a project written over two lines)", () => {
    const rows: (readonly Cell[])[] = [DIM_HEAD, project(1, "ก", 100, 100), [], project(2, "ข", 5, 5)];
    const merges = [1, 2, 3, 4, 5, 6].map((column) => ({ top: 2, left: column, bottom: 3, right: column }));
    const report = analyzeMerged(rows, merges);
    expect(report.rows.map((r) => r.name)).toEqual(["ก", "ข"]);
    expect(report.issues).toEqual([]);
  });

  it("keeps a row's own value where the host gave one", () => {
    const rows: (readonly Cell[])[] = [DIM_HEAD, project(1, "ก", 1, 1), project(3, "ข", 1, 1)];
    const report = analyzeMerged(rows, [{ top: 2, left: 1, bottom: 3, right: 1 }]);
    expect(report.rows.map((r) => r.dimension)).toEqual([1, 3]);
  });

  it("leaves a section row merged across the sheet a section row", () => {
    const rows: (readonly Cell[])[] = [DIM_HEAD, ["มิติที่ 2 การบริหาร"], [null, "ก", 1, 1, DONE, null]];
    const report = analyzeMerged(rows, [{ top: 2, left: 1, bottom: 2, right: 6 }]);
    expect(report.rows.map((r) => r.dimension)).toEqual([2]);
  });

  it("reads a two-row header with merged cells as before", () => {
    const rows: (readonly Cell[])[] = [
      ["มิติ", "ชื่อโครงการ", "งบประมาณ (บาท)", null, "ผลการดำเนินการ", null],
      [null, null, "ตามแผน", "เบิกจ่าย", DONE, NOT_DONE],
      [1, "ก", 100, 100, "✓", null],
      [null, "ข", 100, 100, "✓", null],
    ];
    const report = analyzeMerged(rows, [
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 4 },
      { top: 1, left: 5, bottom: 1, right: 6 },
      { top: 3, left: 1, bottom: 4, right: 1 },
    ]);
    expect(report.header.height).toBe(2);
    expect(report.summary.dimensions[0]).toMatchObject({ projects: 2, completed: 2 });
    expect(report.issues).toEqual([]);
  });
});

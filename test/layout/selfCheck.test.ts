/**
 * The summary's self-check (spec §6.1): what core puts in the status line's formula. Whether a
 * spreadsheet calculates it as core does is shown by LibreOffice in test/print/selfCheck.test.ts.
 */
import {
  type Cell,
  type Grid,
  SAMPLE_HEADERS,
  SAMPLE_ROWS,
  SUMMARY_WORDS,
  analyzePlan,
  selfCheckCondition,
  summaryLayout,
} from "../../src/core";
import { statusFormula } from "../../src/core/layout/selfCheck";

const gridOf = (rows: readonly (readonly Cell[])[]): Grid => ({ rows, firstRow: 1, firstColumn: 1 });

function conditionOf(rows: readonly (readonly Cell[])[], source: { sheet?: string; table?: string }) {
  const grid = gridOf(rows);
  const report = analyzePlan(grid, { source });
  if (!report) throw new Error("not a plan");
  return selfCheckCondition(grid, report);
}

/** A header and projects of dimension 1, each [name, budget, status]. */
const plan = (...projects: [string, Cell, Cell][]): Cell[][] => [
  [...SAMPLE_HEADERS],
  ...projects.map(([name, budget, status], i) => [`1.${i + 1}`, 1, name, "โครงการ", budget, 0, status, null]),
];

describe("the self-check's condition", () => {
  test("names the plan's sheet, quoted, and reaches the sheet's last row for a plan in a range", () => {
    const condition = conditionOf(plan(["ก", 100, "ดำเนินการแล้วเสร็จ"]), { sheet: "แผน'66" });
    expect(condition).toContain("'แผน''66'!$E$2:$E$1048576");
    expect(condition).toMatch(/^OR\(/);
  });

  test("ends with the table for a plan in an Excel table (what lies under it is not read)", () => {
    const condition = conditionOf(SAMPLE_ROWS, { sheet: "แผน", table: "PlanProjects" });
    expect(condition).toContain(`'แผน'!$E$4:$E$${SAMPLE_ROWS.length}`);
    expect(condition).not.toContain("1048576");
  });

  test("has no condition without a sheet to point at", () => {
    expect(conditionOf(SAMPLE_ROWS, {})).toBeUndefined();
  });

  test("counts filled cells as ROWS less COUNTBLANK, an error cell counted, a formula's blank not", () => {
    const rows = plan(["ก", 100, "ดำเนินการแล้วเสร็จ"], ["ข", { error: "#N/A" }, ""], ["ค", 50, null]);
    const condition = conditionOf(rows, { sheet: "แผน" })!;
    // Budget E: 100, #N/A, 50 filled; status G: one filled.
    expect(condition).toContain("ROWS('แผน'!$E$2:$E$1048576)-COUNTBLANK('แผน'!$E$2:$E$1048576)<>3");
    expect(condition).toContain("ROWS('แผน'!$G$2:$G$1048576)-COUNTBLANK('แผน'!$G$2:$G$1048576)<>1");
    expect(condition).toContain(
      `ABS(SUMIF('แผน'!$E$2:$E$1048576,">0")+SUMIF('แผน'!$E$2:$E$1048576,"<0")-(150))>0.004`,
    );
  });

  test("counts rows per dimension and status, so statuses swapped between dimensions show", () => {
    const condition = conditionOf(SAMPLE_ROWS, { sheet: "แผน", table: "PlanProjects" })!;
    const pairs = condition.match(/COUNTIFS\([^)]*\)<>\d+/g) ?? [];
    expect(pairs).toContain(
      `COUNTIFS('แผน'!$B$4:$B$${SAMPLE_ROWS.length},1,'แผน'!$G$4:$G$${SAMPLE_ROWS.length},"=ไม่ได้ดำเนินการ")<>1`,
    );
    expect(condition).toMatch(/SUMIFS\('แผน'!\$E\$4:\$E\$\d+,'แผน'!\$B\$4:\$B\$\d+,2,/);
  });

  test("never uses a text with wildcards or a number's look as a criterion, nor sums a column with TRUE", () => {
    const rows = plan(
      ["ก", 100, "เสร็จ*"],
      ["ข", 100, "15"],
      ["ค", 100, "ดำเนินการแล้วเสร็จ"],
      ["ง", true, "ดำเนินการแล้วเสร็จ"],
    );
    const condition = conditionOf(rows, { sheet: "แผน" })!;
    expect(condition).not.toContain('"=เสร็จ*"');
    expect(condition).not.toContain('"=15"');
    expect(condition).toContain('"=ดำเนินการแล้วเสร็จ"');
    expect(condition).not.toContain("SUMIF('แผน'!$E$");
  });

  test("keeps within Excel's formula length however many dimensions and statuses there are", () => {
    const projects: [string, Cell, Cell][] = Array.from({ length: 400 }, (_, i) => [
      `โครงการ ${i}`,
      i,
      `สถานะแบบยาวมากเพื่อให้สูตรยาวขึ้นเรื่อย ๆ ลำดับที่ ${"ก".repeat(i % 40)}`,
    ]);
    const rows = plan(...projects).map((row, i) =>
      i === 0 ? row : [row[0], `มิติ ${i % 9}`, ...row.slice(2)],
    );
    const grid = gridOf(rows);
    const report = analyzePlan(grid, { source: { sheet: "แผน" }, columns: { dimension: 1 } })!;
    const condition = selfCheckCondition(grid, report)!;
    const formula = statusFormula(condition, SUMMARY_WORDS.th.stale, SUMMARY_WORDS.th.hasErrors(3));
    expect(formula.length).toBeLessThanOrEqual(8192);
    expect(condition).toContain("COUNTIFS(");
  });
});

describe("the status line's formula", () => {
  test("shows the out-of-date words while the condition holds, else the status as written", () => {
    expect(statusFormula("OR(A1<>1)", "เก่า", "")).toBe('IF(OR(A1<>1),"เก่า","")');
    expect(statusFormula("TRUE", 'a "b"', "c")).toBe('IF(TRUE,"a ""b""","c")');
  });

  test("joins a text over Excel's 255 characters a string from pieces", () => {
    const long = "ก".repeat(600);
    const formula = statusFormula("TRUE", "x", long);
    expect(formula).toBe(`IF(TRUE,"x","${"ก".repeat(255)}"&"${"ก".repeat(255)}"&"${"ก".repeat(90)}")`);
  });

  test("is the summary's status line, in General format, its text the cached result", () => {
    const grid = gridOf(SAMPLE_ROWS);
    const report = analyzePlan(grid, { source: { sheet: "แผน", table: "PlanProjects" } })!;
    const layout = summaryLayout(report, { check: selfCheckCondition(grid, report) });
    const { row, column } = layout.statusCell;
    const cell = layout.cells.find((one) => one.row === row && one.column === column)!;
    expect(cell).toMatchObject({ value: "", format: "General" });
    expect(cell.formula).toBe(statusFormula(selfCheckCondition(grid, report)!, SUMMARY_WORDS.th.stale, ""));
    expect(summaryLayout(report).cells.some((one) => one.formula !== undefined)).toBe(false);
  });
});

/** Tiny builders for plan grids: the smallest sheet that shows a rule. */
import {
  analyzePlan,
  type Cell,
  type Grid,
  type Issue,
  type PlanOptions,
  type PlanReport,
} from "../../src/core";

export const DONE = "ดำเนินการแล้วเสร็จ";
export const IN_PROGRESS = "อยู่ระหว่างดำเนินการ";
export const NOT_STARTED = "ยังไม่ได้ดำเนินการ";
export const NOT_DONE = "ไม่ได้ดำเนินการ";

/** The four columns a plan cannot do without. */
export const HEAD: readonly Cell[] = ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"];
/** The same, with a dimension column first and a note column last. */
export const DIM_HEAD: readonly Cell[] = ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ", "หมายเหตุ"];

/** A grid from rows of cells, by default starting at A1. */
export function grid(rows: readonly (readonly Cell[])[], firstRow = 1, firstColumn = 1): Grid {
  return { rows, firstRow, firstColumn };
}

/** A row under DIM_HEAD. */
export function project(
  dimension: Cell,
  name: Cell,
  planned: Cell,
  disbursed: Cell,
  status: Cell = DONE,
  note: Cell = null,
): Cell[] {
  return [dimension, name, planned, disbursed, status, note];
}

/** The report of a grid that must hold a plan (the test fails if none is found). */
export function analyze(
  rows: readonly (readonly Cell[])[],
  options?: PlanOptions,
  firstRow = 1,
  firstColumn = 1,
): PlanReport {
  const report = analyzePlan(grid(rows, firstRow, firstColumn), options);
  if (!report) throw new Error("no plan was found in the grid");
  return report;
}

/** "code@row" for each issue, in the report's order. */
export function codes(report: PlanReport): string[] {
  return report.issues.map((issue) => `${issue.code}@${issue.row ?? "-"}`);
}

export function issuesOf(report: PlanReport, code: Issue["code"]): Issue[] {
  return report.issues.filter((issue) => issue.code === code);
}

/** The report of a grid given whole (merges, hidden rows, a table's total row). */
export function analyzeGrid(of: Grid, options?: PlanOptions): PlanReport {
  const report = analyzePlan(of, options);
  if (!report) throw new Error("no plan was found in the grid");
  return report;
}

/** "role:reason" of each non-blank row under the header, in order. */
export function rolesOf(report: PlanReport): string[] {
  return report.roles.map((entry) => `${entry.row} ${entry.role}:${entry.reason}`);
}

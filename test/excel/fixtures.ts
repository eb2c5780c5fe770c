/** Small workbooks for the Excel adapter's tests. */
import {
  type Cell,
  type LayoutOptions,
  type PlanReport,
  SAMPLE_HEADERS,
  SAMPLE_ROWS,
  SAMPLE_SHEET,
  SAMPLE_TABLE,
  type SummaryLayout,
  analyzePlan,
  summaryLayout,
} from "../../src/core";
import type { FakeSheetSpec } from "../fakes/excel";

/** The sample plan as a user keeps it: two title lines, then an Excel table from A3. */
export function sampleSheet(rows: readonly (readonly Cell[])[] = SAMPLE_ROWS): FakeSheetSpec {
  return {
    name: SAMPLE_SHEET,
    rows: rows.slice(0, 2),
    tables: [{ name: SAMPLE_TABLE, row: 3, column: 1, rows: rows.slice(2) }],
  };
}

/** A header and `count` completed projects spread over the four dimensions. */
export function bigPlan(count: number, name = (i: number) => `โครงการที่ ${i}`): Cell[][] {
  const rows: Cell[][] = [[...SAMPLE_HEADERS]];
  for (let i = 1; i <= count; i++) {
    const dimension = (i % 4) + 1;
    rows.push([`${dimension}.${i}`, dimension, name(i), "โครงการ", 1000, 500, "ดำเนินการแล้วเสร็จ", null]);
  }
  return rows;
}

export function sampleReport(
  rows: readonly (readonly Cell[])[] = SAMPLE_ROWS,
  organisation?: string,
): PlanReport {
  const report = analyzePlan(
    { rows, firstRow: 1, firstColumn: 1 },
    { source: { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE }, ...(organisation ? { organisation } : {}) },
  );
  if (!report) throw new Error("the sample no longer reads as a plan");
  return report;
}

export function sampleLayout(
  rows: readonly (readonly Cell[])[] = SAMPLE_ROWS,
  organisation?: string,
  options: LayoutOptions = {},
): SummaryLayout {
  return summaryLayout(sampleReport(rows, organisation), options);
}

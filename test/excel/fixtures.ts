/** Small workbooks for the Excel adapter's tests. */
import {
  type Cell,
  type PlanReport,
  SAMPLE_HEADERS,
  SAMPLE_ROWS,
  SAMPLE_SHEET,
  SAMPLE_TABLE,
  type SummaryLayout,
  analyzePlan,
  summaryLayout,
} from "../../src/core";
import { type LayoutOptions } from "../../src/core/layout/layout";
import type { FakeSheetSpec } from "../fakes/excel";
import type { PlanHost } from "../../src/hosts/planHost";
import type { RollupLayout } from "../../src/core";
import { readPlans, rollupCandidates, rollupOf, rollupSheet } from "../../src/taskpane/state/rollupPlans";
import { ROLLUP_PANEL_STRINGS } from "../../src/taskpane/words/rollupPanelStrings";

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

export const DONE = "ดำเนินการแล้วเสร็จ";
export const NOT_DONE = "ไม่ได้ดำเนินการ";

/**
 * One office's plan as the cells of a sheet from A1: two title lines naming the office and fiscal year
 * 2566, the sample's header, and a project in dimension 1–4 in turn for each status given (its
 * budget spent when done, not when not carried out).
 */
export function officePlanRows(organisation: string, statuses: readonly string[]): Cell[][] {
  return [
    [`แผนปฏิบัติการป้องกันการทุจริต ${organisation}`],
    ["ประจำปีงบประมาณ พ.ศ. 2566 รอบ 12 เดือน"],
    [...SAMPLE_HEADERS],
    ...statuses.map((status, i): Cell[] => {
      const dimension = (i % 4) + 1;
      return [
        `${dimension}.${i + 1}`,
        dimension,
        `โครงการที่ ${i + 1} ของ${organisation}`,
        "โครงการ",
        10000,
        status === DONE ? 7500 : 0,
        status,
        status === NOT_DONE ? "ไม่ได้รับงบประมาณ" : null,
      ];
    }),
  ];
}

/** Three offices' plans, one per sheet: all done (green), half done (orange), and one with an error. */
export const THREE_OFFICES: readonly { readonly sheet: string; readonly rows: Cell[][] }[] = [
  { sheet: "กองคลัง", rows: officePlanRows("เทศบาลตำบลกองคลัง", [DONE, DONE, DONE, DONE, DONE]) },
  { sheet: "กองช่าง", rows: officePlanRows("เทศบาลตำบลกองช่าง", [DONE, NOT_DONE, DONE, NOT_DONE]) },
  { sheet: "สำนักปลัด", rows: officePlanRows("เทศบาลตำบลสำนักปลัด", [DONE, NOT_DONE, "รอดู"]) },
];

/** The roll-up of every plan `host` lists, in Thai, as the pane lays it out (dated 5 October 2566). */
export async function rollupOfAll(host: PlanHost): Promise<RollupLayout> {
  const found = await readPlans(host, rollupCandidates(await host.listPlans()), {});
  return rollupSheet(rollupOf(found, {}, ROLLUP_PANEL_STRINGS.th.noPlan), "th", new Date(2023, 9, 5));
}

import {
  analyzePlan,
  planSheetFormat,
  planTemplate,
  reportJson,
  type Cell,
  type PlanTemplate,
} from "../../src/core";
import { TEMPLATE_DIMENSIONS, TEMPLATE_STATUSES } from "../../src/core/layout/template";

/** The template as the sheet a host would create from it, read back as a grid. */
function asGrid(template: PlanTemplate) {
  const rows: Cell[][] = [
    ...template.titles.map((title) => [title]),
    template.columns.map((column) => column.header),
    ...template.rows.map((row) => [...row]),
  ];
  return { rows, firstRow: 1, firstColumn: 1 };
}

describe("a new plan from the template", () => {
  it("summarises a fresh template as four empty dimensions, with no issue at all", () => {
    const report = analyzePlan(asGrid(planTemplate({ organisation: "เทศบาลตำบลทดสอบ", fiscalYear: 2568 })))!;
    const json = reportJson(report);
    expect(json.issues).toEqual([]);
    expect(json.dimensions.map((d) => [d.dimension, d.projects, d.plannedBudget, d.pctProjects])).toEqual([
      [1, 0, 0, null],
      [2, 0, 0, null],
      [3, 0, 0, null],
      [4, 0, 0, null],
    ]);
    expect(report.fiscalYear).toBe(2568);
    expect(report.organisation).toBe("เทศบาลตำบลทดสอบ");
  });

  it("with the sample, gives the seed's table", () => {
    const json = reportJson(analyzePlan(asGrid(planTemplate({ withSample: true })))!);
    expect(
      json.dimensions.map((d) => [d.projects, d.plannedBudget, d.disbursed, d.pctProjects, d.pctBudget]),
    ).toEqual([
      [5, 35000, 17175, 80, 49.07],
      [5, 23000, 23000, 100, 100],
      [2, 20000, 18495, 100, 92.48],
      [4, 323900, 271425, 100, 83.8],
    ]);
    expect([json.total.pctProjects, json.total.pctBudget]).toEqual([93.75, 82.13]);
  });

  it("offers drop-down values that the engine reads back as what they say", () => {
    const rows: Cell[][] = [["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"]];
    TEMPLATE_DIMENSIONS.forEach((dimension, i) =>
      rows.push([dimension, `โครงการ ${i}`, 0, 0, TEMPLATE_STATUSES[i]]),
    );
    const report = analyzePlan({ rows, firstRow: 1, firstColumn: 1 }, { round: 6 })!;
    expect(report.rows.map((row) => [row.dimension, row.status])).toEqual([
      [1, "completed"],
      [2, "inProgress"],
      [3, "notStarted"],
      [4, "notDone"],
    ]);
  });
});

describe("the template's number formats", () => {
  test("title lines and the header are text, the body takes its column's format", () => {
    const { layout, headerRow, columns } = planTemplate({ organisation: "อบต.แม่วิน", fiscalYear: 2567 });
    expect(layout.headingFormat).toBe("@");
    for (let row = 1; row <= headerRow; row++) {
      columns.forEach((_, c) => expect(planSheetFormat(layout, row, c)).toBe("@"));
    }
    columns.forEach((column, c) => expect(planSheetFormat(layout, headerRow + 1, c)).toBe(column.format));
    expect(new Set(columns.map((column) => column.format)).size).toBeGreaterThan(1);
  });
});

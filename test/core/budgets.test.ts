import { matchHeader } from "../../src/core/rows/columns";
import { DONE, analyze, codes, issuesOf } from "./helpers";

describe("e-Plan's budget figures (spec §9.3)", () => {
  it.each([
    ["งบประมาณตามข้อบัญญัติ", "ordinanceBudget"],
    ["ตามเทศบัญญัติ (บาท)", "ordinanceBudget"],
    ["งบประมาณที่ได้รับอนุมัติ", "ordinanceBudget"],
    ["งบประมาณ ข้อบัญญัติ", "ordinanceBudget"],
    ["งบประมาณตามแผนพัฒนาท้องถิ่น", "developmentPlanBudget"],
    ["แผนพัฒนาฯ", "developmentPlanBudget"],
    ["งบประมาณ แผนพัฒนาฯ", "developmentPlanBudget"],
    ["งบประมาณตามแผน", "plannedBudget"],
    ["งบประมาณ", "plannedBudget"],
    ["งบประมาณ (บาท)", "plannedBudget"],
  ])("recognises %p as %p", (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  const HEAD = ["มิติ", "ชื่อโครงการ", "แผนพัฒนาฯ", "ตามข้อบัญญัติ", "งบประมาณตามแผน", "เบิกจ่าย", "สถานะ"];

  it("keeps the action plan's amount as the planned budget and sums the ordinance amount beside it", () => {
    const report = analyze([HEAD, [1, "ก", 500, 300, 400, 250, DONE], [2, "ข", 0, 100, 100, 100, DONE]]);
    expect(report.header.columns).toMatchObject({
      developmentPlanBudget: 2,
      ordinanceBudget: 3,
      plannedBudget: 4,
    });
    expect(report.summary.total.plannedBudget).toBe(50000);
    expect(report.summary.total.ordinanceBudget).toBe(40000);
    expect(report.summary.dimensions[0].ordinanceBudget).toBe(30000);
  });

  it("warns when more was disbursed than the ordinance amount, not when its cell is blank", () => {
    const report = analyze([HEAD, [1, "ก", 500, 300, 400, 350, DONE], [1, "ข", 500, null, 400, 350, DONE]]);
    expect(codes(report)).toEqual(["over-ordinance@2"]);
    expect(issuesOf(report, "over-ordinance")[0]).toMatchObject({
      severity: "warning",
      field: "disbursed",
      details: { amount: 35000, expected: 30000 },
    });
  });

  it("takes the development plan's amount for the planned budget when it is the only budget column", () => {
    const report = analyze([
      ["มิติ", "ชื่อโครงการ", "งบประมาณตามแผนพัฒนาท้องถิ่น", "เบิกจ่าย", "สถานะ"],
      [1, "ก", 500, 250, DONE],
    ]);
    expect(report.header.columns.plannedBudget).toBe(2);
    expect(report.summary.total.plannedBudget).toBe(50000);
    expect(report.issues).toEqual([]);
  });

  it("never takes the ordinance amount for the planned budget: without another, the column is missing", () => {
    const report = analyze([
      ["มิติ", "ชื่อโครงการ", "ตามข้อบัญญัติ", "เบิกจ่าย", "สถานะ"],
      [1, "ก", 500, 250, DONE],
    ]);
    expect(codes(report)).toContain("missing-column@-");
    expect(report.header.columns.plannedBudget).toBeUndefined();
  });

  it("reads an ambiguous 'งบประมาณ' as the action plan's amount", () => {
    const report = analyze([
      ["มิติ", "ชื่อโครงการ", "งบประมาณ", "ตามข้อบัญญัติ", "เบิกจ่าย", "สถานะ"],
      [1, "ก", 500, 600, 250, DONE],
    ]);
    expect(report.header.columns).toMatchObject({ plannedBudget: 2, ordinanceBudget: 3 });
  });
});

/** Amounts in thousands or millions of baht are scaled, exactly, and the report says so (spec §2.3). */
import { DONE, analyze, codes } from "./helpers";

describe("amount columns with a unit", () => {
  it.each<[string, number]>([
    ["งบประมาณ (พันบาท)", 1_000],
    ["งบประมาณ (ล้านบาท)", 1_000_000],
    ["Budget (thousand baht)", 1_000],
  ])("%p scales every planned amount by %i, with a note on the column", (budget, unit) => {
    const report = analyze([
      ["ลำดับ", "ชื่อโครงการ", budget, "เบิกจ่าย", "สถานะ"],
      ["1.1", "ก", 1.5, 1000, DONE],
      ["1.2", "ข", "2.25", 2000, DONE],
    ]);
    expect(report.rows.map((row) => row.plannedBudget)).toEqual([1.5 * unit * 100, 2.25 * unit * 100]);
    expect(report.rows.map((row) => row.disbursed)).toEqual([100_000, 200_000]);
    expect(codes(report)).toContain("amounts-in-unit@1");
  });

  it("a total line in the same unit is checked in that unit", () => {
    const report = analyze([
      ["ลำดับ", "ชื่อโครงการ", "งบประมาณ (พันบาท)", "เบิกจ่าย (พันบาท)", "สถานะ"],
      ["1.1", "ก", 1.5, 1, DONE],
      ["1.2", "ข", 2.5, 2, DONE],
      [null, "รวม", 4, 3, null],
    ]);
    expect(report.summary.total.plannedBudget).toBe(400_000);
    expect(codes(report).filter((code) => code.startsWith("control-total-mismatch"))).toEqual([]);
  });
});

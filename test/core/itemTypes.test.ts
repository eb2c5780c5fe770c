import { SAMPLE_GRID, analyzePlan } from "../../src/core";
import { hasSeveralTypes, itemTypeOf } from "../../src/core/rows/itemTypes";
import { DONE, analyze } from "./helpers";

describe("item types (spec §9.5)", () => {
  it.each([
    ["โครงการ", "", "project"],
    ["กิจกรรม", "", "activity"],
    ["มาตรการ", "", "measure"],
    ["แนวปฏิบัติงาน", "", "guideline"],
    ["แนวปฏิบัติ", "", "guideline"],
    ["Measure", "", "measure"],
    ["", "มาตรการ NO Gift Policy", "measure"],
    ["", "กิจกรรมการจัดทำข้อตกลง", "activity"],
    ["", "แนวปฏิบัติงานการรับของขวัญ", "guideline"],
    ["กิจกรรม", "โครงการอบรม", "activity"],
    ["อื่น", "โครงการอบรม", "project"],
  ])("type %p with name %p is %p", (type, name, expected) => {
    expect(itemTypeOf(type, name)).toBe(expected);
  });

  it.each([
    ["", "อบรมคุณธรรม"],
    ["", "Projects review"],
    ["", ""],
  ])("type %p with name %p has no known type", (type, name) => {
    expect(itemTypeOf(type, name)).toBeUndefined();
  });

  it("counts the sample's 16 rows: 7 projects, 2 activities, 7 measures", () => {
    const report = analyzePlan(SAMPLE_GRID)!;
    expect(report.itemTypes).toEqual({ project: 7, activity: 2, measure: 7, guideline: 0, unknown: 0 });
    expect(hasSeveralTypes(report.itemTypes)).toBe(true);
  });

  it("a plan of one type has no split to show", () => {
    const report = analyze([
      ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
      [1, "มาตรการ ก", 0, 0, DONE],
      [2, "มาตรการ ข", 0, 0, DONE],
      [3, "ไม่ทราบชนิด", 0, 0, DONE],
    ]);
    expect(report.itemTypes).toEqual({ project: 0, activity: 0, measure: 2, guideline: 0, unknown: 1 });
    expect(hasSeveralTypes(report.itemTypes)).toBe(false);
  });
});

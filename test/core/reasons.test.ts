import { REASON_CHOICES, REASON_CATEGORIES, reasonCategory } from "../../src/core/rows/reasons";
import { DONE, NOT_DONE, analyze } from "./helpers";

describe("reasons for not carrying out (spec §9.4)", () => {
  it.each([
    ["ไม่ได้รับจัดสรรงบประมาณ", "noBudget"],
    ["ไม่ได้รับการจัดสรรงบประมาณ ปี 2566", "noBudget"],
    ["งบประมาณไม่เพียงพอ", "noBudget"],
    ["เนื่องจาก งบประมาณ ไม่เพียงพอ", "noBudget"],
    ["ไม่ได้ตั้งงบประมาณไว้ในข้อบัญญัติ", "noBudget"],
    ["นโยบายผู้บริหารเปลี่ยนแปลง", "policyChanged"],
    ["ผู้บริหารเปลี่ยนนโยบาย", "policyChanged"],
    ["บุคลากรไม่เพียงพอ", "notEnoughStaff"],
    ["ขาดแคลนบุคลากรในการดำเนินงาน", "notEnoughStaff"],
    ["Not enough staff", "notEnoughStaff"],
    ["No budget allocated", "noBudget"],
    ["สถานการณ์โรคระบาด", "other"],
    ["อื่นๆ", "other"],
  ])("sorts %p into %p", (text, category) => {
    expect(reasonCategory(text)).toBe(category);
  });

  it("gives no category when there is no reason", () => {
    expect(reasonCategory("")).toBeNull();
    expect(reasonCategory("   ")).toBeNull();
  });

  it("takes the wording that comes first when a reason names two", () => {
    expect(reasonCategory("บุคลากรไม่เพียงพอ และงบประมาณไม่เพียงพอ")).toBe("notEnoughStaff");
    expect(reasonCategory("งบประมาณไม่เพียงพอ และบุคลากรไม่เพียงพอ")).toBe("noBudget");
  });

  it("offers one choice per category, each read back as its own category", () => {
    for (const category of REASON_CATEGORIES) expect(reasonCategory(REASON_CHOICES[category])).toBe(category);
  });

  it("lists the category of each row not carried out, from the reason column or else the note", () => {
    const report = analyze([
      ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ", "หมายเหตุ", "เหตุผลที่ไม่ได้ดำเนินการ"],
      [1, "ก", 100, 0, NOT_DONE, "ดูบันทึก", "บุคลากรไม่เพียงพอ"],
      [1, "ข", 100, 0, NOT_DONE, "ไม่ได้รับงบประมาณ", null],
      [1, "ค", 100, 0, NOT_DONE, null, null],
      [1, "ง", 100, 100, DONE, null, null],
    ]);
    expect(report.header.columns.reason).toBe(6);
    expect(report.header.columns.note).toBe(5);
    expect(report.notCarriedOut.map((item) => [item.name, item.reason, item.reasonCategory])).toEqual([
      ["ก", "บุคลากรไม่เพียงพอ", "notEnoughStaff"],
      ["ข", "ไม่ได้รับงบประมาณ", "noBudget"],
      ["ค", "", null],
    ]);
  });

  it("a reason in the reason column answers missing-reason; without any, the warning points at the reason column", () => {
    const report = analyze([
      ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ", "เหตุผลที่ไม่ได้ดำเนินการ"],
      [1, "ก", 100, 0, NOT_DONE, "บุคลากรไม่เพียงพอ"],
      [1, "ข", 100, 0, NOT_DONE, null],
    ]);
    expect(report.issues.map((issue) => [issue.code, issue.row, issue.field])).toEqual([
      ["missing-reason", 3, "reason"],
    ]);
  });
});

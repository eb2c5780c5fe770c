/** What plans as offices write them add to the summary sheet and the memo (spec §8). */
import {
  SAMPLE_GRID,
  analyzePlan,
  itemTitle,
  memoText,
  summaryLayout,
  type Cell,
  type SummaryLayout,
} from "../../src/core";
import { DONE, NOT_DONE, analyze } from "./helpers";

const textAt = (layout: SummaryLayout, row: number, column = 0) =>
  layout.cells.find((cell) => cell.row === row && cell.column === column)?.value;

describe("the summary sheet on plans as offices write them (spec §8)", () => {
  it("puts the sample's split by item type in the blank row under its table, leaving the table as it was", () => {
    const report = analyzePlan(SAMPLE_GRID)!;
    const layout = summaryLayout(report);
    expect(textAt(layout, layout.table.bottom + 1)).toBe("จำแนกเป็น โครงการ 7 กิจกรรม 2 มาตรการ 7");
    expect(textAt(layout, layout.table.bottom + 2)).toBe("โครงการที่ไม่ได้ดำเนินการ (1 โครงการ)");
    expect(summaryLayout(report, { lang: "en" }).cells.map((cell) => cell.value)).toContain(
      "Of which: 7 projects, 2 activities, 7 measures",
    );
    expect(layout.columnCount).toBe(8);
  });

  const HEAD: Cell[] = ["ที่", "ชื่อโครงการ", "งบประมาณ", "ตามเทศบัญญัติ", "เบิกจ่าย", "สถานะ", "หมายเหตุ"];

  it("adds the ordinance column after the planned budget only when the ordinance column has amounts", () => {
    const withAmounts = summaryLayout(analyze([HEAD, ["1.1", "โครงการ ก", 500, 400, 300, DONE]]));
    const header = withAmounts.cells.filter((cell) => cell.row === withAmounts.table.top).map((c) => c.value);
    expect(header.slice(0, 4)).toEqual([
      "มิติ",
      "โครงการตามแผนปฏิบัติการฯ",
      "งบประมาณตามแผนปฏิบัติการ",
      "งบประมาณตามข้อบัญญัติ/เทศบัญญัติ",
    ]);
    expect(textAt(withAmounts, withAmounts.table.top + 2, 3)).toBe(400);
    const empty = summaryLayout(analyze([HEAD, ["1.1", "โครงการ ก", 500, null, 300, DONE]]));
    expect(empty.cells.map((cell) => cell.value)).not.toContain("งบประมาณตามข้อบัญญัติ/เทศบัญญัติ");
    expect(empty.columnCount).toBe(withAmounts.columnCount - 1);
  });

  const nested: Cell[][] = [
    ["ที่", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ", "หมายเหตุ"],
    ["๑.๑ การสร้างจิตสำนึก"],
    ["1.1.1", "โครงการ ก", 100, 100, DONE],
    ["1.1.2", "โครงการ ข", 300, 0, NOT_DONE, "นโยบายผู้บริหารเปลี่ยนแปลง"],
    ["๑.๒ การเปิดเผยข้อมูล"],
    ["1.2.1", "มาตรการ ค", 0, 0, NOT_DONE, "บุคลากรไม่พอ เพราะย้ายไปหน่วยอื่น"],
    ["1.2.2", "มาตรการ ง", 0, 0, NOT_DONE],
  ];

  it("writes sub-dimension subtotals under the table only when asked", () => {
    const off = summaryLayout(analyze(nested));
    expect(off.cells.map((cell) => cell.value)).not.toContain("ผลการดำเนินการจำแนกตามหัวข้อย่อย");
    const on = summaryLayout(analyze(nested, { subtotals: true }));
    const at = on.cells.find((cell) => cell.value === "ผลการดำเนินการจำแนกตามหัวข้อย่อย")!.row;
    expect(at).toBeGreaterThan(on.table.bottom);
    expect([textAt(on, at + 1), textAt(on, at + 1, 1), textAt(on, at + 1, 2)]).toEqual([
      "  1.1 การสร้างจิตสำนึก",
      2,
      400,
    ]);
    expect([textAt(on, at + 2), textAt(on, at + 2, 1)]).toEqual(["  1.2 การเปิดเผยข้อมูล", 2]);
  });

  it("shows each reason's category in the list, unless the sheet's words already are the category", () => {
    const report = analyze(nested);
    const layout = summaryLayout(report);
    const reasons = report.notCarriedOut.map((item) =>
      textAt(layout, layout.cells.find((c) => c.value === itemTitle(item))!.row, 4),
    );
    expect(reasons).toEqual([
      "นโยบายผู้บริหารเปลี่ยนแปลง",
      "บุคลากรไม่เพียงพอ: บุคลากรไม่พอ เพราะย้ายไปหน่วยอื่น",
      "ไม่ระบุเหตุผล",
    ]);
  });

  it("says in the memo why items were not carried out, those without a reason last", () => {
    expect(memoText(analyze(nested), "th")).toContain(
      "ไม่ได้ดำเนินการ 3 โครงการ เนื่องจากนโยบายผู้บริหารเปลี่ยนแปลง 1 โครงการ บุคลากรไม่เพียงพอ 1 โครงการ และไม่ระบุเหตุผล 1 โครงการ ได้แก่",
    );
    expect(memoText(analyze(nested), "en")).toContain(
      "3 not carried out because of a change of policy (1), not enough staff (1) and no reason given (1):",
    );
    expect(memoText(analyzePlan(SAMPLE_GRID)!, "th")).toContain("ไม่ได้ดำเนินการ 1 โครงการ ได้แก่");
  });
});

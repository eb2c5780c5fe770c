import type { Cell } from "../../src/core";
import { DIM_HEAD, DONE, analyze, codes, issuesOf, project } from "./helpers";

/** Two projects in dimension 1 (300 planned, 250 disbursed) and one in dimension 2 (50, 50). */
const PROJECTS: Cell[][] = [project(1, "ก", 100, 100), project(1, "ข", 200, 150), project(2, "ค", 50, 50)];

describe("rows that are not projects (spec §2.5)", () => {
  it("skips wholly blank rows, keeping worksheet row numbers", () => {
    const report = analyze([DIM_HEAD, [], [null, "", "  "], project(1, "ก", 100, 100)]);
    expect(report.rows.map((r) => r.row)).toEqual([4]);
    expect(report.issues).toEqual([]);
  });

  it.each(["รวม", "รวมทั้งสิ้น", "รวมทั้งหมด", "ยอดรวม", "Total", "Grand total", "GRAND TOTAL", " รวม "])(
    "reads %p as a total row, not a project",
    (label) => {
      const report = analyze([DIM_HEAD, ...PROJECTS, [null, label, 350, 300, null, null]]);
      expect(report.rows).toHaveLength(3);
      expect(report.issues).toEqual([]);
    },
  );

  it("reads a total label in the first text cell when the name cell is empty", () => {
    const report = analyze([DIM_HEAD, ...PROJECTS, ["รวมทั้งสิ้น", null, 350, 300, null, null]]);
    expect(report.rows).toHaveLength(3);
    expect(report.issues).toEqual([]);
  });

  it.each(["รวมมิติที่ 1", "รวมมิติที่ ๑", "รวม มิติ 1"])("reads %p as dimension 1's total row", (label) => {
    const report = analyze([DIM_HEAD, ...PROJECTS, [null, label, 300, 250, null, null]]);
    expect(report.rows).toHaveLength(3);
    expect(report.issues).toEqual([]);
  });
});

describe("control totals (spec §2.5)", () => {
  it("flags a plan total that differs from the rows, on that row and cell", () => {
    const report = analyze([DIM_HEAD, ...PROJECTS, [null, "รวม", 428, 300, null, null]]);
    expect(report.issues.map((i) => [i.severity, i.code, i.row, i.column, i.field, i.text])).toEqual([
      ["warning", "control-total-mismatch", 5, 3, "plannedBudget", "428"],
    ]);
    expect(report.issues[0].details).toMatchObject({ expected: 42800, amount: 35000 });
    expect(report.summary.total.plannedBudget).toBe(35000);
  });

  it("flags a dimension total that differs from that dimension's rows", () => {
    const report = analyze([DIM_HEAD, ...PROJECTS, [null, "รวมมิติที่ 2", 50, 60, null, null]]);
    expect(codes(report)).toEqual(["control-total-mismatch@5"]);
    expect(report.issues[0]).toMatchObject({ field: "disbursed", details: { dimension: 2, expected: 6000 } });
  });

  it("quotes the total cell's own text", () => {
    const report = analyze([DIM_HEAD, ...PROJECTS, [null, "รวม", "๔๒๘ บาท", null, null, null]]);
    expect(issuesOf(report, "control-total-mismatch").map((i) => i.text)).toEqual(["๔๒๘ บาท"]);
  });

  it("checks a total typed into the add-in, with no row", () => {
    const report = analyze([DIM_HEAD, ...PROJECTS], {
      controlTotals: { plannedBudget: 42800, disbursed: 30000 },
    });
    expect(report.issues.map((i) => [i.code, i.row, i.column, i.field])).toEqual([
      ["control-total-mismatch", null, null, "plannedBudget"],
    ]);
  });

  it("reads the total row's amounts like any amount cell; one it cannot read is no control total", () => {
    const report = analyze([DIM_HEAD, ...PROJECTS, [null, "รวม", "abc", null, null, null]]);
    expect(codes(report)).toEqual(["not-a-number@5"]);
  });
});

describe("row numbers", () => {
  it("counts worksheet rows and columns from where the grid starts", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", 100, 100, "พอใช้")], {}, 7, 2);
    expect(report.rows[0].row).toBe(8);
    expect(report.issues[0]).toMatchObject({ code: "unknown-status", row: 8, column: 6 });
    expect(report.source).toMatchObject({ headerRow: 7, lastRow: 8 });
  });

  it("reads a project row's fields", () => {
    const report = analyze([
      ["ลำดับ", "มิติ", "ชื่อโครงการ", "ประเภท", "งบประมาณ", "เบิกจ่าย", "สถานะ", "หมายเหตุ"],
      [" 1.1 ", 1, " โครงการ ก ", "มาตรการ", 100, 100, DONE, " ดี "],
    ]);
    expect(report.rows[0]).toMatchObject({
      row: 2,
      no: "1.1",
      dimension: 1,
      name: "โครงการ ก",
      type: "มาตรการ",
      plannedBudget: 10000,
      disbursed: 10000,
      status: "completed",
      note: "ดี",
    });
  });
});

describe("a dimension heading row that carries the dimension's subtotal", () => {
  const head = ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"];

  it("is a section row whose amounts are checked as that dimension's control total", () => {
    const report = analyze([
      head,
      [null, "มิติที่ 2 การบริหารราชการด้วยความโปร่งใส", 1500, 900, null],
      ["2.1", "ก", 1000, 900, DONE],
      ["2.2", "ข", 400, 0, DONE],
    ]);
    expect(report.rows.map((row) => [row.no, row.dimension])).toEqual([
      ["2.1", 2],
      ["2.2", 2],
    ]);
    expect(report.summary.dimensions[1].name).toBe("การบริหารราชการด้วยความโปร่งใส");
    expect(codes(report)).toContain("control-total-mismatch@2");
    expect(codes(report)).not.toContain("unknown-status@2");
  });

  it("agrees silently when the subtotal is what its rows add up to", () => {
    const report = analyze([head, [null, "มิติที่ 1", 1000, 900, null], ["1.1", "ก", 1000, 900, DONE]]);
    expect(report.issues).toEqual([]);
  });

  it("stays a project when it has a status of its own", () => {
    const report = analyze([head, ["1.1", "มิติที่ 1 เป็นชื่อโครงการ", 1000, 900, DONE]]);
    expect(report.rows.map((row) => row.name)).toEqual(["มิติที่ 1 เป็นชื่อโครงการ"]);
  });
});

/** Total rows in the wordings offices use (spec §2.5). */
import fc from "fast-check";
import type { Cell } from "../../src/core";
import { DIM_HEAD, DONE, NOT_DONE, analyze, codes, issuesOf, project } from "./helpers";

/** Two projects in dimension 1 (300 planned, 250 disbursed) and one in dimension 2 (50, 50). */
const PROJECTS: Cell[][] = [project(1, "ก", 100, 100), project(1, "ข", 200, 150), project(2, "ค", 50, 50)];

const totalRow = (label: string, planned: Cell = 350, disbursed: Cell = 300): Cell[] => [
  null,
  label,
  planned,
  disbursed,
  null,
  null,
];

describe("a row whose label begins with a total word is a total row", () => {
  it.each([
    "รวมทั้งสิ้น 2 โครงการ",
    "รวม:",
    "Total:",
    "รวม (บาท)",
    "ยอดรวมทั้งสิ้น",
    "รวมเป็นเงิน",
    "รวมงบประมาณทั้งสิ้น",
    "รวมทั้งหมด 4 มิติ",
    "รวม ๓ โครงการ",
    "TOTAL (baht)",
    "Grand total:",
    "Totals",
    "\u200Bรวมทั้งสิ้น",
  ])("%p with amounts and no status is the plan's total, not a project", (label) => {
    const report = analyze([DIM_HEAD, ...PROJECTS, totalRow(label)]);
    expect(report.rows).toHaveLength(3);
    expect(report.summary.total.plannedBudget).toBe(35000);
    expect(report.issues).toEqual([]);
  });

  it.each(["รวมทั้งสิ้น 2 โครงการ", "Total:", "รวมเป็นเงิน"])(
    "keeps the amounts of %p as control totals: a mismatch is a warning on that row",
    (label) => {
      const report = analyze([DIM_HEAD, ...PROJECTS, totalRow(label, 700, 300)]);
      expect(codes(report)).toEqual(["control-total-mismatch@5"]);
      expect(report.issues[0].details).toMatchObject({ expected: 70000, amount: 35000 });
    },
  );

  it.each<[string, number]>([
    ["รวมมิติที่ 1:", 1],
    ["รวมมิติที่ 1 (2 โครงการ)", 1],
    ["ยอดรวมมิติที่ ๒", 2],
    ["รวม มิติ 2 :", 2],
  ])("%p is dimension %i's total; its empty dimension cell is no error", (label, dimension) => {
    const planned = dimension === 1 ? 300 : 50;
    const report = analyze([DIM_HEAD, ...PROJECTS, totalRow(label, planned + 1, null)]);
    expect(report.rows).toHaveLength(3);
    expect(codes(report)).toEqual(["control-total-mismatch@5"]);
    expect(report.issues[0].details).toMatchObject({ dimension, expected: (planned + 1) * 100 });
  });

  it("a dimension total for a number outside 1–4 is no project, and says it cannot read the dimension", () => {
    const report = analyze([DIM_HEAD, ...PROJECTS, totalRow("รวมมิติที่ 7:", 5, 5)]);
    expect(report.rows).toHaveLength(3);
    expect(codes(report)).toEqual(["unknown-dimension@5"]);
  });

  it("reads the label from the first text when the name cell is empty", () => {
    const report = analyze([DIM_HEAD, ...PROJECTS, ["รวมทั้งสิ้น 3 โครงการ", null, 350, 300, null, null]]);
    expect(report.rows).toHaveLength(3);
    expect(report.issues).toEqual([]);
  });

  it("any wording after a total word makes a total row (property)", () => {
    const start = fc.constantFrom("รวม", "ยอดรวม", "รวมทั้งสิ้น", "Total", "TOTAL", "Grand total", "รวมเป็นเงิน");
    const tail = fc.oneof(
      fc.constantFrom("", ":", " (บาท)", " ทั้งสิ้น", "ทั้งหมด 4 มิติ", " 16 โครงการ", "งบประมาณ", " - "),
      fc.string({ maxLength: 20 }).map((s) => ` ${s}`),
    );
    fc.assert(
      fc.property(start, tail, fc.integer({ min: 0, max: 10_000 }), (word, rest, planned) => {
        const report = analyze([DIM_HEAD, ...PROJECTS, totalRow(`${word}${rest}`, planned, 300)]);
        expect(report.rows).toHaveLength(3);
        expect(report.summary.total.projects).toBe(3);
        const mismatches = issuesOf(report, "control-total-mismatch");
        expect(mismatches.map((i) => i.row)).toEqual(planned === 350 ? [] : [5]);
      }),
    );
  });
});

describe("a row that begins like a total but is a project", () => {
  it.each(["รวมพลังป้องกันการทุจริต", "รวมใจต่อต้านการทุจริต", "Total quality management"])(
    "%p with a status is a project",
    (name) => {
      const report = analyze([DIM_HEAD, ...PROJECTS, project(2, name, 20, 20, DONE)]);
      expect(report.rows.map((r) => r.name)).toContain(name);
      expect(report.summary.total.projects).toBe(4);
      expect(report.issues).toEqual([]);
    },
  );

  it("a project named with a total word but not carried out is listed as not carried out", () => {
    const report = analyze([DIM_HEAD, project(1, "รวมพลังเยาวชน", 20, 0, NOT_DONE, "งบไม่พอ")]);
    expect(report.notCarriedOut.map((r) => r.name)).toEqual(["รวมพลังเยาวชน"]);
  });

  it("a row beginning with รวม with neither amounts nor status stays a project and says its status is missing", () => {
    const report = analyze([DIM_HEAD, ...PROJECTS, [2, "รวมพลังสร้างสรรค์", null, null, null, null]]);
    expect(report.summary.total.projects).toBe(4);
    expect(codes(report)).toEqual(["unknown-status@5"]);
  });

  it("a word that only begins with Total is not a total word", () => {
    const report = analyze([DIM_HEAD, ...PROJECTS, [2, "Totally new", 5, 5, null, null]]);
    expect(report.summary.total.projects).toBe(4);
  });

  it("tick columns count as a status", () => {
    const head = [...DIM_HEAD.slice(0, 4), DONE, NOT_DONE];
    const report = analyze([
      head,
      [1, "รวมพลังเยาวชน", 20, 20, "✓", null],
      [null, "รวม:", 20, 20, null, null],
    ]);
    expect(report.rows.map((r) => r.name)).toEqual(["รวมพลังเยาวชน"]);
    expect(report.issues).toEqual([]);
  });
});

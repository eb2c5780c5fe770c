import fc from "fast-check";
import { type Cell } from "../../src/core";
import { readYearHeader } from "../../src/core/rows/yearColumns";
import { DONE, analyze, codes, issuesOf } from "./helpers";

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const thai = (text: string): string => text.replace(/\d/g, (d) => THAI_DIGITS[Number(d)]);

describe("year headers (spec §9.2)", () => {
  it.each([
    [2566, 2566],
    ["2566", 2566],
    ["พ.ศ. ๒๕๖๖", 2566],
    ["พ.ศ.2567", 2567],
    ["ปี 2568", 2568],
    ["ปีงบประมาณ 2569", 2569],
    ["ปีงบประมาณ พ.ศ. 2570", 2570],
    ["2566\n(บาท)", 2566],
    ["งบประมาณ ปี 2566 (บาท)", 2566],
    ["FY 2566", 2566],
  ])("reads %p as %p", (cell, year) => {
    expect(readYearHeader(cell)).toBe(year);
  });

  it.each(["2566-2570", "1999", 2023, "ปี", "งบประมาณ", "2566 โครงการ", 2566.5, null])(
    "reads no fiscal year from %p",
    (cell) => {
      expect(readYearHeader(cell as Cell)).toBeUndefined();
    },
  );

  it("property: every Buddhist-era year 2500–2699 reads back, in any of the usual forms and digits", () => {
    const formArb = fc.constantFrom(
      (y: string) => y,
      (y: string) => `พ.ศ. ${y}`,
      (y: string) => `พ.ศ.${y}`,
      (y: string) => `ปี ${y}`,
      (y: string) => `ปีงบประมาณ ${y}`,
      (y: string) => `${y} (บาท)`,
    );
    fc.assert(
      fc.property(fc.integer({ min: 2500, max: 2699 }), formArb, fc.boolean(), (year, form, inThai) => {
        const text = form(String(year));
        expect(readYearHeader(inThai ? thai(text) : text)).toBe(year);
      }),
    );
  });

  it("property: no Common-era year is taken for a fiscal year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2499 }), (year) => {
        expect(readYearHeader(String(year))).toBeUndefined();
        expect(readYearHeader(year)).toBeUndefined();
      }),
    );
  });
});

describe("a budget column per fiscal year (spec §9.2)", () => {
  // A four-year plan: years as number headers on the header row itself.
  const flat: Cell[][] = [
    ["ที่", "ชื่อโครงการ", 2561, 2562, 2563, 2564, "เบิกจ่าย", "สถานะ"],
    ["1.1", "โครงการ ก", 10000, 12000, 12000, 12000, 9000, DONE],
    // Planned for 2562 only: no status or disbursement for a 2561 report.
    ["1.2", "โครงการ ข", "-", 5000, null, null, null, null],
    ["1.3", "โครงการ ค", 0, null, null, null, 0, DONE],
  ];

  it("takes the report year's column as the planned budget", () => {
    const report = analyze(flat, { fiscalYear: 2562 });
    expect(report.yearColumns.map((column) => column.year)).toEqual([2561, 2562, 2563, 2564]);
    expect(report.header.columns.plannedBudget).toBe(3);
    expect(report.summary.total.plannedBudget).toBe(1700000);
    // 1.3 has no 2562 budget but a status for this report: it is in the plan, without budget.
    expect(report.rows.map((row) => row.no)).toEqual(["1.1", "1.2", "1.3"]);
  });

  it.each<[string, Cell, Cell, Cell]>([
    ["a status", "-", null, DONE],
    ["a disbursement", null, 100, null],
    ['"ไม่ใช้งบประมาณ" in the report year', "ไม่ใช้งบประมาณ", null, null],
  ])("never leaves out a row with %s for this report", (_, thisYear, disbursed, status) => {
    const report = analyze([flat[0], ["2.1", "โครงการ ง", thisYear, 5000, null, null, disbursed, status]], {
      fiscalYear: 2561,
    });
    expect(report.rows.map((row) => row.no)).toEqual(["2.1"]);
    expect(report.roles.map((entry) => entry.role)).toEqual(["project"]);
  });

  it("leaves a row with nothing or '-' in the report year but amounts in another year out, with a note", () => {
    const report = analyze(flat, { fiscalYear: 2561 });
    expect(report.rows.map((row) => row.no)).toEqual(["1.1", "1.3"]);
    expect(report.summary.total.plannedBudget).toBe(1000000);
    expect(codes(report)).toEqual(["not-in-this-year@3"]);
    expect(issuesOf(report, "not-in-this-year")[0]).toMatchObject({ severity: "info", column: 3, text: "-" });
  });

  it("keeps a row with 0 in the report year: in the plan, without budget", () => {
    const report = analyze(flat, { fiscalYear: 2561 });
    expect(report.rows.find((row) => row.no === "1.3")?.plannedBudget).toBe(0);
  });

  it("is an error naming the years found when none is the report year's", () => {
    const report = analyze(flat, { fiscalYear: 2566 });
    const [issue] = issuesOf(report, "no-year-column");
    expect(issue).toMatchObject({
      severity: "error",
      row: null,
      details: { other: "2561, 2562, 2563, 2564", year: 2566 },
    });
    expect(report.valid).toBe(false);
  });

  it("is an error when the report year is not known at all", () => {
    const report = analyze(flat);
    expect(issuesOf(report, "no-year-column")[0]?.details).toEqual({ other: "2561, 2562, 2563, 2564" });
  });

  it("takes the report year from the title lines", () => {
    const report = analyze([["แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2563"], ...flat]);
    expect(report.fiscalYear).toBe(2563);
    expect(report.header.columns.plannedBudget).toBe(4);
  });

  it("reads years under a merged 'งบประมาณ (บาท)' group, in Thai digits, as the header's second row", () => {
    const report = analyze(
      [
        ["ที่", "ชื่อโครงการ", "งบประมาณ (บาท)", null, null, "เบิกจ่าย", "สถานะ"],
        [null, null, "พ.ศ. ๒๕๖๖", "พ.ศ. ๒๕๖๗", "พ.ศ. ๒๕๖๘", null, null],
        ["1.1", "โครงการ ก", 100, 200, 300, 50, DONE],
        ["1.2", "โครงการ ข", null, 200, 300, 150, DONE],
      ],
      { fiscalYear: 2567 },
    );
    expect(report.header.height).toBe(2);
    expect(report.header.labels[3]).toBe("งบประมาณ (บาท) พ.ศ. ๒๕๖๗");
    expect(report.rows.map((row) => row.plannedBudget)).toEqual([20000, 20000]);
    expect(report.source.headerRow).toBe(1);
    expect(report.issues).toEqual([]);
  });

  it("reads year numbers typed as numbers under the group too", () => {
    const report = analyze(
      [
        ["ที่", "ชื่อโครงการ", "งบประมาณ (บาท)", null, "เบิกจ่าย", "สถานะ"],
        [null, null, 2566, 2567, null, null],
        ["1.1", "โครงการ ก", 100, 200, 50, DONE],
      ],
      { fiscalYear: 2566 },
    );
    expect(report.rows).toHaveLength(1);
    expect(report.summary.total.plannedBudget).toBe(10000);
  });

  it("a planned-budget column the user chose wins over the year's", () => {
    const report = analyze(flat, { fiscalYear: 2566, columns: { plannedBudget: 5 } });
    expect(issuesOf(report, "no-year-column")).toEqual([]);
    expect(report.summary.total.plannedBudget).toBe(1200000);
  });

  it("a sheet without year columns is read as before", () => {
    const report = analyze(
      [
        ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
        [1, "ก", 100, 50, DONE],
      ],
      {
        fiscalYear: 2566,
      },
    );
    expect(report.yearColumns).toEqual([]);
    expect(report.issues).toEqual([]);
  });
});

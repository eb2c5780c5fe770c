/** How the engine reads messy cells: amounts, years, remaining columns, normalised text (spec §2, §5). */
import fc from "fast-check";
import { type Cell, analyzePlan } from "../../src/core";
import { readTitle } from "../../src/core/rows/period";
import { findHeader } from "../../src/core/rows/columns";
import { readAmount } from "../../src/core/cells/amounts";
import { readDimensionCell } from "../../src/core/rows/dimension";
import { parseStatus } from "../../src/core/rows/status";
import { normalizeText } from "../../src/core/cells/text";
import { DIM_HEAD, DONE, HEAD, NOT_DONE, analyze, codes, grid, project } from "./helpers";

describe("commas only as thousands separators (spec §2.3)", () => {
  it.each<[string, number]>([
    ["1,234", 123400],
    ["12,345,678.90", 1234567890],
    ["๑,๒๓๔.๕๐ บาท", 123450],
    ["999", 99900],
    ["20,000.-", 2000000],
    ["฿1,000", 100000],
    ["1 234.50", 123450],
  ])("reads %p as %i satang", (text, satang) => {
    expect(readAmount(text)).toEqual({ satang, issues: ["text-number"] });
  });

  it.each(["1,5", "12,34,5", "1,2345", ",123", "123,", "1,,234", "1, 234", "1 5", "1,234 567"])(
    "%p is not-a-number, never another number",
    (text) => {
      expect(readAmount(text)).toEqual({ satang: 0, issues: ["not-a-number"] });
    },
  );

  it("reads any number written with commas between groups of three as that number (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (baht, satang) => {
          const grouped = baht.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
          const text = `${grouped}.${String(satang).padStart(2, "0")}`;
          expect(readAmount(text)).toEqual({ satang: baht * 100 + satang, issues: ["text-number"] });
        },
      ),
    );
  });

  it("refuses a comma anywhere else (property)", () => {
    const digits = fc.stringMatching(/^[1-9]\d{0,9}$/);
    fc.assert(
      fc.property(digits, fc.nat(), (number, at) => {
        const cut = 1 + (at % number.length);
        const text = `${number.slice(0, cut)},${number.slice(cut)}`;
        const groupedRight = /^\d{1,3}(,\d{3})+$/.test(text);
        const reading = readAmount(text);
        if (groupedRight) expect(reading.issues).toEqual(["text-number"]);
        else expect(reading).toEqual({ satang: 0, issues: ["not-a-number"] });
      }),
    );
  });
});

describe("amounts too large, and negative text (spec §2.3)", () => {
  it.each<Cell>([
    1e20,
    123456789012345,
    1e12,
    -1e15,
    "123456789012345",
    "1,000,000,000,000",
    "99999999999999999999",
  ])("%p is amount-too-large, not 'type a number'", (cell) => {
    expect(readAmount(cell)).toEqual({ satang: 0, issues: ["amount-too-large"] });
  });

  it("a large but possible amount is read", () => {
    expect(readAmount(999_999_999_999.99)).toEqual({ satang: 99_999_999_999_999, issues: [] });
  });

  it.each<Cell>(["-500", "-1,000.50", "-๕๐๐ บาท"])(
    "%p is only negative-amount, not also read as 0",
    (cell) => {
      expect(readAmount(cell)).toEqual({ satang: 0, issues: ["negative-amount"] });
    },
  );
});

describe("the fiscal year in the title (spec §5)", () => {
  const yearOf = (...lines: string[]) =>
    readTitle(grid([...lines.map((line) => [line]), [...HEAD]]), lines.length).fiscalYear;

  it.each<[string[], number | undefined]>([
    [["แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2566-2570) ประจำปีงบประมาณ พ.ศ. 2568"], 2568],
    [["แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)", "ประจำปีงบประมาณ ๒๕๖๘"], 2568],
    [["แผน 4 ปี พ.ศ. 2566–2570", "รายงานผล ปีงบประมาณ พ.ศ.2567 รอบ 6 เดือน"], 2567],
    [["แผน พ.ศ. 2566 ถึง 2570"], undefined],
    [["แผนปฏิบัติการ พ.ศ. 2566-2570", "ข้อมูล ณ ปี 2567"], 2567],
    [["รายงาน พ.ศ. 2567"], 2567],
    [["พ.ศ. 2566-2570"], undefined],
  ])("%p gives %p", (lines, year) => {
    expect(yearOf(...lines)).toBe(year);
  });
});

describe("remaining-budget columns (spec §2.1)", () => {
  it.each(["งบประมาณคงเหลือ", "ยอดคงเหลือ", "คงเหลือ (บาท)", "Remaining budget", "Balance"])(
    "%p before the budget column is not taken for the planned budget",
    (remaining) => {
      const report = analyze([
        ["ชื่อโครงการ", remaining, "งบประมาณ", "เบิกจ่าย", "สถานะ", "มิติ"],
        ["ก", 900, 1000, 100, DONE, 1],
      ]);
      expect(report.header.columns.plannedBudget).toBe(2);
      expect(report.summary.total.pctBudget).toBe(10);
    },
  );
});

describe("text is normalised before matching (spec §5)", () => {
  const ZWSP = "\u200B";
  /** ดำ written as ด + nikhahit + sara aa, as some keyboards and PDFs give it. */
  const split = (text: string) => text.replace(/\u0E33/g, "\u0E4D\u0E32");

  it("composes a split sara am and drops zero-width characters", () => {
    expect(normalizeText(split("ดำเนินการ"))).toBe("ดำเนินการ");
    expect(normalizeText("น\u0E49\u0E4D\u0E32")).toBe("น้ำ");
    expect(normalizeText("น\u0E4D\u0E49\u0E32")).toBe("น้ำ");
    expect(normalizeText(`ดำเนิน${ZWSP}การ\u200C\u200D\u2060\uFEFF`)).toBe("ดำเนินการ");
  });

  it.each([split(DONE), `${DONE}${ZWSP}`, `${ZWSP}${DONE}`, `ดำเนิน${ZWSP}การแล้วเสร็จ`, DONE.normalize("NFD")])(
    "reads the status %p as completed",
    (text) => {
      expect(parseStatus(text)).toBe("completed");
    },
  );

  it.each([split("ไม่ได้ดำเนินการ เนื่องจากงบประมาณไม่พอ"), `ไม่ได้${ZWSP}ดำเนินการ`])(
    "reads %p as not done",
    (text) => {
      expect(parseStatus(text)).toBe("notDone");
    },
  );

  it.each([`มิติที่${ZWSP} 2`, split("มิติที่ 2 การบริหารราชการด้วยความโปร่งใส"), `${ZWSP}2`])(
    "reads the dimension %p as 2",
    (text) => {
      expect(readDimensionCell(text)).toMatchObject({ kind: "dimension", dimension: 2 });
    },
  );

  it("finds headers typed with a split sara am or zero-width characters", () => {
    const header = findHeader(
      grid([[`ชื่อ${ZWSP}โครงการ`, "งบประมาณ\uFEFF", split("เบิกจ่าย"), split("สถานะ"), split("ลำดับ")]]),
    );
    expect(header?.missing).toEqual([]);
    expect(header?.columns.no).toBe(4);
  });

  it("reads total words and no-budget words typed the same way", () => {
    const report = analyze([
      DIM_HEAD,
      project(1, "ก", `ไม่ใช้งบ${ZWSP}ประมาณ`, split("-"), NOT_DONE, "เหตุ"),
      project(1, "ข", 100, 100),
      [null, `รวม${ZWSP}ทั้งสิ้น`, 100, 100, null, null],
    ]);
    expect(codes(report)).toEqual(["read-as-zero@2", "read-as-zero@2"]);
  });

  it("reads a split sara am in a section row", () => {
    const report = analyzePlan(grid([[...HEAD], [split("มิติที่ 3 การส่งเสริมบทบาท")], ["ก", 1, 1, DONE]]));
    expect(report?.rows[0].dimension).toBe(3);
  });
});

describe("rows with no dimension (spec §3)", () => {
  it("are in neither the table nor the list of projects not carried out", () => {
    const report = analyze([
      DIM_HEAD,
      project(1, "ก", 100, 0, NOT_DONE, "เหตุ"),
      project(null, "ข", 100, 0, NOT_DONE, "เหตุ"),
      project("ไม่ทราบ", "ค", 100, 0, NOT_DONE, "เหตุ"),
    ]);
    expect(report.summary.total.notDone).toBe(1);
    expect(report.notCarriedOut.map((r) => r.name)).toEqual(["ก"]);
    expect(codes(report)).toEqual(["unknown-dimension@3", "unknown-dimension@4"]);
  });
});

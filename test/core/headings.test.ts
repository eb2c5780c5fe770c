import fc from "fast-check";
import { findHeader, type Cell } from "../../src/core";
import { findHeadings, isChildNumber, readItemNumber } from "../../src/core/rows/headings";
import { DONE, NOT_DONE, analyze, codes, grid } from "./helpers";

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const thai = (text: string): string => text.replace(/\d/g, (d) => THAI_DIGITS[Number(d)]);

describe("item numbers (spec §9.1)", () => {
  it.each([
    ["1.1", [1, 1], ""],
    ["๑.๑", [1, 1], ""],
    ["1.1.1", [1, 1, 1], ""],
    ["1.2 การสร้างจิตสำนึกแก่ประชาชน", [1, 2], "การสร้างจิตสำนึกแก่ประชาชน"],
    ["๑.๒. การสร้างจิตสำนึก", [1, 2], "การสร้างจิตสำนึก"],
    ["๑)", [1], ""],
    ["2.3) กิจกรรม", [2, 3], "กิจกรรม"],
    [1.1, [1, 1], ""],
  ])("reads %p as %p", (cell, parts, rest) => {
    expect(readItemNumber(cell)).toEqual({ parts, rest });
  });

  it.each(["โครงการ 1.1", "", "มิติที่ 1", "1.1การสร้าง", null, -1])(
    "finds no number at the start of %p",
    (cell) => {
      expect(readItemNumber(cell as Cell)).toBeUndefined();
    },
  );

  it("knows a parent: ๑.๑ above 1.1.1, not above 1.2.1 or 1.1", () => {
    const parts = (text: string) => readItemNumber(text)?.parts ?? [];
    expect(isChildNumber(parts("๑.๑"), parts("1.1.1"))).toBe(true);
    expect(isChildNumber(parts("1"), parts("1.3"))).toBe(true);
    expect(isChildNumber(parts("1.1"), parts("1.2.1"))).toBe(false);
    expect(isChildNumber(parts("1.1"), parts("1.1"))).toBe(false);
    expect(isChildNumber(parts("1.1.1"), parts("1.1"))).toBe(false);
  });

  it("property: any number, in Thai or Arabic digits, is the parent of its own extensions and of nothing else", () => {
    const numberArb = fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(numberArb, numberArb, fc.boolean(), fc.boolean(), (parent, tail, thaiParent, thaiChild) => {
        const write = (parts: number[], inThai: boolean) =>
          inThai ? thai(parts.join(".")) : parts.join(".");
        const p = readItemNumber(write(parent, thaiParent))?.parts ?? [];
        const child = readItemNumber(write([...parent, ...tail], thaiChild))?.parts ?? [];
        expect(p).toEqual(parent);
        expect(isChildNumber(p, child)).toBe(true);
        expect(isChildNumber(child, p)).toBe(false);
        const sibling = [...parent.slice(0, -1), parent[parent.length - 1] + 1, ...tail];
        expect(isChildNumber(p, sibling)).toBe(false);
      }),
    );
  });
});

const HEAD: Cell[] = ["ที่", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"];

describe("sub-dimension headings (spec §9.1)", () => {
  // The issue's example: "1.1 …" headings under "มิติที่ 1" were counted as projects.
  const rows: Cell[][] = [
    HEAD,
    ["มิติที่ 1 การสร้างวัฒนธรรมสุจริต"],
    ["๑.๑", "การสร้างจิตสำนึกและความตระหนักแก่บุคลากร", null, null, null],
    ["1.1.1", "โครงการอบรมคุณธรรม", 10000, 9000, DONE],
    ["1.1.2", "มาตรการส่งเสริมจริยธรรม", 0, 0, DONE],
    ["1.2 การสร้างจิตสำนึกแก่ประชาชน"],
    ["1.2.1", "กิจกรรมรณรงค์", 5000, 0, NOT_DONE, "ไม่ได้รับจัดสรรงบประมาณ"],
    ["มิติที่ 2 การบริหารราชการด้วยความโปร่งใส"],
    ["2.1.1", "มาตรการเผยแพร่ข้อมูล", 0, 0, DONE],
  ];

  it("reads a numbered row above its children as a section row, not a project", () => {
    const report = analyze(rows);
    expect(report.rows.map((row) => row.no)).toEqual(["1.1.1", "1.1.2", "1.2.1", "2.1.1"]);
    expect(report.summary.dimensions.map((d) => d.projects)).toEqual([3, 1, 0, 0]);
    expect(codes(report).filter((code) => /missing-name|unknown-status/.test(code))).toEqual([]);
  });

  it("keeps the heading text and places each item under its heading", () => {
    const report = analyze(rows);
    expect(report.rows.map((row) => row.heading)).toEqual(["1.1", "1.1", "1.2", ""]);
    expect(report.headings.map((h) => [h.number, h.title, h.dimension, h.projects, h.plannedBudget])).toEqual(
      [
        ["1.1", "การสร้างจิตสำนึกและความตระหนักแก่บุคลากร", 1, 2, 1000000],
        ["1.2", "การสร้างจิตสำนึกแก่ประชาชน", 1, 1, 500000],
      ],
    );
  });

  it("nests headings any depth: an item counts in every heading above it", () => {
    const report = analyze([
      HEAD,
      ["1", "การสร้างวัฒนธรรมสุจริต"],
      ["1.1", "จิตสำนึก"],
      ["1.1.1", "บุคลากร"],
      ["1.1.1.1", "โครงการ ก", 100, 100, DONE],
      ["1.1.2", "ประชาชน"],
      ["1.1.2.1", "โครงการ ข", 200, 0, DONE],
    ]);
    expect(report.rows.map((row) => [row.no, row.heading, row.dimension])).toEqual([
      ["1.1.1.1", "1.1.1", 1],
      ["1.1.2.1", "1.1.2", 1],
    ]);
    expect(report.headings.map((h) => [h.number, h.depth, h.projects])).toEqual([
      ["1", 1, 2],
      ["1.1", 2, 2],
      ["1.1.1", 3, 1],
      ["1.1.2", 3, 1],
    ]);
  });

  it("does not take a row with amounts or a status for a heading, nor a row whose next number is not its child", () => {
    const report = analyze([
      HEAD,
      ["1.1", "โครงการ ก", 0, 0, DONE],
      ["1.1.1", "โครงการ ข", 100, 100, DONE],
      ["1.2", "โครงการ ค", null, null, null],
      ["1.3", "โครงการ ง", 100, 100, DONE],
    ]);
    expect(report.rows.map((row) => row.no)).toEqual(["1.1", "1.1.1", "1.2", "1.3"]);
    expect(report.headings).toEqual([]);
    expect(codes(report)).toContain("unknown-status@4");
  });

  it("reads the heading's title from the number's own cell or from the name beside it", () => {
    const report = analyze([
      HEAD,
      [null, "๒.๑ การเปิดเผยข้อมูล"],
      ["2.1.1", "มาตรการ ก", 0, 0, DONE],
      ["๒.๒", "การจัดซื้อจัดจ้าง"],
      ["2.2.1", "มาตรการ ข", 0, 0, DONE],
    ]);
    expect(report.headings.map((h) => [h.number, h.title])).toEqual([
      ["2.1", "การเปิดเผยข้อมูล"],
      ["2.2", "การจัดซื้อจัดจ้าง"],
    ]);
    expect(report.rows.map((row) => row.dimension)).toEqual([2, 2]);
  });

  it("a มิติ row closes the headings above it", () => {
    const found = findHeadings(grid(rows), findHeader(grid(rows))!);
    expect(found.under(8)).toBe("");
    expect(found.under(3)).toBe("1.1");
  });

  it("property: headings never change the table, whatever their numbering and digits", () => {
    const planArb = fc.array(
      fc.record({
        items: fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 1, maxLength: 4 }),
        thaiDigits: fc.boolean(),
        titleInNumberCell: fc.boolean(),
      }),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 3, 4), planArb, (dimension, groups) => {
        const flat: Cell[][] = [HEAD];
        const withHeadings: Cell[][] = [HEAD];
        groups.forEach((group, g) => {
          const number = `${dimension}.${g + 1}`;
          const shown = group.thaiDigits ? thai(number) : number;
          withHeadings.push(
            group.titleInNumberCell ? [`${shown} หัวข้อ ${g}`] : [shown, `หัวข้อ ${g}`, null, null, null],
          );
          group.items.forEach((amount, i) => {
            const item: Cell[] = [`${number}.${i + 1}`, `โครงการ ${g}-${i}`, amount, amount, DONE];
            flat.push(item);
            withHeadings.push(item);
          });
        });
        const plain = analyze(flat);
        const nested = analyze(withHeadings);
        expect(nested.summary).toEqual(plain.summary);
        expect(nested.issues).toHaveLength(plain.issues.length);
        expect(nested.headings.map((h) => h.projects)).toEqual(groups.map((group) => group.items.length));
      }),
      { numRuns: 100 },
    );
  });
});

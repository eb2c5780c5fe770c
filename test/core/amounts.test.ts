import fc from "fast-check";
import { type Cell, describeIssue } from "../../src/core";
import { makeIssue } from "../../src/core/checks/issues";
import { type AmountUnit, dotReadings, readAmount } from "../../src/core/cells/amounts";
import { DIM_HEAD, DONE, analyze, project } from "./helpers";

describe("reading an amount cell (spec §2.3)", () => {
  it.each<[Cell, number]>([
    [20000, 2000000],
    [17175.5, 1717550],
    [0.1, 10],
    [0, 0],
  ])("takes the number %p as it is (%i satang), with no issue", (cell, satang) => {
    expect(readAmount(cell)).toEqual({ satang, issues: [] });
  });

  it.each<Cell>([null, "", "   "])("reads blank %p as 0 with no issue", (cell) => {
    expect(readAmount(cell)).toEqual({ satang: 0, issues: [] });
  });

  it.each<[string, number]>([
    ["๒๐,๐๐๐.๐๐ บาท", 2000000],
    ["20,000", 2000000],
    [" 1 234.50 ", 123450],
    ["๑๕๐บาท", 15000],
    [".5", 50],
  ])("reads the text %p as a number (%i satang) with a text-number note", (cell, satang) => {
    expect(readAmount(cell)).toEqual({ satang, issues: ["text-number"] });
  });

  it.each(["-", "–", "ไม่ใช้งบประมาณ", "ไม่ได้ใช้งบประมาณ", "ไม่ได้ใช้งบประมาณดำเนินการ", "ดำเนินการโดยไม่ใช้งบประมาณ"])(
    "reads the no-budget word %p as 0 with a read-as-zero note",
    (cell) => {
      expect(readAmount(cell)).toEqual({ satang: 0, issues: ["read-as-zero"] });
      expect(readAmount(` ${cell} `)).toEqual({ satang: 0, issues: ["read-as-zero"] });
    },
  );

  it.each<Cell>(["ยังไม่ทราบ", "1,000 ดอลลาร์", "1.2.3", "๒๐ พัน", true, Number.NaN, Number.POSITIVE_INFINITY])(
    "counts other text %p as 0 with a not-a-number error",
    (cell) => {
      expect(readAmount(cell)).toEqual({ satang: 0, issues: ["not-a-number"] });
    },
  );

  it.each(["#N/A", "#VALUE!", "#REF!", "#DIV/0!"])(
    "counts the Excel error %p as 0 with a cell-error",
    (error) => {
      expect(readAmount({ error })).toEqual({ satang: 0, issues: ["cell-error"] });
    },
  );

  it.each<Cell>([-500, "-500", "-๕๐๐ บาท"])("counts the negative amount %p as 0 with an error", (cell) => {
    expect(readAmount(cell).satang).toBe(0);
    expect(readAmount(cell).issues[0]).toBe("negative-amount");
  });

  it.each<[Cell, number]>([
    [100.125, 10013],
    [100.124, 10012],
    [1.005, 101],
    ["1100.125", 110013],
    ["1,100.125", 110013],
    [0.0001, 0],
  ])("rounds %p with more than two decimals half up (%i satang) with a warning", (cell, satang) => {
    const reading = readAmount(cell);
    expect(reading.satang).toBe(satang);
    expect(reading.issues).toContain("fraction-of-satang");
  });

  it("reads a binary floating-point artefact as Excel shows it, with no warning", () => {
    expect(readAmount(0.1 + 0.2)).toEqual({ satang: 30, issues: [] });
  });
});

describe("amount issues in a plan", () => {
  it("names the row, field, cell and severity of each amount problem", () => {
    const report = analyze([
      DIM_HEAD,
      project(1, "ก", "๒๐,๐๐๐.๐๐ บาท", "-", DONE),
      project(1, "ข", { error: "#N/A" }, "ยังไม่เบิก", DONE),
      project(1, "ค", -5, 1.234, DONE),
    ]);
    const found = report.issues
      .filter((i) =>
        [
          "text-number",
          "read-as-zero",
          "cell-error",
          "not-a-number",
          "negative-amount",
          "fraction-of-satang",
        ].includes(i.code),
      )
      .map((i) => [i.severity, i.code, i.row, i.column, i.field, i.text]);
    expect(found).toEqual([
      ["error", "cell-error", 3, 3, "plannedBudget", "#N/A"],
      ["error", "not-a-number", 3, 4, "disbursed", "ยังไม่เบิก"],
      ["error", "negative-amount", 4, 3, "plannedBudget", "-5"],
      ["warning", "fraction-of-satang", 4, 4, "disbursed", "1.234"],
      ["info", "text-number", 2, 3, "plannedBudget", "๒๐,๐๐๐.๐๐ บาท"],
      ["info", "read-as-zero", 2, 4, "disbursed", "-"],
    ]);
    expect(report.rows.map((r) => [r.plannedBudget, r.disbursed])).toEqual([
      [2000000, 0],
      [0, 0],
      [0, 123],
    ]);
  });

  it("sums money exactly: 0.1 + 0.2 over two rows is 0.30 baht", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", 0.1, 0.1), project(1, "ข", 0.2, 0.2)]);
    expect(report.summary.total.plannedBudget).toBe(30);
    expect(report.summary.dimensions[0].disbursed).toBe(30);
  });
});

/** The issue an amount cell raises, in words, as the plan's issue would carry it. */
const said = (code: Parameters<typeof makeIssue>[0], text: string, lang: "th" | "en") =>
  describeIssue(makeIssue(code, { row: 2, column: 3, field: "plannedBudget", text }), lang);

describe("a dot before three digits is ambiguous (spec §2.3)", () => {
  it.each<[string, string, string]>([
    ["10.000", "10", "10,000"],
    ["1.500", "1.5", "1,500"],
    ["๑.๕๐๐", "1.5", "1,500"],
    ["12.345", "12.345", "12,345"],
    ["100.000 บาท", "100", "100,000"],
    ["฿2.500", "2.5", "2,500"],
    ["1.000.-", "1", "1,000"],
  ])("%p is an error naming both readings, %p and %p, never silently one", (text, decimal, thousands) => {
    expect(readAmount(text)).toEqual({ satang: 0, issues: ["ambiguous-amount"] });
    expect(dotReadings(text)).toEqual({ decimal, thousands });
    expect(said("ambiguous-amount", text, "th")).toContain(
      `${decimal} (จุดทศนิยม) หรือ ${thousands} (จุดคั่นหลักพัน)`,
    );
    expect(said("ambiguous-amount", text, "en")).toContain(
      `${decimal} (a decimal point) or ${thousands} (a thousands dot)`,
    );
  });

  it.each<[string, string]>([
    ["10.000,50", "10,000.50"],
    ["1.234,56", "1,234.56"],
    ["1.234.567", "1,234,567"],
    ["1.234.567,5", "1,234,567.5"],
  ])("%p is written the European way: an error naming %p", (text, european) => {
    expect(readAmount(text)).toEqual({ satang: 0, issues: ["ambiguous-amount"] });
    expect(dotReadings(text)).toEqual({ thousands: european });
    expect(said("ambiguous-amount", text, "th")).toContain(european);
    expect(said("ambiguous-amount", text, "en")).toContain(european);
  });

  it.each<[Cell, number, string[]]>([
    ["0.500", 50, ["text-number"]],
    ["1234.567", 123457, ["fraction-of-satang", "text-number"]],
    ["1,000.000", 100000, ["text-number"]],
    ["10.00", 1000, ["text-number"]],
    ["10.0000", 1000, ["text-number"]],
    [10.5, 1050, []],
  ])("%p has one reading only (%i satang)", (cell, satang, issues) => {
    expect(readAmount(cell)).toEqual({ satang, issues });
  });

  it("finds any amount of one to three digits, a dot and three digits ambiguous (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (whole, three) => {
        const text = `${whole}.${String(three).padStart(3, "0")}`;
        expect(readAmount(text).issues).toEqual(["ambiguous-amount"]);
        expect(dotReadings(text)?.thousands).toBe((whole * 1000 + three).toLocaleString("en-US"));
      }),
    );
  });
});

describe("a percentage is not an amount (spec §2.3)", () => {
  it.each(["40%", "12.5 %", "100%", "0%", "๔๐%", "ร้อยละ 40", "40％"])("%p is an error", (text) => {
    expect(readAmount(text)).toEqual({ satang: 0, issues: ["percent-not-amount"] });
  });

  it("says the cell holds a percentage, not an amount, in both languages", () => {
    expect(said("percent-not-amount", "40%", "th")).toBe(
      "40% เป็นร้อยละ ไม่ใช่จำนวนเงิน: ใส่จำนวนเงินเป็นบาท (นับเป็น 0)",
    );
    expect(said("percent-not-amount", "40%", "en")).toBe(
      "40% is a percentage, not an amount: type the amount in baht (counted as 0).",
    );
  });

  it("names the cell in a plan, and counts it as 0", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", 1000, "40%", DONE)]);
    expect(report.issues.map((i) => [i.severity, i.code, i.row, i.column, i.text])).toEqual([
      ["error", "percent-not-amount", 2, 4, "40%"],
    ]);
    expect(report.rows[0].disbursed).toBe(0);
  });
});

describe("amounts in a larger unit (spec §2.3)", () => {
  it.each<[Cell, AmountUnit, number, string[]]>([
    [1.5, 1_000, 150000, []],
    [1.2345, 1_000, 123450, []],
    [1.23456, 1_000, 123456, []],
    [1.234567, 1_000, 123457, ["fraction-of-satang"]],
    [0.1 + 0.2, 1_000, 30000, []],
    [2, 1_000_000, 200000000, []],
    [2.75, 1_000_000, 275000000, []],
    ["1,500.5", 1_000, 150050000, ["text-number"]],
    ["๒.๕ บาท", 1_000, 250000, ["text-number"]],
    ["-", 1_000, 0, ["read-as-zero"]],
    [-1.5, 1_000, 0, ["negative-amount"]],
    [1_000_000, 1_000_000, 0, ["amount-too-large"]],
    ["1000000", 1_000_000, 0, ["amount-too-large"]],
    [3, 10_000, 3000000, []],
    [3, 100_000, 30000000, []],
  ])("reads %p in units of %i baht as %i satang", (cell, unit, satang, issues) => {
    expect(readAmount(cell, unit)).toEqual({ satang, issues });
  });

  it("scales exactly, in decimal digits, never through binary floating point (property)", () => {
    const units: AmountUnit[] = [1_000, 10_000, 100_000, 1_000_000];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...units),
        (digits, decimals, unit) => {
          const text = decimals === 0 ? String(digits) : (digits / 10 ** decimals).toFixed(decimals);
          const shift = String(unit).length - 1;
          // The expected satang, from the digits alone: digits × 10^(shift + 2 − decimals).
          const expected = BigInt(digits) * BigInt(10) ** BigInt(shift + 2 - decimals);
          const asNumber = readAmount(Number(text), unit);
          if (expected >= BigInt(1e14)) expect(asNumber.issues).toEqual(["amount-too-large"]);
          else expect(asNumber).toEqual({ satang: Number(expected), issues: [] });
          const asText = readAmount(text, unit);
          // "1.000" could be Europe's thousands dot: such text is never read as either (spec §2.3).
          if (dotReadings(text)) expect(asText).toEqual({ satang: 0, issues: ["ambiguous-amount"] });
          else if (expected < BigInt(1e14))
            expect(asText).toEqual({ satang: Number(expected), issues: ["text-number"] });
        },
      ),
    );
  });
});

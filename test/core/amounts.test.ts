import type { Cell } from "../../src/core";
import { readAmount } from "../../src/core/amounts";
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
    ["100.125", 10013],
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

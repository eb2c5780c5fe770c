/**
 * The flag rule, evaluated as Excel would evaluate it on each row, agrees with core's own reading of
 * the row's status: the rows it fills are exactly the report's rows not carried out.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import {
  type Cell,
  type PlanReport,
  type Round,
  analyzePlan,
  columnLetter,
  flagArea,
  flagRule,
} from "../../src/core";
import { FLAG_FILL, LAST_SHEET_ROW, isFlagFormula } from "../../src/core/layout/flagRule";
import { addFlagRule } from "../../src/hosts/exceljs/flagRows";
import { STATUS_WORDS } from "../../src/core/cells/vocabulary";
import { ruleApplies } from "./formulaEvaluator";

const ALL_WORDS = Object.values(STATUS_WORDS).flat();

function sheetOf(rows: readonly (readonly Cell[])[], firstRow: number, firstColumn: number) {
  return (column: string, row: number): string | number | boolean | null => {
    const r = rows[row - firstRow];
    const offset = [...Array(40).keys()].find((i) => columnLetter(firstColumn + i) === column);
    if (!r || offset === undefined) return null;
    const value = r[offset];
    return value === undefined || (typeof value === "object" && value !== null) ? null : value;
  };
}

/** Rows the rule fills, evaluated at every plan row under the header. */
function filledRows(report: PlanReport, rows: readonly (readonly Cell[])[], firstRow: number): number[] {
  const rule = flagRule(report);
  if (!rule) return [];
  const read = sheetOf(rows, firstRow, report.firstColumn);
  const filled: number[] = [];
  for (let row = rule.firstRow; row < firstRow + rows.length; row++) {
    if (ruleApplies(rule.formula, row - rule.firstRow, read)) filled.push(row);
  }
  return filled;
}

function statusPlan(statuses: readonly Cell[]): Cell[][] {
  return [
    ["รายงานผล"],
    // A dimension for every row: a row without one is in no figure and in no list (spec §2.6).
    ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ", "มิติ"],
    ...statuses.map((status, i): Cell[] => [`โครงการ ${i + 1}`, 100, 50, status, 1]),
  ];
}

const notCarriedOutRows = (report: PlanReport) => report.notCarriedOut.map((item) => item.row);

describe("the flag rule over the status column", () => {
  it("fills the rows core reads as not carried out, and only those, in both rounds", () => {
    const statuses: Cell[] = [
      "ไม่ได้ดำเนินการ",
      "ดำเนินการแล้วเสร็จ",
      "ยังไม่ได้ดำเนินการ",
      "ไม่ได้ดำเนินการ เนื่องจากไม่ได้รับงบประมาณ",
      "ไม่สามารถดำเนินการได้(งบไม่พอ)",
      "Not done",
      "  NOT   DONE  ",
      "ไม่ได้ ดำเนินการ",
      "ยกเลิก",
      "ยกเลิกเพราะฝน",
      "รอรายงานผล",
      null,
      42,
      true,
      "อยู่ระหว่างดำเนินการ",
    ];
    for (const round of [6, 12] as Round[]) {
      const rows = statusPlan(statuses);
      const report = analyzePlan({ rows, firstRow: 3, firstColumn: 2 }, { round })!;
      expect(filledRows(report, rows, 3)).toEqual(notCarriedOutRows(report));
    }
    const rows = statusPlan(statuses);
    const twelve = analyzePlan({ rows, firstRow: 3, firstColumn: 2 }, { round: 12 })!;
    // Round 12 reads "not started" as not done: "ยังไม่ได้ดำเนินการ" (row 7) and "รอรายงานผล" (row 15).
    expect(filledRows(twelve, rows, 3)).toEqual(expect.arrayContaining([7, 15]));
    const six = analyzePlan({ rows, firstRow: 3, firstColumn: 2 }, { round: 6 })!;
    expect(filledRows(six, rows, 3)).not.toContain(7);
  });

  it("is written for the top-left data cell with relative rows, down to the sheet's last row, in core's colour", () => {
    const rows = statusPlan(["ไม่ได้ดำเนินการ"]);
    const report = analyzePlan({ rows, firstRow: 3, firstColumn: 2 }, { round: 6 })!;
    const rule = flagRule(report)!;
    expect(flagArea(rule)).toBe(`B5:F${LAST_SHEET_ROW}`);
    expect(rule.fill).toBe(FLAG_FILL);
    expect(rule.formula).toContain("$E5");
    expect(rule.formula).not.toContain("$E$5");
    expect(rule.formula).not.toMatch(/ROW\(/);
  });

  it("agrees with core for any status text built from the vocabulary", () => {
    const variant = fc
      .tuple(
        fc.constantFrom(...ALL_WORDS, "ดำเนินการแล้วบางส่วน", "x", ""),
        fc.constantFrom("", " ", "  "),
        fc.boolean(),
        fc.constantFrom("", " เนื่องจากไม่ได้รับงบ", "(100%)", ": ยกเลิก", "-", "เพิ่มเติม", ",", " ", "\nเหตุผล"),
      )
      .map(([word, pad, upper, tail]) => `${pad}${upper ? word.toUpperCase() : word}${tail}`);
    fc.assert(
      fc.property(
        fc.array(variant, { minLength: 1, maxLength: 12 }),
        fc.constantFrom<Round>(6, 12),
        (texts, round) => {
          const rows = statusPlan(texts);
          const report = analyzePlan({ rows, firstRow: 1, firstColumn: 1 }, { round })!;
          expect(filledRows(report, rows, 1)).toEqual(notCarriedOutRows(report));
        },
      ),
      { numRuns: 150 },
    );
  });

  // Excel refuses formulas over 8,192 characters (FormulaLengthExceedsLimit); the rule stays far below.
  it("stays short enough for Excel in both rounds", () => {
    for (const round of [6, 12] as Round[]) {
      const report = analyzePlan({ rows: statusPlan(["x"]), firstRow: 1, firstColumn: 1 }, { round })!;
      expect(flagRule(report)!.formula.length).toBeLessThan(1000);
    }
  });
});

describe("the flag rule over tick columns", () => {
  const head: Cell[] = [
    "ชื่อโครงการ",
    "งบประมาณ",
    "เบิกจ่าย",
    "ดำเนินการแล้ว",
    "อยู่ระหว่างดำเนินการ",
    "ยังไม่ได้ดำเนินการ",
    "ไม่ได้ดำเนินการ",
    "มิติ",
  ];
  const marks: Cell[] = ["✓", "x", 1, 0, "-", null, false, true, "ü", " "];

  it("agrees with core for any marks, conflicts included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...marks), { minLength: 4, maxLength: 4 }), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.constantFrom<Round>(6, 12),
        (ticks, round) => {
          const rows: Cell[][] = [head, ...ticks.map((t, i): Cell[] => [`โครงการ ${i}`, 100, 0, ...t, 1])];
          const report = analyzePlan({ rows, firstRow: 2, firstColumn: 3 }, { round })!;
          expect(report.header.ticks.length).toBe(4);
          expect(filledRows(report, rows, 2)).toEqual(notCarriedOutRows(report));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("is none when no column can say a row was not carried out", () => {
    const rows: Cell[][] = [
      ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "ดำเนินการแล้ว"],
      ["ก", 1, 1, "✓"],
    ];
    expect(flagRule(analyzePlan({ rows, firstRow: 1, firstColumn: 1 }, { round: 6 })!)).toBeUndefined();
  });
});

describe("the flag rule's mark", () => {
  const tickHead: Cell[] = ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "ดำเนินการแล้ว", "ไม่ได้ดำเนินการ", "มิติ"];
  const statusRule = flagRule(
    analyzePlan({ rows: statusPlan(["x"]), firstRow: 3, firstColumn: 2 }, { round: 12 })!,
  )!;
  const tickRule = flagRule(
    analyzePlan({ rows: [tickHead, ["ก", 1, 1, "✓", null, 1]], firstRow: 1, firstColumn: 1 }, { round: 6 })!,
  )!;

  it("is carried by the rule over a status column and over tick columns", () => {
    expect(isFlagFormula(statusRule.formula)).toBe(true);
    expect(isFlagFormula(tickRule.formula)).toBe(true);
    expect(isFlagFormula("=$F4>$E4")).toBe(false);
    expect(isFlagFormula('=$G4="IntegrityPlan.Flag"')).toBe(false);
  });

  it("survives the formula being written for another top-left cell (rows inserted above, fragments: office-js #5194)", () => {
    for (const rows of [1, 17, 1000]) {
      const moved = statusRule.formula.replace(
        /(\$[A-Z]+)(\d+)/g,
        (_, c: string, r: string) => `${c}${Number(r) + rows}`,
      );
      expect(moved).not.toBe(statusRule.formula);
      expect(isFlagFormula(moved)).toBe(true);
      // As Excel may space it when it gives it back.
      expect(isFlagFormula(moved.replace(/,/g, ", ").replace(/<>/g, " <> "))).toBe(true);
    }
  });

  it('changes nothing of which rows are filled: a text constant compared with "" is always TRUE', () => {
    const rows = statusPlan(["ไม่ได้ดำเนินการ", "ดำเนินการแล้วเสร็จ"]);
    const report = analyzePlan({ rows, firstRow: 3, firstColumn: 2 }, { round: 6 })!;
    const rule = flagRule(report)!;
    const unmarked = rule.formula.replace(/^=AND\((.*),"IntegrityPlan\.Flag"<>""\)$/, "=$1");
    expect(unmarked).not.toBe(rule.formula);
    const read = sheetOf(rows, 3, report.firstColumn);
    for (const offset of [0, 1]) {
      expect(ruleApplies(rule.formula, offset, read)).toBe(ruleApplies(unmarked, offset, read));
    }
  });

  it("lets the command line and the file host replace the product's earlier rules, fragments too, and keep the user's", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("แผน");
    const moved = statusRule.formula.replace(
      /(\$[A-Z]+)(\d+)/g,
      (_, c: string, r: string) => `${c}${Number(r) + 6}`,
    );
    sheet.addConditionalFormatting({
      ref: "B5:F10",
      rules: [{ type: "expression", priority: 1, formulae: [statusRule.formula.slice(1)], style: {} }],
    });
    sheet.addConditionalFormatting({
      ref: "D5:D30",
      rules: [{ type: "expression", priority: 2, formulae: ["$D5>50"], style: {} }],
    });
    sheet.addConditionalFormatting({
      ref: "B11:F30",
      rules: [{ type: "expression", priority: 3, formulae: [moved.slice(1)], style: {} }],
    });

    addFlagRule(sheet, statusRule);

    const formattings = (
      sheet as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }
    ).conditionalFormattings;
    expect(formattings.map((cf) => [cf.ref, cf.rules.map((rule) => rule.formulae)])).toEqual([
      ["D5:D30", [["$D5>50"]]],
      [flagArea(statusRule), [[statusRule.formula.slice(1)]]],
    ]);
  });
});

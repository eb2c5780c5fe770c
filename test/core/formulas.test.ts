/** Formulas a file holds without their result (spec §2.3, §5). */
import { type Cell, cellText, formulaWithoutValue } from "../../src/core";
import { kindOf } from "../../src/core/cells/grid";
import { readAmount } from "../../src/core/cells/amounts";
import { DIM_HEAD, DONE, NOT_DONE, analyze, codes, issuesOf, project } from "./helpers";

const SUM = formulaWithoutValue("SUM(C2:C3)");

describe("a formula without a saved value", () => {
  it("is its own kind of cell, shown as the formula", () => {
    expect(kindOf(SUM)).toBe("formula");
    expect(kindOf({ error: "#N/A" })).toBe("error");
    expect(cellText(SUM)).toBe("=SUM(C2:C3)");
  });

  it("in an amount cell is an error naming the cell, never read as 0 in silence", () => {
    expect(readAmount(SUM)).toEqual({ satang: 0, issues: ["formula-without-value"] });
    const report = analyze([DIM_HEAD, project(1, "ก", SUM, 100), project(1, "ข", 50, SUM)]);
    expect(report.valid).toBe(false);
    expect(issuesOf(report, "formula-without-value").map((i) => [i.row, i.column, i.field, i.text])).toEqual([
      [2, 3, "plannedBudget", "=SUM(C2:C3)"],
      [3, 4, "disbursed", "=SUM(C2:C3)"],
    ]);
  });

  it("in a total row's amount is an error, not a control total of 0", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", 100, 100), [null, "รวม", SUM, 100, null, null]]);
    expect(codes(report)).toEqual(["formula-without-value@3"]);
    const stated = analyze([DIM_HEAD, project(1, "ก", 100, 100), [null, "รวม", SUM, 99, null, null]]);
    expect(codes(stated)).toEqual(["formula-without-value@3", "control-total-mismatch@3"]);
    expect(stated.issues[1].field).toBe("disbursed");
  });

  it.each<[string, Cell[]]>([
    ["status", project(1, "ก", 100, 100, formulaWithoutValue('IF(D2>0,"ดำเนินการแล้วเสร็จ","")'))],
    ["dimension", project(formulaWithoutValue("B1"), "ก", 100, 100)],
    ["name", project(1, formulaWithoutValue('"โครงการ "&A1'), 100, 100)],
    ["note", project(1, "ก", 100, 0, NOT_DONE, formulaWithoutValue("Z1"))],
  ])("in the %s cell is an error on that cell, not unknown or blank", (field, row) => {
    const report = analyze([DIM_HEAD, row]);
    expect(report.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.field])).toEqual([
      ["formula-without-value", field],
    ]);
  });

  it("leaves a row whose dimension is unknown out of the table", () => {
    const report = analyze([DIM_HEAD, project(formulaWithoutValue("B1"), "ก", 100, 100)]);
    expect(report.summary.total.projects).toBe(0);
  });

  it("in a tick column is an error, not a mark", () => {
    const head = [...DIM_HEAD.slice(0, 4), DONE, NOT_DONE];
    const report = analyze([head, [1, "ก", 1, 1, formulaWithoutValue('IF(TRUE,"✓")'), null]]);
    expect(codes(report)).toEqual(["formula-without-value@2"]);
    expect(report.rows[0].status).toBeNull();
  });

  it("in a header cell is an error naming the cell", () => {
    const report = analyze([
      [...DIM_HEAD.slice(0, 5), formulaWithoutValue('"หมายเหตุ"')],
      project(1, "ก", 1, 1),
    ]);
    expect(issuesOf(report, "formula-without-value").map((i) => [i.row, i.column])).toEqual([[1, 6]]);
    expect(report.header.columns.note).toBeUndefined();
  });
});

describe("an amount that cannot be read", () => {
  it.each<Cell>([formulaWithoutValue("X1"), "abc", { error: "#REF!" }, 1e20])(
    "as the planned budget (%p) raises its own error, not also over-disbursed",
    (planned) => {
      const report = analyze([DIM_HEAD, project(1, "ก", planned, 100)]);
      expect(report.issues.map((i) => i.severity)).toEqual(["error"]);
    },
  );

  it.each<Cell>([formulaWithoutValue("X1"), "abc", { error: "#N/A" }, -5])(
    "as the disbursement (%p) of a completed project raises its own error, not also completed-without-disbursement",
    (disbursed) => {
      const report = analyze([DIM_HEAD, project(1, "ก", 100, disbursed, DONE)]);
      expect(report.issues.map((i) => i.severity)).toEqual(["error"]);
    },
  );
});

import { analyzePlan, reportJson, SAMPLE_GRID, SAMPLE_SHEET, SAMPLE_TABLE } from "../../src/core";

describe("the sample plan (Mae Win SAO, FY 2566, 12-month round)", () => {
  const report = analyzePlan(SAMPLE_GRID, { source: { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE } })!;
  const json = reportJson(report);

  it("reproduces the seed report's table to the satang", () => {
    const table = json.dimensions.map((d) => [
      d.dimension,
      d.projects,
      d.plannedBudget,
      d.completed,
      d.disbursed,
      d.notDone,
      d.pctProjects,
      d.pctBudget,
    ]);
    expect(table).toEqual([
      [1, 5, 35000, 4, 17175, 1, 80, 49.07],
      [2, 5, 23000, 5, 23000, 0, 100, 100],
      [3, 2, 20000, 2, 18495, 0, 100, 92.48],
      [4, 4, 323900, 4, 271425, 0, 100, 83.8],
    ]);
    const t = json.total;
    expect([
      t.projects,
      t.plannedBudget,
      t.completed,
      t.disbursed,
      t.notDone,
      t.pctProjects,
      t.pctBudget,
    ]).toEqual([16, 401900, 15, 330095, 1, 93.75, 82.13]);
  });

  it("catches the memo's 428,000 that the rows do not add up to", () => {
    const mismatch = json.issues.filter((i) => i.code === "control-total-mismatch");
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({
      severity: "warning",
      row: 24,
      field: "plannedBudget",
      text: "428000",
    });
    expect(mismatch[0].message).toContain("428,000.00");
    expect(mismatch[0].message).toContain("401,900.00");
    expect(mismatch[0].message).toContain("26,100.00");
  });

  it("lists the one project not carried out, and that it gives no reason", () => {
    expect(json.notCarriedOut).toEqual([
      expect.objectContaining({ row: 9, no: "1.5", dimension: 1, plannedBudget: 15000 }),
    ]);
    expect(json.issues.map((i) => `${i.code}@${i.row}`)).toEqual([
      "missing-reason@9",
      "control-total-mismatch@24",
    ]);
    expect(json.valid).toBe(true);
    expect(json.source).toEqual({ sheet: "แผน", table: "PlanProjects", headerRow: 3 });
  });
});

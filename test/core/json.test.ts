import { SAMPLE_GRID, analyzePlan, reportJson } from "../../src/core";
import { DIM_HEAD, NOT_DONE, analyze, project } from "./helpers";

describe("the machine-readable form (spec §4)", () => {
  it("gives amounts in baht and percentages as numbers, in the spec's shape", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", 20000, 18495.5), project(2, "ข", 0, 0)], {
      source: { file: "plan.xlsx", sheet: "แผน" },
    });
    const json = reportJson(report);
    expect(json.source).toEqual({ file: "plan.xlsx", sheet: "แผน", headerRow: 1 });
    expect(json.round).toBe(12);
    expect(json.valid).toBe(true);
    expect(json.dimensions[0]).toEqual({
      dimension: 1,
      name: "การสร้างวัฒนธรรมสุจริต",
      projects: 1,
      plannedBudget: 20000,
      completed: 1,
      inProgress: 0,
      notStarted: 0,
      notDone: 0,
      disbursed: 18495.5,
      pctProjects: 100,
      pctBudget: 92.48,
    });
    expect(json.dimensions[1]).toMatchObject({ plannedBudget: 0, pctProjects: 100, pctBudget: null });
    expect(json.total).toMatchObject({
      projects: 2,
      plannedBudget: 20000,
      pctProjects: 100,
      pctBudget: 92.48,
    });
    expect(json.notCarriedOut).toEqual([]);
    expect(json.issues).toEqual([]);
  });

  it("survives a JSON round trip unchanged", () => {
    const json = reportJson(analyzePlan(SAMPLE_GRID)!);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("is not valid when any issue is an error, and still gives the summary over the rows it could read", () => {
    const json = reportJson(analyze([DIM_HEAD, project(1, "ก", 100, 100), project(1, "ข", "ไม่ทราบ", 50)]));
    expect(json.valid).toBe(false);
    expect(json.total).toMatchObject({ projects: 2, plannedBudget: 100, disbursed: 150, completed: 2 });
    expect(json.issues).toEqual([
      {
        severity: "error",
        code: "not-a-number",
        row: 3,
        cell: "C3",
        field: "plannedBudget",
        text: "ไม่ทราบ",
        message: expect.stringContaining("ไม่ทราบ"),
      },
    ]);
  });

  it("lists projects not carried out with their planned budget in baht", () => {
    const json = reportJson(
      analyze([
        ["ลำดับ", ...DIM_HEAD],
        ["1.5", ...project(1, "ก", 15000, 0, NOT_DONE, "ไม่มีผู้เสนอราคา")],
      ]),
    );
    expect(json.notCarriedOut).toEqual([
      {
        row: 2,
        no: "1.5",
        name: "ก",
        dimension: 1,
        plannedBudget: 15000,
        note: "ไม่มีผู้เสนอราคา",
        reason: "ไม่มีผู้เสนอราคา",
        reasonCategory: "other",
      },
    ]);
  });

  it("writes messages in the language asked for, and gives a sheet-wide issue no cell", () => {
    const report = analyze([
      ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย"],
      ["1.1", "ก", 1, 1],
    ]);
    const th = reportJson(report).issues[0];
    const en = reportJson(report, "en").issues[0];
    expect(th).toEqual({
      severity: "error",
      code: "missing-column",
      row: null,
      field: "status",
      text: "",
      message: expect.stringContaining("สถานะ"),
    });
    expect(en.message).toContain("Status");
  });
});

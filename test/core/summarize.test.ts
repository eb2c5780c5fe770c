import { DIMENSION_NAMES } from "../../src/core/cells/vocabulary";
import { DIM_HEAD, DONE, IN_PROGRESS, NOT_DONE, NOT_STARTED, analyze, project } from "./helpers";

describe("the per-dimension summary (spec §3)", () => {
  it("always gives all four dimensions in order, zeros and no percentages where empty", () => {
    const report = analyze([DIM_HEAD, project(3, "ก", 100, 50)]);
    expect(
      report.summary.dimensions.map((d) => [d.dimension, d.name, d.projects, d.pctProjects, d.pctBudget]),
    ).toEqual([
      [1, DIMENSION_NAMES[1], 0, null, null],
      [2, DIMENSION_NAMES[2], 0, null, null],
      [3, DIMENSION_NAMES[3], 1, 100, 50],
      [4, DIMENSION_NAMES[4], 0, null, null],
    ]);
  });

  it("computes the total's percentages from the column sums, not the mean of the dimensions", () => {
    // Dimension 1: 4 of 5 done (80%); dimension 2: 11 of 11 (100%). Mean 90; from sums 15 of 16 = 93.75.
    const rows = [
      DIM_HEAD,
      ...Array.from({ length: 4 }, (_, i) => project(1, `ก${i}`, 0, 0)),
      project(1, "ข", 0, 0, NOT_DONE, "เหตุ"),
      ...Array.from({ length: 11 }, (_, i) => project(2, `ค${i}`, 0, 0)),
    ];
    const { total } = analyze(rows).summary;
    expect([total.projects, total.completed, total.notDone, total.pctProjects]).toEqual([16, 15, 1, 93.75]);
  });

  it("rounds half up in decimal: 18,495 of 20,000 baht is 92.48", () => {
    const report = analyze([DIM_HEAD, project(3, "ก", 20000, 18495)]);
    expect(report.summary.dimensions[2].pctBudget).toBe(92.48);
    expect(report.summary.total.pctBudget).toBe(92.48);
  });

  it("gives no budget percentage when nothing was planned, never 0", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", 0, 0)]);
    expect(report.summary.dimensions[0]).toMatchObject({ pctProjects: 100, pctBudget: null });
    expect(report.summary.total.pctBudget).toBeNull();
  });

  it("counts each status in round 6: in progress and not started apart from not carried out", () => {
    const rows = [
      DIM_HEAD,
      project(1, "ก", 100, 100, DONE),
      project(1, "ข", 100, 50, IN_PROGRESS),
      project(1, "ค", 100, 0, NOT_STARTED),
      project(1, "ง", 100, 0, NOT_DONE, "เหตุ"),
    ];
    const six = analyze(rows, { round: 6 }).summary.dimensions[0];
    expect([six.projects, six.completed, six.inProgress, six.notStarted, six.notDone]).toEqual([
      4, 1, 1, 1, 1,
    ]);
    const twelve = analyze(rows, { round: 12 }).summary.dimensions[0];
    expect([twelve.completed, twelve.inProgress, twelve.notStarted, twelve.notDone]).toEqual([1, 1, 0, 2]);
    expect([twelve.plannedBudget, twelve.disbursed, twelve.pctProjects, twelve.pctBudget]).toEqual([
      40000, 15000, 25, 37.5,
    ]);
  });

  it("counts a row with an unreadable status as a project but in no status column", () => {
    const { total } = analyze([DIM_HEAD, project(1, "ก", 100, 100, "พอใช้")]).summary;
    expect([total.projects, total.completed, total.inProgress, total.notStarted, total.notDone]).toEqual([
      1, 0, 0, 0, 0,
    ]);
  });
});

describe("projects not carried out (spec §3)", () => {
  const rows = [
    ["ลำดับ", ...DIM_HEAD],
    ["1.1", ...project(1, "ก", 100, 100)],
    ["2.1", ...project(2, "ข", 15000, 0, NOT_DONE, "ไม่มีผู้เสนอราคา")],
    ["3.1", ...project(3, "ค", 500, 0, NOT_STARTED, "")],
  ];

  it("lists every row not carried out, with not-started ones in round 12", () => {
    expect(analyze(rows, { round: 12 }).notCarriedOut).toEqual([
      {
        row: 3,
        no: "2.1",
        name: "ข",
        dimension: 2,
        plannedBudget: 1500000,
        note: "ไม่มีผู้เสนอราคา",
        reason: "ไม่มีผู้เสนอราคา",
        reasonCategory: "other",
      },
      {
        row: 4,
        no: "3.1",
        name: "ค",
        dimension: 3,
        plannedBudget: 50000,
        note: "",
        reason: "",
        reasonCategory: null,
      },
    ]);
  });

  it("leaves not-started rows off the list in round 6", () => {
    expect(analyze(rows, { round: 6 }).notCarriedOut.map((item) => item.row)).toEqual([3]);
  });
});

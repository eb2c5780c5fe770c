import fc from "fast-check";
import {
  type Cell,
  type PlanReport,
  type Round,
  SAMPLE_GRID,
  analyzePlan,
  compactRanges,
  reportJson,
  rowsText,
} from "../../src/core";
import { TRACED, provenanceLines, traceReport } from "../../src/core/summary/trace";
import { DIM_HEAD, DONE, IN_PROGRESS, NOT_DONE, NOT_STARTED, analyze, grid, project } from "./helpers";

/** Every traced figure has as many rows as the summary counts, dimension by dimension and in total. */
function expectTraceMatchesSummary(report: PlanReport): void {
  const trace = traceReport(report);
  const pairs = [
    ...report.summary.dimensions.map((summary, i) => [summary, trace.dimensions[i]] as const),
    [report.summary.total, trace.total] as const,
  ];
  for (const [summary, rows] of pairs) {
    for (const figure of TRACED) expect([figure, rows[figure].length]).toEqual([figure, summary[figure]]);
  }
  const counted = report.rows.filter((row) => row.dimension !== null).map((row) => row.row);
  expect(trace.total.projects).toEqual([...counted].sort((a, b) => a - b));
}

describe("compact row ranges", () => {
  it("joins runs of consecutive rows with an en dash and lists the rest", () => {
    expect(compactRanges([4, 5, 6, 7, 8, 10])).toBe("4–8, 10");
    expect(compactRanges([10, 4, 5, 5])).toBe("4–5, 10");
    expect(compactRanges([7])).toBe("7");
    expect(compactRanges([])).toBe("");
  });

  it("says แถว / rows before the ranges, and ไม่มี / none for no rows", () => {
    expect(rowsText([4, 5, 6, 7, 8, 10])).toBe("แถว 4–8, 10");
    expect(rowsText([4, 5, 6, 7, 8, 10], "en")).toBe("rows 4–8, 10");
    expect(rowsText([9], "en")).toBe("row 9");
    expect(rowsText([])).toBe("ไม่มี");
    expect(rowsText([], "en")).toBe("none");
  });
});

describe("the trace of a summary", () => {
  it("gives the sample's rows behind each figure, and its counts equal the summary's", () => {
    const report = analyzePlan(SAMPLE_GRID);
    if (!report) throw new Error("the sample holds a plan");
    expectTraceMatchesSummary(report);
    const trace = traceReport(report);
    const notDone = report.notCarriedOut.map((item) => item.row);
    expect(trace.total.notDone).toEqual(notDone);
    expect(trace.dimensions[0].notDone).toEqual(notDone);
  });

  it("counts a row in its dimension's projects and in one status bucket; a not-started row is not done at 12 months", () => {
    const rows: (readonly Cell[])[] = [
      DIM_HEAD,
      project(1, "ก", 100, 100, DONE),
      project(1, "ข", 100, 0, NOT_STARTED, "เหตุ"),
      project(2, "ค", 100, 50, IN_PROGRESS),
      project(2, "ง", 0, 0, NOT_DONE, "เหตุ"),
      project("?", "จ", 0, 0, DONE),
    ];
    const at12 = traceReport(analyze(rows, { round: 12 }));
    expect(at12.dimensions[0]).toEqual({
      projects: [2, 3],
      completed: [2],
      inProgress: [],
      notStarted: [],
      notDone: [3],
    });
    expect(at12.total.projects).toEqual([2, 3, 4, 5]);
    expect(at12.total.notDone).toEqual([3, 5]);
    const at6 = traceReport(analyze(rows, { round: 6 }));
    expect(at6.dimensions[0].notStarted).toEqual([3]);
    expect(at6.total.notDone).toEqual([5]);
  });

  it("appears in summarize's JSON only when asked, on each dimension and the total", () => {
    const report = analyze([DIM_HEAD, project(3, "ก", 100, 100, DONE), project(3, "ข", 100, 100, DONE)]);
    expect("trace" in reportJson(report).total).toBe(false);
    const json = reportJson(report, "th", { trace: true });
    expect(json.total).toMatchObject({ trace: { projects: [2, 3], completed: [2, 3] } });
    expect(json.dimensions.map((d) => d.trace?.projects)).toEqual([[], [], [2, 3], []]);
  });

  const statusArb = fc.constantFrom<Cell>(
    DONE,
    IN_PROGRESS,
    NOT_STARTED,
    NOT_DONE,
    "ยกเลิก",
    "Completed",
    null,
    "รอ",
  );
  const dimensionArb = fc.constantFrom<Cell>(1, 2, 3, 4, "มิติที่ ๒", "4", null, "มิติ 9", "x");
  const rowArb: fc.Arbitrary<Cell[]> = fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(
          dimensionArb,
          fc.constantFrom<Cell>("โครงการ", "", null),
          fc.constantFrom<Cell>(100, 0, "-", null, "ห้าร้อย"),
          fc.constantFrom<Cell>(100, 0, null),
          statusArb,
        )
        .map(([d, name, planned, spent, status]) => project(d, name, planned, spent, status, null)),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Cell[]>(["มิติที่ 3 การส่งเสริม"], [null, "รวมมิติที่ 2", 100], [null, "รวม", 0], []),
    },
  );

  it("always counts what the summary counts, for any plan (property)", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), fc.constantFrom<Round>(6, 12), (rows, round) => {
        const report = analyzePlan(grid([DIM_HEAD, ...rows]), { round });
        if (!report) return;
        expectTraceMatchesSummary(report);
      }),
    );
  });
});

describe("the provenance block of the summary sheet", () => {
  it("lists each dimension's rows as compact ranges, the rows not carried out apart, and rows without a dimension", () => {
    const report = analyze([
      DIM_HEAD,
      project(1, "ก", 100, 100, DONE),
      project(1, "ข", 100, 100, DONE),
      project(1, "ค", 100, 0, NOT_DONE, "เหตุ"),
      project(3, "ง", 100, 100, DONE),
      project("?", "จ", 0, 0, DONE),
    ]);
    expect(provenanceLines(report)).toEqual([
      "ที่มาของตัวเลข: แถวในแผนที่นับในแต่ละมิติ",
      "มิติที่ 1: แถว 2–4; ไม่ได้ดำเนินการ: แถว 4",
      "มิติที่ 2: ไม่มี",
      "มิติที่ 3: แถว 5",
      "มิติที่ 4: ไม่มี",
      "ไม่ทราบมิติ (ไม่ได้นับ): แถว 6",
    ]);
    expect(provenanceLines(report, "en")[1]).toBe("Dimension 1: rows 2–4; Not carried out: row 4");
  });
});

/**
 * Several columns for one field (spec §9.7): columns qualified by round, quarter or year, and two
 * headers naming one field. Evidence decides, or the report asks; it never takes the first in silence.
 */
import fc from "fast-check";
import { type Cell, type Issue, type Round, describeIssue, findHeader } from "../../src/core";
import { readYearHeader } from "../../src/core/rows/yearColumns";
import {
  DONE,
  IN_PROGRESS,
  NOT_DONE,
  NOT_STARTED,
  analyze,
  analyzeGrid,
  codes,
  grid,
  issuesOf,
} from "./helpers";

/** The issue of a code, which the test expects to be there once. */
function only(report: { issues: readonly Issue[] }, code: Issue["code"], field?: string): Issue {
  const found = report.issues.filter(
    (issue) => issue.code === code && (field === undefined || issue.field === field),
  );
  expect(found).toHaveLength(1);
  return found[0];
}

/** A plan whose results sit under one group per round, each over its disbursed and status columns. */
function byRound(first: string, second: string, title?: string): Cell[][] {
  return [
    ...(title === undefined ? [] : [[title]]),
    ["ลำดับ", "มิติ", "ชื่อโครงการ", "งบประมาณ", first, null, second, null],
    [null, null, null, null, "เบิกจ่าย", "สถานะ", "เบิกจ่าย", "สถานะ"],
    ["1.1", 1, "ก", 1000, 400, IN_PROGRESS, 1000, DONE],
    ["1.2", 1, "ข", 500, 0, NOT_STARTED, 0, NOT_DONE, "ไม่มีผู้สมัคร"],
  ];
}

const ROUND_GROUPS: readonly (readonly [string, string])[] = [
  ["ผลการดำเนินงาน 6 เดือน", "ผลการดำเนินงาน 12 เดือน"],
  ["รอบที่ 1", "รอบที่ 2"],
  ["ครั้งที่ 1", "ครั้งที่ 2"],
  ["รอบ 6 เดือน", "รอบ 12 เดือน"],
  ["ผลการดำเนินงาน รอบที่ ๑ (๖ เดือน)", "ผลการดำเนินงาน รอบที่ ๒ (๑๒ เดือน)"],
  ["6-month results", "12-month results"],
];

describe("columns per round (spec §9.7)", () => {
  it.each(ROUND_GROUPS)("reads %p for round 6 and %p for round 12", (first, second) => {
    const six = analyze(byRound(first, second), { round: 6 });
    expect([six.header.columns.disbursed, six.header.columns.status]).toEqual([4, 5]);
    expect(six.summary.total).toMatchObject({ disbursed: 40000, inProgress: 1, notStarted: 1, completed: 0 });
    const twelve = analyze(byRound(first, second), { round: 12 });
    expect([twelve.header.columns.disbursed, twelve.header.columns.status]).toEqual([6, 7]);
    expect(twelve.summary.total).toMatchObject({ disbursed: 100000, completed: 1, notDone: 1 });
    expect(twelve.valid).toBe(true);
  });

  it("says which columns it read, naming them by header and letter, in Thai and English", () => {
    const report = analyze(byRound(...ROUND_GROUPS[0]), { round: 12 });
    const read = only(report, "columns-read", "disbursed");
    expect(read).toMatchObject({ severity: "info", row: 1, column: 7 });
    expect(describeIssue(read, "th")).toBe(
      '"งบประมาณเบิกจ่าย" อ่านจาก "ผลการดำเนินงาน 12 เดือน เบิกจ่าย" (คอลัมน์ G) ตามรอบ 12 เดือน; ' +
        'ไม่ใช้ "ผลการดำเนินงาน 6 เดือน เบิกจ่าย" (คอลัมน์ E)',
    );
    expect(describeIssue(read, "en")).toBe(
      '"Disbursed" is read from "ผลการดำเนินงาน 12 เดือน เบิกจ่าย" (column G) for the 12-month round; ' +
        'not from "ผลการดำเนินงาน 6 เดือน เบิกจ่าย" (column E).',
    );
    expect(only(report, "columns-read", "status").column).toBe(8);
  });

  it("takes the round from the title", () => {
    const report = analyze(byRound(...ROUND_GROUPS[0], "รายงานผล ปีงบประมาณ 2567 รอบ 6 เดือน"));
    expect(report.round).toBe(6);
    expect(report.summary.total.disbursed).toBe(40000);
    expect(issuesOf(report, "unknown-round")).toEqual([]);
  });

  it("asks for the round when none is stated and the rounds' columns read differently", () => {
    const report = analyze(byRound(...ROUND_GROUPS[0]));
    const asked = only(report, "unknown-round", "disbursed");
    expect(asked).toMatchObject({ severity: "error", row: 1, column: null });
    expect(describeIssue(asked, "th")).toBe(
      'ไม่ทราบรอบของรายงาน และแผนมีคอลัมน์ "งบประมาณเบิกจ่าย" แยกตามรอบ: ' +
        'รอบ 6 เดือน "ผลการดำเนินงาน 6 เดือน เบิกจ่าย" (คอลัมน์ E); ' +
        'รอบ 12 เดือน "ผลการดำเนินงาน 12 เดือน เบิกจ่าย" (คอลัมน์ G): ' +
        'เลือกรอบรายงานในขั้น "แผน" หรือใช้ --round 6 หรือ --round 12 ในบรรทัดคำสั่ง (ตอนนี้นับตามรอบ 12 เดือน)',
    );
    expect(describeIssue(asked, "en")).toContain("use --round 6 or --round 12");
    expect(only(report, "unknown-round", "status").severity).toBe("error");
    // The figures are still given, as the default round reads them, and the plan is not valid.
    expect(report.valid).toBe(false);
    expect(report.summary.total.disbursed).toBe(100000);
  });

  it("does not ask when either round's columns give the same figures", () => {
    const rows = byRound(...ROUND_GROUPS[0]);
    const same = rows.map((row, r) =>
      r < 2 ? row : [...row.slice(0, 4), row[6], row[7], row[6], row[7], row[8]],
    );
    const report = analyze(same);
    expect(issuesOf(report, "unknown-round")).toEqual([]);
    expect(report.summary.total.disbursed).toBe(100000);
  });

  it("reads columns per round in one header row too", () => {
    const report = analyze(
      [
        ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย 6 เดือน", "เบิกจ่าย 12 เดือน", "สถานะ"],
        ["มิติที่ 1"],
        ["ก", 1000, 300, 900, DONE],
      ],
      { round: 6 },
    );
    expect(report.header.columns.disbursed).toBe(2);
    expect(report.summary.total.disbursed).toBe(30000);
  });

  it("asks, and reads no column, when the only column per round is not the report's round", () => {
    const report = analyze(
      [
        ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย (6 เดือน)", "สถานะ"],
        ["ก", 1000, 300, DONE],
      ],
      { round: 12 },
    );
    const asked = only(report, "ambiguous-column", "disbursed");
    expect(describeIssue(asked, "th")).toBe(
      'ไม่มีคอลัมน์ "งบประมาณเบิกจ่าย" ของรอบ 12 เดือน มีแต่ "เบิกจ่าย (6 เดือน)" (คอลัมน์ C): ' +
        'เลือกคอลัมน์ในขั้น "แผน" หรือใช้ --column disbursed=C ในบรรทัดคำสั่ง (ยังไม่ได้อ่าน "งบประมาณเบิกจ่าย" จากคอลัมน์ใด)',
    );
    expect(report.header.columns.disbursed).toBeUndefined();
    expect(report.header.ambiguous).toEqual({ disbursed: [2] });
    expect(issuesOf(report, "missing-column")).toEqual([]);
    // Nothing was read to compare: no warning built on a 0 that was never read.
    expect(issuesOf(report, "completed-without-disbursement")).toEqual([]);
  });

  it("reads tick columns under each round's group by the round", () => {
    const rows: Cell[][] = [
      ["ชื่อโครงการ", "งบประมาณ", "ผลการดำเนินงาน 6 เดือน", null, null, "ผลการดำเนินงาน 12 เดือน", null, null],
      [null, null, "เบิกจ่าย", "แล้วเสร็จ", "ไม่ได้ดำเนินการ", "เบิกจ่าย", "แล้วเสร็จ", "ไม่ได้ดำเนินการ"],
      ["มิติที่ 1"],
      ["ก", 1000, 0, null, "✓", 1000, "✓", null],
    ];
    expect(analyze(rows, { round: 6 }).summary.total).toMatchObject({ notDone: 1, completed: 0 });
    const twelve = analyze(rows, { round: 12 });
    expect(twelve.summary.total).toMatchObject({ notDone: 0, completed: 1, disbursed: 100000 });
    expect(twelve.header.ticks.map((tick) => tick.index)).toEqual([6, 7]);
    expect(issuesOf(twelve, "conflicting-status")).toEqual([]);
    expect(issuesOf(analyze(rows), "unknown-round").map((issue) => issue.field)).toEqual([
      "disbursed",
      "status",
    ]);
  });
});

/** A plan whose disbursement is given per quarter, with a total column or without. */
function byQuarter(amounts: readonly (readonly Cell[])[], total: boolean): Cell[][] {
  const head = ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"];
  return [
    [...head, ...(total ? ["รวม"] : []), "สถานะ"],
    ["มิติที่ 1"],
    ...amounts.map((row, i): Cell[] => [`โครงการ ${i + 1}`, 10000, ...row.slice(0, total ? 5 : 4), DONE]),
  ];
}

describe("quarters (spec §9.7)", () => {
  it("adds up the four quarters for round 12 and the first two for round 6, exactly", () => {
    const rows = byQuarter([[100.1, 200.2, 300.3, 0.01]], false);
    expect(analyze(rows, { round: 12 }).summary.total.disbursed).toBe(60061);
    const six = analyze(rows, { round: 6 });
    expect(six.summary.total.disbursed).toBe(30030);
    expect(six.header.sums).toEqual({ disbursed: [2, 3] });
    expect(describeIssue(only(six, "columns-read", "disbursed"), "th")).toBe(
      '"งบประมาณเบิกจ่าย" อ่านจาก ผลรวมของ "เบิกจ่าย ไตรมาส 1" (คอลัมน์ C) และ "ไตรมาส 2" (คอลัมน์ D) ตามรอบ 6 เดือน; ' +
        'ไม่ใช้ "ไตรมาส 3" (คอลัมน์ E) และ "ไตรมาส 4" (คอลัมน์ F)',
    );
  });

  it("reads the total column for round 12 and checks it against the quarters", () => {
    const rows = byQuarter(
      [
        [100, 200, 300, 400, 1000],
        [100, 200, 300, 400, 900],
      ],
      true,
    );
    const report = analyze(rows, { round: 12 });
    expect(report.header.columns.disbursed).toBe(6);
    expect(report.summary.total.disbursed).toBe(190000);
    const mismatch = only(report, "period-total-mismatch");
    expect(mismatch).toMatchObject({
      severity: "warning",
      row: 4,
      column: 7,
      field: "disbursed",
      text: "900",
    });
    expect(describeIssue(mismatch, "th")).toBe(
      'ยอดรวม 900.00 บาท ไม่เท่ากับผลรวมของ "เบิกจ่าย ไตรมาส 1" (คอลัมน์ C), "ไตรมาส 2" (คอลัมน์ D), ' +
        '"ไตรมาส 3" (คอลัมน์ E) และ "ไตรมาส 4" (คอลัมน์ F) (1,000.00 บาท): ตรวจตัวเลข (นับตามยอดรวม)',
    );
    expect(describeIssue(mismatch, "en")).toContain("The total of 900.00 baht is not the sum of");
    // Round 6 adds up its quarters; the year's total is not the round's.
    expect(analyze(rows, { round: 6 }).summary.total.disbursed).toBe(60000);
  });

  it("checks a 6-month column against its two quarters, and asks for round 12's missing quarters", () => {
    const rows: Cell[][] = [
      ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย ไตรมาส 1", "ไตรมาส 2", "เบิกจ่าย 6 เดือน", "สถานะ"],
      ["มิติที่ 1"],
      ["ก", 1000, 100, 200, 250, DONE],
    ];
    const six = analyze(rows, { round: 6 });
    expect(six.summary.total.disbursed).toBe(25000);
    expect(only(six, "period-total-mismatch")).toMatchObject({
      row: 3,
      column: 5,
      details: { amount: 30000 },
    });
    expect(only(analyze(rows, { round: 12 }), "ambiguous-column").details?.other).toBe("round");
  });

  it("reads quarters under a group header, with a year total, in thousands of baht", () => {
    const report = analyze(
      [
        ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย (พันบาท)", null, null, null, null, "สถานะ"],
        [null, null, "ไตรมาสที่ 1", "ไตรมาสที่ 2", "ไตรมาสที่ 3", "ไตรมาสที่ 4", "รวมทั้งปี", null],
        ["มิติที่ 1"],
        ["ก", 5000, 1, 1.5, 0, 0.25, 2.75, DONE],
      ],
      { round: 12 },
    );
    expect(report.source.headerRow).toBe(1);
    expect(report.header.height).toBe(2);
    expect(report.summary.total.disbursed).toBe(275000);
    expect(issuesOf(report, "period-total-mismatch")).toEqual([]);
  });

  it("reads English quarter headers", () => {
    const report = analyze(
      [
        ["Project", "Budget", "Disbursed Q1", "Q2", "Q3", "Q4", "Total", "Status"],
        ["Dimension 1"],
        ["A", 1000, 100, 100, 100, 100, 400, "Completed"],
      ],
      { round: 6 },
    );
    expect(report.summary.total.disbursed).toBe(20000);
  });

  it("asks for the round only when the later quarters hold something", () => {
    expect(issuesOf(analyze(byQuarter([[100, 200, null, null]], false)), "unknown-round")).toEqual([]);
    const asked = analyze(byQuarter([[100, 200, 300, null]], false));
    expect(only(asked, "unknown-round", "disbursed").details?.columns?.map((c) => c.letter)).toEqual([
      "C",
      "D",
    ]);
    expect(asked.summary.total.disbursed).toBe(60000);
  });

  it("property: the round's quarters add up exactly in satang, and a total is checked row by row", () => {
    const satang = fc.integer({ min: 0, max: 1_000_000_000 });
    const row = fc.tuple(satang, satang, satang, satang, fc.integer({ min: -5, max: 5 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.boolean(), (rows, withTotal) => {
        const cells = rows.map(([q1, q2, q3, q4, off]) => [
          q1 / 100,
          q2 / 100,
          q3 / 100,
          q4 / 100,
          (q1 + q2 + q3 + q4 + off) / 100,
        ]);
        const sheet = byQuarter(cells, withTotal);
        const twelve = analyze(sheet, { round: 12 });
        const six = analyze(sheet, { round: 6 });
        const quarters = rows.reduce((sum, [q1, q2, q3, q4]) => sum + q1 + q2 + q3 + q4, 0);
        const withOff = rows.reduce((sum, [q1, q2, q3, q4, off]) => sum + q1 + q2 + q3 + q4 + off, 0);
        expect(twelve.summary.total.disbursed).toBe(withTotal ? withOff : quarters);
        expect(six.summary.total.disbursed).toBe(rows.reduce((sum, [q1, q2]) => sum + q1 + q2, 0));
        const mismatched = rows
          .map(([, , , , off], i) => (withTotal && off !== 0 ? i + 3 : 0))
          .filter(Boolean);
        expect(issuesOf(twelve, "period-total-mismatch").map((issue) => issue.row)).toEqual(mismatched);
        expect(issuesOf(six, "period-total-mismatch")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("a budget header over two-digit years: ปี 67, ปี 68 (spec §9.2)", () => {
  it.each([
    ["ปี 67", 2567],
    ["ปี ๖๘", 2568],
    ["พ.ศ. 67", 2567],
    ["ปีงบประมาณ 69", 2569],
    ["งบประมาณปี 67 (บาท)", 2567],
  ])("reads %p as %p", (text, year) => {
    expect(readYearHeader(text)).toBe(year);
  });

  it.each(["67", 67, "ไตรมาส 67", "ปี 6", "ปี 678"])("reads no year from %p", (cell) => {
    expect(readYearHeader(cell)).toBeUndefined();
  });

  it("takes the report year's column under one budget header", () => {
    const rows: Cell[][] = [
      ["ชื่อโครงการ", "งบประมาณ (บาท)", null, "เบิกจ่าย", "สถานะ"],
      [null, "ปี 67", "ปี 68", null, null],
      ["มิติที่ 1"],
      ["ก", 1000, 2000, 1500, DONE],
    ];
    const report = analyze(rows, { fiscalYear: 2568 });
    expect(report.yearColumns.map((column) => column.year)).toEqual([2567, 2568]);
    expect(report.header.columns.plannedBudget).toBe(2);
    expect(report.summary.total.plannedBudget).toBe(200000);
    expect(analyze(rows, { fiscalYear: 2567 }).summary.total.plannedBudget).toBe(100000);
  });
});

/** A multi-year list: each row names its fiscal year. */
function multiYear(years: readonly Cell[]): Cell[][] {
  return [
    ["ปีงบประมาณ", "มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
    ...years.map((year, i): Cell[] => [year, 1, `โครงการ ${i + 1}`, 1000 * (i + 1), 100, DONE]),
  ];
}

describe("a fiscal year column per row (spec §9.2)", () => {
  it("leaves rows of other years out, each with its reason on the year cell", () => {
    const report = analyze(multiYear([2566, 2567, "๒๕๖๗", "พ.ศ. 2568", 67]), { fiscalYear: 2567 });
    expect(report.rows.map((row) => row.name)).toEqual(["โครงการ 2", "โครงการ 3", "โครงการ 5"]);
    expect(report.summary.total.plannedBudget).toBe(1000000);
    expect(report.roles.filter((entry) => entry.role === "outside-year").map((entry) => entry.row)).toEqual([
      2, 5,
    ]);
    const left = issuesOf(report, "not-in-this-year");
    expect(left.map((issue) => [issue.row, issue.column, issue.field, issue.severity])).toEqual([
      [2, 1, "fiscalYear", "info"],
      [5, 1, "fiscalYear", "info"],
    ]);
    expect(describeIssue(left[0], "th")).toBe(
      "เป็นโครงการของปีงบประมาณ พ.ศ. 2566 ไม่ใช่ปีของรายงาน (พ.ศ. 2567): ไม่อยู่ในแผนของปีนี้ จึงไม่นับ",
    );
    expect(describeIssue(left[1], "en")).toBe(
      "A project of FY 2568 B.E., not the report's FY 2567 B.E.: not in this year's plan, left out.",
    );
    expect(report.valid).toBe(true);
  });

  it("takes the list's only year as the report's when none is stated", () => {
    const report = analyze(multiYear([2567, 2567]));
    expect(report.fiscalYear).toBe(2567);
    expect(report.issues).toEqual([]);
  });

  it("asks for the year when the list holds several and none is stated, counting every row", () => {
    const report = analyze(multiYear([2566, 2567]));
    const asked = only(report, "rows-of-other-years");
    expect(asked).toMatchObject({ severity: "error", row: null, details: { other: "2566, 2567" } });
    expect(describeIssue(asked, "th")).toContain("ระบุปีงบประมาณในขั้น");
    expect(report.summary.total.projects).toBe(2);
  });

  it("says when the list has no row of the report's year", () => {
    const report = analyze(multiYear([2566, 2567]), { fiscalYear: 2569 });
    expect(describeIssue(only(report, "rows-of-other-years"), "en")).toBe(
      "No project of FY 2569 B.E. in the fiscal year column (only of 2566, 2567 B.E.): check the report's fiscal year.",
    );
    expect(report.summary.total.projects).toBe(0);
  });

  it("asks about a row whose year is blank or cannot be read, and counts it", () => {
    const report = analyze(multiYear([2567, null, "2024"]), { fiscalYear: 2567 });
    expect(codes(report)).toEqual(["unknown-row-year@3", "unknown-row-year@4"]);
    expect(report.summary.total.projects).toBe(3);
    expect(describeIssue(report.issues[1], "th")).toBe(
      'อ่านปีงบประมาณจาก "2024" ไม่ได้: ใส่ปี พ.ศ. เช่น 2567 (นับอยู่ในแผนปีนี้)',
    );
  });

  it("spreads a year merged down over its rows", () => {
    const report = analyzeGrid(
      { ...grid(multiYear([2566, null, 2567, null])), merges: [{ top: 2, left: 1, bottom: 3, right: 1 }] },
      { fiscalYear: 2567 },
    );
    expect(report.rows.map((row) => row.name)).toEqual(["โครงการ 3", "โครงการ 4"]);
    expect(codes(report)).toEqual(["unknown-row-year@5", "not-in-this-year@2", "not-in-this-year@3"]);
  });

  it("is not a budget column: ปีงบประมาณ 2566 heads a budget, ปีงบประมาณ alone a year", () => {
    expect(findHeader(grid([["ชื่อโครงการ", "ปีงบประมาณ 2566", "เบิกจ่าย", "ปีงบประมาณ"]]))?.columns).toEqual({
      name: 0,
      disbursed: 2,
      fiscalYear: 3,
    });
  });
});

describe("two columns for one field (spec §9.7)", () => {
  it.each([
    [["งบประมาณปีก่อน", "งบประมาณปีนี้"], 2],
    [["งบประมาณปีนี้", "งบประมาณปีก่อน"], 1],
    [["งบประมาณ ปีที่แล้ว", "งบประมาณ"], 2],
    [["Budget last year", "Budget this year"], 2],
  ])("takes this year's budget of %p", (headers, index) => {
    const report = analyze([
      ["ชื่อโครงการ", ...headers, "เบิกจ่าย", "สถานะ"],
      ["ก", 1000, 2000, 500, DONE],
    ]);
    expect(report.header.columns.plannedBudget).toBe(index);
    expect(only(report, "columns-read", "plannedBudget").details?.other).toBe("year");
  });

  it("takes the report year's column among columns named by year", () => {
    const rows: Cell[][] = [
      ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย ปี 2566", "เบิกจ่าย ปี 2567", "สถานะ"],
      ["มิติที่ 1"],
      ["ก", 1000, 700, 900, DONE],
    ];
    expect(analyze(rows, { fiscalYear: 2567 }).summary.total.disbursed).toBe(90000);
    expect(analyze(rows, { fiscalYear: 2566 }).summary.total.disbursed).toBe(70000);
    // No report year: nothing tells them apart.
    expect(
      only(analyze(rows), "ambiguous-column", "disbursed").details?.columns?.map((c) => c.letter),
    ).toEqual(["C", "D"]);
    // Only another year's column: asked, not taken.
    expect(
      describeIssue(only(analyze(rows, { fiscalYear: 2568 }), "ambiguous-column", "disbursed"), "th"),
    ).toMatch(/^ไม่มีคอลัมน์ "งบประมาณเบิกจ่าย" ของปีงบประมาณ พ.ศ. 2568 มีแต่/);
  });

  it.each([
    [["สถานะการเบิกจ่าย", "สถานะโครงการ"], ["เบิกจ่ายแล้ว", DONE], 4],
    [["สถานะโครงการ", "สถานะการเบิกจ่าย"], [NOT_DONE, "ยังไม่เบิกจ่าย"], 3],
    [["ผลการดำเนินงาน", "สถานะ"], ["จัดอบรมผู้นำชุมชน 50 คน", DONE], 4],
    [["สถานะ", "ผลการดำเนินงาน"], [IN_PROGRESS, "อยู่ในขั้นจัดซื้อจัดจ้าง"], 3],
  ])("reads the status from the column whose cells are statuses: %p", (headers, cells, index) => {
    const report = analyze([
      ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", ...headers],
      ["ก", 1000, 0, ...cells],
      ["ข", 1000, 0, ...cells],
    ]);
    expect(report.header.columns.status).toBe(index);
    expect(only(report, "columns-read", "status").details?.other).toBe("cells");
    expect(issuesOf(report, "unknown-status")).toEqual([]);
  });

  it("prefers the header that names the field more specifically when the cells say nothing", () => {
    const header = (...names: string[]) => analyze([["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", ...names]]).header;
    expect(header("ผลการดำเนินงาน", "สถานะ").columns.status).toBe(4);
    expect(header("สถานะการเบิกจ่าย", "สถานะโครงการ").columns.status).toBe(4);
  });

  it("asks which of two disbursed columns is meant, naming both, and reads neither", () => {
    const rows: Cell[][] = [
      ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "เบิกจ่าย", "สถานะ"],
      ["มิติที่ 1"],
      ["ก", 1000, 100, 200, DONE],
    ];
    const report = analyze(rows);
    const asked = only(report, "ambiguous-column");
    expect(asked).toMatchObject({ severity: "error", field: "disbursed", row: 1, column: null });
    expect(describeIssue(asked, "th")).toBe(
      'มีหลายคอลัมน์ที่อาจเป็น "งบประมาณเบิกจ่าย": "เบิกจ่าย" (คอลัมน์ C) และ "เบิกจ่าย" (คอลัมน์ D) ' +
        'และไม่มีหลักฐานว่าเป็นคอลัมน์ใด: เลือกคอลัมน์ในขั้น "แผน" หรือใช้ --column disbursed=C ในบรรทัดคำสั่ง ' +
        '(ยังไม่ได้อ่าน "งบประมาณเบิกจ่าย" จากคอลัมน์ใด)',
    );
    expect(describeIssue(asked, "en")).toBe(
      'Several columns may be "Disbursed": "เบิกจ่าย" (column C) and "เบิกจ่าย" (column D), and nothing shows ' +
        'which: choose the column in the "Plan" step, or use --column disbursed=C on the command line ' +
        '("Disbursed" is read from no column until then).',
    );
    expect(report.valid).toBe(false);
    expect(report.summary.total.disbursed).toBe(0);
    expect(codes(report)).toEqual(["ambiguous-column@1"]);

    const chosen = analyze(rows, { columns: { disbursed: 3 } });
    expect(chosen.summary.total.disbursed).toBe(20000);
    expect(chosen.issues).toEqual([]);
    const byLetter = analyze(rows, { sheetColumns: { disbursed: 3 } });
    expect(byLetter.summary.total.disbursed).toBe(10000);
  });

  it("reads either of two columns that hold the same in every row", () => {
    const report = analyze([
      ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "เบิกจ่าย", "สถานะ"],
      ["มิติที่ 1"],
      ["ก", 1000, 100, "100", DONE],
    ]);
    expect(issuesOf(report, "ambiguous-column")).toEqual([]);
    expect(only(report, "columns-read", "disbursed").details?.other).toBe("same");
    expect(report.summary.total.disbursed).toBe(10000);
  });

  it("says when a column chosen by letter is outside the plan", () => {
    const report = analyze(
      [
        ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
        ["ก", 1000, 100, DONE],
      ],
      { sheetColumns: { disbursed: 26 } },
    );
    const missing = only(report, "missing-column");
    expect(missing).toMatchObject({ field: "disbursed", text: "Z" });
    expect(describeIssue(missing, "th")).toBe(
      'คอลัมน์ Z ที่เลือกไว้สำหรับ "งบประมาณเบิกจ่าย" อยู่นอกตารางของแผน: เลือกคอลัมน์ในตาราง',
    );
  });

  it("property: two columns headed alike with different amounts are always asked about, never read", () => {
    const header = fc.constantFrom("เบิกจ่าย", "งบประมาณเบิกจ่าย", "ผลการเบิกจ่าย", "Disbursed");
    fc.assert(
      fc.property(
        header,
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.tuple(fc.nat(1_000_000), fc.nat(1_000_000)), { minLength: 1, maxLength: 5 }),
        (word, at, amounts) => {
          fc.pre(amounts.some(([a, b]) => a !== b));
          const others = ["ชื่อโครงการ", "งบประมาณ", "สถานะ"];
          const head: Cell[] = [...others];
          head.splice(at, 0, word);
          head.push(word);
          const first = head.indexOf(word);
          const rows = amounts.map(([a, b], i) => {
            const row: Cell[] = [`โครงการ ${i}`, 1_000_000, DONE];
            row.splice(at, 0, a);
            row.push(b);
            return row;
          });
          const report = analyze([head, ...rows]);
          const asked = only(report, "ambiguous-column", "disbursed");
          expect(asked.details?.columns?.map((c) => c.letter)).toEqual([
            String.fromCharCode(65 + first),
            String.fromCharCode(65 + head.length - 1),
          ]);
          expect(report.header.columns.disbursed).toBeUndefined();
          expect(report.summary.total.disbursed).toBe(0);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("property: a status column and a free-text results column, in any order: the status column is read", () => {
    const status = fc.constantFrom(DONE, IN_PROGRESS, NOT_STARTED, NOT_DONE, "Completed");
    const text = fc.constantFrom("จัดอบรม 50 คน", "ประชุมชี้แจง", "มีผู้เข้าร่วม 120 คน", "-", null);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(status, text), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.constantFrom("ผลการดำเนินงาน", "ผลการดำเนินการ", "Result"),
        fc.constantFrom<Round>(6, 12),
        (rows, statusFirst, word, round) => {
          fc.pre(rows.some(([, t]) => t !== null && t !== "-"));
          const head = statusFirst ? ["สถานะ", word] : [word, "สถานะ"];
          const report = analyze(
            [
              ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", ...head],
              ...rows.map(([s, t], i): Cell[] => [
                "โครงการ " + i,
                100,
                0,
                ...(statusFirst ? [s, t] : [t, s]),
              ]),
            ],
            { round },
          );
          expect(report.header.columns.status).toBe(statusFirst ? 3 : 4);
          expect(issuesOf(report, "unknown-status")).toEqual([]);
          expect(issuesOf(report, "ambiguous-column")).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
  });
});

import { describeIssue, findHeader, formatBaht, type Cell, type Issue } from "../../src/core";
import { SEVERITY_OF } from "../../src/core/checks/issues";
import { amountUnits } from "../../src/core/rows/columns";
import {
  DIM_HEAD,
  DONE,
  IN_PROGRESS,
  NOT_DONE,
  NOT_STARTED,
  analyze,
  analyzeGrid,
  codes,
  grid,
  project,
} from "./helpers";

const NO_HEAD: Cell[] = ["ลำดับ", ...DIM_HEAD];
const numbered = (no: Cell, dimension: Cell, name = "ก"): Cell[] => [
  no,
  ...project(dimension, name, 100, 100),
];
const at = (issue: Issue) => [issue.severity, issue.code, issue.row, issue.field, issue.text];

describe("checks on a project row (spec §2.6)", () => {
  it("flags a row with no name", () => {
    const report = analyze([DIM_HEAD, project(1, "  ", 100, 100)]);
    expect(report.issues.map(at)).toEqual([["error", "missing-name", 2, "name", "  "]]);
  });

  it("flags disbursement on a project not carried out", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", 100, 40, NOT_DONE, "ยกเลิก")]);
    expect(report.issues.map(at)).toEqual([["error", "spent-but-not-done", 2, "disbursed", "40"]]);
  });

  it("flags disbursement on a project not started once the year is over", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", 100, 40, NOT_STARTED, "รอ")], { round: 12 });
    expect(codes(report)).toEqual(["spent-but-not-done@2"]);
  });

  it("flags disbursement above the planned budget", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", 100, 100.01)]);
    expect(report.issues.map(at)).toEqual([["warning", "over-disbursed", 2, "disbursed", "100.01"]]);
    expect(report.issues[0].details).toMatchObject({ amount: 10001, expected: 10000 });
  });

  it("flags a completed project with a budget and nothing disbursed, but not one with no budget", () => {
    const report = analyze([
      DIM_HEAD,
      project(1, "ก", 100, 0),
      project(1, "ข", 0, 0),
      project(1, "ค", 100, null),
    ]);
    expect(report.issues.map(at)).toEqual([
      ["warning", "completed-without-disbursement", 2, "disbursed", "0"],
      ["warning", "completed-without-disbursement", 4, "disbursed", ""],
    ]);
  });

  it("flags a project not carried out that gives no reason", () => {
    const report = analyze([
      DIM_HEAD,
      project(1, "ก", 100, 0, NOT_DONE, " "),
      project(1, "ข", 100, 0, NOT_DONE, "ฝนตก"),
    ]);
    expect(report.issues.map(at)).toEqual([["warning", "missing-reason", 2, "note", " "]]);
  });

  it("flags a project still in progress in the 12-month round only", () => {
    const rows = [DIM_HEAD, project(1, "ก", 100, 50, IN_PROGRESS)];
    expect(analyze(rows, { round: 12 }).issues.map(at)).toEqual([
      ["warning", "in-progress-at-year-end", 2, "status", IN_PROGRESS],
    ]);
    expect(analyze(rows, { round: 6 }).issues).toEqual([]);
  });

  it("flags the same number twice in one dimension, naming the first row", () => {
    const report = analyze([NO_HEAD, numbered("1.1", 1), numbered("1.2", 1), numbered(" 1.1", 1)]);
    expect(report.issues.map(at)).toEqual([["warning", "duplicate-number", 4, "no", " 1.1"]]);
    expect(report.issues[0].details).toMatchObject({ otherRow: 2, dimension: 1 });
  });

  it("does not flag the same number in two dimensions", () => {
    const report = analyze([NO_HEAD, numbered("1", 1), numbered("1", 2)]);
    expect(report.issues).toEqual([]);
  });

  it("raises nothing on a clean row", () => {
    expect(analyze([DIM_HEAD, project(1, "ก", 100, 100)]).issues).toEqual([]);
  });

  it("gives each code its severity from the spec", () => {
    expect(SEVERITY_OF).toEqual({
      "missing-column": "error",
      "missing-name": "error",
      "unknown-dimension": "error",
      "unknown-status": "error",
      "conflicting-status": "error",
      "not-a-number": "error",
      "ambiguous-amount": "error",
      "percent-not-amount": "error",
      "percent-column": "error",
      "unclear-unit": "error",
      "amounts-in-unit": "info",
      "cell-error": "error",
      "formula-without-value": "error",
      "amount-too-large": "error",
      "negative-amount": "error",
      "spent-but-not-done": "error",
      "fraction-of-satang": "warning",
      "over-disbursed": "warning",
      "completed-without-disbursement": "warning",
      "missing-reason": "warning",
      "in-progress-at-year-end": "warning",
      "duplicate-number": "warning",
      "control-total-mismatch": "warning",
      "no-year-column": "error",
      "over-ordinance": "warning",
      "text-number": "info",
      "read-as-zero": "info",
      "not-in-this-year": "info",
      "number-not-in-heading": "warning",
      "read-as-continuation": "info",
      "read-as-part": "info",
      "read-as-total": "info",
      "hidden-row": "info",
      "ambiguous-column": "error",
      "unknown-round": "error",
      "title-conflict": "error",
      "sub-items-not-parts": "error",
      "total-or-project": "error",
      "other-year-below": "warning",
      "columns-read": "info",
      "period-total-mismatch": "warning",
      "cumulative-decrease": "error",
      "unknown-row-year": "error",
      "rows-of-other-years": "error",
    });
  });

  it("marks the plan invalid when any issue is an error, valid with only warnings and notes", () => {
    expect(analyze([DIM_HEAD, project(1, "ก", 100, 200)]).valid).toBe(true);
    expect(analyze([DIM_HEAD, project(1, "ก", "100 บาท", 100)]).valid).toBe(true);
    expect(analyze([DIM_HEAD, project(1, "", 100, 100)]).valid).toBe(false);
  });

  it("lists errors first, then warnings, then notes, each by row", () => {
    const report = analyze([
      DIM_HEAD,
      project(1, "ก", "100 บาท", 100),
      project(1, "ข", 100, 200),
      project(1, "", 100, 100),
    ]);
    expect(codes(report)).toEqual(["missing-name@4", "over-disbursed@3", "text-number@2"]);
  });
});

describe("every issue in words (spec §2.6)", () => {
  // One sheet that raises every code the rows can raise, under a grid that starts at B3.
  const report = analyze(
    [
      ["ลำดับ", ...DIM_HEAD],
      ["1.1", 1, "", 100, 100, DONE, null],
      ["1.2", 1, "ข", 100, 40, NOT_DONE, null],
      ["1.3", 1, "ค", 100, 100.011, DONE, null],
      ["1.4", 1, "ง", 100, 0, DONE, null],
      ["1.5", 1, "จ", 100, 50, "In progress", null],
      ["1.5", 1, "ฉ", "๑๐๐ บาท", "-", "พอใช้", null],
      ["1.7", 9, "ช", "ไม่ทราบ", { error: "#N/A" }, DONE, null],
      ["1.8", 1, "ซ", -1, 0, NOT_DONE, "เหตุ"],
      [null, null, "รวม", 999, null, null, null],
      ["1.9", 1, "ฌ", { error: "", formula: "SUM(E4:E11)" }, 1e20, DONE, "เหตุ"],
    ],
    { round: 12, controlTotals: { disbursed: 1 } },
    3,
    2,
  );
  const all = [
    ...report.issues,
    ...analyze([["ลำดับ", "มิติ", "งบประมาณ", "เบิกจ่าย", "สถานะ"]]).issues,
    ...analyze([
      [...DIM_HEAD.slice(0, 4), DONE, NOT_DONE],
      [1, "ก", 1, 1, "✓", "✓"],
    ]).issues,
    // Year columns (§9.2) and the ordinance amount (§9.3).
    ...analyze(
      [
        ["มิติ", "ชื่อโครงการ", "2566", "2567", "ตามข้อบัญญัติ", "เบิกจ่าย", "สถานะ"],
        [1, "ก", 100, 100, 50, 80, DONE],
        [1, "ข", "-", 100, null, 0, DONE],
      ],
      { fiscalYear: 2566 },
    ).issues,
    ...analyze([["ชื่อโครงการ", "2566", "2567", "เบิกจ่าย", "สถานะ"]], { fiscalYear: 2570 }).issues,
    // Rows read by their role (§2.5): a wrapped name, parts, a total by arithmetic, a number under
    // another dimension's heading, a hidden row.
    ...analyze([
      ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
      ["มิติที่ 1", null, null, null, null],
      ["1.1", "โครงการอบรม", 100, 100, DONE],
      [null, "คุณธรรมจริยธรรม", null, null, null],
      ["2.1", "โครงการ ข", 60, 40, DONE],
      [null, "- กิจกรรมย่อย ก", 30, 20, null],
      [null, "- กิจกรรมย่อย ข", 30, 20, null],
      [null, null, 160, 140, null],
    ]).issues,
    ...analyzeGrid({ ...grid([DIM_HEAD, project(1, "ก", 1, 1)]), hiddenRows: [2] }).issues,
    // Amounts (§2.3): a thousands dot, a percentage, and the units of the amount columns.
    ...analyze([DIM_HEAD, project(1, "ก", "10.000", "40%")]).issues,
    ...amountUnits(
      findHeader(grid([["ชื่อโครงการ", "งบประมาณ (พันบาท)", "เบิกจ่าย (บาท/พันบาท)", "สถานะ"]]))!,
      undefined,
      { row: 1, firstColumn: 1 },
    ).issues,
    // A percentage where an amount column should be (§2.3).
    ...analyze([
      ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย (ร้อยละ)", "สถานะ"],
      [1, "ก", 100, 50, DONE],
    ]).issues,
    // Cumulative quarters (§9.7): the round's figure below an earlier one.
    ...analyze(
      [
        ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่ายสะสม ไตรมาส 1", "ไตรมาส 2", "สถานะ"],
        [1, "ก", 100, 50, 40, DONE],
      ],
      { round: 6 },
    ).issues,
    // Several columns for one field (§9.7): two alike, columns per round, quarters with a total.
    ...analyze([
      [...DIM_HEAD.slice(0, 3), "เบิกจ่าย", "เบิกจ่าย", "สถานะ"],
      [1, "ก", 100, 100, 50, DONE],
    ]).issues,
    ...analyze([
      ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย 6 เดือน", "เบิกจ่าย 12 เดือน", "สถานะ"],
      [1, "ก", 100, 50, 100, DONE],
    ]).issues,
    ...analyze(
      [
        [
          "มิติ",
          "ชื่อโครงการ",
          "งบประมาณ",
          "เบิกจ่าย ไตรมาส 1",
          "ไตรมาส 2",
          "ไตรมาส 3",
          "ไตรมาส 4",
          "รวม",
          "สถานะ",
        ],
        [1, "ก", 100, 10, 10, 10, 10, 50, DONE],
      ],
      { round: 12 },
    ).issues,
    // A fiscal year per row (§9.2): another year's row, a row without a year, and no row of the year.
    ...analyze(
      [
        ["ปีงบประมาณ", ...DIM_HEAD],
        [2566, ...project(1, "ก", 1, 1)],
        [null, ...project(1, "ข", 1, 1)],
      ],
      { fiscalYear: 2567 },
    ).issues,
    // Sub-items numbered under a project that do not add up to it; a named row that adds up (§2.5).
    ...analyze([
      ["ลำดับ", ...DIM_HEAD],
      ["1.1", ...project(1, "ก", 100, 100)],
      ["1.1.1", ...project(1, "ก ๑", 30, 30)],
      ["1.1.2", ...project(1, "ก ๒", 30, 30)],
    ]).issues,
    ...analyze([DIM_HEAD, project(1, "ก", 10, 0), project(1, "ข", 20, 0), [1, "โครงการ ค", 30, 0, null]])
      .issues,
    // Another year's plan under its own title, below this year's (§2.5).
    ...analyze([
      ["ประจำปีงบประมาณ พ.ศ. 2567"],
      DIM_HEAD,
      project(1, "ก", 1, 1),
      ["แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2566"],
      project(1, "ก", 1, 1),
    ]).issues,
    // A title whose year and period of dates disagree (§5).
    ...analyzeGrid(
      grid([["ประจำปีงบประมาณ พ.ศ. 2567 (1 ต.ค. 2565 - 30 ก.ย. 2566)"], DIM_HEAD, project(1, "ก", 1, 1)]),
    ).issues,
  ];

  it("covers every issue code", () => {
    expect(new Set(all.map((i) => i.code))).toEqual(new Set(Object.keys(SEVERITY_OF)));
  });

  it("names the worksheet row the user sees, counting from where the grid starts", () => {
    const byCode = new Map(report.issues.map((i) => [i.code, i.row]));
    expect(byCode.get("missing-name")).toBe(4);
    expect(byCode.get("unknown-status")).toBe(9);
    expect(byCode.get("control-total-mismatch")).toBe(12);
    for (const issue of report.issues) {
      if (issue.row !== null) expect(issue.row).toBeGreaterThanOrEqual(4);
      if (issue.column !== null) expect(issue.column).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(["th", "en"] as const)("has a non-empty message in %s for every issue", (lang) => {
    for (const issue of all) expect(describeIssue(issue, lang).trim()).not.toBe("");
  });

  it.each(["th", "en"] as const)(
    "quotes the cell text in %s when the issue is about what it says",
    (lang) => {
      const quoting = all.filter((i) =>
        [
          "unknown-dimension",
          "unknown-status",
          "not-a-number",
          "cell-error",
          "formula-without-value",
          "amount-too-large",
          "negative-amount",
          "fraction-of-satang",
          "text-number",
          "read-as-zero",
          "duplicate-number",
        ].includes(i.code),
      );
      expect(quoting.length).toBeGreaterThanOrEqual(11);
      for (const issue of quoting) expect(describeIssue(issue, lang)).toContain(issue.text);
    },
  );

  it.each(["th", "en"] as const)(
    "quotes the amounts compared when the issue compares amounts (%s)",
    (lang) => {
      const comparing = all.filter((i) =>
        [
          "spent-but-not-done",
          "over-disbursed",
          "completed-without-disbursement",
          "control-total-mismatch",
          "fraction-of-satang",
          "text-number",
        ].includes(i.code),
      );
      expect(comparing.length).toBeGreaterThanOrEqual(7);
      for (const issue of comparing) {
        const message = describeIssue(issue, lang);
        for (const amount of [issue.details?.amount, issue.details?.expected]) {
          if (amount !== undefined) expect(message).toContain(formatBaht(amount));
        }
      }
    },
  );

  it("writes Thai in Thai and English in English", () => {
    for (const issue of all) {
      expect(describeIssue(issue, "th")).toMatch(/[\u0E00-\u0E7F]/);
      expect(describeIssue(issue, "en")).toMatch(/[A-Za-z]/);
    }
  });
});

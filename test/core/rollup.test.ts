import {
  type Cell,
  type OfficeSummary,
  type PlanOptions,
  type RollUp,
  SAMPLE_GRID,
  FORMAT,
  analyzePlan,
  isSummarySheet,
  mixedFacts,
  notAddedTwice,
  officeSummary,
  rollUp,
  rollUpExitCode,
  rollUpJson,
  rollupLayout,
  samePlans,
  summaryLayout,
} from "../../src/core";
import { BAND_LOOKS, OFFICIAL_FONT, ROLLUP_LOOKS, SUMMARY_LOOKS } from "../../src/core/layout/styles";
import { fittedRowHeights } from "../../src/core/layout/sheetLayout";
import { linesHeight } from "../../src/core/layout/rowHeights";
import { addUp, progressBand } from "../../src/core/summary/rollup";
import { planFingerprint } from "../../src/core/summary/fingerprint";
import { DIM_HEAD, DONE, IN_PROGRESS, NOT_DONE, analyze, project } from "./helpers";

/** An office whose plan has these rows (dimension, planned, disbursed, status). */
function office(
  file: string,
  rows: [number, Cell, Cell, string][],
  options: PlanOptions = {},
): OfficeSummary {
  const report = analyze(
    [
      DIM_HEAD,
      ...rows.map(([d, planned, spent, status], i) =>
        project(d, `โครงการ ${i}`, planned, spent, status, "เหตุ"),
      ),
    ],
    options,
  );
  return officeSummary(file, report);
}

describe("adding offices up", () => {
  it("sums amounts exactly in satang, dimension by dimension", () => {
    const a = office("a.xlsx", [[1, 0.1, 0.1, DONE]]);
    const b = office("b.xlsx", [
      [1, 0.2, 0.2, DONE],
      [4, 1000000.05, 0, IN_PROGRESS],
    ]);
    const { dimensions, total } = addUp([a.summary, b.summary]);
    expect(dimensions[0].plannedBudget).toBe(30);
    expect(dimensions[3].plannedBudget).toBe(100000005);
    expect(total.plannedBudget).toBe(100000035);
    expect(rollUpJson(rollUp([a, b], [])).total.plannedBudget).toBe(1000000.35);
  });

  it("computes percentages from the summed counts and amounts, never as the mean of the offices'", () => {
    const all = office("a.xlsx", [[1, 100, 100, DONE]]);
    const none = office("b.xlsx", [
      [1, 100, 0, NOT_DONE],
      [1, 100, 0, NOT_DONE],
      [1, 100, 0, NOT_DONE],
    ]);
    expect([all.summary.total.pctProjects, none.summary.total.pctProjects]).toEqual([100, 0]);
    expect(addUp([all.summary, none.summary]).total.pctProjects).toBe(25);
  });

  it("rounds the summed percentages half up in decimal (18,495 of 20,000 is 92.48)", () => {
    const a = office("a.xlsx", [[3, 10000, 9247.5, DONE]]);
    const b = office("b.xlsx", [[3, 10000, 9247.5, DONE]]);
    expect(addUp([a.summary, b.summary]).dimensions[2].pctBudget).toBe(92.48);
  });

  it("keeps each office's errors and warnings and sorts offices and unreadable files by path", () => {
    const bad = office("z/b.xlsx", [[1, 100, 200, NOT_DONE]]);
    const good = office("a.xlsx", [[1, 100, 100, DONE]]);
    const rollup = rollUp(
      [bad, good],
      [
        { file: "y.csv", reason: "r1" },
        { file: "x.csv", reason: "r2" },
      ],
    );
    expect(rollup.offices.map((o) => o.file)).toEqual(["a.xlsx", "z/b.xlsx"]);
    expect(rollup.unreadable.map((u) => u.file)).toEqual(["x.csv", "y.csv"]);
    expect(rollup.offices.map((o) => [o.errors, o.warnings, o.valid])).toEqual([
      [0, 0, true],
      [1, 1, false],
    ]);
  });
});

describe("the roll-up's JSON", () => {
  it("has the round, each office with the summary's bucket keys, the dimensions, the total and the unreadable files", () => {
    const rollup = rollUp(
      [office("a.xlsx", [[2, 500, 250, DONE]], { organisation: "อบต.ก", fiscalYear: 2566 })],
      [{ file: "b.csv", reason: "ไม่พบไฟล์" }],
    );
    const json = rollUpJson(rollup);
    expect(Object.keys(json)).toEqual(["round", "offices", "dimensions", "total", "unreadable"]);
    expect(Object.keys(json.offices[0])).toEqual([
      "file",
      "organisation",
      "fiscalYear",
      "valid",
      "errors",
      "warnings",
      "dimensions",
      "total",
    ]);
    expect(Object.keys(json.total)).toEqual([
      "projects",
      "plannedBudget",
      "completed",
      "inProgress",
      "notStarted",
      "notDone",
      "disbursed",
      "pctProjects",
      "pctBudget",
    ]);
    expect(json.offices[0]).toMatchObject({ organisation: "อบต.ก", fiscalYear: 2566, valid: true });
    expect(json.dimensions[1]).toMatchObject({
      dimension: 2,
      plannedBudget: 500,
      disbursed: 250,
      pctBudget: 50,
    });
    expect(json.unreadable).toEqual([{ file: "b.csv", reason: "ไม่พบไฟล์" }]);
  });

  it("gives null for an office's organisation and fiscal year when its sheet states none", () => {
    const json = rollUpJson(rollUp([office("a.xlsx", [[1, 1, 1, DONE]])], []));
    expect([json.offices[0].organisation, json.offices[0].fiscalYear]).toEqual([null, null]);
  });
});

describe("exit status", () => {
  const valid = office("a.xlsx", [[1, 100, 100, DONE]]);
  const invalid = office("b.xlsx", [[1, 100, 200, NOT_DONE]]);
  it("is 0 when every office is valid, 1 with an office in error or a file not read, 2 when none was read", () => {
    expect(rollUpExitCode(rollUp([valid], []))).toBe(0);
    expect(rollUpExitCode(rollUp([valid, invalid], []))).toBe(1);
    expect(rollUpExitCode(rollUp([valid], [{ file: "x", reason: "r" }]))).toBe(1);
    expect(rollUpExitCode(rollUp([], [{ file: "x", reason: "r" }]))).toBe(2);
  });
});

describe("mixed rounds and fiscal years", () => {
  it("groups the files by round and by fiscal year when they differ; a sheet without a year agrees with any", () => {
    const offices = [
      office("c.xlsx", [[1, 1, 1, DONE]], { round: 6, fiscalYear: 2566 }),
      office("a.xlsx", [[1, 1, 1, DONE]], { round: 12, fiscalYear: 2566 }),
      office("b.xlsx", [[1, 1, 1, DONE]], { round: 12 }),
    ];
    expect(mixedFacts(offices)).toEqual([
      {
        fact: "round",
        groups: [
          { value: 6, files: ["c.xlsx"] },
          { value: 12, files: ["a.xlsx", "b.xlsx"] },
        ],
      },
    ]);
    const years = [
      office("a.xlsx", [[1, 1, 1, DONE]], { fiscalYear: 2565 }),
      office("b.xlsx", [[1, 1, 1, DONE]], { fiscalYear: 2566 }),
    ];
    expect(mixedFacts(years)).toEqual([
      {
        fact: "fiscalYear",
        groups: [
          { value: 2565, files: ["a.xlsx"] },
          { value: 2566, files: ["b.xlsx"] },
        ],
      },
    ]);
    expect(mixedFacts(offices.slice(1))).toEqual([]);
  });
});

describe("progress colours", () => {
  it("bands the percent of projects completed as the national system does: 12 months 80 / 50", () => {
    expect([100, 80, 79.99, 50, 49.99, 0].map((pct) => progressBand(pct, 12))).toEqual([
      "good",
      "good",
      "fair",
      "fair",
      "poor",
      "poor",
    ]);
  });
  it("bands 6 months at 50 / 20, and leaves an office without projects uncoloured", () => {
    expect([50, 49.99, 20, 19.99].map((pct) => progressBand(pct, 6))).toEqual([
      "good",
      "fair",
      "fair",
      "poor",
    ]);
    expect(progressBand(null, 12)).toBeNull();
  });
});

describe("the roll-up sheet", () => {
  const offices = [
    office("a.xlsx", [[1, 100, 100, DONE]], { organisation: "อบต.ก", fiscalYear: 2566 }),
    office(
      "b.xlsx",
      [
        [1, 100, 100, DONE],
        [2, 100, 0, NOT_DONE],
      ],
      { organisation: "อบต.ข", fiscalYear: 2566 },
    ),
    office("c.xlsx", [[1, 100, 300, NOT_DONE]], { organisation: "อบต.ค", fiscalYear: 2566 }),
  ];
  const rollup: RollUp = rollUp(offices, [{ file: "d.csv", reason: "อ่านไม่ได้" }]);
  const layout = rollupLayout(rollup, { writtenAt: new Date(2023, 11, 25) });
  const rowOf = (text: string) => {
    const cell = layout.cells.find((c) => c.value === text);
    if (!cell) throw new Error(`no cell ${text}`);
    return cell.row;
  };
  const at = (row: number, column: number) => layout.cells.find((c) => c.row === row && c.column === column);

  it("colours each office's row by its band, every cell of it", () => {
    const styles = ["อบต.ก", "อบต.ข", "อบต.ค"].map((name) => {
      const row = rowOf(name);
      return [...new Set(layout.cells.filter((c) => c.row === row).map((c) => c.style))];
    });
    expect(styles).toEqual([["good"], ["fair"], ["poor"]]);
    expect(BAND_LOOKS.good.fill).not.toBe(BAND_LOOKS.poor.fill);
  });

  it("gives each office its organisation, file, year, figures, percentages, errors and warnings", () => {
    const row = rowOf("อบต.ข");
    expect(layout.cells.filter((c) => c.row === row).map((c) => c.value)).toEqual([
      2,
      "อบต.ข",
      "b.xlsx",
      2566,
      2,
      200,
      1,
      100,
      1,
      50,
      50,
      0,
      0,
    ]);
    expect(at(row, 5)?.format).toBe(FORMAT.baht);
    expect(at(row, 9)?.format).toBe(FORMAT.percent);
  });

  it("adds up the offices in a total row and a table by dimension, percentages from the sums", () => {
    const total = rowOf("รวม 3 หน่วยงาน");
    expect(layout.cells.filter((c) => c.row === total && c.column >= 4).map((c) => c.value)).toEqual([
      4, 400, 2, 500, 2, 50, 125, 1, 1,
    ]);
    const dimension1 = layout.cells.find((c) => String(c.value).startsWith("1. "));
    expect(dimension1 && at(dimension1.row, 4)?.value).toBe(3);
  });

  it("lists the offices with errors and the files not read, with the reason", () => {
    // The same words head the sheet (its status line) and the list: the list is the later one.
    const heading = Math.max(
      ...layout.cells.filter((c) => c.value === "หน่วยงานที่แผนยังมีข้อผิดพลาด (1 หน่วยงาน)").map((c) => c.row),
    );
    expect(heading).toBeGreaterThan(layout.table.bottom);
    expect(at(heading + 2, 1)?.value).toBe("อบต.ค");
    const unread = rowOf("d.csv");
    expect(layout.cells.find((c) => c.row === unread && c.value === "อ่านไม่ได้")).toBeDefined();
    expect(rowOf("ไฟล์ที่อ่านไม่ได้ (1 ไฟล์)")).toBeLessThan(unread);
  });

  it("prints as the summary sheet does: A4 landscape, one page wide, header rows repeated, official font, every row's height", () => {
    expect(layout.print).toMatchObject({
      paperSize: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      font: OFFICIAL_FONT,
    });
    expect(layout.headerRows).toEqual({ first: layout.table.top, last: layout.table.top + 1 });
    expect(at(layout.headerRows.first, 1)?.style).toBe("header");
    expect(layout.rowHeights).toHaveLength(layout.rowCount);
    expect(layout.rowHeights.every((h) => h >= linesHeight(1, OFFICIAL_FONT.size))).toBe(true);
    expect(layout.print.footer.left).toBe("จัดทำเมื่อ 25 ธันวาคม 2566");
  });

  it("looks as the summary sheet does, an office's row in its band's colour, rows fitted by the summary's rule", () => {
    expect(layout.looks).toBe(ROLLUP_LOOKS);
    for (const style of ["title", "header", "label", "value", "totalLabel", "totalValue"] as const) {
      expect(ROLLUP_LOOKS[style]).toBe(SUMMARY_LOOKS[style]);
    }
    expect(ROLLUP_LOOKS.good).toBe(BAND_LOOKS.good);
    expect(layout.rowHeights).toEqual(fittedRowHeights(layout));
    // The long title and office names wrap into taller rows than a line of figures.
    const titleRow = layout.rowHeights[0];
    expect(titleRow).toBeGreaterThanOrEqual(linesHeight(1, ROLLUP_LOOKS.title.size));
  });

  it("draws lines round the offices table, the table by dimension, the legend and both lists", () => {
    const inside = (row: number, column: number) =>
      layout.bordered.some((a) => a.top <= row && row <= a.bottom && a.left <= column && column <= a.right);
    expect(layout.bordered[0]).toEqual(layout.table);
    for (const text of ["อบต.ข", "รวม 3 หน่วยงาน", "ร้อยละ 80 ขึ้นไป", "d.csv", "อ่านไม่ได้"]) {
      const cell = layout.cells.find((c) => c.value === text)!;
      expect([text, inside(cell.row, cell.column)]).toEqual([text, true]);
    }
    // Headings and titles stand outside any frame.
    const heading = layout.cells.find((c) => c.value === "สรุปรายมิติ รวมทุกหน่วยงาน")!;
    expect(inside(heading.row, heading.column)).toBe(false);
    expect(inside(0, 0)).toBe(false);
    const dimension1 = layout.cells.find((c) => String(c.value).startsWith("1. "))!;
    expect(inside(dimension1.row, 12)).toBe(true);
  });

  it("is named รวมผล, and its status line is the line naming the offices with errors", () => {
    expect(layout.sheetName).toBe("รวมผล");
    expect(at(layout.statusCell.row, layout.statusCell.column)?.value).toBe(
      "หน่วยงานที่แผนยังมีข้อผิดพลาด (1 หน่วยงาน)",
    );
  });

  it("names the plans' tables and sheets instead of files when the offices are plans of one workbook", () => {
    const sheets = rollupLayout(rollup, { places: "sheets" });
    const texts = sheets.cells.map((c) => c.value);
    expect(texts).toContain("ตาราง / แผ่นงาน");
    expect(texts).not.toContain("ไฟล์");
    expect(texts).toContain("แผนที่อ่านไม่ได้ (1 แผน)");
    expect(sheets.print.footer.right).toContain("แผนที่อ่านไม่ได้ 1 แผน");
    expect(layout.print.footer.right).toContain("ไฟล์ที่อ่านไม่ได้ 1 ไฟล์");
  });

  it("states the colour bands of the round in its legend", () => {
    expect(layout.cells.filter((c) => c.style === "good" && c.column === 1).map((c) => c.value)).toContain(
      "ร้อยละ 80 ขึ้นไป",
    );
    const six = rollupLayout(rollUp([office("a.xlsx", [[1, 1, 1, DONE]], { round: 6 })], []), { lang: "en" });
    expect(six.cells.map((c) => c.value)).toEqual(
      expect.arrayContaining(["50 percent or more", "20 to below 50 percent", "below 20 percent"]),
    );
  });

  it("keeps every merge inside the sheet and never overlapping another", () => {
    const seen = new Set<string>();
    for (const area of layout.merges) {
      expect(area.right).toBeLessThan(layout.columnCount);
      expect(area.bottom).toBeLessThan(layout.rowCount);
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) {
          expect(seen.has(`${r},${c}`)).toBe(false);
          seen.add(`${r},${c}`);
        }
    }
  });
});

/** An office whose plan has these named rows (name, dimension, planned, disbursed, status). */
function named(
  file: string,
  rows: [string, number, Cell, Cell, string][],
  options: PlanOptions = {},
  found: { summaryCopy?: boolean } = {},
): OfficeSummary {
  const report = analyze(
    [
      DIM_HEAD,
      ...rows.map(([name, d, planned, spent, status]) => project(d, name, planned, spent, status, "เหตุ")),
    ],
    options,
  );
  return officeSummary(file, report, found);
}

describe("the same plan given twice (spec §8)", () => {
  const OFFICE = { organisation: "องค์การบริหารส่วนตำบลก", fiscalYear: 2566 };
  const ROWS: [string, number, Cell, Cell, string][] = [
    ["อบรมคุณธรรม", 1, 10000, 9500, DONE],
    ["เผยแพร่ข้อมูล", 2, 5000, 0, NOT_DONE],
  ];

  it("fingerprints the project rows' names, amounts and statuses, in any order and however the name is spaced", () => {
    const report = (rows: typeof ROWS) =>
      analyze([DIM_HEAD, ...rows.map(([n, d, p, s, st]) => project(d, n, p, s, st))]);
    const print = planFingerprint(report(ROWS).rows);
    expect(print).toMatch(/^2:[0-9a-f]{28}$/);
    expect(planFingerprint(report([ROWS[1], ROWS[0]]).rows)).toBe(print);
    expect(planFingerprint(report([["  อบรม\u200bคุณธรรม ", 1, "10,000.00", 9500, DONE], ROWS[1]]).rows)).toBe(
      print,
    );
    // Another status, amount or name is another plan.
    expect(planFingerprint(report([["อบรมคุณธรรม", 1, 10000, 9500, IN_PROGRESS], ROWS[1]]).rows)).not.toBe(
      print,
    );
    expect(planFingerprint(report([["อบรมคุณธรรม", 1, 10000, 9400, DONE], ROWS[1]]).rows)).not.toBe(print);
    expect(planFingerprint(report([["อบรมจริยธรรม", 1, 10000, 9500, DONE], ROWS[1]]).rows)).not.toBe(print);
    expect(planFingerprint([])).toBe("");
  });

  it("keeps one of the same plan: the original over a copy holding the summary sheet, else the first given", () => {
    const copy = named("a-สรุป.xlsx", ROWS, OFFICE, { summaryCopy: true });
    const plan = named("a.xlsx", ROWS, OFFICE);
    const csv = named("a.csv", [ROWS[1], ROWS[0]], OFFICE);
    expect(copy.summaryCopy).toBe(true);
    expect(plan.summaryCopy).toBeUndefined();
    const same = samePlans([copy, plan, csv], { askWhichPlan: true });
    expect(same.kept.map((o) => o.file)).toEqual(["a.xlsx"]);
    expect(same.duplicates).toEqual([
      { file: "a.csv", sameAs: "a.xlsx" },
      { file: "a-สรุป.xlsx", sameAs: "a.xlsx" },
    ]);
    expect(same.questions).toEqual([]);
    expect(notAddedTwice(same, "th")[0].reason).toBe(
      "แผนเดียวกับ a.xlsx (หน่วยงาน ปีงบประมาณ รอบ และรายการโครงการ งบประมาณ สถานะ ตรงกันทุกแถว) จึงนับครั้งเดียว",
    );
    expect(notAddedTwice(same, "en")[0].reason).toMatch(/^The same plan as a\.xlsx \(.*\): counted once$/);
    // Neither a copy: the first in the order given.
    const link = named("hard-link.xlsx", ROWS, OFFICE);
    expect(samePlans([link, plan], { askWhichPlan: true }).kept.map((o) => o.file)).toEqual([
      "hard-link.xlsx",
    ]);
  });

  it("asks which to use when one office and year has two different plans, and adds neither", () => {
    const plan = named("a.xlsx", ROWS, OFFICE);
    const edited = named("a-ใหม่.xlsx", [ROWS[0], ["เผยแพร่ข้อมูล", 2, 5000, 5000, DONE]], OFFICE);
    const other = named("b.xlsx", ROWS, { ...OFFICE, organisation: "องค์การบริหารส่วนตำบลข" });
    const same = samePlans([plan, edited, other], { askWhichPlan: true });
    expect(same.kept.map((o) => o.file)).toEqual(["b.xlsx"]);
    expect(same.questions).toEqual([
      { file: "a.xlsx", others: ["a-ใหม่.xlsx"], organisation: OFFICE.organisation, fiscalYear: 2566 },
      { file: "a-ใหม่.xlsx", others: ["a.xlsx"], organisation: OFFICE.organisation, fiscalYear: 2566 },
    ]);
    const reasons = notAddedTwice(same, "th").map((u) => u.reason);
    expect(reasons[0]).toBe(
      "a.xlsx และ a-ใหม่.xlsx เป็นแผน 2 ฉบับที่ต่างกันของหน่วยงานและปีงบประมาณเดียวกัน " +
        "(องค์การบริหารส่วนตำบลก ปีงบประมาณ พ.ศ. 2566) จะใช้ฉบับใด? ระบุเฉพาะไฟล์ที่ถูกต้อง (ยังไม่นำฉบับใดมารวม)",
    );
    expect(notAddedTwice(same, "en")[1].reason).toBe(
      "a-ใหม่.xlsx and a.xlsx are 2 different plans of the same office and fiscal year " +
        "(องค์การบริหารส่วนตำบลก, FY 2566 B.E.): which one should be used? Give only the right one (none of them is added)",
    );
    // Where the question is not asked (a workbook's divisions), both are added.
    expect(samePlans([plan, edited], { askWhichPlan: false }).kept).toHaveLength(2);
  });

  it("a copy and a different plan of the same office: the copy counted once, the two plans asked about", () => {
    const plan = named("a.xlsx", ROWS, OFFICE);
    const copy = named("a-สรุป.xlsx", ROWS, OFFICE, { summaryCopy: true });
    const edited = named("c.xlsx", [ROWS[0]], OFFICE);
    const same = samePlans([copy, plan, edited], { askWhichPlan: true });
    expect(same.kept).toEqual([]);
    expect(same.duplicates).toEqual([{ file: "a-สรุป.xlsx", sameAs: "a.xlsx" }]);
    expect(same.questions.map((q) => [q.file, q.others])).toEqual([
      ["a.xlsx", ["c.xlsx"]],
      ["c.xlsx", ["a.xlsx"]],
    ]);
  });

  it("never takes two offices for one: other organisations, other rows with equal totals, years or rounds apart", () => {
    const a = named("a.xlsx", ROWS, OFFICE);
    // Equal totals, other names and another office.
    const b = named(
      "b.xlsx",
      [
        ["ประชุมประชาคม", 1, 10000, 9500, DONE],
        ["ป้ายประกาศ", 2, 5000, 0, NOT_DONE],
      ],
      { ...OFFICE, organisation: "องค์การบริหารส่วนตำบลข" },
    );
    expect(b.summary.total).toEqual(a.summary.total);
    // The same rows under another office's name.
    const c = named("c.xlsx", ROWS, { ...OFFICE, organisation: "เทศบาลตำบลค" });
    const next = named("d.xlsx", ROWS, { ...OFFICE, fiscalYear: 2567 });
    const six = named("e.xlsx", ROWS, { ...OFFICE, round: 6 });
    const same = samePlans([a, b, c, next, six], { askWhichPlan: true });
    expect(same.kept.map((o) => o.file)).toEqual(["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "e.xlsx"]);
    expect([same.duplicates, same.questions]).toEqual([[], []]);
  });

  it("compares organisations as text reads; an unnamed office is one plan only with the same rows, never a question", () => {
    const a = named("a.xlsx", ROWS, OFFICE);
    const spaced = named("b.csv", ROWS, { ...OFFICE, organisation: " องค์การบริหารส่วนตำบลก\u200b " });
    expect(samePlans([a, spaced], { askWhichPlan: true }).duplicates).toEqual([
      { file: "b.csv", sameAs: "a.xlsx" },
    ]);
    // A sheet stating no year agrees with any, as in the roll-up.
    const noYear = named("c.csv", ROWS, { organisation: OFFICE.organisation });
    expect(samePlans([a, noYear], { askWhichPlan: true }).duplicates).toHaveLength(1);
    const unnamed = named("x.csv", ROWS);
    const unnamedLink = named("y.csv", ROWS);
    const unnamedOther = named("z.csv", [ROWS[0]]);
    const same = samePlans([unnamed, unnamedLink, unnamedOther, a], { askWhichPlan: true });
    expect(same.kept.map((o) => o.file)).toEqual(["x.csv", "z.csv", "a.xlsx"]);
    expect(same.duplicates).toEqual([{ file: "y.csv", sameAs: "x.csv" }]);
    expect(same.questions).toEqual([]);
  });

  it("never takes two plans without project rows for one: there is nothing to compare", () => {
    const empty = (file: string) => officeSummary(file, analyze([DIM_HEAD]));
    expect(empty("a.xlsx").fingerprint).toBe("");
    expect(samePlans([empty("a.xlsx"), empty("b.xlsx")], { askWhichPlan: true }).kept).toHaveLength(2);
  });

  it("knows the product's summary sheet by its title and its table's header, in either language", () => {
    const report = analyzePlan(SAMPLE_GRID)!;
    const sheetRows = (lang: "th" | "en") => {
      const rows: Cell[][] = Array.from({ length: 8 }, () => [null, null]);
      for (const cell of summaryLayout(report, { lang }).cells) {
        if (cell.row < 8 && cell.column < 2) rows[cell.row][cell.column] = cell.value;
      }
      return rows;
    };
    expect(isSummarySheet(sheetRows("th"))).toBe(true);
    expect(isSummarySheet(sheetRows("en"))).toBe(true);
    // The plan itself, a title alone, the title over another table: not the summary sheet.
    expect(isSummarySheet(SAMPLE_GRID.rows)).toBe(false);
    expect(isSummarySheet([sheetRows("th")[0]])).toBe(false);
    expect(isSummarySheet([sheetRows("th")[0], ["มิติ", "ชื่อโครงการ"]])).toBe(false);
  });
});

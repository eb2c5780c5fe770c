import {
  type Cell,
  type OfficeSummary,
  type PlanOptions,
  type RollUp,
  BAND_LOOKS,
  FORMAT,
  OFFICIAL_FONT,
  ROLLUP_LOOKS,
  SUMMARY_LOOKS,
  fittedRowHeights,
  linesHeight,
  addUp,
  mixedFacts,
  officeSummary,
  progressBand,
  rollUp,
  rollUpExitCode,
  rollUpJson,
  rollupLayout,
} from "../../src/core";
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

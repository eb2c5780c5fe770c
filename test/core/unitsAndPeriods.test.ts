/**
 * Units written every way (spec §2.3), percentage columns that are not amounts (§2.3), and cumulative
 * quarter columns read at the round, never added up (§9.7). Evidence, or a question: never a silent guess.
 */
import fc from "fast-check";
import { type Cell, type Issue, analyzePlan, describeIssue } from "../../src/core";
import { namesPercent, readUnits, unitsNamed } from "../../src/core/rows/columns";
import type { AmountUnit } from "../../src/core/cells/amounts";
import { DIM_HEAD, DONE, analyze, codes, grid, issuesOf, project } from "./helpers";

/** The one issue of a code. */
function only(report: { issues: readonly Issue[] }, code: Issue["code"]): Issue {
  const found = report.issues.filter((issue) => issue.code === code);
  expect(found).toHaveLength(1);
  return found[0];
}

/** A plan with a budget and a disbursed header, one project row, and title lines above it. */
function plan(
  budget: string,
  disbursed: string,
  row: readonly Cell[],
  title: readonly string[] = [],
): Cell[][] {
  return [
    ...title.map((line) => [line]),
    ["ลำดับ", "ชื่อโครงการ", budget, disbursed, "สถานะ"],
    ["มิติที่ 1"],
    ["1.1", "โครงการอบรม", ...row, DONE],
  ];
}

/** Every spelling of each unit the engine must read, in a header's brackets or after a title's "หน่วย". */
const SPELLINGS: readonly (readonly [AmountUnit, readonly string[]])[] = [
  [
    1_000,
    [
      "พันบาท",
      "พัน",
      "1,000 บาท",
      "1000 บาท",
      "๑,๐๐๐ บาท",
      "1,000",
      "x1000",
      "×1,000",
      "X 1,000",
      "*1000",
      "K",
      "K baht",
      "'000",
      "thousand baht",
      "thousands of baht",
      "baht thousand",
      "หน่วย : 1,000 บาท",
      "หน่วย:พันบาท",
    ],
  ],
  [10_000, ["หมื่นบาท", "10,000 บาท", "x10000"]],
  [100_000, ["แสนบาท", "100,000 บาท", "×100,000"]],
  [
    1_000_000,
    [
      "ล้านบาท",
      "ล้าน",
      "ล้าน บาท",
      "ลบ.",
      "1,000,000 บาท",
      "x1,000,000",
      "M",
      "MTHB",
      "million baht",
      "THB million",
      "'000,000",
      "หน่วย : ล้านบาท",
    ],
  ],
];

describe("a unit written any way (spec §2.3)", () => {
  it.each(SPELLINGS.flatMap(([unit, words]) => words.map((word) => [word, unit] as const)))(
    "reads (%s) as %i baht, in any bracket",
    (word, unit) => {
      for (const header of [`งบประมาณ (${word})`, `งบประมาณ [${word}]`, `งบประมาณ（${word}）`]) {
        expect(readUnits(header)).toEqual({ units: [unit], unclear: false });
      }
    },
  );

  it.each([
    ["งบประมาณ (หน่วย : 1,000 บาท)", 1_000],
    ["งบประมาณ (x1000)", 1_000],
    ["งบประมาณ (×1,000)", 1_000],
    ["งบประมาณ (K)", 1_000],
    ["งบประมาณ ('000)", 1_000],
    ["งบประมาณ (1,000 บาท)", 1_000],
    ["งบประมาณ (พัน)", 1_000],
    ["งบประมาณ (ล้าน)", 1_000_000],
  ])("scales %p by %i end to end, and says so", (budget, unit) => {
    const report = analyze(plan(budget, budget.replace("งบประมาณ", "เบิกจ่าย"), [12.5, 12]));
    expect(report.rows[0].plannedBudget).toBe(12.5 * unit * 100);
    expect(report.rows[0].disbursed).toBe(12 * unit * 100);
    expect(codes(report)).toEqual(["amounts-in-unit@1", "amounts-in-unit@1"]);
    expect(report.valid).toBe(true);
  });

  it.each(["(หน่วย : 1,000 บาท)", "หน่วย : 1,000 บาท", "หน่วย: K", "Unit: x1000", "(หน่วย : พัน)"])(
    "reads the title line %p over plain headers",
    (line) => {
      const report = analyze(plan("งบประมาณ", "เบิกจ่าย", [12.5, 12], ["แผนปฏิบัติการ ปีงบประมาณ 2567", line]));
      expect([report.rows[0].plannedBudget, report.rows[0].disbursed]).toEqual([1_250_000, 1_200_000]);
      expect(issuesOf(report, "amounts-in-unit").map((issue) => issue.details?.otherRow)).toEqual([2, 2]);
    },
  );

  it.each([
    "งบประมาณ",
    "งบประมาณ (บาท)",
    "งบประมาณ (ตามข้อบัญญัติ)",
    "เบิกจ่าย (ไตรมาส 1)",
    "เบิกจ่าย (6 เดือน)",
    "งบประมาณ (2567)",
    "งบประมาณ (1)",
    "งบประมาณ (จำนวนเงิน บาท)",
    "งบประมาณ (หน่วยเป็นบาท)",
    "งบประมาณที่ได้รับ (บาท)",
    "หน่วยงานที่รับผิดชอบ",
  ])("%p states no unit in doubt", (header) => {
    expect(readUnits(header).unclear).toBe(false);
    expect(unitsNamed(header).every((unit) => unit === 1)).toBe(true);
  });

  it.each([
    "งบประมาณ (หน่วย : 1,500 บาท)",
    "งบประมาณ (x100)",
    "งบประมาณ (×1.000)",
    "งบประมาณ (100)",
    "งบประมาณ (ร้อยบาท)",
    "งบประมาณ (พันล้านบาท)",
    "งบประมาณ (billion baht)",
    "งบประมาณ (พ.บาท)",
    "งบประมาณ (หน่วย : พ.บ.)",
    "งบประมาณ (USD)",
    "งบประมาณ (ดอลลาร์)",
    "งบประมาณ (1.000 บาท)",
    "งบประมาณ หน่วย: ไม่ทราบ",
  ])("%p states a unit the engine cannot read: unclear", (header) => {
    expect(readUnits(header).unclear).toBe(true);
  });

  it("property: any other number stated as a unit is unclear, however it is written", () => {
    const known = new Set([1, 1_000, 10_000, 100_000, 1_000_000]);
    const number = fc.integer({ min: 2, max: 99_999_999 }).filter((n) => !known.has(n));
    const written = fc.constantFrom(
      (n: number) => `(${n.toLocaleString("en-US")} บาท)`,
      (n: number) => `(${n} บาท)`,
      (n: number) => `(x${n})`,
      (n: number) => `(×${n.toLocaleString("en-US")})`,
      (n: number) => `(หน่วย : ${n.toLocaleString("en-US")} บาท)`,
      (n: number) => `(หน่วย : ${n})`,
    );
    fc.assert(
      fc.property(number, written, (n, write) => {
        expect(readUnits(`งบประมาณ ${write(n)}`).unclear).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("never reads an unknown unit as baht in silence: unclear-unit names the header cell", () => {
    const report = analyze(plan("งบประมาณ (หน่วย : 1,500 บาท)", "เบิกจ่าย (หน่วย : 1,500 บาท)", [12.5, 12]));
    const unclear = issuesOf(report, "unclear-unit");
    expect(unclear.map((i) => [i.severity, i.row, i.column, i.field, i.text])).toEqual([
      ["error", 1, 3, "plannedBudget", "งบประมาณ (หน่วย : 1,500 บาท)"],
      ["error", 1, 4, "disbursed", "เบิกจ่าย (หน่วย : 1,500 บาท)"],
    ]);
    expect(report.valid).toBe(false);
    expect(report.rows[0].plannedBudget).toBe(1250);
    expect(describeIssue(unclear[0], "th")).toBe(
      'อ่านหน่วยในหัวคอลัมน์ "งบประมาณ (หน่วย : 1,500 บาท)" ไม่ได้ จึงไม่ทราบว่าจำนวนเงินเป็นบาท พันบาท หรือล้านบาท: ' +
        "เขียนหน่วยให้ชัด เช่น (บาท) (พันบาท) (ล้านบาท) (นับเป็นบาท)",
    );
    expect(describeIssue(unclear[0], "en")).toContain("cannot be read");
  });

  describe("a column naming no unit beside one in thousands or millions", () => {
    it("is asked about, naming both columns, and counted in baht meanwhile", () => {
      const report = analyze(plan("งบประมาณ (พันบาท)", "เบิกจ่าย", [12.5, 12]));
      const unclear = only(report, "unclear-unit");
      expect([unclear.severity, unclear.column, unclear.field, unclear.text]).toEqual([
        "error",
        4,
        "disbursed",
        "เบิกจ่าย",
      ]);
      expect(report.rows[0].disbursed).toBe(1200);
      expect(describeIssue(unclear, "th")).toBe(
        'ไม่ชัดเจนว่าจำนวนเงินในคอลัมน์ "เบิกจ่าย" เป็นหน่วยใด: หัวคอลัมน์ไม่ระบุหน่วย แต่ "งบประมาณ (พันบาท)" (คอลัมน์ C) ' +
          "เป็นหน่วยพันบาท จึงอาจเป็นบาทหรือพันบาท: ระบุหน่วยในหัวคอลัมน์นี้ (นับเป็นบาท)",
      );
      expect(describeIssue(unclear, "en")).toBe(
        'The unit of the amounts in column "เบิกจ่าย" is unclear: its header names none, while "งบประมาณ (พันบาท)" ' +
          "(column C) is in thousands of baht, so they may be in baht or in thousands of baht; state the unit in " +
          "this header (counted in baht).",
      );
    });

    it("whichever column is bare", () => {
      const report = analyze(plan("งบประมาณ", "เบิกจ่าย (ล้านบาท)", [12.5, 12]));
      expect(only(report, "unclear-unit")).toMatchObject({ column: 3, field: "plannedBudget" });
    });

    it.each<[string, string, string[]]>([
      ["both name baht", "งบประมาณ (บาท)", []],
      ["a title line states the unit", "งบประมาณ (พันบาท)", ["หน่วย : พันบาท"]],
    ])("is not asked about when %s", (_case, budget, title) => {
      const report = analyze(plan(budget, "เบิกจ่าย", [12.5, 12], title));
      expect(issuesOf(report, "unclear-unit")).toEqual([]);
    });
  });

  it("property: any spelling of a unit, in a header or a title line, scales any amount exactly", () => {
    const spelling = fc.constantFrom(
      ...SPELLINGS.flatMap(([unit, words]) => words.map((word) => [unit, word] as const)),
    );
    // Amounts with up to four decimals: still whole satang once scaled by a thousand or more.
    const amount = fc.integer({ min: 0, max: 99_999_999 });
    fc.assert(
      fc.property(spelling, amount, fc.boolean(), ([unit, word], tenThousandths, inTitle) => {
        const value = tenThousandths / 10_000;
        const rows = inTitle
          ? plan("งบประมาณ", "เบิกจ่าย", [value, value], [`หน่วย : ${word}`])
          : plan(`งบประมาณ (${word})`, `เบิกจ่าย (${word})`, [value, value]);
        const report = analyze(rows);
        const satang = (BigInt(tenThousandths) * BigInt(unit)) / 100n;
        expect(BigInt(report.rows[0].plannedBudget)).toBe(satang);
        expect(BigInt(report.rows[0].disbursed)).toBe(satang);
        expect(report.issues.every((issue) => issue.code === "amounts-in-unit")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a percentage column is not an amount's column (spec §2.3)", () => {
  it.each(["ผลการเบิกจ่าย (ร้อยละ)", "เบิกจ่าย (%)", "เบิกจ่าย %", "เบิกจ่าย (เปอร์เซ็นต์)", "Disbursed (percent)"])(
    "%p alone: disbursed is read from no column, and the error names it",
    (header) => {
      const report = analyze(plan("งบประมาณ (บาท)", header, [20000, 75]));
      expect(report.header.columns.disbursed).toBeUndefined();
      expect(report.summary.total.disbursed).toBe(0);
      const error = only(report, "percent-column");
      expect([error.severity, error.row, error.column, error.field]).toEqual(["error", 1, 4, "disbursed"]);
      expect(error.details?.columns).toEqual([{ letter: "D", label: header }]);
      expect(describeIssue(error, "th")).toBe(
        `"${header}" (คอลัมน์ D) เป็นร้อยละ ไม่ใช่จำนวนเงิน จึงไม่อ่านเป็น "งบประมาณเบิกจ่าย": ` +
          'ใส่ "งบประมาณเบิกจ่าย" เป็นจำนวนเงินบาทในคอลัมน์ของตนเอง (ยังไม่ได้อ่าน "งบประมาณเบิกจ่าย" จากคอลัมน์ใด)',
      );
      expect(describeIssue(error, "en")).toContain("holds percentages, not amounts");
      expect(report.valid).toBe(false);
      // Said once: no second error that the column is missing.
      expect(issuesOf(report, "missing-column")).toEqual([]);
    },
  );

  it("the planned budget as a percentage is not read either", () => {
    const report = analyze(plan("งบประมาณ (ร้อยละ)", "เบิกจ่าย", [100, 5000]));
    expect(report.header.columns.plannedBudget).toBeUndefined();
    expect(only(report, "percent-column").field).toBe("plannedBudget");
  });

  it.each([
    ["เบิกจ่าย (%)", "เบิกจ่าย (บาท)"],
    ["เบิกจ่าย (บาท)", "เบิกจ่าย (%)"],
    ["ผลการเบิกจ่าย (ร้อยละ)", "ผลการเบิกจ่าย"],
  ])("beside a baht column (%p, %p) the baht column is read, with nothing to ask", (first, second) => {
    const report = analyze([
      ["ชื่อโครงการ", "งบประมาณ", first, second, "สถานะ"],
      ["มิติที่ 1"],
      ["ก", 20000, ...(first.includes("บาท") || !namesPercent(first) ? [15000, 75] : [75, 15000]), DONE],
    ]);
    expect(report.summary.total.disbursed).toBe(1_500_000);
    expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("a column the user chose is read as chosen", () => {
    const report = analyze(plan("งบประมาณ", "เบิกจ่าย (%)", [20000, 75]), { columns: { disbursed: 3 } });
    expect(report.summary.total.disbursed).toBe(7500);
    expect(issuesOf(report, "percent-column")).toEqual([]);
  });

  it.each(["เบิกจ่าย", "เบิกจ่าย (บาท)", "ผลการดำเนินการ"])("%p names no percentage", (header) => {
    expect(namesPercent(header)).toBe(false);
  });
});

/** A plan whose disbursement is given as cumulative figures per quarter. */
function cumulative(
  kind: "group" | "own" | "english" | "after",
  rows: readonly (readonly Cell[])[],
): Cell[][] {
  const body = [["มิติที่ 1"], ...rows.map((row, i): Cell[] => [`1.${i + 1}`, `โครงการ ${i + 1}`, ...row, DONE])];
  switch (kind) {
    case "group":
      return [
        ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "ผลการเบิกจ่ายสะสม", null, null, null, "สถานะ"],
        [null, null, null, "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4", null],
        ...body,
      ];
    case "own":
      return [
        ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่ายสะสม ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4", "สถานะ"],
        ...body,
      ];
    case "english":
      return [
        ["No.", "Project", "Budget", "YTD disbursed Q1", "YTD Q2", "YTD Q3", "YTD Q4", "Status"],
        ...body,
      ];
    case "after":
      return [
        [
          "ลำดับ",
          "ชื่อโครงการ",
          "งบประมาณ",
          "เบิกจ่าย ไตรมาส 1 (สะสม)",
          "ไตรมาส 2 (สะสม)",
          "ไตรมาส 3 (สะสม)",
          "ไตรมาส 4 (สะสม)",
          "สถานะ",
        ],
        ...body,
      ];
  }
}

describe("cumulative quarter columns (spec §9.7)", () => {
  const rows = [
    [50000, 2000, 6000, 9000, 12000],
    [20000, 0, 4000, 4000, 4000],
  ];

  it.each(["group", "own", "english", "after"] as const)(
    "reads the round's cumulative figure, never the sum (%s header)",
    (kind) => {
      const twelve = analyze(cumulative(kind, rows), { round: 12 });
      expect(twelve.rows.map((row) => row.disbursed)).toEqual([1_200_000, 400_000]);
      const six = analyze(cumulative(kind, rows), { round: 6 });
      expect(six.rows.map((row) => row.disbursed)).toEqual([600_000, 400_000]);
      const read = only(twelve, "columns-read");
      expect([read.severity, read.column, read.details?.other]).toEqual(["info", 7, "cumulative"]);
      expect(issuesOf(twelve, "over-disbursed")).toEqual([]);
      expect(twelve.valid && six.valid).toBe(true);
    },
  );

  it("says which column is read and that cumulative figures are not added up", () => {
    const read = only(analyze(cumulative("group", rows), { round: 12 }), "columns-read");
    expect(describeIssue(read, "th")).toBe(
      '"งบประมาณเบิกจ่าย" อ่านจาก "ผลการเบิกจ่ายสะสม ไตรมาส 4" (คอลัมน์ G) ซึ่งเป็นยอดสะสมถึงสิ้นรอบ 12 เดือน ' +
        '(ยอดสะสมไม่นำมารวมกัน); ไม่ใช้ "ผลการเบิกจ่ายสะสม ไตรมาส 1" (คอลัมน์ D), "ผลการเบิกจ่ายสะสม ไตรมาส 2" ' +
        '(คอลัมน์ E) และ "ผลการเบิกจ่ายสะสม ไตรมาส 3" (คอลัมน์ F)',
    );
    expect(describeIssue(read, "en")).toContain("the cumulative figure at the end of the 12-month round");
  });

  it("still adds up quarters not marked cumulative", () => {
    const report = analyze(
      [
        ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "ผลการเบิกจ่าย", null, null, null, "สถานะ"],
        [null, null, null, "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4", null],
        ["มิติที่ 1"],
        ["1.1", "ก", 50000, 2000, 6000, 9000, 12000, DONE],
      ],
      { round: 12 },
    );
    expect(report.rows[0].disbursed).toBe(2_900_000);
  });

  it("asks for the round when none is stated and the rounds' figures differ", () => {
    const report = analyze(cumulative("group", rows));
    expect(only(report, "unknown-round").details?.columns?.map((c) => c.letter)).toEqual(["E"]);
  });

  it.each<[string, Cell, Cell]>([
    ["is blank", 9000, null],
    ["is below the earlier figure", 9000, 8000],
  ])("is an error when the round's figure %s, naming both cells", (_case, q3, q4) => {
    const report = analyze(cumulative("group", [[50000, 2000, 6000, q3, q4]]), { round: 12 });
    const error = only(report, "cumulative-decrease");
    expect([error.severity, error.row, error.column, error.field]).toEqual(["error", 4, 7, "disbursed"]);
    expect(error.details?.expected).toBe(900_000);
    expect(describeIssue(error, "th")).toContain(
      'น้อยกว่ายอดสะสมก่อนหน้า 9,000.00 บาท ใน "ผลการเบิกจ่ายสะสม ไตรมาส 3" (คอลัมน์ F)',
    );
    expect(describeIssue(error, "en")).toContain("a cumulative figure never goes down");
    expect(report.valid).toBe(false);
  });

  it("property: rising cumulative figures read the round's quarter exactly, with no error", () => {
    const step = fc.integer({ min: 0, max: 100_000_000 });
    const row = fc.tuple(step, step, step, step);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.constantFrom(6, 12), (steps, round) => {
        const figures = steps.map(([a, b, c, d]) => [a, a + b, a + b + c, a + b + c + d]);
        const sheet = cumulative(
          "own",
          figures.map((q) => [10_000_000, ...q.map((satang) => satang / 100)]),
        );
        const report = analyze(sheet, { round: round as 6 | 12 });
        const at = round === 6 ? 1 : 3;
        expect(report.rows.map((r) => r.disbursed)).toEqual(figures.map((q) => q[at]));
        expect(issuesOf(report, "cumulative-decrease")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("a unit stated in a title line that is not one known (spec §2.3)", () => {
  it.each(["หน่วย : พ.บ.", "หน่วย: ร้อยบาท", "Unit: USD"])(
    "%p is unclear-unit on the title line, counted in baht",
    (line) => {
      const report = analyzePlan(
        grid([["แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2567"], [line], [...DIM_HEAD], project(1, "อบรม", 12.5, 10)]),
      )!;
      const [unclear, ...more] = report.issues.filter((issue) => issue.code === "unclear-unit");
      expect(more).toEqual([]);
      expect([unclear.row, unclear.column, unclear.field, unclear.text]).toEqual([2, 1, null, line]);
      expect(describeIssue(unclear, "th")).toContain(`อ่านหน่วยในหัวเรื่อง "${line}" ไม่ได้`);
      expect(report.summary.total.plannedBudget).toBe(1250);
    },
  );

  it("a known unit, or none, in a title line raises nothing of the kind", () => {
    for (const line of ["หน่วย : บาท", "หน่วย : พันบาท", "หน่วยงาน : กองคลัง"]) {
      const report = analyzePlan(grid([[line], [...DIM_HEAD], project(1, "อบรม", 12, 10)]))!;
      expect(report.issues.filter((issue) => issue.code === "unclear-unit")).toEqual([]);
    }
  });
});

describe("a row of units right under the header (spec §2.3)", () => {
  const head = ["ลำดับ", "มิติ", "โครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"];
  const rows = [
    [1, 1, "โครงการอบรม", 10, 9, DONE],
    [2, 2, "มาตรการเปิดเผยข้อมูล", 3, 3, DONE],
  ];
  it.each<[Cell[], number]>([
    [[null, null, null, "(พันบาท)", "(พันบาท)", null], 1_300_000],
    [[null, null, null, "พันบาท", "พันบาท", null], 1_300_000],
    [[null, null, null, "(ล้านบาท)", "(ล้านบาท)", null], 1_300_000_000],
    [[null, null, "(หน่วย : พันบาท)", null, null, null], 1_300_000],
    [[null, null, null, "(บาท)", "(บาท)", null], 1_300],
  ])("%p is the header's: the amounts are scaled by it, and it is no row", (unitRow, satang) => {
    const report = analyze([head, unitRow, ...rows]);
    expect(report.summary.total.plannedBudget).toBe(satang);
    expect(report.roles.map((entry) => entry.row)).toEqual([3, 4]);
  });

  it("a unit under one amount column only leaves the other in doubt: asked", () => {
    const report = analyze([head, [null, null, null, "(พันบาท)", null, null], ...rows]);
    expect(codes(report)).toContain("unclear-unit@1");
  });
});

/**
 * The shortcuts the row reader takes for speed answer as the long way does: blank cells told without
 * trimming, sub-item numbers told without tidying, texts remembered in front of a map, duplicate
 * numbers found without a list of every number, issues sorted by insertion, and project rows kept as
 * a few figures each, built when asked for.
 */
import fc from "fast-check";
import { analyzePlan } from "../../src/core";
import { type Cell, cellText, isBlank } from "../../src/core/cells/grid";
import { arabicDigits, readOnce, tidy } from "../../src/core/cells/text";
import { type Round, effectiveStatus } from "../../src/core/cells/vocabulary";
import { FirstRows } from "../../src/core/checks/firstRows";
import { type Issue, type Severity, sortIssues } from "../../src/core/checks/issues";
import { findHeader } from "../../src/core/rows/columns";
import { findHeadings } from "../../src/core/rows/headings";
import { itemTypeOf } from "../../src/core/rows/itemTypes";
import { childNumber } from "../../src/core/rows/parts";
import { textOf } from "../../src/core/rows/rowCells";
import { type PlanRow, readRows } from "../../src/core/rows/rows";
import { totalsOf } from "../../src/core/summary/summarize";
import { grid } from "./helpers";

/** The characters around the shortcuts' edges: digits, dots, spaces, invisibles, letters. */
const CHARACTERS = [
  ..."0129.",
  ..."๐๑๒๙",
  " ",
  "\t",
  "\u00A0",
  "\u3000",
  "\u200B",
  "\u00AD",
  "\u202A",
  "a",
  "ม",
];
const text = (maxLength: number) =>
  fc.array(fc.constantFrom(...CHARACTERS), { maxLength }).map((chars) => chars.join(""));

describe("isBlank", () => {
  it("says what trim says, for every character alone and beside another", () => {
    const differs: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const cell of [c, `${c}${c}`, ` ${c}`, `${c}a`]) {
        if (isBlank(cell) !== (cell.trim() === "")) differs.push(JSON.stringify(cell));
      }
    }
    expect(differs).toEqual([]);
  });
});

describe("childNumber", () => {
  /** The long way: both numbers tidied to Arabic digits, the child being the parent, a dot and more. */
  const longWay = (cell: Cell, parent: string): string | undefined => {
    const dotted = /^\d+(?:\.\d+)*$/;
    const own = arabicDigits(tidy(cellText(cell))).replace(/\.$/, "");
    const of = arabicDigits(tidy(parent)).replace(/\.$/, "");
    if (of === "" || !dotted.test(of)) return undefined;
    return own.startsWith(`${of}.`) && dotted.test(own) ? own : undefined;
  };
  const cellArb: fc.Arbitrary<Cell> = fc.oneof(
    text(8),
    fc.double({ min: 0, max: 100, noNaN: true }),
    fc.integer({ min: -5, max: 2000 }),
    fc.constantFrom<Cell>(null, true, { error: "#N/A" }, { error: "1.2.3" }),
  );

  it("gives what the long way gives, numbers plain, Thai or spaced", () => {
    fc.assert(
      fc.property(cellArb, text(6), (cell, parent) => {
        expect(childNumber(cell, parent)).toBe(longWay(cell, parent));
      }),
      { numRuns: 5000 },
    );
  });

  it("gives what the long way gives for a sub-item written under its parent", () => {
    fc.assert(
      fc.property(text(5), text(4), (parent, rest) => {
        const cell = `${parent}.${rest}`;
        expect(childNumber(cell, parent)).toBe(longWay(cell, parent));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the usual cases", () => {
    expect(childNumber("1.2.1", "1.2")).toBe("1.2.1");
    expect(childNumber("๑.๒.๑", "1.2")).toBe("1.2.1");
    expect(childNumber("1.3", "1.2")).toBeUndefined();
    expect(childNumber(1.5, "1")).toBe("1.5");
    expect(childNumber(7, "1")).toBeUndefined();
  });
});

describe("readOnce", () => {
  it("answers as the read itself does, whichever texts share its front memory", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text(6), fc.string({ maxLength: 4 })), { maxLength: 300 }), (texts) => {
        const read = (t: string) => `${t.length}:${t}`;
        const once = readOnce(read, 16);
        for (const t of texts) expect(once(t)).toBe(read(t));
      }),
      { numRuns: 300 },
    );
  });

  it("remembers an undefined answer as an answer", () => {
    let reads = 0;
    const once = readOnce((): undefined => {
      reads++;
      return undefined;
    });
    expect(once("x")).toBeUndefined();
    expect(once("x")).toBeUndefined();
    expect(reads).toBe(1);
  });
});

describe("FirstRows over the rows read before", () => {
  it("gives each number's first row, as a map of the numbers would", () => {
    const NUMBER = fc.oneof(
      fc
        .tuple(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 2 }), fc.integer({ min: 0, max: 120 }))
        .map(([prefix, last]) => [...prefix, last].join(".")),
      fc.constantFrom("๑.๒", "๑.๑๐", "1.02", "1.2.", "ก.", "9", "10"),
    );
    fc.assert(
      fc.property(fc.array(NUMBER, { maxLength: 200 }), fc.boolean(), (numbers, sorted) => {
        const list = sorted ? [...numbers].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)) : numbers;
        const seen: [string, number][] = [];
        const firstRows = new FirstRows((visit) => seen.forEach(([number, row]) => visit(number, row)));
        const map = new Map<string, number>();
        list.forEach((number, i) => {
          const expected = map.get(number);
          if (expected === undefined) map.set(number, i + 1);
          expect(firstRows.firstOrKeep(number, i + 1)).toBe(expected);
          seen.push([number, i + 1]);
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("sortIssues", () => {
  const issueArb = fc.record({
    severity: fc.constantFrom<Severity>("error", "warning", "info"),
    row: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    column: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  });
  const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

  it("orders by severity, row and column, equal places in the order given, over several lists", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(issueArb, { maxLength: 60 }), { maxLength: 4 }),
        fc.boolean(),
        (lists, reversed) => {
          const issues = lists.map((list) =>
            list.map((at, i): Issue => ({
              ...at,
              code: "hidden-row",
              field: null,
              text: `${i}`,
              details: undefined,
            })),
          );
          if (reversed) issues.forEach((list) => list.reverse());
          const all = issues.flat();
          const expected = all
            .map((issue, index) => ({ issue, index }))
            .sort(
              (a, b) =>
                ORDER[a.issue.severity] - ORDER[b.issue.severity] ||
                (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
                (a.issue.column ?? 0) - (b.issue.column ?? 0) ||
                a.index - b.index,
            )
            .map(({ issue }) => issue);
          const sorted = sortIssues(...issues);
          expect(sorted).toHaveLength(expected.length);
          sorted.forEach((issue, i) => expect(issue).toBe(expected[i]));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("project rows kept as figures, each row built when asked for", () => {
  const HEADERS: readonly (readonly Cell[])[] = [
    ["ลำดับ", "มิติ", "ชื่อโครงการ/กิจกรรม", "ประเภท", "งบประมาณ", "เบิกจ่าย", "สถานะ", "หมายเหตุ"],
    ["ที่", "ชื่อโครงการ", "งบประมาณตามแผน", "ตามข้อบัญญัติ", "เบิกจ่าย", "สถานะ", "เหตุผลที่ไม่ได้ดำเนินการ"],
  ];
  const WIDTH = 8;
  /** Cells a plan's rows hold, odd ones among them: amounts as text, zero words, errors, formulas without values. */
  const cellArb: fc.Arbitrary<Cell> = fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 200_000 }) },
    {
      weight: 3,
      arbitrary: fc.constantFrom<Cell>(
        "1.1",
        "๒.๓",
        "1.1.1",
        "2",
        "มิติที่ 2",
        "3. การส่งเสริมบทบาท",
        "โครงการอบรม",
        "กิจกรรมเผยแพร่",
        "มาตรการป้องกัน",
        "- รายละเอียด",
        "(1) ย่อย",
        "รวม",
        "รวมมิติที่ 1",
        "หมายเหตุ",
        "๒๐,๐๐๐.๐๐ บาท",
        "5,000",
        "ไม่ใช้งบประมาณ",
        "-",
        " ดำเนินการแล้วเสร็จ",
        "อยู่ระหว่างดำเนินการ",
        "ยังไม่ได้ดำเนินการ",
        "ไม่ได้ดำเนินการ",
        "ยกเลิก",
        "รอตรวจสอบ",
        "ไม่ได้รับจัดสรรงบประมาณ",
        "",
        "  ",
      ),
    },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 1e10, noNaN: true }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Cell>({ error: "#N/A" }, { error: "", formula: "A1*2" } as Cell, true, -0),
    },
  );
  /** A project row as plans write them, or any row at all. */
  const rowArb: fc.Arbitrary<Cell[]> = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom<Cell>("โครงการอบรม", "กิจกรรมเผยแพร่", "", "มาตรการ ก"),
        fc.constantFrom<Cell>("โครงการ", "กิจกรรม", null, "อื่น"),
        fc.oneof(fc.integer({ min: 0, max: 100_000 }), cellArb),
        fc.oneof(fc.integer({ min: 0, max: 100_000 }), cellArb),
        fc.constantFrom<Cell>("ดำเนินการแล้วเสร็จ", "ไม่ได้ดำเนินการ", "ยังไม่ได้ดำเนินการ", " กำลังดำเนินการ", null),
        cellArb,
      )
      .map(([d, i, name, type, planned, disbursed, status, note]) => [
        `${d}.${i}`,
        d,
        name,
        type,
        planned,
        disbursed,
        status,
        note,
      ]),
    // The rest of a name, detail lines and sub-items: rows read as parts of the project above, or not.
    fc.constantFrom<Cell[]>(
      [null, null, "และประชาสัมพันธ์ (ต่อ)", null, null, null, null, null],
      [null, null, "- ค่าวัสดุ", null, 500, 0, null, null],
      ["1.1.1", null, "ย่อย", null, 100, null, null, null],
    ),
    fc.array(cellArb, { maxLength: WIDTH }),
  );
  const planArb = fc.tuple(fc.constantFrom(...HEADERS), fc.array(rowArb, { maxLength: 40 }));

  /** The rows as the reader hands them to the checks, and what it keeps of them. */
  function readWithChecks(rows: readonly (readonly Cell[])[]) {
    const plan = grid(rows);
    const header = findHeader(plan);
    if (!header) return undefined;
    const checked: PlanRow[] = [];
    // The row handed to a check is the reader's own, refilled for the next project: kept, it is copied.
    const read = readRows(plan, header, (row) => void checked.push({ ...row }), {
      headings: findHeadings(plan, header),
    });
    return { plan, header, read, checked };
  }

  it("builds each row as it was read and checked, its name made longer by the lines it wraps onto", () => {
    fc.assert(
      fc.property(planArb, ([head, body]) => {
        const reading = readWithChecks([head, ...body]);
        if (!reading) return;
        const { plan, header, read, checked } = reading;
        const built = read.projects.list();
        expect(built).toHaveLength(checked.length);
        const roles = read.roles();
        built.forEach((row, i) => {
          expect(Object.keys(row)).toEqual(Object.keys(checked[i]));
          expect(read.projects.rowAt(i)).toEqual(row);
          // Each line the name wraps onto adds its text to the name; nothing else changes.
          let name = checked[i].name;
          for (const entry of roles) {
            if (entry.role !== "continuation" || entry.of !== row.row) continue;
            const rest = textOf(plan.rows[entry.row - plan.firstRow], header.columns.name);
            if (rest !== "") name = `${name} ${rest}`.trim();
          }
          expect(row).toEqual({ ...checked[i], name });
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("adds up, counts and lists as the rows built would", () => {
    fc.assert(
      fc.property(planArb, fc.constantFrom<Round>(6, 12), ([head, body], round) => {
        const report = analyzePlan(grid([head, ...body]), { round });
        if (!report) return;
        const { rows } = report;
        // The summary, from the rows themselves.
        for (const summary of report.summary.dimensions) {
          const own = rows.filter((row) => row.dimension === summary.dimension);
          expect(summary).toEqual({
            dimension: summary.dimension,
            name: summary.name,
            ...totalsOf(own, round),
          });
        }
        // The item types, from each row's texts.
        const types = { project: 0, activity: 0, measure: 0, guideline: 0, unknown: 0 };
        for (const row of rows)
          if (row.dimension !== null) types[itemTypeOf(row.type, row.name) ?? "unknown"]++;
        expect(report.itemTypes).toEqual(types);
        // The rows not carried out, from the rows.
        const notDone = rows.filter(
          (row) => row.dimension !== null && effectiveStatus(row.status, round) === "notDone",
        );
        expect(report.notCarriedOut.map((item) => item.row)).toEqual(notDone.map((row) => row.row));
        notDone.forEach((row, i) =>
          expect(report.notCarriedOut[i]).toMatchObject({
            no: row.no,
            name: row.name,
            plannedBudget: row.plannedBudget,
            reason: row.reason || row.note,
          }),
        );
        // Every non-blank row's role once, in sheet order, the projects' where the rows are.
        const roleRows = report.roles.map((entry) => entry.row);
        expect(roleRows).toEqual([...roleRows].sort((a, b) => a - b));
        expect(new Set(roleRows).size).toBe(roleRows.length);
        expect(report.roles.filter((entry) => entry.role === "project")).toEqual(
          rows.map((row) => ({ row: row.row, role: "project", reason: "item" })),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("gives the same rows and roles however often, and in whichever order, they are asked for", () => {
    const rows = [HEADERS[0], ["1.1", 1, "โครงการ ก", "โครงการ", 1000, 500, "ดำเนินการแล้วเสร็จ", null]];
    const report = analyzePlan(grid(rows));
    expect(report?.roles).toBe(report?.roles);
    expect(report?.rows).toBe(report?.rows);
    expect({ ...report }.rows).toEqual(report?.rows);
  });
});

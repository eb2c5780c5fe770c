/** Every row's role, by evidence (spec §2.5): totals, wrapped names, parts, headings, notes. */
import fc from "fast-check";
import type { Cell } from "../../src/core";
import { readingLine } from "../../src/core";
import {
  DIM_HEAD,
  DONE,
  NOT_DONE,
  analyze,
  analyzeGrid,
  codes,
  grid,
  issuesOf,
  project,
  rolesOf,
} from "./helpers";

/** Number, name, planned, disbursed, status. */
const HEAD: Cell[] = ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"];
const item = (no: Cell, name: Cell, planned: Cell, disbursed: Cell, status: Cell = DONE): Cell[] => [
  no,
  name,
  planned,
  disbursed,
  status,
];

/** Two dimensions under "มิติที่ N" headings: 1 has 100 + 200 (disbursed 80 + 150), 2 has 50 (50). */
const TWO_DIMENSIONS: Cell[][] = [
  ["มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต", null, null, null, null],
  item("1.1", "ก", 100, 80),
  item("1.2", "ข", 200, 150),
  ["มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต", null, null, null, null],
  item("2.1", "ค", 50, 50),
];

describe("totals by arithmetic and by wording, in both directions", () => {
  it.each(["ยอดรวม", "รวมทุกมิติ", "Grand total", "งบประมาณรวม", "รวม 3 รายการ", "", "ทั้งสิ้น"])(
    "%p with the plan's sums and no number or status of its own is the plan's total",
    (label) => {
      const report = analyze([HEAD, ...TWO_DIMENSIONS, [null, label || null, 350, 280, null]]);
      expect(report.summary.total.projects).toBe(3);
      expect(rolesOf(report).at(-1)).toMatch(/^7 total:/);
      expect(issuesOf(report, "control-total-mismatch")).toEqual([]);
      expect(issuesOf(report, "unknown-status")).toEqual([]);
    },
  );

  it.each(["ดำเนินการแล้ว 3 โครงการ", "แล้วเสร็จ 3 รายการ", "completed 3 projects"])(
    "a total whose status cell counts projects (%p) is a total, not a project",
    (status) => {
      const report = analyze([HEAD, ...TWO_DIMENSIONS, [null, "รวมทั้งสิ้น", 350, 280, status]]);
      expect(report.summary.total.projects).toBe(3);
      expect(report.summary.total.completed).toBe(3);
      expect(rolesOf(report).at(-1)).toBe("7 total:summary-status");
    },
  );

  it("tick columns holding counts make a total row", () => {
    const head = ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", DONE, NOT_DONE];
    const report = analyze([
      head,
      ["1.1", "ก", 100, 100, "✓", null],
      ["1.2", "ข", 100, 100, "✓", null],
      ["1.3", "ค", 100, 0, null, "✓"],
      [null, "ยอดรวม", 300, 200, 2, 1],
    ]);
    expect(report.summary.total.projects).toBe(3);
    expect(rolesOf(report).at(-1)).toBe(
      "5 total:table-total-row".replace("table-total-row", "summary-status"),
    );
  });

  it("an Excel table's own total row is a total whatever its label", () => {
    for (const label of ["สรุป", "Summary", "ทั้งหมด"]) {
      const rows = [HEAD, ...TWO_DIMENSIONS, [null, label, 350, 280, null]];
      const report = analyzeGrid({ ...grid(rows), totalsRow: 7 });
      expect(report.summary.total.projects).toBe(3);
      expect(rolesOf(report).at(-1)).toBe("7 total:table-total-row");
    }
  });

  it.each(["รวมน้ำใจต้านโกง", "รวมพลังป้องกันการทุจริต", "Total quality management", "งบประมาณรวมใจ"])(
    "%p with its own number, amounts and status is a project",
    (name) => {
      const report = analyze([HEAD, ...TWO_DIMENSIONS, item("2.2", name, 20, 20)]);
      expect(report.summary.total.projects).toBe(4);
      expect(report.rows.map((row) => row.name)).toContain(name);
    },
  );

  it("a project that costs what the project above cost is no total: one row is no sum", () => {
    const report = analyze([HEAD, item("1.1", "ก", 100, 80), [null, "ข (ไม่มีลำดับ)", 100, 80, DONE]]);
    expect(rolesOf(report)).toEqual(["2 project:item", "3 project:item"]);
  });

  it("a total line after each dimension is that dimension's subtotal, checked against it", () => {
    const report = analyze([
      HEAD,
      ...TWO_DIMENSIONS.slice(0, 3),
      [null, "รวม", 300, 230, null],
      ...TWO_DIMENSIONS.slice(3),
      [null, "รวม", 60, 50, null],
      [null, "รวมทั้งสิ้น", 350, 280, null],
    ]);
    expect(report.summary.total.projects).toBe(3);
    expect(rolesOf(report).filter((r) => /total/.test(r))).toEqual([
      "5 subtotal:total-word",
      "8 subtotal:total-word",
      "9 total:total-word",
    ]);
    // Dimension 2's line says 60 where its one project has 50: the warning names dimension 2.
    const mismatch = issuesOf(report, "control-total-mismatch");
    expect(mismatch.map((i) => [i.row, i.details?.dimension])).toEqual([[8, 2]]);
  });

  it("a subtotal that adds up needs no words (property: any label, any amounts)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 })), {
          minLength: 2,
          maxLength: 6,
        }),
        fc.constantFrom(null, "", "ผลรวม", "Sub-total", "รวมมิติ", "ยอด"),
        (amounts, label) => {
          const rows = amounts.map(([planned, spent], i) =>
            item(`1.${i + 1}`, `โครงการ ${i}`, planned, spent),
          );
          const planned = amounts.reduce((sum, [p]) => sum + p, 0);
          const spent = amounts.reduce((sum, [, s]) => sum + s, 0);
          const report = analyze([HEAD, ...rows, [null, label, planned, spent, null]]);
          expect(report.summary.total.projects).toBe(amounts.length);
          expect(report.summary.total.plannedBudget).toBe(planned * 100);
          expect(issuesOf(report, "unknown-status")).toEqual([]);
        },
      ),
    );
  });

  it("says when arithmetic alone made a total", () => {
    const report = analyze([HEAD, ...TWO_DIMENSIONS, [null, null, 350, 280, null]]);
    expect(codes(report)).toEqual(["read-as-total@7"]);
  });
});

describe("one project over several rows", () => {
  it.each([["คุณธรรมจริยธรรม"], ["และการป้องกันการทุจริต ประจำปี 2566"], ["(ต่อ)"]])(
    "a name that wraps onto the next row (%p) is one project",
    (rest) => {
      const report = analyze([HEAD, item("1.1", "โครงการอบรม", 100, 100), [null, rest, null, null, null]]);
      expect(report.summary.total.projects).toBe(1);
      expect(report.rows[0].name).toBe(`โครงการอบรม ${rest}`);
      expect(codes(report)).toEqual(["read-as-continuation@3"]);
    },
  );

  it("a row the project's number and amounts are merged down over is the same project", () => {
    const rows = [HEAD, item("1.1", "โครงการอบรม", 100, 100), [null, "ต่อบรรทัด", null, null, null]];
    const merges = [0, 2, 3, 4].map((c) => ({ top: 2, bottom: 3, left: c + 1, right: c + 1 }));
    const report = analyzeGrid({ ...grid(rows), merges });
    expect(report.summary.total.projects).toBe(1);
    expect(rolesOf(report)).toEqual(["2 project:item", "3 continuation:merged-down"]);
  });

  it("a name alone under an unnumbered project is a project of its own, with its missing status said", () => {
    const report = analyze([HEAD, item(null, "โครงการ ก", 100, 100), [null, "โครงการ ข", null, null, null]]);
    expect(rolesOf(report)).toEqual(["2 project:item", "3 project:item"]);
    expect(codes(report)).toContain("unknown-status@3");
  });

  it.each([
    ["- กิจกรรมย่อย ก", "- กิจกรรมย่อย ข"],
    ["(1) อบรม", "(2) ศึกษาดูงาน"],
    ["1) อบรม", "2) ศึกษาดูงาน"],
    ["ก. อบรม", "ข. ศึกษาดูงาน"],
    ["• อบรม", "• ศึกษาดูงาน"],
  ])("detail lines %p, %p whose amounts add up to the project's are its parts", (a, b) => {
    const report = analyze([
      HEAD,
      item("1.1", "โครงการ", 100, 80),
      [null, a, 60, 50, null],
      [null, b, 40, 30, DONE],
      item("1.2", "อีกโครงการ", 10, 10),
    ]);
    expect(report.summary.total.projects).toBe(2);
    expect(report.summary.total.plannedBudget).toBe(11000);
    expect(rolesOf(report)).toEqual([
      "2 project:item",
      "3 part:adds-up-to-project",
      "4 part:adds-up-to-project",
      "5 project:item",
    ]);
  });

  it("detail lines with no amount and no status are parts; ones that do not add up are rows of their own", () => {
    const quiet = analyze([HEAD, item("1.1", "โครงการ", 100, 80), [null, "- จัดอบรม", null, null, null]]);
    expect(rolesOf(quiet)).toEqual(["2 project:item", "3 part:detail-line"]);
    const apart = analyze([HEAD, item("1.1", "โครงการ", 100, 80), [null, "- จัดอบรม", 30, 20, DONE]]);
    expect(rolesOf(apart)).toEqual(["2 project:item", "3 project:item"]);
  });
});

describe("sub-items numbered under a project (spec §2.5)", () => {
  it.each<[Cell, Cell, Cell]>([
    ["1.1", "1.1.1", "1.1.2"],
    ["๒.๓", "๒.๓.๑", "๒.๓.๒"],
    ["1.1.", "1.1.1.", "1.1.2."],
    [3, "3.1", "3.2"],
  ])("%p's items %p and %p that add up to it are its parts, counted once", (no, a, b) => {
    const report = analyze([
      HEAD,
      item(no, "โครงการส่งเสริมคุณธรรม", 20_000, 18_000),
      item(a, "กิจกรรมอบรม", 12_000, 10_000),
      item(b, "กิจกรรมศึกษาดูงาน", 8_000, 8_000),
      item("4.9", "อีกโครงการ", 5_000, 5_000),
    ]);
    expect(report.rows.map((row) => [row.no, row.plannedBudget])).toEqual([
      [String(no), 2_000_000],
      ["4.9", 500_000],
    ]);
    expect(rolesOf(report).slice(1, 3)).toEqual(["3 part:adds-up-to-project", "4 part:adds-up-to-project"]);
    expect(issuesOf(report, "sub-items-not-parts")).toEqual([]);
  });

  it("after a name wrapped onto a second row, the parts are still the project's", () => {
    const report = analyze([
      HEAD,
      item("1.1", "โครงการอบรม", 30_000, 28_000),
      [null, "คุณธรรมจริยธรรม", null, null, null],
      [null, "- ค่าวิทยากร", 10_000, 9_000, null],
      [null, "- ค่าอาหาร", 20_000, 19_000, null],
    ]);
    expect(rolesOf(report)).toEqual([
      "2 project:item",
      "3 continuation:wrapped-name",
      "4 part:adds-up-to-project",
      "5 part:adds-up-to-project",
    ]);
  });

  it("items numbered under a project that do not add up to it are asked about, naming both sums", () => {
    const report = analyze([
      HEAD,
      item("1.1", "โครงการส่งเสริมคุณธรรม", 20_000, 20_000),
      item("1.1.1", "กิจกรรมอบรม", 12_000, 12_000),
      item("1.1.2", "กิจกรรมศึกษาดูงาน", 5_000, 5_000),
    ]);
    // Counted as they stand, but never in silence: one error on the project's row.
    expect(report.summary.total.projects).toBe(3);
    const [asked, ...more] = issuesOf(report, "sub-items-not-parts");
    expect(more).toEqual([]);
    expect([asked.severity, asked.row, asked.details]).toEqual([
      "error",
      2,
      { other: "1.1.1, 1.1.2", amount: 1_700_000, expected: 2_000_000 },
    ]);
  });

  it("numbered sub-items add up as parts for any split of the project's budget (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 2, maxLength: 8 }),
        fc.boolean(),
        (parts, addsUp) => {
          const total = parts.reduce((sum, part) => sum + part, 0) + (addsUp ? 0 : 1);
          const report = analyze([
            HEAD,
            item("2.4", "โครงการ", total, 0),
            ...parts.map((part, i) => item(`2.4.${i + 1}`, `กิจกรรม ${i + 1}`, part, 0)),
          ]);
          expect(report.rows).toHaveLength(addsUp ? 1 : 1 + parts.length);
          expect(issuesOf(report, "sub-items-not-parts")).toHaveLength(addsUp ? 0 : 1);
        },
      ),
    );
  });
});

describe("รวม as a verb, and English subtotals (spec §2.5)", () => {
  it.each(["รวมกลุ่มเยาวชนต่อต้านการทุจริต", "รวมพลังต้านโกง", "รวมใจภักดิ์", "รวมตัวเฝ้าระวัง", "รวมเครือข่ายภาคประชาชน"])(
    "%p without a status is a project missing its status, never a total",
    (name) => {
      const report = analyze([
        DIM_HEAD,
        project(1, "โครงการ ก", 10_000, 5_000),
        project(1, name, 7_000, 0, null),
      ]);
      expect(rolesOf(report)).toEqual(["2 project:item", "3 project:item"]);
      expect(codes(report)).toEqual(["unknown-status@3"]);
    },
  );

  it.each([
    "Subtotal Dimension 1",
    "Sub-total dimension 1",
    "Total for dimension 1",
    "subtotal dim. 1",
    "ผลรวมมิติที่ 1",
  ])("%p is dimension 1's subtotal, checked against it", (label) => {
    const report = analyze([HEAD, ...TWO_DIMENSIONS, [null, label, 999, 230, null]]);
    expect(rolesOf(report).at(-1)).toBe("7 subtotal:total-word");
    expect(issuesOf(report, "control-total-mismatch").map((issue) => issue.details?.dimension)).toEqual([1]);
  });
});

describe("a named row that adds up: a total, or a project missing its status (spec §2.5)", () => {
  it.each(["โครงการจัดทำป้ายประชาสัมพันธ์", "กิจกรรมรณรงค์", "Anti-corruption campaign"])(
    "%p with no status, whose amounts equal the rows above, is asked about",
    (name) => {
      const report = analyze([HEAD, ...TWO_DIMENSIONS, [null, name, 350, 280, null]]);
      const [asked] = issuesOf(report, "total-or-project");
      expect([asked.severity, asked.row, asked.text]).toEqual(["error", 7, name]);
      expect(asked.details).toEqual({ amount: 35_000, otherRow: 3 });
      expect(issuesOf(report, "read-as-total")).toEqual([]);
    },
  );

  it.each([null, "รวม", "รวมทั้งสิ้น", "Total", "-"])("%p that adds up is a total, said as a note", (label) => {
    const report = analyze([HEAD, ...TWO_DIMENSIONS, [null, label, 350, 280, null]]);
    expect(issuesOf(report, "total-or-project")).toEqual([]);
  });
});

describe("dimension headings in mixed forms within one plan", () => {
  const mixed: Cell[][] = [
    HEAD,
    ["มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต", null, null, null, null],
    item("1.1", "ก", 10, 10),
    ["2. การบริหารราชการเพื่อป้องกันการทุจริต", null, null, null, null],
    item("2.1", "ข", 20, 20),
    ["๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", null, null, null, null],
    item("3.1", "ค", 30, 30),
    ["4", "การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น", null, null, null],
    item("4.1", "ง", 40, 40),
  ];

  it("each form is its dimension's heading", () => {
    const report = analyze(mixed);
    expect(report.summary.dimensions.map((d) => d.projects)).toEqual([1, 1, 1, 1]);
    expect(report.roles.filter((r) => r.role === "section").map((r) => r.dimension)).toEqual([1, 2, 3, 4]);
  });

  it("an item numbered for another dimension under a heading is counted by the heading, with a warning", () => {
    const rows = [...mixed.slice(0, 3), item("2.1", "ผิดมิติ", 5, 5), ...mixed.slice(3)];
    const report = analyze(rows);
    expect(report.summary.dimensions[0].projects).toBe(2);
    expect(codes(report)).toEqual(["number-not-in-heading@4"]);
  });

  it("a numbered heading 1–4 above items N.x is that dimension's heading, whatever its words", () => {
    const report = analyze([
      HEAD,
      ["1", "ด้านจิตสำนึก", null, null, null],
      item("1.1", "ก", 10, 10),
      ["2", "ด้านการบริหาร", null, null, null],
      item("2.1", "ข", 20, 20),
    ]);
    expect(report.summary.dimensions.map((d) => d.projects)).toEqual([1, 1, 0, 0]);
    expect(report.issues).toEqual([]);
  });
});

describe("lines that are not items", () => {
  it.each([
    ["หมายเหตุ: งบประมาณรวม 500,000 บาท", 500000],
    ["ที่มา: ข้อบัญญัติงบประมาณ 2566", 2566],
    ["ลงชื่อ ................ ผู้รายงาน", null],
    ["(นางสาวสมหญิง ใจดี)", null],
    ["ตำแหน่ง นิติกร", null],
    ["Note: figures in baht", 12],
  ])("%p is a note: never counted, never asked for a status", (label, amount) => {
    const total: Cell[] = [null, "รวม", 10, 10, null];
    const report = analyze([HEAD, item("1.1", "ก", 10, 10), total, [null, label, amount, null, null]]);
    expect(report.summary.total.projects).toBe(1);
    expect(report.issues).toEqual([]);
    expect(report.roles.at(-1)?.role).toBe("note");
  });

  it("the lines of a signature block after its first are notes too", () => {
    const report = analyze([
      HEAD,
      item("1.1", "ก", 10, 10),
      [null, "ลงชื่อ", null, null, null],
      [null, "นายสมชาย ใจดี", null, null, null],
      [null, "ปลัดองค์การบริหารส่วนตำบล", null, null, null],
    ]);
    expect(report.summary.total.projects).toBe(1);
    expect(report.issues).toEqual([]);
  });

  it("a heading that carries its subtotal is no project", () => {
    const report = analyze([
      HEAD,
      ["1.1", "การสร้างจิตสำนึก", 300, 230, null],
      item("1.1.1", "ก", 100, 80),
      item("1.1.2", "ข", 200, 150),
    ]);
    expect(report.summary.total.projects).toBe(2);
    expect(report.issues).toEqual([]);
  });
});

describe("hidden and filtered rows", () => {
  it("are counted, and the report names them", () => {
    const rows = [DIM_HEAD, project(1, "ก", 10, 10), project(1, "ข", 20, 20), project(2, "ค", 5, 5)];
    const report = analyzeGrid({ ...grid(rows), hiddenRows: [3, 4] });
    expect(report.summary.total.projects).toBe(3);
    expect(codes(report)).toEqual(["hidden-row@3", "hidden-row@4"]);
  });
});

describe("what was read and what was left out", () => {
  it("says it in one line, in both languages, with the rows", () => {
    const report = analyze([
      HEAD,
      ...TWO_DIMENSIONS,
      [null, "รวมทั้งสิ้น", 350, 280, null],
      [null, "หมายเหตุ ข้อมูล ณ 30 ก.ย.", null, null, null],
    ]);
    expect(readingLine(report, "th")).toBe(
      "อ่าน 3 โครงการ แถว 3–6; ไม่นับ 4 แถว: ยอดรวม 1 (แถว 7), หัวข้อมิติ 2 (แถว 2, 5), หมายเหตุ/ลงชื่อ 1 (แถว 8)",
    );
    expect(readingLine(report, "en")).toBe(
      "Read 3 projects, rows 3–6; left out 4 rows: 1 total (row 7), 2 dimension headings (rows 2, 5), 1 note or signature (row 8)",
    );
  });
});

describe("a heading naming two dimensions (spec §2.2)", () => {
  it.each(["มิติที่ 3-4 การส่งเสริมบทบาทภาคประชาชนและกลไกการตรวจสอบ", "มิติที่ 1 และ 2", "Dimensions 3 and 4"])(
    "%p puts its rows in neither dimension, and says so",
    (heading) => {
      const report = analyze([
        HEAD,
        [heading, null, null, null, null],
        item(null, "โครงการประชาคม", 2_000, 2_000),
      ]);
      expect(report.summary.dimensions.every((row) => row.projects === 0)).toBe(true);
      expect(codes(report)).toEqual(["unknown-dimension@2", "unknown-dimension@3"]);
    },
  );
});

describe("notes whose word stands in the number column, and their lines (spec §2.5)", () => {
  it("หมายเหตุ in the number column, with an amount beside it, and its numbered lines are notes", () => {
    const report = analyze([
      HEAD,
      item("1.1", "โครงการอบรม", 10_000, 10_000),
      ["หมายเหตุ", "งบประมาณตามข้อบัญญัติ", 50_000, null, null],
      ["1.", "โครงการที่ไม่ใช้งบประมาณให้ใส่ 0", null, null, null],
      ["2.", "ข้อมูล ณ วันที่ 30 กันยายน 2567", null, null, null],
      item("1.2", "โครงการรณรงค์", 2_000, 2_000),
    ]);
    expect(rolesOf(report)).toEqual([
      "2 project:item",
      "3 note:note-word",
      "4 note:note-word",
      "5 note:note-word",
      "6 project:item",
    ]);
    expect(report.issues).toEqual([]);
  });

  it("in a signature block, text in an amount column is no amount", () => {
    const report = analyze([
      HEAD,
      item("1.1", "โครงการอบรม", 10_000, 10_000),
      [null, "ลงชื่อ......................ผู้รายงาน", null, "ลงชื่อ..........ผู้ตรวจสอบ", null],
      [null, "วันที่ 30 ตุลาคม 2567", null, "โทร 053-123456", null],
    ]);
    expect(rolesOf(report).slice(1)).toEqual(["3 note:signature", "4 note:signature"]);
    expect(report.issues).toEqual([]);
  });
});

describe("another year's plan pasted below, under its own title (spec §2.5)", () => {
  const stacked = (title: string): Cell[][] => [
    ["แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567", null, null, null, null],
    HEAD,
    item("1.1", "โครงการอบรม", 10_000, 9_000),
    [title, null, null, null, null],
    ["มิติที่ 1", null, null, null, null],
    item("1.1", "โครงการอบรม", 8_000, 8_000),
    [null, "รวม", 8_000, 8_000, null],
  ];

  it.each([
    "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2566 (ข้อมูลเปรียบเทียบ)",
    "รายงานผล ปีงบประมาณ ๒๕๖๕",
    "Action plan, fiscal year 2568",
  ])("the rows under %p are that year's: left out, and said", (title) => {
    const report = analyze(stacked(title));
    expect(report.rows.map((row) => row.row)).toEqual([3]);
    expect(rolesOf(report).slice(1)).toEqual([
      "4 outside-year:other-year",
      "5 outside-year:other-year",
      "6 outside-year:other-year",
      "7 outside-year:other-year",
    ]);
    expect(codes(report)).toEqual(["other-year-below@4"]);
  });

  it("a repeated title of the report's own year changes nothing, nor does a year in a project's wrapped name", () => {
    const same = analyze(stacked("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567"));
    expect(issuesOf(same, "other-year-below")).toEqual([]);
    const wrapped = analyze([
      ["ประจำปีงบประมาณ พ.ศ. 2567", null, null, null, null],
      HEAD,
      item("1.1", "โครงการอบรมคุณธรรม", 10_000, 9_000),
      [null, "ประจำปีงบประมาณ 2566 (ต่อเนื่อง)", null, null, null],
    ]);
    expect(rolesOf(wrapped)).toEqual(["3 project:item", "4 continuation:wrapped-name"]);
  });
});

describe("lines that look like parts or a wrapped name, but are items of their own (spec §2.5)", () => {
  it("list items in the project's own style (1), 2), 3)) are its siblings, whatever their amounts", () => {
    const report = analyze([
      DIM_HEAD,
      project(1, "1) โครงการอบรมคุณธรรมจริยธรรม", 10_000, 10_000),
      project(1, "2) โครงการศึกษาดูงาน", 6_000, 6_000),
      project(1, "3) กิจกรรมรณรงค์", 4_000, 4_000),
      project(2, "1) มาตรการเผยแพร่ข้อมูล", 2_000, 2_000),
    ]);
    expect(report.summary.total.projects).toBe(4);
    expect(report.summary.total.plannedBudget).toBe(2_200_000);
  });

  it("a detail line in another dimension than the project's is none of its parts", () => {
    const report = analyze([
      DIM_HEAD,
      project(1, "โครงการอบรม", 10_000, 10_000),
      project(2, "- กิจกรรมเผยแพร่", 10_000, 10_000),
    ]);
    expect(rolesOf(report)).toEqual(["2 project:item", "3 project:item"]);
  });

  it.each(["มาตรการส่งเสริมการปฏิบัติตามประมวลจริยธรรม", "กิจกรรมประกาศเจตจำนงสุจริต", "Measure: open data"])(
    "a name-only line beginning with a type word (%p) is an item, asked for its status",
    (name) => {
      const report = analyze([
        HEAD,
        item("1.1", "โครงการอบรมคุณธรรมจริยธรรม", 100, 100),
        [null, name, null, null, null],
      ]);
      expect(rolesOf(report)).toEqual(["2 project:item", "3 project:item"]);
      expect(codes(report)).toContain("unknown-status@3");
    },
  );

  it("a line after a blank row is not the rest of the name above", () => {
    const report = analyze([
      HEAD,
      item("1.1", "โครงการอบรม", 100, 100),
      [],
      [null, "สรุปผลการดำเนินงาน", null, null, null],
    ]);
    expect(rolesOf(report)).toEqual(["2 project:item", "4 project:item"]);
  });
});

describe("dimension rows with their subtotals below or beside the plan (spec §2.5)", () => {
  it("'มิติที่ N' rows whose status cell counts projects are that dimension's subtotals, checked", () => {
    const report = analyze([
      ["ลำดับ", "โครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
      ["มิติที่ 1 การสร้างวัฒนธรรมสุจริต", null, null, null, null],
      item("1.1", "โครงการอบรมคุณธรรม", 10_000, 9_000),
      item("1.2", "กิจกรรมรณรงค์", 2_000, 2_000),
      ["มิติที่ 2 การบริหารราชการด้วยความโปร่งใส", null, null, null, null],
      item("2.1", "มาตรการเปิดเผยข้อมูล", 3_000, 3_000),
      item("2.2", "โครงการลดขั้นตอน", 5_000, 4_000),
      [],
      [null, "มิติที่ 1 การสร้างวัฒนธรรมสุจริต", 12_000, 11_000, "ดำเนินการแล้วเสร็จ 2 โครงการ"],
      [null, "มิติที่ 2 การบริหารราชการด้วยความโปร่งใส", 9_000, 7_000, "ดำเนินการแล้วเสร็จ 2 โครงการ"],
    ]);
    expect(report.summary.total.projects).toBe(4);
    expect(report.summary.total.plannedBudget).toBe(2_000_000);
    // Dimension 2's stated 9,000 is not its rows' 8,000: said, on its row.
    expect(
      issuesOf(report, "control-total-mismatch").map((issue) => [issue.row, issue.details?.dimension]),
    ).toEqual([[10, 2]]);
  });

  it("'มิติที่ N' in the number column beside its subtotal is that dimension's heading", () => {
    const report = analyze([
      HEAD,
      ["มิติที่ 1 การสร้างวัฒนธรรมสุจริต", null, 12_000, 11_000, null],
      item("1.1", "โครงการอบรมคุณธรรม", 10_000, 9_000),
      item("1.2", "กิจกรรมรณรงค์", 2_000, 2_000),
    ]);
    expect(rolesOf(report)[0]).toBe("2 section:dimension-heading");
    expect(report.issues).toEqual([]);
  });
});

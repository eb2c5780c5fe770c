/** Which place is the plan, and whether a place holds one at all (spec §4.3). */
import {
  type Cell,
  type PlaceCandidate,
  PLACE_WORDS,
  analyzePlan,
  choosePlan,
  planTemplate,
} from "../../src/core";
import { type PlaceDecision, planEvidence, yearInName } from "../../src/core/rows/planPlace";
import { DIM_HEAD, DONE, HEAD, NOT_DONE, grid, project } from "./helpers";

type Rows = readonly (readonly Cell[])[];

/** What the evidence rule says of the rows of one sheet: "plan" or the reason it is not one. */
function verdict(rows: Rows): string {
  const of = grid(rows);
  const evidence = planEvidence(of, analyzePlan(of));
  return evidence.plan ? "plan" : evidence.why;
}

const place = (sheet: string, rows: Rows, more: Partial<PlaceCandidate> = {}): PlaceCandidate => ({
  sheet,
  grid: () => grid(rows),
  ...more,
});

/** The decision in short: "plan SHEET" / "none" / "ask WHY", and each place's verdict. */
function decided(decision: PlaceDecision): [string, string[]] {
  const head =
    decision.kind === "plan"
      ? `plan ${decision.report.source.table ?? decision.report.source.sheet}`
      : decision.kind === "ask"
        ? `ask ${decision.why}`
        : "none";
  return [head, decision.looked.map((look) => `${look.table ?? look.sheet}: ${look.verdict}`)];
}

const filled = (planned = 100): Rows => [DIM_HEAD, project(1, "อบรมคุณธรรม", planned, planned)];
const titled = (title: string, rows: Rows): Rows => [[title], ...rows];

describe("a plan only with evidence of project rows (spec §4.3)", () => {
  it.each<[string, Rows, string]>([
    ["the sample's shape: a full header and projects", filled(), "plan"],
    ["a full header alone (a blank form)", [DIM_HEAD], "plan"],
    ["a full header over blank rows, as the template", [DIM_HEAD, [], [null, null, null]], "plan"],
    [
      "a header with ticks instead of a status column",
      [["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", DONE, NOT_DONE]],
      "plan",
    ],
    ["name, budget and status, no dimension column, a project", [HEAD, ["อบรม", 100, 100, DONE]], "plan"],
    [
      "name and budget under dimension headings, no status column",
      [["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย"], ["มิติที่ 1 การสร้างวัฒนธรรมสุจริต"], ["อบรม", 100, 50]],
      "plan",
    ],
    [
      "name and budget with item numbers N.x, no status column",
      [
        ["ที่", "ชื่อโครงการ", "งบประมาณ"],
        ["1.1", "อบรม", 100],
        ["2.1", "ประกาศ", 0],
      ],
      "plan",
    ],
    [
      "an instructions sheet",
      [["คำชี้แจงการกรอกแบบฟอร์ม"], ["1. กรอกชื่อโครงการ"], ["2. เลือกสถานะ"]],
      "no-header",
    ],
    ["an empty sheet", [], "no-header"],
    [
      "a staff list",
      [
        ["ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", "สังกัด"],
        [1, "นายสมชาย ใจดี", "ปลัด", "สำนักปลัด"],
      ],
      "no-header",
    ],
    [
      "No. / Name / Type",
      [
        ["No.", "Name", "Type"],
        [1, "Alpha", "A"],
        [2, "Beta", "B"],
      ],
      "missing-columns",
    ],
    [
      "an ITA checklist",
      [
        ["ข้อ", "ตัวชี้วัด", "รายการ", "ผลการดำเนินการ"],
        ["o1", "โครงสร้าง", "แผนผังองค์กร", "มี"],
      ],
      "missing-columns",
    ],
    [
      "a procurement plan",
      [
        ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "แหล่งเงิน", "วิธีจัดหา", "กำหนดเวลา"],
        [1, "จัดซื้อวัสดุสำนักงาน", 50000, "เงินงบประมาณ", "เฉพาะเจาะจง", "ธ.ค. 66"],
      ],
      "no-status-or-dimension",
    ],
    [
      "a disbursement ledger",
      [
        ["ลำดับ", "รายการ", "งบประมาณ", "เบิกจ่าย", "วันที่"],
        [1, "ค่าวัสดุ", 5000, 4800, "2023-01-05"],
        [2, "ค่าจ้างเหมา", 12000, 12000, "2023-01-09"],
      ],
      "no-status-or-dimension",
    ],
    [
      "a partial header over names alone",
      [["ชื่อโครงการ", "งบประมาณ", "สถานะ"], ["อบรม"], ["ประกาศ"]],
      "no-projects",
    ],
  ])("%s", (_name, rows, expected) => {
    expect(verdict(rows)).toBe(expected);
  });

  it("the template, as a host creates it, is a plan with no rows", () => {
    const template = planTemplate({ organisation: "เทศบาลตำบลทดสอบ", fiscalYear: 2568 });
    const rows: Rows = [
      ...template.titles.map((title) => [title]),
      template.columns.map((column) => column.header),
      ...template.rows,
    ];
    expect(verdict(rows)).toBe("plan");
  });
});

describe("a summary by dimension is not a plan", () => {
  const header = ["มิติ", "โครงการตามแผนปฏิบัติการฯ", "งบประมาณตามแผนปฏิบัติการ", DONE, "งบประมาณเบิกจ่าย", NOT_DONE];
  it.each<[string, Rows]>([
    [
      "the product's summary: four dimensions, a total, a list under it",
      [
        header,
        [null, null, null, null, null, null, "โครงการ"],
        ["1. การสร้างวัฒนธรรมสุจริต", 5, 35000, 4, 17175, 1, 80],
        ["2. การบริหารราชการด้วยความโปร่งใส", 5, 23000, 5, 23000, 0, 100],
        ["3. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", 2, 20000, 2, 18495, 0, 100],
        ["4. การยกระดับกลไกการตรวจสอบ", 4, 323900, 4, 271425, 0, "-"],
        ["รวม", 16, 401900, 15, 330095, 1, 93.75],
        ["โครงการที่ไม่ได้ดำเนินการ (1 โครงการ)"],
      ],
    ],
    [
      "an office's table: dimension numbers in the dimension column, then Total",
      [
        ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
        [1, 3, 100, 90],
        [2, 2, 50, 50],
        ["Total", 5, 150, 140],
      ],
    ],
    [
      "two dimensions named in words, no total row",
      [header, ["มิติที่ 1", 3, 100, 2, 90, 1], ["มิติที่ 3", 1, 10, 1, 10, 0]],
    ],
  ])("%s", (_name, rows) => {
    expect(verdict(rows)).toBe("summary");
  });

  it.each<[string, Rows]>([
    [
      "a dimension heading carrying its subtotal, then its projects",
      [DIM_HEAD, ["มิติที่ 1 การสร้างวัฒนธรรมสุจริต", null, 100, 100], project(1, "อบรม", 100, 100)],
    ],
    [
      "four projects numbered 1–4 and a total",
      [
        ["ที่", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
        [1, "อบรม", 100, 100, DONE],
        [2, "ประกาศ", 0, 0, DONE],
        [3, "ประชุม", 50, 50, DONE],
        [4, "ตรวจสอบ", 10, 10, DONE],
        ["รวม", null, 160, 160],
      ],
    ],
  ])("a plan is not taken for one: %s", (_name, rows) => {
    expect(verdict(rows)).toBe("plan");
  });
});

describe("the year a place states", () => {
  it.each<[string, number | undefined]>([
    ["2567", 2567],
    ["แผน ปี ๒๕๖๗", 2567],
    ["FY2566", 2566],
    ["แผน 4 ปี 2566-2570", undefined],
    ["แผน", undefined],
    ["2023", undefined],
  ])("%s → %s", (name, year) => {
    expect(yearInName(name)).toBe(year);
  });
});

describe("which place is the plan (spec §4.3)", () => {
  const memo: Rows = [["บันทึกข้อความ"], ["เรื่อง รายงานผลการดำเนินการ"]];

  it("skips an instructions or memo sheet before the plan, and names it", () => {
    const decision = choosePlan([place("คำชี้แจง", memo), place("แผน", filled())]);
    expect(decided(decision)).toEqual(["plan แผน", ["แผน: read", "คำชี้แจง: no-header"]]);
    expect(PLACE_WORDS.th.others(decision.looked)).toBe(
      'ที่อื่นในไฟล์ที่ตรวจแล้ว: แผ่นงาน "คำชี้แจง" (ไม่มีแถวหัวตารางที่มีคอลัมน์ของแผนใน 20 แถวแรก)',
    );
    expect(PLACE_WORDS.en.others(decision.looked)).toBe(
      'Also looked at: sheet "คำชี้แจง" (no header row naming the plan\'s columns in its first 20 rows)',
    );
  });

  it("reads a plan beside a summary sheet, a procurement plan and a ledger", () => {
    const summary: Rows = [
      ["มิติ", "โครงการตามแผนปฏิบัติการฯ", "งบประมาณตามแผนปฏิบัติการ", DONE, "งบประมาณเบิกจ่าย", NOT_DONE],
      ["1. การสร้างวัฒนธรรมสุจริต", 1, 100, 1, 100, 0],
      ["รวม", 1, 100, 1, 100, 0],
    ];
    const procurement: Rows = [
      ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "วิธีจัดหา"],
      [1, "จัดซื้อ", 500, "ตกลงราคา"],
    ];
    const decision = choosePlan([place("สรุป", summary), place("จัดซื้อ", procurement), place("แผน", filled())]);
    expect(decided(decision)).toEqual([
      "plan แผน",
      ["แผน: read", "สรุป: summary", "จัดซื้อ: no-status-or-dimension"],
    ]);
  });

  it("a ledger with a status column of its own is no plan: no row gives a dimension or a status", () => {
    const ledger: Rows = [
      ["วันที่", "รายการ", "งบประมาณ", "เบิกจ่าย", "คงเหลือ", "สถานะการเบิกจ่าย"],
      ["1 ต.ค. 66", "ค่าวัสดุ", 50_000, 1_000, 49_000, "เบิกจ่ายแล้ว"],
      ["5 ต.ค. 66", "ค่าจ้างเหมา", 49_000, 5_000, 44_000, "รอเบิก"],
    ];
    expect(verdict(ledger)).toBe("no-dimension-or-status");
    expect(decided(choosePlan([place("ทะเบียน", ledger)]))).toEqual([
      "none",
      ["ทะเบียน: no-dimension-or-status"],
    ]);
  });

  it("prefers a plan whose rows are in dimensions to a list whose rows are in none", () => {
    const results: Rows = [
      ["ลำดับ", "โครงการ", "งบประมาณ", "ผลการดำเนินการ"],
      [1, "จัดซื้อครุภัณฑ์คอมพิวเตอร์", 30_000, DONE],
      [2, "จ้างเหมาซ่อมถนน", 200_000, "อยู่ระหว่างดำเนินการ"],
    ];
    expect(verdict(results)).toBe("plan");
    expect(decided(choosePlan([place("ผลจัดซื้อ", results), place("แผน", filled())]))).toEqual([
      "plan แผน",
      ["แผน: read", "ผลจัดซื้อ: no-dimension"],
    ]);
    // Alone, such a list is still read, and its rows' missing dimensions say what is wrong.
    expect(decided(choosePlan([place("ผลจัดซื้อ", results)]))[0]).toBe("plan ผลจัดซื้อ");
  });

  it("prefers a visible sheet's plan to a hidden one's, and reads a hidden plan alone", () => {
    expect(
      decided(choosePlan([place("สำรอง", filled(1), { hidden: true }), place("แผน", filled(2))])),
    ).toEqual(["plan แผน", ["แผน: read", "สำรอง: hidden"]]);
    // An empty form on a visible sheet and a filled plan on a hidden one: a question.
    expect(
      decided(choosePlan([place("แบบฟอร์ม", [DIM_HEAD]), place("สำรอง", filled(), { hidden: true })])),
    ).toEqual(["ask several-plans", ["แบบฟอร์ม: candidate", "สำรอง: candidate"]]);
    const alone = choosePlan([place("ปก", memo), place("แผน", filled(), { hidden: true })]);
    expect(decided(alone)[0]).toBe("plan แผน");
    expect(PLACE_WORDS.en.verdict(alone.looked[0])).toBe("read as the plan (a hidden sheet)");
  });

  it("prefers a filled plan to an empty template beside it, whichever comes first", () => {
    for (const order of [
      [place("แบบฟอร์ม", [DIM_HEAD]), place("แผน", filled())],
      [place("แผน", filled()), place("แบบฟอร์ม", [DIM_HEAD, []])],
    ]) {
      expect(decided(choosePlan(order))).toEqual(["plan แผน", ["แผน: read", "แบบฟอร์ม: empty"]]);
    }
  });

  it("asks which year when there is a sheet per year, and reads the report year's when given", () => {
    const places = [
      place("2565", filled(1)),
      place("แผน", titled("แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2566", filled(2))),
      place("2567", filled(3)),
    ];
    const asked = choosePlan(places);
    expect(decided(asked)).toEqual([
      "ask several-years",
      ["2565: candidate", "แผน: candidate", "2567: candidate"],
    ]);
    expect(asked.looked.map((look) => look.fiscalYear)).toEqual([2565, 2566, 2567]);
    const chosen = choosePlan(places, { fiscalYear: 2566 });
    expect(decided(chosen)).toEqual(["plan แผน", ["แผน: read", "2565: other-year", "2567: other-year"]]);
    expect(chosen.kind === "plan" && chosen.report.summary.total.plannedBudget).toBe(200);
    expect(decided(choosePlan(places, { fiscalYear: 2568 }))[0]).toBe("ask no-plan-of-year");
  });

  it("with a report year, reads the plan stating it, else the one stating none", () => {
    const places = [place("ร่าง", filled(1)), place("2566", filled(2))];
    expect(decided(choosePlan(places, { fiscalYear: 2566 }))).toEqual([
      "plan 2566",
      ["2566: read", "ร่าง: no-year"],
    ]);
    expect(decided(choosePlan(places, { fiscalYear: 2567 }))).toEqual([
      "plan ร่าง",
      ["ร่าง: read", "2566: other-year"],
    ]);
  });

  it("says a plan is split over sheets by dimension", () => {
    const dimension = (d: number): Rows => [DIM_HEAD, project(d, `โครงการมิติ ${d}`, 100, 100)];
    const decision = choosePlan([1, 2, 3, 4].map((d) => place(`มิติ ${d}`, dimension(d))));
    expect(decided(decision)).toEqual([
      "ask split-by-dimension",
      ["มิติ 1: candidate", "มิติ 2: candidate", "มิติ 3: candidate", "มิติ 4: candidate"],
    ]);
    expect(PLACE_WORDS.th.looked(decision.looked[0])).toBe('แผ่นงาน "มิติ 1" (มิติที่ 1, 1 โครงการ)');
  });

  it("asks, naming them, when plans of one year cover the same dimensions (a plan per division)", () => {
    const division = (name: string): Rows => [
      DIM_HEAD,
      project(1, `${name} อบรม`, 100, 100),
      project(2, `${name} ประกาศ`, 0, 0),
    ];
    const decision = choosePlan([place("สำนักปลัด", division("ก")), place("กองคลัง", division("ข"))]);
    expect(decided(decision)).toEqual(["ask several-plans", ["สำนักปลัด: candidate", "กองคลัง: candidate"]]);
  });

  it("reads a sheet's table as the table, and the sheet when its tables hold no plan", () => {
    const sheet = filled();
    const lookup: Rows = [["รายการ"], ["ดำเนินการแล้วเสร็จ"]];
    expect(decided(choosePlan([place("แผน", sheet, { table: "Plan" }), place("แผน", sheet)]))).toEqual([
      "plan Plan",
      ["Plan: read"],
    ]);
    expect(decided(choosePlan([place("แผน", lookup, { table: "Lists" }), place("แผน", sheet)]))).toEqual([
      "plan แผน",
      ["แผน: read", "Lists: no-header"],
    ]);
  });

  it("finds no plan, naming every place and what it lacks", () => {
    const decision = choosePlan([
      place("ปก", memo),
      place("รายชื่อ", [
        ["No.", "Name", "Type"],
        [1, "A", "x"],
      ]),
    ]);
    expect(decided(decision)).toEqual(["none", ["ปก: no-header", "รายชื่อ: missing-columns"]]);
    expect(decision.looked.map((look) => PLACE_WORDS.th.looked(look))).toEqual([
      'แผ่นงาน "ปก" (ไม่มีแถวหัวตารางที่มีคอลัมน์ของแผนใน 20 แถวแรก)',
      'แผ่นงาน "รายชื่อ" (ไม่มีคอลัมน์ งบประมาณตามแผน)',
    ]);
    expect(PLACE_WORDS.en.looked(decision.looked[1])).toBe('sheet "รายชื่อ" (no Planned budget column)');
  });
});

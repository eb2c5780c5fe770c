import { analyzePlan, findHeader, matchHeader, type Cell, type Field } from "../../src/core";
import { headerKey } from "../../src/core/text";
import { DONE, HEAD, NOT_DONE, analyze, codes, grid } from "./helpers";

const SPEC_HEADERS: readonly (readonly [Field, readonly string[]])[] = [
  ["no", ["ลำดับ", "ลำดับที่", "ที่", "ข้อ", "No", "No.", "#"]],
  ["dimension", ["มิติ", "มิติที่", "Dimension"]],
  [
    "name",
    [
      "ชื่อโครงการ",
      "โครงการ",
      "โครงการ/กิจกรรม/มาตรการ",
      "ชื่อโครงการ/กิจกรรม/มาตรการ",
      "ชื่อโครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติงาน",
      "Project",
      "Name",
    ],
  ],
  ["type", ["ประเภท", "ประเภทงาน", "Type"]],
  [
    "plannedBudget",
    ["งบประมาณ", "งบประมาณตามแผน", "งบประมาณที่ตั้งไว้", "งบประมาณตามแผนปฏิบัติการ", "Planned budget", "Budget"],
  ],
  [
    "disbursed",
    [
      "งบประมาณเบิกจ่าย",
      "เบิกจ่าย",
      "เบิกจ่ายจริง",
      "งบประมาณที่ใช้",
      "งบประมาณที่ใช้ไป",
      "งบประมาณที่ใช้จริง",
      "ผลการเบิกจ่าย",
      "Disbursed",
      "Spent",
    ],
  ],
  ["status", ["สถานะ", "สถานะโครงการ", "ผลการดำเนินการ", "Status"]],
  ["note", ["หมายเหตุ", "เหตุผล", "ปัญหา/อุปสรรค", "Note", "Reason", "Remarks"]],
];

describe("header words (spec §2.1)", () => {
  const cases = SPEC_HEADERS.flatMap(([field, words]) => words.map((word) => [word, field] as const));

  it.each(cases)("recognises %p as %s", (word, field) => {
    expect(matchHeader(word)?.field).toBe(field);
  });

  it.each(cases)("recognises %p in upper case, spaced, broken over lines and with (บาท)", (word, field) => {
    const spaced = word.split("").join(" ");
    expect(matchHeader(word.toUpperCase())?.field).toBe(field);
    expect(matchHeader(`  ${spaced}  `)?.field).toBe(field);
    expect(matchHeader(`${word}\n(บาท)`)?.field).toBe(field);
    expect(matchHeader(`${word} (Baht)`)?.field).toBe(field);
  });

  it("ignores Thai versus Arabic digits", () => {
    expect(headerKey("งบประมาณ ปี ๒๕๖๖")).toBe(headerKey("งบประมาณ ปี 2566"));
    expect(matchHeader("งบประมาณเบิกจ่าย ปี ๒๕๖๖")?.field).toBe("disbursed");
  });

  it("lets the more specific header win: งบประมาณเบิกจ่าย is disbursed, not planned", () => {
    expect(matchHeader("งบประมาณเบิกจ่าย")?.field).toBe("disbursed");
    expect(matchHeader("งบประมาณเบิกจ่าย (บาท)")?.field).toBe("disbursed");
    for (const row of [
      ["ชื่อโครงการ", "งบประมาณเบิกจ่าย", "งบประมาณ", "สถานะ"],
      ["ชื่อโครงการ", "งบประมาณ", "งบประมาณเบิกจ่าย", "สถานะ"],
    ]) {
      const header = findHeader(grid([row]))!;
      expect(row[header.columns.plannedBudget!]).toBe("งบประมาณ");
      expect(row[header.columns.disbursed!]).toBe("งบประมาณเบิกจ่าย");
    }
  });

  it("does not read a short word such as ที่ as the start of a longer header", () => {
    expect(matchHeader("ที่ตั้ง")).toBeUndefined();
  });
});

describe("where the header row is", () => {
  const titled = (titleLines: number): Cell[][] => [
    ...Array.from({ length: titleLines }, (_, i): Cell[] => [`บรรทัดหัวเรื่อง ${i + 1}`]),
    [...HEAD],
    ["ก", 100, 100, DONE],
  ];

  it("finds a header under title lines, as low as row 20", () => {
    const report = analyze(titled(19));
    expect(report.source.headerRow).toBe(20);
    expect(report.rows.map((row) => [row.row, row.name])).toEqual([[21, "ก"]]);
  });

  it("does not look for a header at row 21 or below", () => {
    expect(analyzePlan(grid(titled(20)))).toBeUndefined();
  });

  it("reports the header's worksheet row when the grid does not start at A1", () => {
    const report = analyze([[...HEAD], ["ก", 100, 100, DONE]], {}, 5, 3);
    expect(report.source.headerRow).toBe(5);
    expect(report.rows[0].row).toBe(6);
  });

  it("returns no plan for a grid with no header, or an empty grid", () => {
    expect(analyzePlan(grid([]))).toBeUndefined();
    expect(analyzePlan(grid([["สวัสดี"], [1, 2, 3], ["บันทึกข้อความ", null, "เรื่อง"]]))).toBeUndefined();
    expect(analyzePlan(grid([["ชื่อโครงการ"], ["ก"]]))).toBeUndefined();
  });

  it("uses the header row the user chose", () => {
    const report = analyze([["ชื่อโครงการ", "งบประมาณ"], [...HEAD], ["ก", 100, 100, DONE]], { headerRow: 2 });
    expect(report.source.headerRow).toBe(2);
    expect(report.rows.map((row) => row.name)).toEqual(["ก"]);
  });

  it("uses the columns the user chose over the recognised ones", () => {
    const report = analyze(
      [
        ["ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ", "ยอดที่จ่ายจริง"],
        ["ก", 100, 90, DONE, 80],
      ],
      { columns: { disbursed: 4 } },
    );
    expect(report.rows[0].disbursed).toBe(8000);
  });
});

describe("two-row headers (spec §2.1, as in the seed's table)", () => {
  // A merged cell's text sits only in its top-left cell; the rest of the merge reads as empty.
  const top: Cell[] = ["ลำดับ", "มิติ", "ชื่อโครงการ", "งบประมาณ (บาท)", null, "ผลการดำเนินการ", null, "หมายเหตุ"];
  const bottom: Cell[] = [null, null, null, "ตามแผน", "เบิกจ่าย", DONE, NOT_DONE, null];
  const rows: Cell[][] = [
    top,
    bottom,
    ["1.1", 1, "ก", 20000, 17175, "✓", null, null],
    ["1.2", 1, "ข", 15000, 0, null, "✓", "ไม่มีผู้สมัคร"],
  ];

  it("reads the group and its sub-headers as one header", () => {
    const header = findHeader(grid(rows))!;
    expect(header.index).toBe(0);
    expect(header.height).toBe(2);
    expect(header.columns).toEqual({ no: 0, dimension: 1, name: 2, plannedBudget: 3, disbursed: 4, note: 7 });
    expect(header.ticks).toEqual([
      { bucket: "completed", index: 5 },
      { bucket: "notDone", index: 6 },
    ]);
    expect(header.missing).toEqual([]);
  });

  it("reads data from under the second header row, status from the tick columns", () => {
    const report = analyze(rows);
    expect(report.source.headerRow).toBe(1);
    expect(
      report.rows.map((r) => [r.row, r.no, r.dimension, r.plannedBudget, r.disbursed, r.status]),
    ).toEqual([
      [3, "1.1", 1, 2000000, 1717500, "completed"],
      [4, "1.2", 1, 1500000, 0, "notDone"],
    ]);
    expect(report.issues).toEqual([]);
  });

  it("finds the two-row header under title lines too", () => {
    const report = analyze([["แผนปฏิบัติการป้องกันการทุจริต"], [], ...rows]);
    expect(report.source.headerRow).toBe(3);
    expect(report.rows.map((r) => r.row)).toEqual([5, 6]);
  });

  it("keeps a one-row header when the row under it is data", () => {
    const header = findHeader(grid([[...HEAD], ["ก", "100", "100", DONE]]))!;
    expect(header.height).toBe(1);
  });
});

describe("missing columns (spec §2.1)", () => {
  it("reports a missing needed column once, with no row, and no summary figures are guessed", () => {
    const report = analyze([
      ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "สถานะ"],
      ["1.1", "ก", 100, DONE],
    ]);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({ code: "missing-column", row: null, column: null, field: "disbursed" }),
    ]);
    expect(report.valid).toBe(false);
    expect(report.summary.total.disbursed).toBe(0);
  });

  it("reports a missing name column once, not as a nameless row on every line", () => {
    const report = analyze([
      ["ลำดับ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
      ["1.1", 100, 100, DONE],
      ["1.2", 100, 100, DONE],
    ]);
    expect(codes(report)).toEqual(["missing-column@-"]);
    expect(report.issues[0].field).toBe("name");
  });

  it("needs a status column or status-word tick columns", () => {
    const report = analyze([
      ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย"],
      ["1.1", "ก", 100, 100],
    ]);
    expect(report.issues.map((i) => [i.code, i.row, i.field])).toEqual([["missing-column", null, "status"]]);
  });
});

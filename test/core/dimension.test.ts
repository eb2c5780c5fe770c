import { DIMENSION_NAMES, type Cell } from "../../src/core";
import { dimensionFromNumber, readDimensionCell } from "../../src/core/dimension";
import { DIM_HEAD, DONE, analyze, codes, project } from "./helpers";

const dimensionOf = (cell: Cell): number | undefined => {
  const reading = readDimensionCell(cell);
  return reading.kind === "dimension" ? reading.dimension : undefined;
};

describe("the dimension cell (spec §2.2 rule 1)", () => {
  it.each<[Cell, number]>([
    [2, 2],
    ["2", 2],
    [" 3 ", 3],
    ["๒", 2],
    ["มิติที่ ๒", 2],
    ["มิติที่ 2", 2],
    ["มิติที่2", 2],
    ["มิติ 2", 2],
    ["1. การสร้างวัฒนธรรมสุจริต", 1],
    ["1 การสร้างวัฒนธรรมสุจริต", 1],
    ["๔. การยกระดับกลไกการตรวจสอบ", 4],
  ])("reads %p as dimension %i", (cell, dimension) => {
    expect(dimensionOf(cell)).toBe(dimension);
  });

  it.each<[string, number]>([
    ["การสร้างสังคมที่ไม่ทนต่อการทุจริต", 1],
    ["การบริหารราชการเพื่อป้องกันการทุจริต", 2],
    ["การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", 3],
    ["การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ", 4],
    ["การสร้างวัฒนธรรมสุจริต", 1],
    ["การบริหารราชการด้วยความโปร่งใส", 2],
    ["การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น", 4],
  ])("knows the name %p (dimension %i) of either plan era", (name, dimension) => {
    expect(readDimensionCell(name)).toEqual({ kind: "dimension", dimension, name });
  });

  it("keeps the name the sheet gives after the number", () => {
    expect(readDimensionCell("1. การสร้างสังคมที่ไม่ทนต่อการทุจริต")).toEqual({
      kind: "dimension",
      dimension: 1,
      name: "การสร้างสังคมที่ไม่ทนต่อการทุจริต",
    });
  });

  it.each<Cell>([0, 5, -1, 2.5, "2.5", "๒.๕", "5", "๕", "มิติที่ 5", "มิติ 0"])(
    "reads %p as outside 1–4",
    (cell) => {
      expect(readDimensionCell(cell).kind).toBe("out-of-range");
    },
  );

  it.each<Cell>([null, "", "ทั่วไป", true, { error: "#N/A" }])("cannot read %p", (cell) => {
    expect(readDimensionCell(cell).kind).toBe("unreadable");
  });
});

describe("the item number (spec §2.2 rule 3)", () => {
  it.each<[Cell, number | undefined]>([
    ["2.3", 2],
    ["๒.๓", 2],
    ["2.1.4", 2],
    [3.1, 3],
    ["7", undefined],
    [7, undefined],
    ["5.1", undefined],
    ["", undefined],
  ])("gives %p dimension %p", (cell, dimension) => {
    expect(dimensionFromNumber(cell)).toBe(dimension);
  });
});

describe("which dimension a row is in, first rule that applies", () => {
  it("puts rows under a section row in its dimension, and the section row is not a project", () => {
    const report = analyze([
      ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
      ["มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส"],
      ["1", "ก", 100, 100, DONE],
      [null, null, "มิติ 3"],
      ["2", "ข", 100, 100, DONE],
    ]);
    expect(report.rows.map((r) => [r.row, r.name, r.dimension])).toEqual([
      [3, "ก", 2],
      [5, "ข", 3],
    ]);
    expect(report.issues).toEqual([]);
  });

  it("takes the dimension cell over the section row, and the section row over the item number", () => {
    const report = analyze([
      ["ลำดับ", ...DIM_HEAD],
      ["มิติที่ 1"],
      ["2.1", 4, "ก", 100, 100, DONE, null],
      ["2.2", null, "ข", 100, 100, DONE, null],
    ]);
    expect(report.rows.map((r) => r.dimension)).toEqual([4, 1]);
  });

  it("falls back to the leading number of the item number", () => {
    const report = analyze([
      ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
      ["๓.๒", "ก", 100, 100, DONE],
    ]);
    expect(report.rows[0].dimension).toBe(3);
    expect(report.issues).toEqual([]);
  });

  it("flags a row no rule can place, names the cell, and leaves it out of the summary", () => {
    const report = analyze([DIM_HEAD, project("ทั่วไป", "ก", 100, 100), project(null, "ข", 100, 100)]);
    expect(codes(report)).toEqual(["unknown-dimension@2", "unknown-dimension@3"]);
    expect(report.issues[0]).toMatchObject({ field: "dimension", text: "ทั่วไป", column: 1 });
    expect(report.summary.total.projects).toBe(0);
  });

  it("flags a dimension outside 1–4 even under a section row", () => {
    const report = analyze([DIM_HEAD, ["มิติที่ 1"], project(5, "ก", 100, 100)]);
    expect(codes(report)).toEqual(["unknown-dimension@3"]);
    expect(report.issues[0].text).toBe("5");
  });

  it("does not count a section row for a dimension outside 1–4 as a project, but flags it", () => {
    const report = analyze([DIM_HEAD, ["มิติที่ 1"], ["มิติที่ 5"], project(null, "ก", 100, 100)]);
    expect(report.rows.map((r) => r.name)).toEqual(["ก"]);
    expect(codes(report)).toEqual(["unknown-dimension@3", "unknown-dimension@4"]);
    expect(report.issues[0]).toMatchObject({ text: "มิติที่ 5", column: 1 });
  });
});

describe("the dimension name printed", () => {
  it("is the sheet's name, from the dimension cell or the section row, else the 2566–2570 name", () => {
    const report = analyze([
      DIM_HEAD,
      project("1. การสร้างสังคมที่ไม่ทนต่อการทุจริต", "ก", 100, 100),
      ["มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต"],
      project(null, "ข", 100, 100),
      project(3, "ค", 100, 100),
    ]);
    expect(report.summary.dimensions.map((d) => d.name)).toEqual([
      "การสร้างสังคมที่ไม่ทนต่อการทุจริต",
      "การบริหารราชการเพื่อป้องกันการทุจริต",
      DIMENSION_NAMES[3],
      DIMENSION_NAMES[4],
    ]);
  });
});

import fc from "fast-check";
import { type Cell, describeIssue } from "../../src/core";
import { DIMENSION_NAMES } from "../../src/core/cells/vocabulary";
import { dimensionFromNumber, readDimensionCell } from "../../src/core/rows/dimension";
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

  it.each<Cell>([0, 5, -1, 2.5, 1.1, "5.1", "๕.๑", "0.5", "5", "๕", "มิติที่ 5", "มิติ 0"])(
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

describe("a sub-dimension number in the dimension column (spec §2.2 rule 1)", () => {
  it.each<[string, number]>([
    ["1.1", 1],
    ["2.5", 2],
    ["๒.๓", 2],
    ["3.2.1", 3],
    ["4.10", 4],
    ["1.1 การสร้างจิตสำนึกและความตระหนักแก่บุคลากร", 1],
    ["1.1การสร้างจิตสำนึก", 1],
    ["๓.๑ ส่งเสริมให้ประชาชนมีส่วนร่วม", 3],
    ["มิติที่ 2.3 การเปิดเผยข้อมูล", 2],
  ])("reads the text %p as dimension %i, with no name of its own", (cell, dimension) => {
    expect(readDimensionCell(cell)).toEqual({ kind: "dimension", dimension });
  });

  it("names the dimension by its heading or the standard name, never by the sub-dimension's text", () => {
    const sub = "1.1 การสร้างจิตสำนึกและความตระหนักแก่บุคลากร";
    const bare = analyze([DIM_HEAD, project(sub, "ก", 100, 100)]);
    expect(bare.summary.dimensions[0]).toMatchObject({ projects: 1, name: DIMENSION_NAMES[1] });
    expect(bare.issues).toEqual([]);
    const headed = analyze([DIM_HEAD, ["มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต"], project(sub, "ก", 100, 100)]);
    expect(headed.summary.dimensions[0].name).toBe("การสร้างสังคมที่ไม่ทนต่อการทุจริต");
  });

  it("keeps a number 2.5 outside 1–4, and asks what it means", () => {
    const report = analyze([DIM_HEAD, project(2.5, "ก", 100, 100)]);
    expect(codes(report)).toEqual(["unknown-dimension@2"]);
    expect(describeIssue(report.issues[0], "th")).toContain("หัวข้อย่อย 2.5 ของมิติที่ 2");
    expect(describeIssue(report.issues[0], "en")).toContain("sub-dimension 2.5 of dimension 2");
    expect(report.summary.total.projects).toBe(0);
  });
});

describe("two dimensions in one cell (spec §2.2)", () => {
  it.each<[string, number[]]>([
    ["มิติที่ 3-4", [3, 4]],
    ["มิติที่ ๓-๔", [3, 4]],
    ["3,4", [3, 4]],
    ["3, 4", [3, 4]],
    ["3 และ 4", [3, 4]],
    ["มิติที่ 3 และมิติที่ 4", [3, 4]],
    ["1/2", [1, 2]],
    ["2 หรือ 3", [2, 3]],
    ["1, 2 และ 4", [1, 2, 4]],
    ["Dimensions 1 and 2", [1, 2]],
    ["มิติที่ 3–4 การส่งเสริมบทบาท", [3, 4]],
  ])("is an error naming every dimension of %p, and the row counts in none", (cell, listed) => {
    expect(readDimensionCell(cell).kind).toBe("out-of-range");
    // Even under a section row, the cell's two dimensions are not silently the section's one.
    const report = analyze([DIM_HEAD, ["มิติที่ 3"], project(cell, "ก", 100, 100)]);
    expect(codes(report)).toEqual(["unknown-dimension@3"]);
    expect(report.summary.total.projects).toBe(0);
    const th = describeIssue(report.issues[0], "th");
    const en = describeIssue(report.issues[0], "en");
    expect(th).toContain(`มิติที่ ${listed.slice(0, -1).join(", ")} และ ${listed[listed.length - 1]}`);
    expect(en).toContain(`${listed.slice(0, -1).join(", ")} and ${listed[listed.length - 1]}`);
  });

  it.each<[string, number]>([
    ["1. การสร้างวัฒนธรรมสุจริต", 1],
    ["2 - การบริหารราชการด้วยความโปร่งใส", 2],
    ["มิติที่ 1, 1", 1],
  ])("reads %p, which names one dimension, as that dimension", (cell, dimension) => {
    expect(dimensionOf(cell)).toBe(dimension);
  });

  it("never reads any two different dimensions joined in any way as one of them", () => {
    const dimension = fc.integer({ min: 1, max: 4 });
    const join = fc.constantFrom(
      "-",
      " - ",
      "–",
      ",",
      ", ",
      "/",
      " และ ",
      " หรือ ",
      " ถึง ",
      " and ",
      "&",
      "+",
    );
    const prefix = fc.constantFrom("", "มิติที่ ", "มิติ ", "Dimension ");
    const again = fc.constantFrom("", "มิติที่ ", "มิติ");
    const thai = fc.boolean();
    fc.assert(
      fc.property(dimension, dimension, join, prefix, again, thai, (a, b, by, before, second, digits) => {
        fc.pre(a !== b);
        const raw = `${before}${a}${by}${second}${b}`;
        const text = digits ? raw.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d))) : raw;
        expect(readDimensionCell(text).kind).toBe("out-of-range");
      }),
    );
  });
});

/**
 * The report document as data (spec §10): its head, body, table and annex come from the one report,
 * and its table is the summary sheet's own.
 */
import {
  SAMPLE_GRID,
  SAMPLE_HEADER_ROW,
  analyzePlan,
  displayText,
  summaryLayout,
  type Cell,
  type Grid,
  type PlanReport,
  planTemplate,
} from "../../src/core";
import { narrativeColumns } from "../../src/core/document/narrative";
import {
  type DocBlock,
  type MemoDocument,
  memoDocument,
  summaryTable,
} from "../../src/core/document/memoDocument";
import { readMemoDate, readMemoSettings } from "../../src/core/document/memoDetails";
import { documentHtml, documentText } from "../../src/core/document/documentHtml";

const TODAY = new Date(2023, 11, 25);
const sample = (options = {}) => analyzePlan(SAMPLE_GRID, options)!;
const blocks = (document: MemoDocument) => document.sections.flatMap((section) => section.blocks);
const texts = (document: MemoDocument) => documentText(document).split("\n");

describe("the report document", () => {
  it("heads the memo with its fields, the subject naming the year and round", () => {
    const document = memoDocument(sample(), {}, TODAY);
    const head = blocks(document).slice(0, 5);
    expect(head[0]).toEqual({ kind: "memoTitle", text: "บันทึกข้อความ" });
    expect(texts(document)).toEqual(
      expect.arrayContaining([
        "ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลแม่วิน",
        "ที่ ..............................    วันที่ 25 ธันวาคม 2566",
        "เรื่อง รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2566 รอบ 12 เดือน",
        "เรียน นายกองค์การบริหารส่วนตำบลแม่วิน",
      ]),
    );
  });

  it("uses the details given over the defaults, and addresses a municipality's mayor", () => {
    const document = memoDocument(
      sample({ organisation: "เทศบาลตำบลแม่วิน", round: 6 }),
      { reference: "ชม 74201/1614", author: { name: "นายชัยวัฒน์ แสนภิบาลพงศ์", position: "นิติกรปฏิบัติการ" } },
      TODAY,
    );
    const all = texts(document);
    expect(all).toEqual(
      expect.arrayContaining([
        "ที่ ชม 74201/1614    วันที่ 25 ธันวาคม 2566",
        "เรียน นายกเทศมนตรีตำบลแม่วิน",
        "(นายชัยวัฒน์ แสนภิบาลพงศ์)",
        "นิติกรปฏิบัติการ",
        "เรื่อง รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน",
      ]),
    );
  });

  it("has the seed's sections, proposals and comment blocks", () => {
    const all = texts(memoDocument(sample(), {}, TODAY));
    for (const heading of ["1. เรื่องเดิม", "2. ข้อเท็จจริง", "3. ข้อเสนอ", "จึงเรียนมาเพื่อโปรดพิจารณา", "ภาคผนวก"])
      expect(all).toContain(heading);
    expect(all).toEqual(expect.arrayContaining(["☐ เห็นชอบตามที่เสนอ", "☐ อนุมัติตามที่เสนอ"]));
    // The one project not carried out is proposed for next year's plan.
    expect(all.some((text) => text.includes("ไปบรรจุในแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567"))).toBe(
      true,
    );
    expect(all.some((text) => text.startsWith("ประกาศ"))).toBe(false);
  });

  it("takes the proposals given, and adds the announcement only when asked", () => {
    const all = texts(memoDocument(sample(), { proposals: ["เห็นควรแจ้งเวียน"], announcement: true }, TODAY));
    expect(all).toContain("1) เห็นควรแจ้งเวียน");
    expect(all).not.toContain(
      "2) เห็นควรเผยแพร่ผลการดำเนินงานดังกล่าวบนเว็บไซต์ขององค์การบริหารส่วนตำบลแม่วิน เพื่อให้ประชาชนทราบโดยทั่วกัน",
    );
    expect(all).toContain("ประกาศองค์การบริหารส่วนตำบลแม่วิน");
  });

  it("prints the summary sheet's own table, figure for figure", () => {
    const report = sample();
    const layout = summaryLayout(report);
    const { top, bottom, left, right } = layout.table;
    const sheet = layout.cells
      .filter((cell) => cell.row >= top && cell.row <= bottom && cell.column >= left && cell.column <= right)
      .map((cell) => displayText(cell.value, cell.format));
    const { table } = summaryTable(report, "th");
    const printed = table.rows.flatMap((row) => row.map((cell) => cell.text)).filter((text) => text !== "");
    expect(printed).toEqual(sheet);
    expect(printed).toEqual(
      expect.arrayContaining(["401,900.00", "330,095.00", "93.75", "82.13", "49.07", "92.48"]),
    );
  });

  it("gives each figure column the width of its widest figure, and the rest to the names", () => {
    const { table, landscape } = summaryTable(sample(), "th");
    const page = landscape ? 841.9 - 85.05 - 56.7 : 595.3 - 85.05 - 56.7;
    expect(table.columnWidths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(page);
    expect(table.columnWidths[0]).toBeGreaterThanOrEqual(110);
  });

  it("says the plan has errors where the sheet does", () => {
    const rows: Cell[][] = SAMPLE_GRID.rows.map((row) => [...row]);
    rows[4][5] = "เสร็จแล้วมั้ง"; // a status no one can read
    const report = analyzePlan({ ...SAMPLE_GRID, rows })!;
    expect(report.valid).toBe(false);
    const all = texts(memoDocument(report, {}, TODAY));
    expect(all.some((text) => text.startsWith("ข้อมูลในแผนยังมีข้อผิดพลาด"))).toBe(true);
    expect(
      texts(memoDocument(sample(), {}, TODAY)).some((text) => text.startsWith("ข้อมูลในแผนยังมีข้อผิดพลาด")),
    ).toBe(false);
  });

  it("lists every project in the annex with the budget set and used, or none used", () => {
    const report: PlanReport = sample();
    const all = texts(memoDocument(report, {}, TODAY));
    for (const row of report.rows) expect(all).toContain(`${row.no} ${row.name}`);
    expect(all).toEqual(
      expect.arrayContaining([
        "งบประมาณที่ตั้งไว้ 323,900.00 บาท",
        "งบประมาณที่ใช้ 271,425.00 บาท",
        "งบประมาณที่ตั้งไว้ ไม่ได้ใช้งบประมาณ",
      ]),
    );
    for (const heading of ["2. ปัจจัยสนับสนุน", "3. ปัญหา/อุปสรรคในการดำเนินงาน", "4. ข้อเสนอแนะ"])
      expect(all).toContain(heading);
  });

  it("is written in English with the same structure", () => {
    const thai = memoDocument(sample(), {}, TODAY);
    const english = memoDocument(sample(), {}, TODAY, "en");
    expect(blocks(english).map((block: DocBlock) => block.kind)).toEqual(
      blocks(thai).map((block) => block.kind),
    );
    expect(texts(english)).toEqual(
      expect.arrayContaining(["Memorandum", "1. Background", "2. Facts", "3. Proposals"]),
    );
  });
});

describe("the report document as formatted text", () => {
  it("holds the same text and table, escaped, in the official font", () => {
    const rows: Cell[][] = SAMPLE_GRID.rows.map((row) => [...row]);
    rows[4][2] = "<b>โครงการ</b> & กิจกรรม";
    const document = memoDocument(analyzePlan({ ...SAMPLE_GRID, rows })!, {}, TODAY);
    const html = documentHtml(document);
    expect(html).toContain("font-family:'TH Sarabun New';font-size:16pt");
    expect(html).toContain("&lt;b&gt;โครงการ&lt;/b&gt; &amp; กิจกรรม");
    expect(html).not.toContain("<b>โครงการ</b>");
    for (const figure of ["401,900.00", "330,095.00", "93.75", "82.13"])
      expect(html).toContain(`>${figure}</td>`);
    expect(html.match(/page-break-before:always/g)?.length).toBe(document.sections.length - 1);
  });
});

describe("the report document's settings", () => {
  it("reads a date in either era, and refuses one that is no date", () => {
    expect(readMemoDate("2566-12-25")).toEqual(new Date(2023, 11, 25));
    expect(readMemoDate("2023-12-25")).toEqual(new Date(2023, 11, 25));
    expect(readMemoDate("2023-02-30")).toBeUndefined();
    expect(readMemoDate("25/12/2566")).toBeUndefined();
  });

  it("reads the fields and names every one it cannot use", () => {
    const read = readMemoSettings({
      reference: "ชม 74201/1614",
      date: "2566-12-25",
      author: { name: "นายชัยวัฒน์", position: "นิติกร" },
      proposals: ["ก", " "],
      emblem: "garuda.png",
    });
    expect(read.problems).toEqual([]);
    expect(read.details).toEqual({
      reference: "ชม 74201/1614",
      date: new Date(2023, 11, 25),
      author: { name: "นายชัยวัฒน์", position: "นิติกร" },
      proposals: ["ก"],
    });
    expect(read.emblem).toBe("garuda.png");
    const bad = readMemoSettings({ refrence: "x", date: "yesterday", deputy: "นาย ก", announcement: "yes" });
    expect(bad.problems).toEqual([
      "refrence",
      "date (YYYY-MM-DD)",
      'deputy: { "name": …, "position": … }',
      "announcement",
    ]);
  });
});

describe("the annex, from the plan's columns in words", () => {
  /** The sample with columns an office keeps beside its projects: what was done, the result, factors, suggestions. */
  function withNarrative(): Grid {
    const extra = ["การดำเนินการ", "ผลที่ได้รับ", "ปัจจัยสนับสนุน", "ข้อเสนอแนะ"];
    const rows = SAMPLE_GRID.rows.map((row, i): Cell[] => {
      const r = SAMPLE_GRID.firstRow + i;
      if (r < SAMPLE_HEADER_ROW) return [...row];
      if (r === SAMPLE_HEADER_ROW) return [...row, ...extra];
      const no = String(row[0] ?? "");
      return /^\d+\.\d+$/.test(no)
        ? [
            ...row,
            `จัดอบรม ${no}`,
            `ผู้เข้าร่วม 50 คน (${no})`,
            no === "1.1" ? "ผู้บริหารให้การสนับสนุน" : "",
            no === "2.1" ? "ควรเพิ่มช่องทาง" : "",
          ]
        : [...row];
    });
    return { ...SAMPLE_GRID, rows };
  }

  it("writes what was done and the result for each project, and the factors and suggestions said", () => {
    const report = analyzePlan(withNarrative())!;
    // The columns in words change no figure and raise no issue.
    expect(report.summary).toEqual(sample().summary);
    expect(report.issues.map((issue) => issue.code)).toEqual(sample().issues.map((issue) => issue.code));
    const all = texts(memoDocument(report, {}, TODAY));
    expect(all).toEqual(
      expect.arrayContaining(["จัดอบรม 1.1", "ผู้เข้าร่วม 50 คน (1.1)", "- ผู้บริหารให้การสนับสนุน", "- ควรเพิ่มช่องทาง"]),
    );
    // Problems: no such column, so lines to fill in.
    const problems = all.indexOf("3. ปัญหา/อุปสรรคในการดำเนินงาน");
    expect(all[problems + 1]).toMatch(/^\.{20,}$/);
  });
});

describe("the template's columns in words", () => {
  it("are found by the annex, and read as no field of the plan", () => {
    const template = planTemplate({ withSample: true });
    const grid: Grid = {
      rows: [
        [template.titles[0]],
        [template.titles[1]],
        template.columns.map((c) => c.header),
        ...template.rows,
      ],
      firstRow: 1,
      firstColumn: 1,
    };
    const report = analyzePlan(grid)!;
    expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    const found = narrativeColumns(report.header);
    const at = (header: string) => template.columns.findIndex((column) => column.header === header);
    expect(found).toEqual({
      activity: at("กิจกรรมที่ดำเนินการ"),
      result: at("ผลที่ได้รับ"),
      support: at("ปัจจัยสนับสนุน"),
      problems: at("ปัญหาและอุปสรรค"),
      suggestions: at("ข้อเสนอแนะ"),
    });
    for (const index of Object.values(found))
      expect(Object.values(report.header.columns)).not.toContain(index);
  });
});

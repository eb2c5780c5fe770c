/** Plans as offices write them (spec §8), through the command line: small CSV files and workbooks. */
import { formatCsv } from "../../src/hosts/exceljs/csv";
import { DONE, NOT_DONE, readXlsx, run, runJson, saveText, saveXlsx, putRows, tempFolder } from "./helpers";

describe("integrity-plan summarize on plans as offices write them (spec §8)", () => {
  const temp = tempFolder();
  const csv = (name: string, rows: (string | number | null)[][]) => saveText(temp(name), formatCsv(rows));

  it("reads sub-dimension headings as section rows: 3 projects, not 5, and no errors", async () => {
    const file = await csv("headings.csv", [
      ["ที่", "โครงการ/กิจกรรม/มาตรการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
      ["มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต", null, null, null, null],
      ["1.1", "การสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร", null, null, null],
      ["1.1.1", "โครงการอบรมคุณธรรมจริยธรรม", 20000, 18000, DONE],
      ["1.1.2", "มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม", "-", "-", DONE],
      ["1.2 การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น", null, null, null, null],
      ["1.2.1", "กิจกรรมรณรงค์ต่อต้านการทุจริต", 5000, 5000, DONE],
    ]);
    const { code, json } = await runJson(["summarize", file, "--year", "2562"]);
    expect(code).toBe(0);
    expect(json.total.projects).toBe(3);
    expect(json.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(json.headings?.map((h) => [h.number, h.projects, h.plannedBudget])).toEqual([
      ["1.1", 2, 20000],
      ["1.2", 1, 5000],
    ]);
  });

  const years = (title: string | null) => [
    [title, null, null, null, null, null, null],
    ["ที่", "โครงการ", "งบประมาณ (บาท)", null, null, "เบิกจ่าย", "สถานะ"],
    [null, null, "2561", "2562", "2563", null, null],
    ["1.1", "โครงการ ก", 10000, 12000, 14000, 9000, DONE],
    // Planned for 2562 only: no status and no disbursement for a 2561 report.
    ["1.2", "โครงการ ข", "-", 5000, null, null, null],
  ];

  it("takes the planned budget from the --year column and leaves rows outside that year out", async () => {
    const file = await csv("years.csv", years(null));
    const { code, json } = await runJson(["summarize", file, "--year", "2561"]);
    expect(code).toBe(0);
    expect([json.total.projects, json.total.plannedBudget]).toEqual([1, 10000]);
    expect(json.yearColumns).toEqual([2561, 2562, 2563]);
    expect(json.issues.map((issue) => [issue.code, issue.severity, issue.cell])).toEqual([
      ["not-in-this-year", "info", "C5"],
    ]);
  });

  it("takes the year from the title when --year is not given", async () => {
    const file = await csv("title.csv", years("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2563"));
    const { json } = await runJson(["summarize", file]);
    expect([json.fiscalYear, json.total.plannedBudget]).toEqual([2563, 14000]);
  });

  it("exits 2 with one line naming the years found when none is the report year's", async () => {
    const file = await csv("years.csv", years(null));
    const wrong = await run(["summarize", file, "--year", "2566"]);
    expect([wrong.code, wrong.stdout]).toEqual([2, ""]);
    expect(wrong.stderr).toBe(
      `แผนใน ${file} มีคอลัมน์งบประมาณของปี พ.ศ. 2561, 2562, 2563 แต่ไม่มีคอลัมน์ของปีงบประมาณ พ.ศ. 2566: ตรวจ --year หรือปีในชื่อเรื่อง\n`,
    );
    const unknown = await run(["summarize", file, "--lang", "en"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      `The plan in ${file} has a budget column per year (2561, 2562, 2563 B.E.) but the report's fiscal year is not known: add --year, such as --year 2561\n`,
    );
  });

  it("reads a four-year workbook: years typed as numbers under a merged group, headings in Thai digits", async () => {
    const file = await saveXlsx(temp("four-year.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, [
        ["แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2561 - 2564) เทศบาลตำบลตัวอย่าง"],
        ["ที่", "โครงการ/กิจกรรม/มาตรการ", "งบประมาณ (บาท)", null, null, null, "เบิกจ่าย", "สถานะ", "หมายเหตุ"],
        [null, null, 2561, 2562, 2563, 2564, null, null, null],
        ["มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต"],
        ["๑.๑", "การสร้างจิตสำนึกและความตระหนักแก่บุคลากร"],
        ["1.1.1", "โครงการอบรมคุณธรรม", 10000, 10000, 10000, 10000, 8000, DONE],
        ["1.1.2", "มาตรการประกาศเจตจำนง", "-", "-", "-", "-", "-", DONE],
        ["1.1.3", "กิจกรรมใหม่", "-", "-", 5000, 5000, 0, NOT_DONE, "ไม่ได้รับจัดสรรงบประมาณ"],
      ]);
      for (const area of ["C2:F2", "A2:A3", "B2:B3", "G2:G3", "H2:H3", "I2:I3"]) sheet.mergeCells(area);
    });
    // 1.1.3 has no 2562 budget but a status of its own, which is this report's: it is never left out
    // in silence (spec §9.2); it counts as not carried out, without budget.
    const y2562 = await runJson(["summarize", file, "--year", "2562"]);
    expect([y2562.code, y2562.json.total.projects, y2562.json.total.plannedBudget]).toEqual([0, 3, 10000]);
    expect(y2562.json.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["read-as-zero", "D7"],
      ["read-as-zero", "G7"],
      ["read-as-zero", "D8"],
    ]);
    const y2563 = await runJson(["summarize", file, "--year", "2563"]);
    expect([y2563.json.total.projects, y2563.json.total.plannedBudget, y2563.json.total.notDone]).toEqual([
      3, 15000, 1,
    ]);
    expect(y2563.json.headings?.map((h) => [h.number, h.title, h.projects])).toEqual([
      ["1.1", "การสร้างจิตสำนึกและความตระหนักแก่บุคลากร", 3],
    ]);
    expect((await run(["summarize", file])).code).toBe(2);
  });

  const ordinance = [
    ["มิติ", "ชื่อโครงการ", "แผนพัฒนาฯ", "ตามข้อบัญญัติ", "งบประมาณตามแผน", "เบิกจ่าย", "สถานะ"],
    [1, "โครงการ ก", 30000, 20000, 25000, 22000, DONE],
    [2, "มาตรการ ข", null, null, 0, 0, DONE],
  ];

  it("carries ordinanceBudget in JSON only when the sheet has an ordinance column, and warns on disbursing more", async () => {
    const { json } = await runJson(["summarize", await csv("ordinance.csv", ordinance)]);
    expect([json.total.plannedBudget, json.total.ordinanceBudget]).toEqual([25000, 20000]);
    expect(json.dimensions.map((d) => d.ordinanceBudget)).toEqual([20000, 0, 0, 0]);
    expect(json.issues.map((issue) => [issue.code, issue.cell])).toEqual([["over-ordinance", "F2"]]);
    const plain = await runJson([
      "summarize",
      await csv("plain.csv", [
        ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
        [1, "ก", 1, 1, DONE],
      ]),
    ]);
    expect("ordinanceBudget" in plain.json.total).toBe(false);
  });

  it("writes the ordinance column on the summary sheet only when the plan has one", async () => {
    const file = await saveXlsx(temp("ordinance.xlsx"), (workbook) =>
      putRows(workbook.addWorksheet("แผน"), ordinance),
    );
    const out = temp("out.xlsx");
    expect((await run(["summarize", file, "--write", out])).code).toBe(0);
    const sheet = (await readXlsx(out)).getWorksheet("สรุปผล")!;
    const header = sheet.getRow(4).values as unknown[];
    expect(header.slice(1, 5)).toEqual([
      "มิติ",
      "โครงการตามแผนปฏิบัติการฯ",
      "งบประมาณตามแผนปฏิบัติการ",
      "งบประมาณตามข้อบัญญัติ/เทศบัญญัติ",
    ]);
    expect(sheet.getRow(10).getCell(4).value).toBe(20000);
  });

  it("sorts reasons into e-Plan's categories: in JSON, in the list and in the memo", async () => {
    const file = await csv("reasons.csv", [
      ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ", "หมายเหตุ"],
      [1, "โครงการ ก", 10000, 0, NOT_DONE, "ไม่ได้รับการจัดสรรงบประมาณ"],
      [2, "โครงการ ข", 0, 0, "ไม่สามารถดำเนินการได้", "เนื่องจากบุคลากรไม่เพียงพอ"],
      [3, "โครงการ ค", 0, 0, DONE, null],
    ]);
    const { json } = await runJson(["summarize", file, "--year", "2567"]);
    expect(json.notCarriedOut.map((item) => item.reasonCategory)).toEqual(["noBudget", "notEnoughStaff"]);
    const memo = await run(["summarize", file, "--year", "2567", "--memo"]);
    expect(memo.stdout).toContain(
      "ไม่ได้ดำเนินการ 2 โครงการ เนื่องจากไม่ได้รับจัดสรรงบประมาณ 1 โครงการ และบุคลากรไม่เพียงพอ 1 โครงการ ได้แก่",
    );
    const printed = await run(["summarize", file, "--year", "2567"]);
    expect(printed.stdout).toContain("ไม่ได้รับจัดสรรงบประมาณ: ไม่ได้รับการจัดสรรงบประมาณ");
    expect(printed.stdout).toContain("บุคลากรไม่เพียงพอ: เนื่องจากบุคลากรไม่เพียงพอ");
  });

  it("shows the split by item type under the table when the plan has more than one type", async () => {
    const mixed = await run([
      "summarize",
      await csv("types.csv", [
        ["มิติ", "ชื่อโครงการ", "ประเภท", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
        [1, "อบรม", "โครงการ", 0, 0, DONE],
        [1, "รณรงค์", "กิจกรรม", 0, 0, DONE],
        [2, "แนวปฏิบัติงานการรับของขวัญ", null, 0, 0, DONE],
      ]),
    ]);
    expect(mixed.stdout).toContain("จำแนกเป็น โครงการ 1 กิจกรรม 1 แนวปฏิบัติงาน 1");
    const { json } = await runJson(["summarize", temp("types.csv")]);
    expect(json.itemTypes).toEqual({ project: 1, activity: 1, measure: 0, guideline: 1, unknown: 0 });
  });

  it("writes sub-dimension subtotals under the table only with --subtotals", async () => {
    const rows = [
      ["ที่", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
      ["๑.๑", "การสร้างจิตสำนึก", null, null, null],
      ["1.1.1", "โครงการ ก", 100, 100, DONE],
      ["1.1.2", "โครงการ ข", 300, 150, DONE],
    ];
    const file = await saveXlsx(temp("h.xlsx"), (workbook) => putRows(workbook.addWorksheet("แผน"), rows));
    const texts = async (args: string[]) => {
      const out = temp(`out${args.length}.xlsx`);
      await run(["summarize", file, "--write", out, ...args]);
      const sheet = (await readXlsx(out)).getWorksheet("สรุปผล")!;
      const found: string[] = [];
      sheet.eachRow((row) => found.push(String(row.getCell(1).value ?? "")));
      return { sheet, found };
    };
    const plain = await texts([]);
    expect(plain.found).not.toContain("ผลการดำเนินการจำแนกตามหัวข้อย่อย");
    const withSubtotals = await texts(["--subtotals"]);
    const at = withSubtotals.found.indexOf("ผลการดำเนินการจำแนกตามหัวข้อย่อย");
    expect(at).toBeGreaterThan(0);
    expect(withSubtotals.found[at + 1]).toBe("  1.1 การสร้างจิตสำนึก");
  });
});

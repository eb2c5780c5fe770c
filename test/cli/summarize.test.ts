import * as path from "node:path";
import {
  DONE,
  HEADER,
  NOT_DONE,
  SEED_TABLE,
  putRows,
  run,
  runJson,
  saveXlsx,
  seedTable,
  tempFolder,
} from "./helpers";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");

describe("summarize: the sample plan", () => {
  const temp = tempFolder();

  it("the workbook `sample` writes gives the seed's table, its warnings, and exit 0", async () => {
    const file = temp("plan.xlsx");
    expect((await run(["sample", file])).code).toBe(0);
    const { code, json } = await runJson(["summarize", file]);
    expect(code).toBe(0);
    expect(seedTable(json)).toEqual(SEED_TABLE);
    expect(json.source).toEqual({ file, sheet: "แผน", table: "PlanProjects", headerRow: 3 });
    expect(json.issues.map((i) => `${i.severity} ${i.code} ${"cell" in i ? i.cell : ""}`)).toEqual([
      "warning missing-reason H9",
      "warning control-total-mismatch E24",
    ]);
    expect([json.organisation, json.fiscalYear, json.round]).toEqual(["องค์การบริหารส่วนตำบลแม่วิน", 2566, 12]);
  });

  it.each(["sample-plan.xlsx", "sample-plan.csv"])("examples/%s gives the seed's table", async (name) => {
    const { code, json } = await runJson(["summarize", path.join(EXAMPLES, name)]);
    expect(code).toBe(0);
    expect(seedTable(json)).toEqual(SEED_TABLE);
  });

  it("prints the table and each finding with severity, cell and field, in Thai by default", async () => {
    const file = temp("plan.xlsx");
    await run(["sample", file]);
    const { code, stdout, stderr } = await run(["summarize", file]);
    expect([code, stderr]).toEqual([0, ""]);
    const lines = stdout.split("\n");
    expect(lines.find((line) => line.startsWith("รวม"))?.split(/\s+/)).toEqual([
      "รวม",
      "16",
      "401,900.00",
      "15",
      "330,095.00",
      "1",
      "93.75",
      "82.13",
    ]);
    expect(stdout).toContain(
      "[คำเตือน] แถว 24 · งบประมาณตามแผน (E24): ยอดรวมงบประมาณตามแผน ระบุไว้ 428,000.00 บาท",
    );
    expect(stdout).toContain("[คำเตือน] แถว 9 · หมายเหตุ (H9): ไม่ได้ดำเนินการ แต่ไม่ได้ระบุเหตุผล");
    expect(stdout).toContain("แถว 9  1.5");
    // "หมายเหตุ" names the note column; the third kind of finding is "ข้อสังเกต".
    expect(stdout).toContain("(ข้อผิดพลาด 0 คำเตือน 2 ข้อสังเกต 0)");
  });

  it("prints in English with --lang en, and gives English messages in JSON", async () => {
    const file = temp("plan.xlsx");
    await run(["sample", file]);
    const { stdout } = await run(["summarize", file, "--lang", "en"]);
    expect(stdout).toContain(
      "[Warning] Row 24 · Planned budget (E24): Total planned budget is stated as 428,000.00 baht",
    );
    expect(stdout.split("\n").find((line) => line.startsWith("Total"))).toMatch(/93\.75\s+82\.13$/);
    const { json } = await runJson(["summarize", file, "--lang", "en"]);
    expect(json.issues[0].message).toBe("Not carried out, but the note gives no reason.");
  });
});

describe("summarize: reading a workbook", () => {
  const temp = tempFolder();

  it("exits 1 when the plan has errors, and still gives the summary over the readable rows", async () => {
    const file = await saveXlsx(temp("errors.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("แผน"), [
        HEADER,
        ["1.1", 1, "อบรมคุณธรรม", 10000, 9000, DONE],
        ["1.2", 1, "ประชุมชี้แจง", "หนึ่งหมื่น", 0, DONE],
      ]);
    });
    const { code, json } = await runJson(["summarize", file]);
    expect(code).toBe(1);
    expect(json.valid).toBe(false);
    expect(json.issues[0]).toMatchObject({
      severity: "error",
      code: "not-a-number",
      cell: "D3",
      text: "หนึ่งหมื่น",
    });
    expect([json.total.projects, json.total.plannedBudget]).toEqual([2, 10000]);
  });

  it("names worksheet cells when the plan starts below and to the right of A1", async () => {
    const file = await saveXlsx(temp("offset.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, [HEADER, ["1", 1, "โครงการ ก", 500, 700, DONE]], 4, 3);
    });
    const { json } = await runJson(["summarize", file]);
    expect(json.source.headerRow).toBe(4);
    expect(json.issues.map((i) => `${i.code} ${"cell" in i ? i.cell : ""}`)).toEqual(["over-disbursed G5"]);
  });

  it("reads formulas by their saved result, rich text and links as text, errors as errors, dates as ISO text", async () => {
    const file = await saveXlsx(temp("values.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("แผน"), [
        HEADER,
        ["1", 1, { richText: [{ text: "โครงการ" }, { text: "อบรม", font: { bold: true } }] }, 100, 100, DONE],
        [
          "2",
          1,
          { text: "ประชุม", hyperlink: "http://example.org" },
          { formula: "10+5", result: 15 },
          15,
          DONE,
        ],
        ["3", 1, "ตรวจสอบ", 20, { error: "#N/A" }, DONE],
        ["4", 1, "ยกเลิกแล้ว", 30, 0, NOT_DONE, new Date(Date.UTC(2023, 8, 30))],
      ]);
    });
    const { code, json } = await runJson(["summarize", file]);
    expect(code).toBe(1);
    expect(json.total.plannedBudget).toBe(165);
    expect(json.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({ code: "cell-error", cell: "E4", text: "#N/A" }),
    ]);
    expect(json.notCarriedOut).toEqual([expect.objectContaining({ name: "ยกเลิกแล้ว", note: "2023-09-30" })]);
    const { stdout } = await run(["summarize", file, "--round", "6"]);
    expect(stdout).toContain("[ข้อผิดพลาด] แถว 4 · งบประมาณเบิกจ่าย (E4): เซลล์มีค่าผิดพลาด #N/A");
  });

  it("passes --round, --org and --year to the report", async () => {
    const file = await saveXlsx(temp("plain.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("แผน"), [HEADER, ["1", 1, "อบรม", 100, 0, "อยู่ระหว่างดำเนินการ"]]);
    });
    const { json } = await runJson([
      "summarize",
      file,
      "--round",
      "6",
      "--org",
      "เทศบาลตำบลทดสอบ",
      "--year",
      "2567",
    ]);
    expect([json.round, json.organisation, json.fiscalYear]).toEqual([6, "เทศบาลตำบลทดสอบ", 2567]);
    expect(json.issues).toEqual([]);
    const year = await runJson(["summarize", file]);
    expect(year.json.issues.map((i) => i.code)).toEqual(["in-progress-at-year-end"]);
  });
});

describe("summarize: which plan", () => {
  const temp = tempFolder();
  const plan = (planned: number): ExcelJSRows => [HEADER, ["1", 1, "โครงการ", planned, 0, DONE]];
  type ExcelJSRows = Parameters<typeof putRows>[1];

  it("never takes the first of a sheet per year: the --year's, or the sheet named by --sheet (spec §4.3)", async () => {
    const file = await saveXlsx(temp("sheets.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("บันทึก"), [["บันทึกข้อความ"], ["ไม่มีตาราง"]]);
      putRows(workbook.addWorksheet("แผน 2565"), plan(100));
      putRows(workbook.addWorksheet("แผน 2566"), plan(200));
    });
    const asked = await run(["summarize", file]);
    expect([asked.code, asked.stdout]).toEqual([2, ""]);
    expect(asked.stderr).toBe(
      `${file} มีแผนหลายปีงบประมาณ: แผ่นงาน "แผน 2565" (ปีงบประมาณ พ.ศ. 2565, มิติที่ 1, 1 โครงการ), ` +
        `แผ่นงาน "แผน 2566" (ปีงบประมาณ พ.ศ. 2566, มิติที่ 1, 1 โครงการ): ระบุปีของรายงานด้วย --year หรือระบุแผนด้วย --sheet\n`,
    );
    const year = await runJson(["summarize", file, "--year", "2566"]);
    expect([year.json.source.sheet, year.json.total.plannedBudget]).toEqual(["แผน 2566", 200]);
    const named = await runJson(["summarize", file, "--sheet", "แผน 2566"]);
    expect([named.json.source.sheet, named.json.total.plannedBudget]).toEqual(["แผน 2566", 200]);
  });

  it("reads the table of the --year among tables and sheets, or the table named by --table", async () => {
    const file = await saveXlsx(temp("tables.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("ร่าง"), plan(100));
      const sheet = workbook.addWorksheet("แผน");
      for (const [name, ref, planned] of [
        ["Plan2566", "A1", 300],
        ["Plan2567", "J5", 400],
      ] as const) {
        sheet.addTable({
          name,
          ref,
          columns: HEADER.map((header) => ({ name: header })),
          rows: [["1", 1, "โครงการ", planned, 0, DONE, null]],
        });
      }
    });
    const asked = await run(["summarize", file, "--lang", "en"]);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain('table "Plan2566" (sheet "แผน") (FY 2566 B.E., dimension 1, 1 project)');
    expect(asked.stderr).toContain("--sheet / --table");
    const first = await runJson(["summarize", file, "--year", "2566"]);
    expect(first.json.source).toMatchObject({ sheet: "แผน", table: "Plan2566", headerRow: 1 });
    expect(first.json.total.plannedBudget).toBe(300);
    const looked = (
      first.json as unknown as { candidates: { table?: string; sheet: string; verdict: string }[] }
    ).candidates;
    expect(looked.map((place) => [place.table ?? place.sheet, place.verdict])).toEqual([
      ["Plan2566", "read"],
      ["Plan2567", "other-year"],
      ["ร่าง", "no-year"],
    ]);
    const named = await runJson(["summarize", file, "--table", "Plan2567"]);
    expect(named.json.source).toMatchObject({ sheet: "แผน", table: "Plan2567", headerRow: 5 });
    expect(named.json.total.plannedBudget).toBe(400);
    const sheet = await runJson(["summarize", file, "--sheet", "ร่าง"]);
    expect(sheet.json.total.plannedBudget).toBe(100);
  });
});

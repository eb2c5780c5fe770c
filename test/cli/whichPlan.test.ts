/** Which sheet is the plan, and files that hold none, on the command line (spec §4.3). */
import { mkdir } from "node:fs/promises";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { DONE, HEADER, NOT_DONE, putRows, run, runJson, saveXlsx, tempFolder } from "./helpers";

type Rows = Parameters<typeof putRows>[1];

/** Workbooks that are not plans, each one sheet as offices keep them. */
const NOT_PLANS: readonly (readonly [string, string, Rows, string])[] = [
  [
    "a procurement plan (แผนจัดซื้อจัดจ้าง)",
    "แผนจัดซื้อ",
    [
      ["แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567"],
      ["ลำดับ", "ชื่อโครงการ", "งบประมาณ (บาท)", "แหล่งที่มาของงบประมาณ", "วิธีจัดหา", "กำหนดส่งมอบ"],
      [1, "จัดซื้อวัสดุสำนักงาน", 50000, "เงินงบประมาณ", "เฉพาะเจาะจง", "ธันวาคม 2566"],
      [2, "จ้างเหมาซ่อมแซมถนน", 480000, "เงินอุดหนุน", "e-bidding", "มีนาคม 2567"],
    ],
    "ไม่มีคอลัมน์สถานะ ช่องผลการดำเนินการ หรือมิติ",
  ],
  [
    "a disbursement ledger",
    "ทะเบียนคุมเบิกจ่าย",
    [
      ["ทะเบียนคุมการเบิกจ่ายเงิน"],
      ["ลำดับ", "รายการ", "งบประมาณ", "เบิกจ่าย", "เลขที่ฎีกา", "วันที่"],
      [1, "ค่าวัสดุ", 5000, 4800, "ฎ.12/67", "5 ม.ค. 67"],
      [2, "ค่าจ้างเหมาบริการ", 12000, 12000, "ฎ.13/67", "9 ม.ค. 67"],
    ],
    "ไม่มีคอลัมน์สถานะ ช่องผลการดำเนินการ หรือมิติ",
  ],
  [
    "a staff list",
    "บุคลากร",
    [
      ["ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", "สังกัด", "เบอร์โทร"],
      [1, "นายสมชาย ใจดี", "ปลัด อบต.", "สำนักปลัด", "081-000-0000"],
    ],
    "ไม่มีแถวหัวตารางที่มีคอลัมน์ของแผนใน 20 แถวแรก",
  ],
  [
    "an ITA checklist",
    "ITA",
    [
      ["แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)"],
      ["ข้อ", "ตัวชี้วัด", "ข้อมูล", "ผลการดำเนินการ", "URL"],
      ["o1", "โครงสร้าง", "แผนผังแสดงโครงสร้างการแบ่งส่วนราชการ", "มี", "https://example.go.th/o1"],
    ],
    "ไม่มีคอลัมน์ ชื่อโครงการ / งบประมาณตามแผน",
  ],
  [
    "a bare No. / Name / Type list",
    "List",
    [
      ["No.", "Name", "Type"],
      [1, "Alpha", "A"],
      [2, "Beta", "B"],
    ],
    "ไม่มีคอลัมน์ งบประมาณตามแผน",
  ],
];

const plan = (planned: number, status = DONE): Rows => [
  HEADER,
  ["1.1", 1, "อบรมคุณธรรม", planned, planned, status],
];

/** Exit 2, nothing on standard output, one line on standard error: that line. */
async function refused(args: string[]): Promise<string> {
  const result = await run(args);
  expect([result.code, result.stdout]).toEqual([2, ""]);
  const lines = result.stderr.split("\n");
  expect(lines).toHaveLength(2);
  return lines[0];
}

describe("a file that holds no plan: exit 2, one line naming what was looked at (spec §4.3)", () => {
  const temp = tempFolder();

  it.each(NOT_PLANS)("%s", async (_name, sheet, rows, lacks) => {
    const file = await saveXlsx(temp(`${sheet}.xlsx`), (workbook) =>
      putRows(workbook.addWorksheet(sheet), rows),
    );
    const line = await refused(["summarize", file]);
    expect(line.startsWith(`ไม่พบแผนใน ${file}: ${lacks} (แผนต้องมีแถวหัวตาราง`)).toBe(true);
    const en = await refused(["summarize", file, "--lang", "en"]);
    expect(en).toMatch(new RegExp(`^No plan found in ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
  });

  it("names each sheet and what it lacks, in one line", async () => {
    const file = await saveXlsx(temp("office.xlsx"), (workbook) => {
      for (const [, sheet, rows] of NOT_PLANS) putRows(workbook.addWorksheet(sheet), rows);
    });
    const line = await refused(["summarize", file]);
    expect(line).toBe(
      `ไม่พบแผนใน ${file}: ` +
        'แผ่นงาน "แผนจัดซื้อ" (ไม่มีคอลัมน์สถานะ ช่องผลการดำเนินการ หรือมิติ), ' +
        'แผ่นงาน "ทะเบียนคุมเบิกจ่าย" (ไม่มีคอลัมน์สถานะ ช่องผลการดำเนินการ หรือมิติ), ' +
        'แผ่นงาน "บุคลากร" (ไม่มีแถวหัวตารางที่มีคอลัมน์ของแผนใน 20 แถวแรก), ' +
        'แผ่นงาน "ITA" (ไม่มีคอลัมน์ ชื่อโครงการ / งบประมาณตามแผน), ' +
        'แผ่นงาน "List" (ไม่มีคอลัมน์ งบประมาณตามแผน) ' +
        "(แผนต้องมีแถวหัวตารางที่มีคอลัมน์ ชื่อโครงการ / งบประมาณ / เบิกจ่าย ใน 20 แถวแรก มีคอลัมน์สถานะหรือมิติ และมีแถวโครงการที่มีงบประมาณหรือสถานะ)",
    );
  });

  it("holds a sheet named by --sheet to the same evidence", async () => {
    const file = await saveXlsx(temp("two.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("จัดซื้อ"), NOT_PLANS[0][2]);
      putRows(workbook.addWorksheet("แผน"), plan(100));
    });
    expect(await refused(["summarize", file, "--sheet", "จัดซื้อ", "--lang", "en"])).toMatch(
      /^No plan found in sheet "จัดซื้อ" of .*two\.xlsx: no status, result tick or dimension column; a plan needs/,
    );
    const { json } = await runJson(["summarize", file]);
    expect(json.source.sheet).toBe("แผน");
  });

  it("still reads the template, and a header alone, as four empty dimensions", async () => {
    const template = temp("template.xlsx");
    expect((await run(["template", template])).code).toBe(0);
    const read = await runJson(["summarize", template]);
    expect([read.code, read.json.total.projects, read.json.issues]).toEqual([0, 0, []]);
    const header = await saveXlsx(temp("header.xlsx"), (workbook) =>
      putRows(workbook.addWorksheet("แผน"), [HEADER]),
    );
    const alone = await runJson(["summarize", header]);
    expect([alone.code, alone.json.total.projects]).toEqual([0, 0]);
  });

  it("lists such a file in a roll-up as not read, with the reason", async () => {
    const folder = temp("offices");
    await mkdir(folder);
    await saveXlsx(path.join(folder, "a.xlsx"), (workbook) =>
      putRows(workbook.addWorksheet("แผน"), plan(100)),
    );
    await saveXlsx(path.join(folder, "b.xlsx"), (workbook) =>
      putRows(workbook.addWorksheet("จัดซื้อ"), NOT_PLANS[0][2]),
    );
    const result = await run(["rollup", folder, "--json"]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as {
      offices: { file: string }[];
      unreadable: { file: string; reason: string }[];
    };
    expect(json.offices.map((office) => path.basename(office.file))).toEqual(["a.xlsx"]);
    expect(json.unreadable.map((file) => [path.basename(file.file), file.reason.split(" (")[0]])).toEqual([
      ["b.xlsx", `ไม่พบแผนใน ${path.join(folder, "b.xlsx")}: ไม่มีคอลัมน์สถานะ ช่องผลการดำเนินการ หรือมิติ`],
    ]);
  });
});

describe("which sheet is the plan (spec §4.3)", () => {
  const temp = tempFolder();

  it("skips an instructions sheet and a summary, and says which sheet was read and what else was looked at", async () => {
    const file = await saveXlsx(temp("book.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("คำชี้แจง"), [["คำชี้แจง"], ["1. กรอกชื่อโครงการในแผ่นงาน แผน"]]);
      putRows(workbook.addWorksheet("สรุป"), [
        ["มิติ", "จำนวนโครงการ", "งบประมาณ", "เบิกจ่าย"],
        ["มิติที่ 1", 1, 100, 100],
        ["รวม", 1, 100, 100],
      ]);
      putRows(workbook.addWorksheet("แผน"), plan(100));
    });
    const text = await run(["summarize", file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'ที่อื่นในไฟล์ที่ตรวจแล้ว: แผ่นงาน "คำชี้แจง" (ไม่มีแถวหัวตารางที่มีคอลัมน์ของแผนใน 20 แถวแรก), ' +
        'แผ่นงาน "สรุป" (เป็นตารางสรุปรายมิติ ไม่ใช่รายการโครงการ)',
    );
    const { json } = await runJson(["summarize", file]);
    expect(json.source.sheet).toBe("แผน");
    expect((json as unknown as { candidates: unknown[] }).candidates).toEqual([
      { sheet: "แผน", hidden: false, verdict: "read", projects: 1, dimensions: [1] },
      { sheet: "คำชี้แจง", hidden: false, verdict: "no-header" },
      { sheet: "สรุป", hidden: false, verdict: "summary" },
    ]);
  });

  it("reads its own --write copy's plan, not the summary sheet written beside it", async () => {
    const sample = temp("sample.xlsx");
    await run(["sample", sample]);
    const copy = temp("copy.xlsx");
    expect((await run(["summarize", sample, "--write", copy])).stderr).toBe("");
    const { json } = await runJson(["summarize", copy]);
    expect([json.source.table, json.total.projects]).toEqual(["PlanProjects", 16]);
    const looked = (json as unknown as { candidates: { sheet: string; verdict: string }[] }).candidates;
    expect(looked.map((place) => `${place.sheet}: ${place.verdict}`)).toEqual([
      "แผน: read",
      "สรุปผล: summary",
    ]);
  });

  it("prefers a visible sheet to a hidden one, and a filled plan to an empty template", async () => {
    const file = await saveXlsx(temp("hidden.xlsx"), (workbook) => {
      const backup = workbook.addWorksheet("สำรอง");
      putRows(backup, plan(999));
      backup.state = "hidden";
      putRows(workbook.addWorksheet("แบบฟอร์ม"), [HEADER]);
      putRows(workbook.addWorksheet("แผน"), plan(100));
    });
    const { json } = await runJson(["summarize", file, "--lang", "en"]);
    expect([json.source.sheet, json.total.plannedBudget]).toEqual(["แผน", 100]);
    const text = await run(["summarize", file, "--lang", "en"]);
    expect(text.stdout).toContain(
      'Also looked at: sheet "สำรอง" (a hidden sheet), sheet "แบบฟอร์ม" (an empty form, no projects)',
    );
  });

  it("asks when a plan is split over sheets by dimension, pointing to the roll-up", async () => {
    const file = await saveXlsx(temp("split.xlsx"), (workbook) => {
      for (const d of [1, 2, 3, 4]) {
        putRows(workbook.addWorksheet(`มิติ ${d}`), [HEADER, [`${d}.1`, d, `โครงการมิติ ${d}`, 100, 100, DONE]]);
      }
    });
    const line = await refused(["summarize", file]);
    expect(line).toBe(
      `แผนใน ${file} แยกอยู่ 4 แผ่นงานตามมิติ: แผ่นงาน "มิติ 1" (มิติที่ 1, 1 โครงการ), ` +
        'แผ่นงาน "มิติ 2" (มิติที่ 2, 1 โครงการ), แผ่นงาน "มิติ 3" (มิติที่ 3, 1 โครงการ), ' +
        'แผ่นงาน "มิติ 4" (มิติที่ 4, 1 โครงการ): รวมผลทั้งแผนด้วย Add-in ขั้น "สรุป" > "สรุปรวมหลายแผน" ' +
        "หรือสรุปทีละแผ่นงานด้วย --sheet",
    );
    const { json } = await runJson(["summarize", file, "--sheet", "มิติ 3"]);
    expect(json.total.projects).toBe(1);
  });

  it("asks which plan when sheets per division cover the same dimensions, in either language", async () => {
    const file = await saveXlsx(temp("divisions.xlsx"), (workbook: ExcelJS.Workbook) => {
      putRows(workbook.addWorksheet("สำนักปลัด"), plan(100));
      putRows(workbook.addWorksheet("กองคลัง"), plan(200, NOT_DONE));
    });
    expect(await refused(["summarize", file, "--lang", "en"])).toBe(
      `${file} holds 2 plans: sheet "สำนักปลัด" (dimension 1, 1 project), sheet "กองคลัง" (dimension 1, 1 project); ` +
        'if they are one plan split by division or office, add them up with the add-in\'s roll-up (Summary step, "Roll-up of several plans"); ' +
        "otherwise give the plan with --sheet",
    );
  });

  it("reads the sheet of the --year among sheets per year, and names the year asked when none is", async () => {
    const file = await saveXlsx(temp("years.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("2566"), plan(100));
      putRows(workbook.addWorksheet("2567"), [["แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2567"], ...plan(200)]);
    });
    const { json } = await runJson(["summarize", file, "--year", "2567"]);
    expect([json.source.sheet, json.fiscalYear, json.total.plannedBudget]).toEqual(["2567", 2567, 200]);
    expect(await refused(["summarize", file, "--year", "2568"])).toBe(
      `ไม่พบแผนของปีงบประมาณ พ.ศ. 2568 ใน ${file}: มี แผ่นงาน "2566" (ปีงบประมาณ พ.ศ. 2566, มิติที่ 1, 1 โครงการ), ` +
        'แผ่นงาน "2567" (ปีงบประมาณ พ.ศ. 2567, มิติที่ 1, 1 โครงการ): ตรวจ --year หรือระบุแผนด้วย --sheet',
    );
  });
});

import { DONE, HEADER, putRows, run, saveText, saveXlsx, tempFolder } from "./helpers";

/** Exit 2 with exactly one line on stderr, and nothing on stdout. */
async function refused(args: string[]): Promise<string> {
  const result = await run(args);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe("");
  return lines[0];
}

describe("input that cannot be read: exit 2 and one line saying why", () => {
  const temp = tempFolder();
  const planBook = () =>
    saveXlsx(temp("plan.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("แผน"), [HEADER, ["1", 1, "อบรม", 100, 100, DONE]]);
    });

  it("no such file, in Thai and in English", async () => {
    const file = temp("missing.xlsx");
    expect(await refused(["summarize", file])).toBe(`ไม่พบไฟล์: ${file}`);
    expect(await refused(["summarize", file, "--lang", "en"])).toBe(`No such file: ${file}`);
  });

  it("a text file named .xlsx, or a zip cut short, is a damaged workbook; an empty file is empty", async () => {
    const text = await saveText(temp("notes.xlsx"), "ชื่อโครงการ,งบประมาณ,เบิกจ่าย\n");
    expect(await refused(["summarize", text])).toBe(
      `ไฟล์ ${text} เสียหาย หรือไม่ใช่สมุดงาน Excel จริง (อ่านโครงสร้างไฟล์ไม่ได้): เปิดใน Excel หรือ LibreOffice แล้วบันทึกเป็น .xlsx ใหม่`,
    );
    const zip = await saveText(temp("broken.xlsx"), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(await refused(["summarize", zip, "--lang", "en"])).toBe(
      `${zip} is damaged, or not really an Excel workbook (its contents cannot be read): open it in Excel or LibreOffice and save it as .xlsx again`,
    );
    const empty = await saveText(temp("empty.xlsx"), "");
    expect(await refused(["summarize", empty])).toBe(
      `ไฟล์ ${empty} ว่างเปล่า (0 ไบต์): อาจบันทึกหรือคัดลอกไม่ครบ บันทึกแผนจาก Excel อีกครั้ง`,
    );
  });

  it("a PNG is not a workbook", async () => {
    const png = await saveText(
      temp("logo.png"),
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    expect(await refused(["summarize", png, "--lang", "en"])).toBe(
      `Not an Excel (.xlsx) or CSV file: ${png}`,
    );
  });

  it("a workbook with no plan header in the first 20 rows of any sheet", async () => {
    const file = await saveXlsx(temp("memo.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("บันทึก"), [["บันทึกข้อความ"], ["เรื่อง รายงานผล"]]);
      putRows(workbook.addWorksheet("ล่าง"), [HEADER], 21);
    });
    const line = await refused(["summarize", file]);
    expect(line).toContain("ไม่พบแผนใน");
    expect(line).toContain("ชื่อโครงการ / งบประมาณ / เบิกจ่าย");
    expect(line).toContain("20 แถวแรก");
  });

  it("an unknown --sheet or --table names what the file has", async () => {
    const file = await planBook();
    expect(await refused(["summarize", file, "--sheet", "Plan"])).toBe(
      `ไม่พบแผ่นงาน "Plan" ใน ${file} (มีแผ่นงาน "แผน")`,
    );
    expect(await refused(["summarize", file, "--table", "Plan", "--lang", "en"])).toBe(
      `No table "Plan" in ${file} (the file has no Excel tables)`,
    );
  });

  it("bad command lines: no command, unknown option, a value missing or wrong", async () => {
    const file = await planBook();
    expect(await refused([])).toContain("ไม่ได้ระบุคำสั่ง");
    expect(await refused(["summarize", file, "--colour"])).toContain("--colour");
    expect(await refused(["summarize", file, "--sheet"])).toContain("--sheet");
    expect(await refused(["summarize", file, "--round", "3"])).toContain('"3"');
    expect(await refused(["summarize", file, "--year", "2023", "--lang", "en"])).toContain("--year");
    expect(await refused(["summarize", file, "--write", "out.csv"])).toContain("out.csv");
  });
});

describe("--help", () => {
  it("prints the Thai help, pointing to the English one, and exits 0", async () => {
    const th = await run(["--help"]);
    expect([th.code, th.stderr]).toEqual([0, ""]);
    expect(th.stdout).toContain("integrity-plan summarize ไฟล์");
    expect(th.stdout).toContain("integrity-plan --help --lang en");
    const en = await run(["--help", "--lang", "en"]);
    expect(en.stdout).toContain("--write OUT.xlsx");
    expect(en.stdout).not.toMatch(/[\u0E01-\u0E2E]{6}/);
  });
});

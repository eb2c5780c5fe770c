import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { sampleCsv } from "../../src/cli/sample";
import { readXlsx, run, tempFolder } from "./helpers";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");

describe("integrity-plan sample", () => {
  const temp = tempFolder();

  it("writes the plan as table PlanProjects under two title lines, amounts as #,##0.00, header frozen", async () => {
    const out = temp("sample.xlsx");
    const { code, stdout } = await run(["sample", out]);
    expect([code, stdout]).toEqual([0, `เขียนแผนตัวอย่างลงในไฟล์ ${out} แล้ว\n`]);
    const sheet = (await readXlsx(out)).getWorksheet("แผน")!;
    const table = sheet.getTable("PlanProjects") as unknown as {
      model: { tableRef: string; headerRow: boolean };
    };
    expect([table.model.tableRef, table.model.headerRow]).toEqual(["A3:H24", true]);
    expect(sheet.getCell("A1").value).toMatch(/^แผนปฏิบัติการป้องกันการทุจริต.*องค์การบริหารส่วนตำบลแม่วิน$/);
    expect(sheet.getCell("A2").value).toMatch(/รอบ 12 เดือน/);
    expect(sheet.getCell("A4").value).toBe("มิติที่ 1 การสร้างวัฒนธรรมสุจริต");
    expect([sheet.getCell("E5").value, sheet.getCell("E5").numFmt, sheet.getCell("F5").numFmt]).toEqual([
      20000,
      "#,##0.00",
      "#,##0.00",
    ]);
    expect([sheet.getCell("C24").value, sheet.getCell("E24").value]).toEqual(["รวม", 428000]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  });

  it("examples/sample-plan.csv is the CSV the command writes: UTF-8 with BOM", async () => {
    const out = temp("sample.csv");
    await run(["sample", out]);
    const written = await readFile(out, "utf8");
    expect(written).toBe(sampleCsv());
    expect(written.startsWith("\uFEFFแผนปฏิบัติการ")).toBe(true);
    expect(await readFile(path.join(EXAMPLES, "sample-plan.csv"), "utf8")).toBe(written);
  });
});

import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { templateWorkbook } from "../../src/hosts/exceljs/templateWorkbook";
import { saveWorkbook } from "../../src/cli/saveWorkbook";
import { compactValidations } from "../../src/hosts/exceljs/bytes";
import { planTemplate } from "../../src/core";
import { LIST_LIMIT, TEMPLATE_COLUMNS, TEMPLATE_STATUSES } from "../../src/core/layout/template";
import { columnLetter } from "../../src/core";
import {
  DONE,
  HEADER,
  SEED_TABLE,
  readXlsx,
  run,
  runJson,
  saveText,
  saveXlsx,
  seedTable,
  tempFolder,
  zipEntry,
} from "./helpers";

type TableModel = { tableRef: string; headerRow: boolean; columns: { name: string }[] };
const tableModel = (sheet: ExcelJS.Worksheet, name: string) =>
  (sheet.getTable(name) as unknown as { model: TableModel }).model;

/** The items of a literal drop-down list: `"a,b,c"` → ["a", "b", "c"]. */
function literalList(rule: ExcelJS.DataValidation | undefined): string[] {
  const formula = String(rule?.formulae[0] ?? "");
  expect(formula).toMatch(/^".*"$/);
  return formula.slice(1, -1).split(",");
}

describe("integrity-plan template", () => {
  const temp = tempFolder();

  it("a fresh template summarises with exit 0, four empty dimensions and no issue", async () => {
    const out = temp("t.xlsx");
    const { code, stdout } = await run(["template", out]);
    expect([code, stdout]).toEqual([0, `เขียนแบบฟอร์มแผนลงในไฟล์ ${out} แล้ว\n`]);
    const { code: status, json } = await runJson(["summarize", out]);
    expect(status).toBe(0);
    expect(json.source).toEqual({ file: out, sheet: "แผนปฏิบัติการ", table: "PlanProjects", headerRow: 3 });
    expect(json.dimensions.map((d) => [d.dimension, d.projects, d.plannedBudget])).toEqual([
      [1, 0, 0],
      [2, 0, 0],
      [3, 0, 0],
      [4, 0, 0],
    ]);
    expect([json.total.projects, json.total.pctProjects, json.valid]).toEqual([0, null, true]);
    expect(json.issues).toEqual([]);
  });

  it("with --with-sample, --org and --year gives the seed's table and the title asked for", async () => {
    const out = temp("t.xlsx");
    const args = ["template", out, "--with-sample", "--org", "องค์การบริหารส่วนตำบลแม่วิน", "--year", "2566"];
    expect((await run(args)).code).toBe(0);
    const { code, json } = await runJson(["summarize", out]);
    expect(code).toBe(0);
    expect(seedTable(json)).toEqual(SEED_TABLE);
    expect([json.organisation, json.fiscalYear]).toEqual(["องค์การบริหารส่วนตำบลแม่วิน", 2566]);
    expect(json.issues.map((i) => `${i.code} ${"cell" in i ? i.cell : ""}`)).toEqual(["missing-reason H8"]);
  });

  it("writes the title over the table's width, the table, widths, formats and the frozen header", async () => {
    const out = temp("t.xlsx");
    await run(["template", out, "--year", "2567"]);
    const workbook = await readXlsx(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["แผนปฏิบัติการ"]);
    const sheet = workbook.getWorksheet("แผนปฏิบัติการ")!;
    expect(sheet.getCell("A1").value).toBe(
      "แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567",
    );
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, name: "TH Sarabun New" });
    const last = columnLetter(TEMPLATE_COLUMNS.length);
    const after = columnLetter(TEMPLATE_COLUMNS.length + 1);
    expect([
      sheet.getCell(`${last}1`).isMerged,
      sheet.getCell(`${last}2`).isMerged,
      sheet.getCell(`${after}1`).isMerged,
    ]).toEqual([true, true, false]);
    const table = tableModel(sheet, "PlanProjects");
    expect([table.tableRef, table.headerRow]).toEqual([`A3:${last}23`, true]);
    expect(table.columns.map((column) => column.name)).toEqual(
      TEMPLATE_COLUMNS.map((column) => column.header),
    );
    expect(TEMPLATE_COLUMNS.map((_, i) => sheet.getCell(3, i + 1).value)).toEqual(
      TEMPLATE_COLUMNS.map((column) => column.header),
    );
    expect(TEMPLATE_COLUMNS.map((_, i) => sheet.getColumn(i + 1).width)).toEqual(
      TEMPLATE_COLUMNS.map((column) => column.width),
    );
    for (const row of [4, 23]) {
      expect(["A", "B", "C", "E", "F", "G"].map((c) => sheet.getCell(`${c}${row}`).numFmt)).toEqual([
        "@",
        "@",
        "@",
        "#,##0.00",
        "#,##0.00",
        "@",
      ]);
    }
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  });

  it("offers drop-down lists of the four dimensions, the four statuses and the four reasons on every body row, with a Thai message", async () => {
    const out = temp("t.xlsx");
    await run(["template", out]);
    const sheet = (await readXlsx(out)).getWorksheet("แผนปฏิบัติการ")!;
    for (const row of [4, 13, 23]) {
      const dimension = sheet.getCell(`B${row}`).dataValidation;
      expect(dimension).toMatchObject({
        type: "list",
        showErrorMessage: true,
        errorTitle: "ค่านี้ไม่อยู่ในรายการ",
      });
      expect(dimension.error).toBe("เลือกมิติจากรายการ หรือใส่เลขมิติ 1–4 ค่าที่พิมพ์เองอาจทำให้ตรวจแผนไม่ผ่าน");
      expect(literalList(dimension)).toEqual([
        "1. การสร้างวัฒนธรรมสุจริต",
        "2. การบริหารราชการด้วยความโปร่งใส",
        "3. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
        "4. การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น",
      ]);
      const status = sheet.getCell(`G${row}`).dataValidation;
      expect(status).toMatchObject({ type: "list", showErrorMessage: true });
      expect(status.error).toMatch(/^เลือก "สถานะ" จากรายการ/);
      expect(literalList(status)).toEqual([
        "ดำเนินการแล้วเสร็จ",
        "อยู่ระหว่างดำเนินการ",
        "ยังไม่ได้ดำเนินการ",
        "ไม่ได้ดำเนินการ",
      ]);
      const reason = sheet.getCell(`H${row}`).dataValidation;
      expect(reason).toMatchObject({ type: "list", showErrorMessage: true, errorStyle: "warning" });
      expect(literalList(reason)).toEqual([
        "ไม่ได้รับจัดสรรงบประมาณ",
        "นโยบายผู้บริหารเปลี่ยนแปลง",
        "บุคลากรไม่เพียงพอ",
        "อื่นๆ",
      ]);
    }
    // One range per column as written: ExcelJS alone would write B10:B23 and B4:B23.
    const xml = zipEntry(await readFile(out), "xl/worksheets/sheet1.xml");
    expect([...xml.matchAll(/sqref="([^"]+)"/g)].map((match) => match[1]).sort()).toEqual([
      "B4:B23",
      "G4:G23",
      "H4:H23",
    ]);
    // Only the body: not the header, not below the table, not other columns.
    for (const address of ["B3", "G3", "H3", "B24", "G24", "A4", "C4", "E4", "I4", "J4"]) {
      expect(sheet.getCell(address).dataValidation).toBeUndefined();
    }
  });

  it("puts a list too long for Excel's rule, or holding a comma, on the hidden sheet รายการ", async () => {
    const long = Array.from({ length: 12 }, (_, i) => `สถานะแบบยาวมากเพื่อทดสอบความยาวของรายการ ${i + 1}`);
    expect(long.join(",").length).toBeGreaterThan(LIST_LIMIT);
    const base = planTemplate();
    const columns = base.columns.map((column) =>
      column.field === "status"
        ? { ...column, list: long }
        : column.field === "type"
          ? { ...column, list: ["โครงการ", "กิจกรรม, มาตรการ"] }
          : column,
    );
    const out = temp("long.xlsx");
    await saveWorkbook(templateWorkbook({ ...base, columns }), out, false);
    const workbook = await readXlsx(out);
    const lists = workbook.getWorksheet("รายการ")!;
    expect(lists.state).toBe("hidden");
    const sheet = workbook.getWorksheet("แผนปฏิบัติการ")!;
    expect(sheet.getCell("D4").dataValidation.formulae).toEqual(["'รายการ'!$A$1:$A$2"]);
    expect(sheet.getCell("G23").dataValidation.formulae).toEqual(["'รายการ'!$B$1:$B$12"]);
    expect([lists.getCell("A2").value, lists.getCell("B12").value]).toEqual(["กิจกรรม, มาตรการ", long[11]]);
    expect(literalList(sheet.getCell("B4").dataValidation)).toHaveLength(4);
    // The list sheet holds no plan: the template's table is still the one summarised.
    expect((await runJson(["summarize", out])).json.source.table).toBe("PlanProjects");
  });

  it("refuses to overwrite an existing file without --force, and replaces it with --force", async () => {
    const out = await saveText(temp("t.xlsx"), "keep me");
    const refused = await run(["template", out]);
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([
      2,
      "",
      `มีไฟล์ ${out} อยู่แล้ว: ใช้ --force ถ้าต้องการเขียนทับ\n`,
    ]);
    expect(await readFile(out, "utf8")).toBe("keep me");
    expect((await run(["template", out, "--force"])).code).toBe(0);
    expect((await readXlsx(out)).getWorksheet("แผนปฏิบัติการ")).toBeDefined();
  });

  it("writes only .xlsx, and needs a file name", async () => {
    const csv = await run(["template", temp("t.csv"), "--lang", "en"]);
    expect([csv.code, csv.stderr]).toEqual([2, `The file to write must be .xlsx: ${temp("t.csv")}\n`]);
    const none = await run(["template"]);
    expect([none.code, none.stderr]).toEqual([2, "ไม่ได้ระบุไฟล์ที่จะเขียน: integrity-plan template ไฟล์.xlsx\n"]);
  });
});

describe("blank rows in an Excel table", () => {
  const temp = tempFolder();

  it("are read as no projects, and rows after them still count", async () => {
    const blank = HEADER.map(() => null);
    const file = await saveXlsx(temp("blank.xlsx"), (workbook) => {
      workbook.addWorksheet("แผน").addTable({
        name: "Plan",
        ref: "A1",
        columns: HEADER.map((name) => ({ name })),
        rows: [blank, blank, blank, ["1", 2, "อบรม", 100, 100, DONE, null], blank],
      });
    });
    const { code, json } = await runJson(["summarize", file]);
    expect(code).toBe(0);
    expect(json.source).toMatchObject({ table: "Plan", headerRow: 1 });
    expect(json.dimensions.map((d) => d.projects)).toEqual([0, 1, 0, 0]);
    expect(json.issues).toEqual([]);
  });
});

describe("drop-down lists as written", () => {
  it("are keyed by column runs, so ExcelJS writes one range per run and none overlapping", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("แผน");
    const rule: ExcelJS.DataValidation = { type: "list", formulae: [`"${TEMPLATE_STATUSES.join(",")}"`] };
    for (let r = 4; r <= 23; r++) sheet.getCell(`B${r}`).dataValidation = { ...rule };
    sheet.getCell("D7").dataValidation = rule;
    sheet.getCell("D9").dataValidation = rule;
    compactValidations(sheet);
    const model = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } })
      .dataValidations.model;
    expect(Object.keys(model).sort()).toEqual(["B4:B23", "D7", "D9"]);
    expect(model["B4:B23"]).toEqual(rule);
  });
});

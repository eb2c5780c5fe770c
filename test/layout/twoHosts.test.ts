/**
 * One layout, painted alike by both hosts: the sample's summary (with its memo), the roll-up of several
 * offices and the plan template, painted by the command line (ExcelJS) and by the add-in (into the fake
 * Excel), read back into one neutral shape and compared cell by cell: values, number formats, fonts,
 * fills, alignment, borders, merges, row heights, column widths (in points, by core's one conversion),
 * print setup and drop-downs.
 */
import ExcelJS from "exceljs";
import {
  SAMPLE_ROWS,
  SAMPLE_SHEET,
  analyzePlan,
  officeSummary,
  planTemplate,
  rollUp,
  rollupLayout,
  selfCheckCondition,
  summaryLayout,
} from "../../src/core";
import type { SummaryWrite } from "../../src/hosts/planHost";
import { paintSheet } from "../../src/hosts/exceljs/paintSummary";
import { paintRollup } from "../../src/cli/paintRollup";
import { templateWorkbook } from "../../src/hosts/exceljs/templateWorkbook";
import { writeRollup } from "../../src/hosts/officejs/rollupSheet";
import { writeSummary } from "../../src/hosts/officejs/summarySheet";
import { createTemplate } from "../../src/hosts/officejs/template";
import { installFakeExcel } from "../fakes/excel";
import { THREE_OFFICES, sampleReport, sampleSheet } from "../excel/fixtures";
import { type NeutralSheet, readExcelJs, readFake } from "./neutralSheet";

/**
 * The add-in's sheet (the fake Excel) against the command line's (ExcelJS, through the file): cell by
 * cell — the template's title lines and header are text ("@") in both, as core's plan layout says —
 * then merges, row heights, column widths and the page.
 */
function expectSameSheet(addIn: NeutralSheet, cli: NeutralSheet): void {
  for (const address of Object.keys(cli.cells)) {
    expect({ address, ...addIn.cells[address] }).toEqual({ address, ...cli.cells[address] });
  }
  expect(addIn.merges).toEqual(cli.merges);
  expect(addIn.rowHeights).toEqual(cli.rowHeights);
  expect(addIn.columnWidths).toEqual(cli.columnWidths);
  expect(addIn.print).toEqual(cli.print);
}

const HOW: SummaryWrite = { automatic: false, incomplete: "กำลังเขียน…", printSetupFailed: "ตั้งหน้าไม่ได้" };

describe("both hosts paint the summary alike", () => {
  const report = sampleReport();
  // With the status line's self-check (spec §6.1), a formula in both.
  const check = selfCheckCondition({ rows: SAMPLE_ROWS, firstRow: 1, firstColumn: 1 }, report);
  const layout = summaryLayout(report, { withMemo: true, writtenAt: new Date(2024, 9, 1), check });
  const extent = { rows: layout.rowCount, columns: layout.columnCount };

  test("cell by cell, merges, heights, widths and the page", async () => {
    const workbook = new ExcelJS.Workbook();
    const cliSheet = workbook.addWorksheet(layout.sheetName);
    paintSheet(cliSheet, layout);
    // Through the file and back, as Excel would open it.
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());

    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.9" });
    const written = await Excel.run((context) => writeSummary(context, layout, undefined, HOW));

    const cli = readExcelJs(reread.getWorksheet(layout.sheetName)!, extent);
    const addIn = readFake(fake.sheet(written.name), extent);
    expectSameSheet(addIn, cli);
    // Not equal by being empty: the sheet has what the layout says.
    expect(cli.rowHeights).toEqual(layout.rowHeights);
    expect(cli.print).toMatchObject({ paper: "A4", orientation: "landscape", pagesWide: 1, pagesTall: null });
    expect(Object.values(cli.cells).filter((cell) => "value" in cell && cell.value !== null)).toHaveLength(
      layout.cells.filter((cell) => cell.value !== "" && cell.formula === undefined).length,
    );
    expect(Object.values(addIn.cells).filter((cell) => "formula" in cell)).toEqual([
      expect.objectContaining({ formula: layout.cells.find((cell) => cell.formula)?.formula }),
    ]);
    expect(written.name).toBe(layout.sheetName);
  });
});

describe("both hosts paint the roll-up alike", () => {
  const offices = THREE_OFFICES.map(({ sheet, rows }) =>
    officeSummary(sheet, analyzePlan({ rows, firstRow: 1, firstColumn: 1 })!),
  );
  const layout = rollupLayout(rollUp(offices, [{ file: "ว่าง", reason: "ไม่พบแผน" }]), {
    writtenAt: new Date(2024, 9, 1),
  });
  const extent = { rows: layout.rowCount, columns: layout.columnCount };

  test("cell by cell, the bands' fills and every frame, merges, heights, widths and the page", async () => {
    const workbook = new ExcelJS.Workbook();
    paintRollup(workbook, layout);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());

    const fake = installFakeExcel({ sheets: [{ name: "ปก" }], apiVersion: "1.9" });
    const written = await Excel.run((context) =>
      writeRollup(context, layout, undefined, { incomplete: "…", printSetupFailed: "!" }),
    );

    const cli = readExcelJs(reread.getWorksheet(layout.sheetName)!, extent);
    const addIn = readFake(fake.sheet(written.name), extent);
    expectSameSheet(addIn, cli);
    // Not equal by being empty: the offices' rows are filled in their bands' colours, and framed.
    expect(cli.rowHeights).toEqual(layout.rowHeights);
    const fills = new Set(
      Object.values(cli.cells).flatMap((cell) => ("fill" in cell && cell.fill ? [cell.fill] : [])),
    );
    expect(fills).toEqual(new Set(["#D9E1F2", "#F2F2F2", "#C6EFCE", "#FFD8A8", "#FFC7CE"]));
    expect(Object.values(cli.cells).filter((cell) => cell.borders.top !== undefined).length).toBeGreaterThan(
      layout.columnCount * 10,
    );
    expect(written.name).toBe(layout.sheetName);
  });
});

describe("both hosts paint the plan template alike", () => {
  const template = planTemplate({
    organisation: "องค์การบริหารส่วนตำบลแม่วิน",
    fiscalYear: 2567,
    withSample: true,
  });
  const extent = { rows: template.headerRow + template.rows.length, columns: template.columns.length };

  async function paintBoth(t: typeof template) {
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await templateWorkbook(t).xlsx.writeBuffer());
    const fake = installFakeExcel({ sheets: [{ name: "ปก" }], apiVersion: "1.9" });
    const choice = await Excel.run((context) => createTemplate(context, t));
    return { reread, fake, choice };
  }

  test("cell by cell, drop-downs included, merges, heights, widths and the page", async () => {
    const { reread, fake, choice } = await paintBoth(template);

    const cli = readExcelJs(reread.getWorksheet(template.sheet)!, extent);
    const addIn = readFake(fake.sheet(choice.sheet), extent);
    expectSameSheet(addIn, cli);
    expect(cli.rowHeights).toEqual(template.layout.rowHeights);
    expect(Object.values(cli.cells).filter((cell) => "validation" in cell && cell.validation)).toHaveLength(
      3 * template.rows.length,
    );
  });

  test("a list too long to type in goes to a hidden list sheet in both, the same cells behind it", async () => {
    const long = Array.from({ length: 12 }, (_, i) => `เหตุผลข้อที่ ${i + 1} ที่ยาวพอจะเกินขีดจำกัดของรายการ`);
    const t = {
      ...template,
      columns: template.columns.map((column) =>
        column.field === "reason" ? { ...column, list: long } : column,
      ),
    };
    const { reread, fake, choice } = await paintBoth(t);

    const cli = readExcelJs(reread.getWorksheet(t.sheet)!, extent);
    const addIn = readFake(fake.sheet(choice.sheet), extent);
    expectSameSheet(addIn, cli);
    const cliLists = reread.getWorksheet(t.listSheet)!;
    expect(cliLists.state).toBe("hidden");
    expect(fake.sheet(t.listSheet).visibility).toBe("Hidden");
    expect(fake.sheet(t.listSheet).valuesOf(`A1:A${long.length}`)).toEqual(
      long.map((_, i) => [cliLists.getCell(i + 1, 1).value]),
    );
    expect(fake.sheetNames()).not.toContain(SAMPLE_SHEET);
  });
});

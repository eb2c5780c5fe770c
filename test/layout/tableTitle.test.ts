/**
 * Spec §2.1 in both hosts: an Excel table's grid is made by core's one rule (tableGrid), so the add-in
 * and the command line read the same title lines (from column A, over a table that starts further
 * right) and leave out the same cells beside the table.
 */
import ExcelJS from "exceljs";
import { type Cell, type Grid, SAMPLE_ROWS, SAMPLE_SHEET, SAMPLE_TABLE, analyzePlan } from "../../src/core";
import { createExcelHost } from "../../src/hosts/officejs";
import { loadXlsx, planPlaces } from "../../src/hosts/exceljs/book";
import { installFakeExcel } from "../fakes/excel";

/** The sample's title lines in A1:A2, its table at C3, and a note in A5, beside the table's rows. */
const TITLE = SAMPLE_ROWS.slice(0, 2).map((row) => [row[0]]);
const TABLE = SAMPLE_ROWS.slice(2).map((row) => [...row]);
const NOTE = "ยอดจากกองคลัง 999,999";
const choice = { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE };

async function commandLineGrid(): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SAMPLE_SHEET);
  TITLE.forEach((row, i) => (sheet.getCell(i + 1, 1).value = row[0] as string));
  sheet.addTable({
    name: SAMPLE_TABLE,
    ref: "C3",
    columns: TABLE[0].map((name) => ({ name: String(name) })),
    rows: TABLE.slice(1) as ExcelJS.CellValue[][],
  });
  sheet.getCell("A5").value = NOTE;
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const book = await loadXlsx("plan.xlsx", bytes);
  return planPlaces(book, choice)[0].grid();
}

async function addInGrid(): Promise<Grid> {
  const rows: Cell[][] = [...TITLE, [null], [null], [NOTE]];
  installFakeExcel({
    sheets: [{ name: SAMPLE_SHEET, rows, tables: [{ name: SAMPLE_TABLE, row: 3, column: 3, rows: TABLE }] }],
  });
  return createExcelHost().readPlan(choice);
}

test("a table at C3 under title lines in column A: both hosts read the organisation and year, and neither the note beside it", async () => {
  const [cli, addIn] = await Promise.all([commandLineGrid(), addInGrid()]);
  const reports = [cli, addIn].map((grid) => analyzePlan(grid, { source: choice })!);
  for (const report of reports) {
    expect(report.organisation).toBe("องค์การบริหารส่วนตำบลแม่วิน");
    expect(report.fiscalYear).toBe(2566);
    expect(report.summary.total.projects).toBe(16);
  }
  expect(reports[1].summary).toEqual(reports[0].summary);
  expect(reports[1].issues).toEqual(reports[0].issues);
  // The same grid, cell for cell (a row's trailing blanks aside), with the note left out.
  const shape = (grid: Grid) => ({
    firstRow: grid.firstRow,
    firstColumn: grid.firstColumn,
    headerRow: grid.headerRow,
    rows: grid.rows.map((row) => {
      const cells = [...row];
      while (cells.length > 0 && (cells[cells.length - 1] === null || cells[cells.length - 1] === undefined))
        cells.pop();
      return cells;
    }),
  });
  expect(shape(addIn)).toEqual(shape(cli));
  expect(JSON.stringify(addIn.rows)).not.toContain("999,999");
});

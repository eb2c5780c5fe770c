/**
 * Spec §4: memory and time follow the plan, not the sheet's extent. A stray value far away, a styled
 * empty cell on the last row, a table whose range runs to the last row: the report is the plan's, and
 * the grid handed to the engine spans the plan, not the sheet.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Grid } from "../../src/core";
import type { ReportJson } from "../../src/core/summary/json";
import { planPlaces } from "../../src/hosts/exceljs/book";
import { readBook } from "../../src/cli/readWorkbook";
import {
  DONE,
  HEADER,
  NOT_DONE,
  putRows,
  rezip,
  run,
  runJson,
  saveText,
  saveXlsx,
  tempFolder,
} from "./helpers";

// Each test runs the whole command on real files, several times: slow on a busy machine.
jest.setTimeout(30_000);

const PLAN = [HEADER, ["1", 1, "อบรม", 100, 100, DONE], ["2", 2, "ประชุม", 50, 0, NOT_DONE, "งบไม่พอ"]];

/** Rows and widest row of a grid: what the engine is handed. */
function extent(grid: Grid): { rows: number; widest: number } {
  return {
    rows: grid.rows.length,
    widest: grid.rows.reduce((widest, row) => Math.max(widest, row.length), 0),
  };
}

/** Everything in a report but where it came from. */
// The places looked at name the stray sheet too: the figures and findings are what must not change.
const figures = (json: ReportJson) => ({
  ...json,
  source: { ...json.source, file: "" },
  candidates: undefined,
});

describe("a stray value far from the plan", () => {
  const temp = tempFolder();

  async function plainAndStray(addStray: (workbook: ExcelJS.Workbook) => void): Promise<[string, string]> {
    const plain = await saveXlsx(temp("plain.xlsx"), (workbook) =>
      putRows(workbook.addWorksheet("แผน"), PLAN),
    );
    const stray = await saveXlsx(temp("stray.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("แผน"), PLAN);
      addStray(workbook);
    });
    return [plain, stray];
  }

  it.each([
    [
      "a '.' in XFD1048576",
      (wb: ExcelJS.Workbook) => (wb.getWorksheet("แผน")!.getCell("XFD1048576").value = "."),
    ],
    ["a note in XFD1", (wb: ExcelJS.Workbook) => (wb.getWorksheet("แผน")!.getCell("XFD1").value = "ร่าง")],
    [
      "a value in Z9 right of the plan",
      (wb: ExcelJS.Workbook) => (wb.getWorksheet("แผน")!.getCell("Z9").value = 0),
    ],
    [
      "a styled empty cell on the last row of another sheet",
      (wb: ExcelJS.Workbook) => {
        const other = wb.addWorksheet("อื่น");
        other.getCell("A1").value = "บันทึก";
        other.getCell("C1048576").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
      },
    ],
  ])("%s: the same report, and a grid of the plan's size", async (_name, addStray) => {
    const [plain, stray] = await plainAndStray(addStray);
    const [without, withStray] = await Promise.all([
      runJson(["summarize", plain]),
      runJson(["summarize", stray]),
    ]);
    expect(withStray.code).toBe(0);
    expect(figures(withStray.json)).toEqual(figures(without.json));

    const book = await readBook(stray, "แผน");
    for (const place of planPlaces(book, {})) {
      const { rows, widest } = extent(place.grid());
      expect(rows).toBeLessThanOrEqual(PLAN.length);
      expect(widest).toBeLessThanOrEqual(HEADER.length);
    }
  });

  it("a value far down in the plan's own columns is read as a row of the plan, with its row number", async () => {
    const file = await saveXlsx(temp("far.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, PLAN);
      sheet.getCell("B1048576").value = 1;
      sheet.getCell("C1048576").value = "โครงการที่พิมพ์ไว้ไกล";
    });
    const { json } = await runJson(["summarize", file]);
    expect(json.total.projects).toBe(3);
    expect(json.issues).toContainEqual(expect.objectContaining({ code: "unknown-status", row: 1048576 }));
    // Rows between are one shared empty row: the grid is as wide as the plan.
    const [place] = planPlaces(await readBook(file, "แผน"), {});
    const grid = place.grid();
    expect(extent(grid)).toEqual({ rows: 1048576, widest: HEADER.length });
    expect(new Set(grid.rows.slice(3, -1)).size).toBe(1);
  });

  it("a table whose range runs to the sheet's last row ends at its last row holding a value", async () => {
    const file = await saveXlsx(temp("table.xlsx"), (workbook) => {
      workbook.addWorksheet("แผน").addTable({
        name: "Plan",
        ref: "A1",
        columns: HEADER.map((name) => ({ name })),
        rows: PLAN.slice(1).map((row) => HEADER.map((_, i) => row[i] ?? null)),
      });
    });
    const stretched = await saveText(
      temp("stretched.xlsx"),
      rezip(await readFile(file), (name, text) =>
        name.startsWith("xl/tables/") ? text.replace(/ref="A1:G3"/g, 'ref="A1:G1048576"') : undefined,
      ),
    );
    const { code, json } = await runJson(["summarize", stretched]);
    expect(code).toBe(0);
    expect([json.source.table, json.total.projects, json.notCarriedOut.map((item) => item.row)]).toEqual([
      "Plan",
      2,
      [3],
    ]);
    const [place] = planPlaces(await readBook(stretched, "แผน"), { table: "Plan" });
    expect(extent(place.grid())).toEqual({ rows: 3, widest: HEADER.length });
  });
});

describe("a table that starts right of column A", () => {
  const temp = tempFolder();

  it("reads the title lines above it from column A: organisation, year and round", async () => {
    const file = await saveXlsx(temp("table-c.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      sheet.getCell("A1").value = "แผนปฏิบัติการป้องกันการทุจริต องค์การบริหารส่วนตำบลแม่วิน";
      sheet.getCell("A2").value = "ประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน";
      sheet.addTable({
        name: "Plan",
        ref: "C4",
        columns: HEADER.map((name) => ({ name })),
        rows: PLAN.slice(1).map((row) => HEADER.map((_, i) => row[i] ?? null)),
      });
      // A label left of the table's header is not one of its columns.
      sheet.getCell("A4").value = "หมายเหตุ";
    });
    const { json } = await runJson(["summarize", file]);
    expect([json.organisation, json.fiscalYear, json.round]).toEqual(["องค์การบริหารส่วนตำบลแม่วิน", 2568, 6]);
    expect(json.total.projects).toBe(2);
    expect(json.notCarriedOut).toEqual([expect.objectContaining({ row: 6, note: "งบไม่พอ" })]);
  });
});

describe("rows and columns beyond Excel's", () => {
  const temp = tempFolder();

  it.each([
    ["99,999,999", 99_999_999],
    ["1,048,577", 1_048_577],
  ])("a row numbered %s is a damaged file: exit 2, one line", async (shown, row) => {
    const plain = await saveXlsx(temp("plain.xlsx"), (workbook) =>
      putRows(workbook.addWorksheet("แผน"), PLAN),
    );
    // ExcelJS would take long to write such a row itself: the plan's last row is renumbered instead.
    const file = await saveText(
      temp("beyond.xlsx"),
      rezip(await readFile(plain), (name, text) =>
        name.startsWith("xl/worksheets/sheet")
          ? text
              .replace('<row r="3"', `<row r="${row}"`)
              .replace(/<c r="([A-Z]+)3"/g, (_, letters: string) => `<c r="${letters}${row}"`)
          : undefined,
      ),
    );
    const result = await run(["summarize", file, "--lang", "en"]);
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toBe(
      `${file} is damaged: sheet "แผน" has a cell in row ${shown}, column 1, beyond Excel's 1,048,576 rows and 16,384 columns; open it in Excel or LibreOffice and save it again\n`,
    );
  });
});

/**
 * Spec §8, end to end in both hosts: the same three offices' plans rolled up by the command line
 * (`integrity-plan rollup … --write`, one file per office) and by the add-in (one sheet per office in
 * a workbook, read and added up as the pane does) give the same roll-up sheet, cell by cell. The one
 * difference is the column that names where each plan was read: files there, tables and sheets here.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ROLLUP_SHEET_WORDS } from "../../src/core";
import { createExcelHost } from "../../src/hosts/officejs";
import { readPlans, rollupCandidates, rollupOf, rollupSheet } from "../../src/taskpane/state/rollupPlans";
import { ROLLUP_PANEL_STRINGS } from "../../src/taskpane/words/rollupPanelStrings";
import { putRows, run, tempFolder } from "../cli/helpers";
import { installFakeExcel } from "../fakes/excel";
import { THREE_OFFICES } from "../excel/fixtures";
import { readExcelJs, readFake } from "./neutralSheet";

const words = ROLLUP_SHEET_WORDS.th;

describe("the roll-up of three plans in both hosts", () => {
  const at = tempFolder();
  const home = process.cwd();
  afterEach(() => process.chdir(home));

  test("the command line's --write and the add-in's roll-up sheet hold the same cells", async () => {
    // Each office's file named as its sheet is in the add-in's workbook, so both name it alike.
    const files = THREE_OFFICES.map(({ sheet }) => `${sheet}.xlsx`);
    for (const [i, { rows }] of THREE_OFFICES.entries()) {
      const workbook = new ExcelJS.Workbook();
      putRows(workbook.addWorksheet("แผน"), rows as ExcelJS.CellValue[][]);
      await workbook.xlsx.writeFile(at(files[i]));
    }
    process.chdir(path.dirname(at("x")));
    const cliRun = await run(["rollup", ...files, "--write", "รวม.xlsx"]);
    // 1: one office's plan has an error (an unreadable status), as the sheet's status line says.
    expect([cliRun.code, cliRun.stderr]).toEqual([1, ""]);
    const cliBook = new ExcelJS.Workbook();
    await cliBook.xlsx.readFile(at("รวม.xlsx"));

    const fake = installFakeExcel({
      sheets: THREE_OFFICES.map(({ rows }, i) => ({ name: files[i], rows })),
      apiVersion: "1.9",
    });
    const host = createExcelHost();
    const found = await readPlans(host, rollupCandidates(await host.listPlans()), {});
    const layout = rollupSheet(rollupOf(found, {}, ROLLUP_PANEL_STRINGS.th.noPlan), "th", new Date());
    const name = await host.writeRollup(layout, { incomplete: "…", printSetupFailed: "!" });

    const extent = { rows: layout.rowCount, columns: layout.columnCount };
    const cli = readExcelJs(cliBook.getWorksheet(words.sheetName)!, extent);
    const addIn = readFake(fake.sheet(name), extent);
    const inSheetWords = new Map<unknown, string>([
      [words.file, words.sheet],
      [words.unreadable(0), words.unreadableSheets(0)],
    ]);
    const asSheets = (cell: object) =>
      "value" in cell && inSheetWords.has(cell.value)
        ? { ...cell, value: inSheetWords.get(cell.value) }
        : cell;
    let renamed = 0;
    for (const address of Object.keys(cli.cells)) {
      const expected = asSheets(cli.cells[address]);
      if (expected !== cli.cells[address]) renamed++;
      expect({ address, ...addIn.cells[address] }).toEqual({ address, ...expected });
    }
    // The offices table's heading, the list of offices with errors' heading, the unread list's title.
    expect(renamed).toBe(3);
    expect(addIn.merges).toEqual(cli.merges);
    expect(addIn.rowHeights).toEqual(cli.rowHeights);
    expect(addIn.columnWidths).toEqual(cli.columnWidths);
    expect(addIn.print).toEqual(cli.print);
    // What both hold: three offices, the one with an error named, 12 projects in all.
    const values = Object.values(addIn.cells).flatMap((cell) => ("value" in cell ? [cell.value] : []));
    expect(values).toEqual(expect.arrayContaining([...files, "รวม 3 หน่วยงาน", words.withErrors(1), 12]));
  });
});

/**
 * "Fit to one page wide" that Excel did not keep (office-js #1860: Excel sets Scale to Fit only once the
 * Page Layout tab has been shown): the written sheet's status line says the printout may not fit one
 * page wide, and how to set it by hand, as it says when the page setup failed.
 */
import {
  ROLLUP_SHEET_WORDS,
  SAMPLE_ROWS,
  WARNING_COLOUR,
  layoutMatrix,
  selfCheckCondition,
  summaryLayout,
} from "../../src/core";
import { PRINT_WORDS } from "../../src/core/words/printWords";
import { createExcelHost } from "../../src/hosts/officejs";
import type { RollupWrite, SummaryWrite } from "../../src/hosts/planHost";
import { type FakeWorkbook, installFakeExcel } from "../fakes/excel";
import { fakePageLayoutTabNeverShown } from "../fakes/excel/worksheet";
import { THREE_OFFICES, rollupOfAll, sampleLayout, sampleReport, sampleSheet } from "./fixtures";

const HOW: SummaryWrite = { automatic: false, incomplete: "…", printSetupFailed: "(no page setup)" };
const NOT_KEPT = PRINT_WORDS.th.fitToPageNotKept;

/** The status line's text and colour on the written sheet. */
function statusLine(fake: FakeWorkbook, sheet: string, at: { row: number; column: number }) {
  const cell = fake.sheet(sheet).cell(at.row, at.column);
  return { text: cell?.value, colour: cell?.format.fontColor };
}

describe("a page that Excel did not fit to one page wide", () => {
  test("the summary's status line says so, in red, after what it said, and how to set it by hand", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.9" });
    fakePageLayoutTabNeverShown(fake);
    const layout = sampleLayout();
    const said = String(layoutMatrix(layout).values[layout.statusCell.row][layout.statusCell.column]);

    const name = await createExcelHost().writeSummary(layout, HOW);

    expect(statusLine(fake, name, layout.statusCell)).toEqual({
      text: said === "" ? NOT_KEPT : `${said} ${NOT_KEPT}`,
      colour: WARNING_COLOUR,
    });
    expect(NOT_KEPT).toContain("1");
    expect(PRINT_WORDS.en.fitToPageNotKept).toMatch(/Page Layout → Scale to Fit.*Width.*1 page/);
    // The rest of the page setup is made.
    expect(fake.sheet(name).pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
  });

  test("after a self-check formula, the note follows what the formula shows, in the user's language", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.9" });
    fakePageLayoutTabNeverShown(fake);
    const report = sampleReport();
    const check = selfCheckCondition({ rows: SAMPLE_ROWS, firstRow: 1, firstColumn: 1 }, report);
    const layout = summaryLayout(report, { check });
    const formula = layout.cells.find((cell) => cell.formula !== undefined)?.formula;
    const english = PRINT_WORDS.en.fitToPageNotKept;

    const name = await createExcelHost().writeSummary(layout, { ...HOW, fitToPageNotKept: english });

    const cell = fake.sheet(name).cell(layout.statusCell.row, layout.statusCell.column);
    expect(cell?.formula).toBe(`=TRIM((${formula})&" "&"${english}")`);
    expect(cell?.format.fontColor).toBe(WARNING_COLOUR);
  });

  test("where Excel keeps it, the status line says only what the layout says, and the write costs no extra sync", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.9" });
    const layout = sampleLayout();
    const before = fake.syncCount;

    const name = await createExcelHost().writeSummary(layout, HOW);

    expect(fake.syncCount - before).toBe(4);
    const { row, column } = layout.statusCell;
    expect(fake.sheet(name).cell(row, column)?.value ?? "").toBe(layoutMatrix(layout).values[row][column]);
    expect(fake.sheet(name).valuesOf("A1:Z60").flat().join("")).not.toContain(NOT_KEPT);
  });

  test("the roll-up's status line says so too", async () => {
    const fake = installFakeExcel({
      sheets: THREE_OFFICES.map(({ sheet, rows }) => ({ name: sheet, rows })),
      apiVersion: "1.9",
    });
    fakePageLayoutTabNeverShown(fake);
    const host = createExcelHost();
    const layout = await rollupOfAll(host);
    const how: RollupWrite = { incomplete: "…", printSetupFailed: "(no page setup)" };

    const name = await host.writeRollup(layout, how);

    expect(name).toBe(ROLLUP_SHEET_WORDS.th.sheetName);
    expect(String(statusLine(fake, name, layout.statusCell).text)).toContain(NOT_KEPT);
  });
});

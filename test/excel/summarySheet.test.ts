/** Writing the summary sheet the add-in owns. */
import { FORMAT, SAMPLE_ROWS, SAMPLE_SHEET, type SummaryLayout, layoutMatrix } from "../../src/core";
import { SETTING, SUMMARY_FONT, SUMMARY_SHEET_NAME, createExcelHost } from "../../src/excel";
import { type FakeSheet, type FakeWorkbook, fakeColumnName, installFakeExcel } from "../fakes/excel";
import { sampleLayout, sampleSheet } from "./fixtures";

const areaAddress = (layout: SummaryLayout) =>
  `A1:${fakeColumnName(layout.columnCount - 1)}${layout.rowCount}`;

function numberFormats(sheet: FakeSheet, layout: SummaryLayout): string[][] {
  return Array.from({ length: layout.rowCount }, (_, r) =>
    Array.from({ length: layout.columnCount }, (_, c) => sheet.cell(r, c)?.numberFormat ?? "General"),
  );
}

async function writeOnce(
  fake: FakeWorkbook,
  layout = sampleLayout(),
): Promise<{ name: string; syncs: number }> {
  const before = fake.syncCount;
  const name = await createExcelHost().writeSummary(layout);
  return { name, syncs: fake.syncCount - before };
}

describe("writeSummary", () => {
  test("paints the layout's values and number formats in at most two syncs", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const layout = sampleLayout();

    const { name, syncs } = await writeOnce(fake, layout);

    expect(syncs).toBeLessThanOrEqual(2);
    expect(name).toBe(SUMMARY_SHEET_NAME);
    const sheet = fake.sheet(name);
    const { values, formats } = layoutMatrix(layout);
    expect(sheet.valuesOf(areaAddress(layout))).toEqual(values);
    expect(numberFormats(sheet, layout)).toEqual(formats);
    expect(fake.activeSheet).toBe(sheet);
  });

  test("merges, bold headings, table borders, column widths and the report font", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const layout = sampleLayout();

    const sheet = fake.sheet((await writeOnce(fake, layout)).name);

    expect(sheet.merges).toEqual(
      expect.arrayContaining(layout.merges.map((area) => expect.objectContaining(area))),
    );
    expect(sheet.merges).toHaveLength(layout.merges.length);
    const bold = (style: string) =>
      layout.cells
        .filter((cell) => cell.style === style)
        .map((cell) => sheet.cell(cell.row, cell.column)?.format.bold);
    expect(bold("header").every(Boolean)).toBe(true);
    expect(bold("totalValue").every(Boolean)).toBe(true);
    expect(bold("value").some(Boolean)).toBe(false);
    const { top, left, bottom, right } = layout.table;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        expect(sheet.cell(r, c)?.format.borders).toEqual({
          top: "Continuous",
          bottom: "Continuous",
          left: "Continuous",
          right: "Continuous",
        });
      }
    }
    expect(sheet.cell(bottom + 1, left)?.format.borders ?? {}).toEqual({});
    expect([...sheet.columnWidths.entries()]).toEqual(layout.columnWidths.map((width, i) => [i, width * 7]));
    expect(sheet.at("A1")?.format).toMatchObject({ fontName: SUMMARY_FONT.name, fontSize: 16 });
  });

  test("text that looks like a formula is written as text", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const rows = SAMPLE_ROWS.map((row) => [...row]);
    rows[8][2] = "+SUM(1,2)";
    rows[8][7] = "@x";
    const organisation = '=HYPERLINK("http://example.invalid","x")';
    const layout = sampleLayout(rows, organisation);
    const texts = [organisation, "+SUM(1,2)", "@x"];
    expect(texts.every((text) => layout.cells.some((cell) => cell.value === text))).toBe(true);

    const sheet = fake.sheet((await writeOnce(fake, layout)).name);

    for (const text of texts) {
      const cell = layout.cells.find((c) => c.value === text);
      expect(cell?.format).toBe(FORMAT.text);
      const written = cell && sheet.cell(cell.row, cell.column);
      expect({ value: written?.value, formula: written?.formula }).toEqual({
        value: text,
        formula: undefined,
      });
    }
  });

  test("a user's sheet named สรุปผล is left alone; the summary goes beside it", async () => {
    const fake = installFakeExcel({
      sheets: [sampleSheet(), { name: SUMMARY_SHEET_NAME, rows: [["ของผู้ใช้", 1]] }],
    });
    const before = fake.snapshot(SUMMARY_SHEET_NAME);

    const { name } = await writeOnce(fake);

    expect(name).toBe(`${SUMMARY_SHEET_NAME} (2)`);
    expect(fake.snapshot(SUMMARY_SHEET_NAME)).toEqual(before);
  });

  test("writing again replaces the add-in's own sheet, in its place, and nothing else", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet(), { name: "หมายเหตุ", rows: [["x"]] }] });
    const first = await writeOnce(fake);
    const firstId = fake.sheet(first.name).id;
    // The user moved the summary to the front; the new one must take its place.
    fake.sheets.unshift(...fake.sheets.splice(fake.sheets.indexOf(fake.sheet(first.name)), 1));
    await createExcelHost().selectCell({ sheet: SAMPLE_SHEET }, 1, 1);
    const untouched = [fake.snapshot(SAMPLE_SHEET), fake.snapshot("หมายเหตุ")];
    const order = fake.sheetNames();

    const second = await writeOnce(fake);

    expect(second).toEqual({ name: first.name, syncs: 2 });
    expect(fake.sheetNames()).toEqual(order);
    expect(fake.sheet(second.name).id).not.toBe(firstId);
    expect([fake.snapshot(SAMPLE_SHEET), fake.snapshot("หมายเหตุ")]).toEqual(untouched);
    expect(fake.settings.saved()[SETTING.summarySheetId]).toBe(fake.sheet(second.name).id);
  });

  test("the add-in's sheet keeps the name the user gave it", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const { name } = await writeOnce(fake);
    fake.sheet(name).name = "สรุป 2566";

    const again = await writeOnce(fake);

    expect(again.name).toBe("สรุป 2566");
    expect(fake.sheetNames()).toEqual([SAMPLE_SHEET, "สรุป 2566"]);
  });

  test.each([0, 5, 40])(
    "a write that fails after %i steps leaves the previous summary as it was",
    async (afterOps) => {
      const fake = installFakeExcel({ sheets: [sampleSheet()] });
      const { name } = await writeOnce(fake);
      const before = fake.snapshot(name);
      const names = fake.sheetNames();
      fake.failSync({ sync: fake.syncCount + 2, code: "GeneralException", afterOps });

      await expect(createExcelHost().writeSummary(sampleLayout())).rejects.toMatchObject({ kind: "failed" });

      expect(fake.snapshot(name)).toEqual(before);
      expect(fake.sheetNames()).toEqual(names);
    },
  );

  test("Excel in cell-edit mode is reported as busy", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    fake.failSync({ sync: 1, code: "InvalidOperationInCellEditMode" });

    await expect(createExcelHost().writeSummary(sampleLayout())).rejects.toMatchObject({ kind: "busy" });
    expect(fake.sheetNames()).toEqual([SAMPLE_SHEET]);
  });

  test("print titles are set where ExcelApi 1.9 offers them, and skipped below", async () => {
    const layout = sampleLayout();
    const rows = `$${layout.headerRows.first + 1}:$${layout.headerRows.last + 1}`;
    const newer = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.9" });
    expect(newer.sheet((await writeOnce(newer, layout)).name).printTitleRows).toBe(rows);

    const minimum = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.7" });
    expect(minimum.sheet((await writeOnce(minimum, layout)).name).printTitleRows).toBeUndefined();
  });
});

/** Painting core's layout data with Office.js: what reaches the sheet is what the layout says. */
import { BORDER, SAMPLE_ROWS, columnPoints, planTemplate } from "../../src/core";
import {
  paintColumnWidths,
  paintPagePrint,
  paintRowHeights,
  paintSheetFormat,
  styleRuns,
} from "../../src/hosts/officejs/paint";
import { installFakeExcel } from "../fakes/excel";
import { sampleLayout, sampleSheet } from "./fixtures";

/** Paints on a new sheet of a fake Excel at the manifest's minimum API (1.7) unless told. */
async function painted(paint: (sheet: Excel.Worksheet) => void, apiVersion = "1.7") {
  const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion });
  await Excel.run(async (context) => {
    paint(context.workbook.worksheets.add("สรุปผล"));
    await context.sync();
  });
  return fake.sheet("สรุปผล");
}

describe("paint.ts", () => {
  const layout = sampleLayout(SAMPLE_ROWS, undefined, { withMemo: true });

  test("every cell gets its style's font, fill, alignment and wrapping, in the official font", async () => {
    const sheet = await painted((s) => paintSheetFormat(s, layout));
    for (const cell of layout.cells) {
      const look = layout.looks[cell.style];
      const format = sheet.cell(cell.row, cell.column)?.format;
      expect({
        at: [cell.row, cell.column],
        ...format,
        borders: undefined,
        borderColours: undefined,
      }).toEqual({
        at: [cell.row, cell.column],
        fontName: layout.print.font.name,
        fontSize: look.size,
        bold: look.bold,
        italic: look.italic,
        fontColor: look.colour,
        ...(look.fill ? { fill: look.fill } : {}),
        horizontalAlignment: { general: "General", left: "Left", center: "Center" }[look.horizontal],
        verticalAlignment: { top: "Top", middle: "Center" }[look.vertical],
        wrapText: look.wrap,
        borders: undefined,
        borderColours: undefined,
      });
    }
    // The title is larger, the headers filled, the source line italic: the layout's looks, not the host's.
    expect(sheet.cell(0, 0)?.format.fontSize).toBe(18);
    expect(sheet.cell(layout.table.top, 1)?.format.fill).toBe("#D9E1F2");
  });

  test("thin grey lines on every side of every cell of each bordered area, and nowhere else", async () => {
    const sheet = await painted((s) => paintSheetFormat(s, layout));
    const inside = (r: number, c: number) =>
      layout.bordered.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
    for (let r = 0; r < layout.rowCount; r++) {
      for (let c = 0; c < layout.columnCount; c++) {
        const format = sheet.cell(r, c)?.format;
        if (inside(r, c)) {
          const all = { top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" };
          expect(format?.borders).toEqual(all);
          expect(format?.borderColours).toEqual({
            top: BORDER.colour,
            bottom: BORDER.colour,
            left: BORDER.colour,
            right: BORDER.colour,
          });
        } else expect(format?.borders ?? {}).toEqual({});
      }
    }
  });

  test("row heights and column widths are the layout's, widths converted to points", async () => {
    const sheet = await painted((s) => paintSheetFormat(s, layout));
    expect(layout.rowHeights).toHaveLength(layout.rowCount);
    expect(sheet.rowHeights).toEqual(new Map(layout.rowHeights.map((height, row) => [row, height])));
    expect([...sheet.columnWidths.entries()]).toEqual(
      layout.columnWidths.map((width, column) => [column, columnPoints(width)]),
    );
    // 8.43 characters, Excel's default column, is 64 pixels: 48 points.
    expect(columnPoints(8.43)).toBeCloseTo(48, 1);
  });

  test("neighbouring rows of one height are set in one write, rows from any first row", async () => {
    const sheet = await painted((s) => {
      paintRowHeights(s, [30, 30, 30, 55, 30], 2);
      paintColumnWidths(s, [10]);
    });
    expect([...sheet.rowHeights.entries()]).toEqual([
      [2, 30],
      [3, 30],
      [4, 30],
      [5, 55],
      [6, 30],
    ]);
    expect(sheet.columnWidths.get(0)).toBe(columnPoints(10));
  });

  test("the template's heights paint as they are", async () => {
    const { layout: template } = planTemplate({ withSample: true });
    const sheet = await painted((s) => paintRowHeights(s, template.rowHeights));
    expect([...sheet.rowHeights.values()]).toEqual(template.rowHeights);
  });

  test("the page: A4 landscape, one page wide, margins in points, header rows repeated, core's footer", async () => {
    const written = sampleLayout(SAMPLE_ROWS, undefined, { writtenAt: new Date(2023, 9, 5) });
    const sheet = await painted(
      (s) => paintPagePrint(s, written.print, written.headerRows, written.print.footerSections),
      "1.9",
    );
    const { first, last } = written.headerRows;
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: null },
      margins: { left: 50.4, right: 36, top: 43.2, bottom: 50.4, header: 21.6, footer: 21.6 },
      printTitleRows: `$${first + 1}:$${last + 1}`,
      leftFooter: written.print.footerSections.left,
      rightFooter: written.print.footerSections.right,
    });
  });

  test("style runs join neighbouring cells of a row that share a style, and cover every cell once", () => {
    const runs = styleRuns(layout);
    const covered = runs.reduce((sum, run) => sum + run.area.right - run.area.left + 1, 0);
    expect(covered).toBe(layout.cells.length);
    expect(runs.length).toBeLessThan(layout.cells.length);
  });
});

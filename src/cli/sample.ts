/** The sample plan as a workbook (an Excel table under two title lines) and as CSV. */
import ExcelJS from "exceljs";
import {
  type Cell,
  SAMPLE_HEADERS,
  SAMPLE_HEADER_ROW,
  SAMPLE_ROWS,
  SAMPLE_SHEET,
  SAMPLE_TABLE,
  columnLetter,
  planSheetStyle,
  sampleSheetLayout,
} from "../core";
import { formatCsv } from "../hosts/exceljs/csv";
import { excelValue } from "../hosts/exceljs/cellValue";
import { paintColumnWidths, paintLook, paintPagePrint, paintRowHeights } from "../hosts/exceljs/paintSummary";

/** The sample plan workbook: sheet "แผน", title in rows 1–2, table "PlanProjects" from row 3. */
export function sampleWorkbook(): ExcelJS.Workbook {
  const layout = sampleSheetLayout();
  const font = layout.print.font.name;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SAMPLE_SHEET, {
    views: [{ state: "frozen", ySplit: SAMPLE_HEADER_ROW }],
  });
  const width = SAMPLE_HEADERS.length;
  SAMPLE_ROWS.slice(0, SAMPLE_HEADER_ROW - 1).forEach((cells, r) => {
    const cell = sheet.getCell(r + 1, 1);
    cell.value = excelValue(cells[0] ?? null);
    paintLook(cell, layout.looks[planSheetStyle(layout, r + 1, 0)], font);
  });
  const dataRows = SAMPLE_ROWS.slice(SAMPLE_HEADER_ROW);
  sheet.addTable({
    name: SAMPLE_TABLE,
    ref: `A${SAMPLE_HEADER_ROW}`,
    headerRow: true,
    style: { theme: layout.tableStyle, showRowStripes: true },
    columns: SAMPLE_HEADERS.map((name) => ({ name, filterButton: true })),
    rows: dataRows.map((cells) => Array.from({ length: width }, (_, i) => excelValue(cells[i] ?? null))),
  });
  const lastRow = SAMPLE_HEADER_ROW + dataRows.length;
  for (let r = SAMPLE_HEADER_ROW; r <= lastRow; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = sheet.getCell(r, c);
      paintLook(cell, layout.looks[planSheetStyle(layout, r, c - 1)], font);
      if (r > SAMPLE_HEADER_ROW && layout.formats[c - 1] !== "@") cell.numFmt = layout.formats[c - 1];
    }
  }
  paintColumnWidths(sheet, layout.columnWidths);
  paintRowHeights(sheet, layout.rowHeights);
  paintPagePrint(
    sheet,
    layout.print,
    `${SAMPLE_HEADER_ROW}:${SAMPLE_HEADER_ROW}`,
    `A1:${columnLetter(width)}${lastRow}`,
  );
  return workbook;
}

/** The sample's cells as CSV (UTF-8 with BOM), title lines included. */
export function sampleCsv(): string {
  return formatCsv(SAMPLE_ROWS as readonly (readonly Cell[])[]);
}

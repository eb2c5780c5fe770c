/**
 * The plan sheets the product writes (the sample plan and the template) as data: title lines, a
 * header, a body; each cell's look, the column widths, every row's height and the page.
 */
import { type Cell } from "../cells/grid";
import { type PagePrint, PAGE_PRINT } from "./pagePrint";
import { displayText } from "./display";
import { fitRowHeights } from "./rowHeights";
import { type CellLook, type PlanSheetStyle, OFFICIAL_FONT, PLAN_LOOKS } from "./styles";

export interface PlanSheetLayout {
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  /** Number formats of the body's columns. */
  readonly formats: readonly string[];
  /** Number format of the title lines and the header: text, so a title starting with "=" stays text. */
  readonly headingFormat: "@";
  /** Columns whose body cells wrap (names and notes). */
  readonly wrapped: readonly boolean[];
  /** Worksheet row (1-based) of the table's header; the rows above it are title lines. */
  readonly headerRow: number;
  /** Title lines merged across the table's width (else each stands in its first cell). */
  readonly mergedTitles: boolean;
  /** Heights in points of rows 1 … the table's last. */
  readonly rowHeights: readonly number[];
  readonly looks: Readonly<Record<PlanSheetStyle, CellLook>>;
  /** The Excel table's built-in style, banded rows. */
  readonly tableStyle: "TableStyleLight9";
  readonly print: PagePrint;
}

export interface PlanSheetInput {
  /** The sheet's cells from A1: title lines, the header, the body. */
  readonly rows: readonly (readonly Cell[])[];
  readonly headerRow: number;
  readonly columnWidths: readonly number[];
  readonly formats: readonly string[];
  readonly wrapped: readonly boolean[];
  readonly mergedTitles: boolean;
}

/** The style of the cell at 1-based worksheet row `row`, 0-based column `column`. */
export function planSheetStyle(layout: PlanSheetLayout, row: number, column: number): PlanSheetStyle {
  if (row < layout.headerRow) return layout.mergedTitles ? "planBanner" : "planTitle";
  if (row === layout.headerRow) return "planHeader";
  return layout.wrapped[column] ? "planWrapped" : "planText";
}

/** The number format of the cell at 1-based worksheet row `row`, 0-based column `column`. */
export function planSheetFormat(
  layout: Pick<PlanSheetLayout, "headerRow" | "formats" | "headingFormat">,
  row: number,
  column: number,
): string {
  return row > layout.headerRow ? (layout.formats[column] ?? "@") : layout.headingFormat;
}

const shown = (cell: Cell, format: string): string =>
  cell === null
    ? ""
    : typeof cell === "object"
      ? cell.error
      : typeof cell === "boolean"
        ? String(cell)
        : displayText(cell, format);

export function planSheetLayout(input: PlanSheetInput): PlanSheetLayout {
  const width = input.columnWidths.length;
  const base = {
    columnWidths: input.columnWidths,
    formats: input.formats,
    headingFormat: "@" as const,
    wrapped: input.wrapped,
    headerRow: input.headerRow,
    mergedTitles: input.mergedTitles,
    looks: PLAN_LOOKS,
    tableStyle: "TableStyleLight9" as const,
    print: PAGE_PRINT,
  };
  const titleRows = input.headerRow - 1;
  const merges = input.mergedTitles
    ? Array.from({ length: titleRows }, (_, r) => ({ top: r, left: 0, bottom: r, right: width - 1 }))
    : [];
  const cells = input.rows.flatMap((cells, r) =>
    cells.slice(0, width).map((cell, column) => {
      const look = PLAN_LOOKS[planSheetStyle({ ...base, rowHeights: [] }, r + 1, column)];
      return {
        row: r,
        column,
        text: shown(cell, planSheetFormat(base, r + 1, column)),
        font: { size: look.size, bold: look.bold },
        wrap: look.wrap,
      };
    }),
  );
  return {
    ...base,
    rowHeights: fitRowHeights({
      rowCount: input.rows.length,
      columnWidths: input.columnWidths,
      cells,
      merges,
      size: OFFICIAL_FONT.size,
    }),
  };
}

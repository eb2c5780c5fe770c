/**
 * What every sheet core lays out has in common (the summary sheet, the roll-up sheet): cells with
 * values, number formats and named looks, merges, widths, fitted row heights, bordered areas and the
 * page. Both hosts paint this shape with one painter each, so a sheet's looks are decided here alone.
 */
import { displayText } from "./display";
import { type FooterSections, type FooterText, footerSections } from "./footer";
import type { Area } from "../cells/grid";
import { PAGE_PRINT, type PagePrint, type RowSpan, tableTitleRows } from "./pagePrint";
import { fitRowHeights } from "./rowHeights";
import { type CellLook, OFFICIAL_FONT } from "./styles";
import { FORMAT } from "./formats";
import type { Lang } from "../words/messages";
import { SUMMARY_WORDS } from "../words/summaryWords";
import { thaiDate } from "../rows/period";

/** The summary's print setup: the page, and a footer to trace it. */
export interface PrintSetup extends PagePrint {
  /** The footer's texts as written. */
  readonly footer: FooterText;
  /** The footer as Excel's codes, within Excel's length limit (footer.ts): what hosts paint. */
  readonly footerSections: FooterSections;
  /**
   * Rows repeated at the top of each printed page after them: the table's header rows, only when
   * the table runs onto a second page (pagePrint.ts, tableTitleRows); none otherwise.
   */
  readonly titleRows?: RowSpan;
}

export interface SheetCell<S extends string = string> {
  /** 0-based row and column on the sheet (A1 is 0, 0). */
  readonly row: number;
  readonly column: number;
  /** The value shown; for a formula cell, its result when the sheet was laid out. */
  readonly value: string | number;
  readonly format: string;
  readonly style: S;
  /**
   * A formula core built (without "="), never text from the sheet: the status line's self-check.
   * Hosts write it as a formula, with `value` as its cached result where the file keeps one.
   */
  readonly formula?: string;
}

export interface SheetLayout<S extends string = string> {
  /** The sheet's name before any clash with a sheet already in the workbook (see names.ts). */
  readonly sheetName: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly cells: readonly SheetCell<S>[];
  readonly merges: readonly Area[];
  /** Column widths in characters (see columnPoints in rowHeights.ts for points). */
  readonly columnWidths: readonly number[];
  /** Every row's height in points, fitted to its text (rowHeights.ts). */
  readonly rowHeights: readonly number[];
  /** How each style of cell looks. */
  readonly looks: Readonly<Record<S, CellLook>>;
  /** Areas with thin lines around every cell, merged ones too (see styles.ts BORDER). */
  readonly bordered: readonly Area[];
  /** The table's header rows (repeated on printed pages only as `print.titleRows` says). */
  readonly headerRows: RowSpan;
  readonly print: PrintSetup;
}

/** Every row's height, fitted to the text of its cells as their looks set it (one rule for every sheet). */
export function fittedRowHeights<S extends string>(
  sheet: Pick<SheetLayout<S>, "rowCount" | "columnWidths" | "merges" | "cells" | "looks">,
): number[] {
  return fitRowHeights({
    rowCount: sheet.rowCount,
    columnWidths: sheet.columnWidths,
    merges: sheet.merges,
    size: OFFICIAL_FONT.size,
    cells: sheet.cells.map((cell) => {
      const look = sheet.looks[cell.style];
      return {
        row: cell.row,
        column: cell.column,
        text: displayText(cell.value, cell.format),
        font: { size: look.size, bold: look.bold },
        wrap: look.wrap,
      };
    }),
  });
}

/**
 * A sheet's cells written row by row, as the summary and roll-up layouts write theirs: `row` is the row
 * being written; its cells, merged areas and areas lined round every cell are kept in order.
 */
export class SheetWriter<S extends string> {
  row = 0;
  readonly cells: SheetCell<S>[] = [];
  readonly merges: Area[] = [];
  readonly bordered: Area[] = [];

  /** `lastColumn`: the sheet's last column (0-based), which a line across the sheet reaches. */
  constructor(readonly lastColumn: number) {}

  /** A cell of the row being written, or of the row `row`. */
  put(column: number, value: string | number, style: S, format: string = FORMAT.text, row = this.row): void {
    this.cells.push({ row, column, value, format, style });
  }

  /** Merges the row's cells from `left` to `right`, down to `bottom`; a single cell is left alone. */
  merge(left: number, right: number, bottom = this.row): void {
    if (right > left || bottom > this.row) this.merges.push({ top: this.row, left, bottom, right });
  }

  /** A line of text across the sheet, then the next row. */
  line(text: string, style: S): void {
    this.put(0, text, style);
    this.merge(0, this.lastColumn);
    this.row++;
  }

  /** Lines round every cell of the rows from `top` to the last one written, across `left`..`right`. */
  border(top: number, left = 0, right = this.lastColumn): void {
    this.bordered.push({ top, left, bottom: this.row - 1, right });
  }

  /** A percentage, or "-" where there is none (no projects, no budget). */
  percent(column: number, value: number | null, style: S): void {
    if (value === null) this.put(column, "-", style);
    else this.put(column, value, style, FORMAT.percent);
  }
}

/**
 * What a written sheet's footer says: on the left when it was written, if known; on the right `source`,
 * then how many errors and warnings its plans have.
 */
export interface FooterFacts {
  readonly lang: Lang;
  readonly writtenAt: Date | undefined;
  readonly source: string;
  readonly errors: number;
  readonly warnings: number;
}

/**
 * A sheet's cells with its table's two header rows from `table.top`, its fitted row heights and its
 * page: the product's page, the footer, and the table's header rows repeated only when the sheet down
 * to `table.last` runs onto a second page (tableTitleRows). The summary and roll-up sheets are made so.
 */
export function pagedSheet<S extends string>(
  parts: Pick<SheetLayout<S>, "rowCount" | "columnWidths" | "merges" | "cells" | "looks">,
  table: { readonly top: number; readonly last: number },
  facts: FooterFacts,
): Pick<
  SheetLayout<S>,
  "rowCount" | "columnWidths" | "merges" | "cells" | "looks" | "headerRows" | "rowHeights" | "print"
> {
  const words = SUMMARY_WORDS[facts.lang];
  const footer: FooterText = {
    left: facts.writtenAt ? words.footerWritten(thaiDate(facts.writtenAt, facts.lang)) : "",
    right: `${facts.source} · ${words.footerCheck(facts.errors, facts.warnings)}`,
  };
  const headerRows = { first: table.top, last: table.top + 1 };
  const rowHeights = fittedRowHeights(parts);
  const titleRows = tableTitleRows(
    { rowHeights, columnWidths: parts.columnWidths },
    headerRows,
    table.last,
    PAGE_PRINT,
  );
  return {
    ...parts,
    headerRows,
    rowHeights,
    print: {
      ...PAGE_PRINT,
      footer,
      footerSections: footerSections(footer),
      ...(titleRows === undefined ? {} : { titleRows }),
    },
  };
}

/** The layout as a rectangle of values and one of formats, as Office.js writes a range in one go. */
export function layoutMatrix(layout: Pick<SheetLayout, "rowCount" | "columnCount" | "cells">): {
  values: (string | number)[][];
  formats: string[][];
} {
  const values = Array.from({ length: layout.rowCount }, () =>
    Array<string | number>(layout.columnCount).fill(""),
  );
  // A cell the layout leaves blank keeps Excel's own "General", as in a file the command line writes.
  const formats = Array.from({ length: layout.rowCount }, () =>
    Array<string>(layout.columnCount).fill("General"),
  );
  for (const cell of layout.cells) {
    values[cell.row][cell.column] = cell.value;
    formats[cell.row][cell.column] = cell.format;
  }
  return { values, formats };
}

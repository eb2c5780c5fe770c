/** How every sheet the product writes prints: one place, read by the summary, roll-up and plan sheets. */
import { columnPoints } from "./rowHeights";
import { OFFICIAL_FONT } from "./styles";

/** Inches, as Excel keeps them. */
export interface Margins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

/** How every sheet the product writes prints: A4 landscape, one page wide and as many tall as needed. */
export interface PagePrint {
  readonly paperSize: "A4";
  readonly orientation: "landscape";
  readonly fitToPagesWide: 1;
  /** Room for the footer, and for binding on the left. */
  readonly margins: Margins;
  /** The official documents' font; Excel shows its own substitute where it is not installed. */
  readonly font: { readonly name: string; readonly size: number };
}

export const PAGE_PRINT: PagePrint = {
  paperSize: "A4",
  orientation: "landscape",
  fitToPagesWide: 1,
  margins: { left: 0.7, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
  font: OFFICIAL_FONT,
};

/** Rows of a sheet, 0-based and inclusive. */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

/** A4 in points (ISO 216: 210 × 297 mm), the long side across in landscape. */
const A4 = { short: 595.28, long: 841.89 } as const;
const POINTS_PER_INCH = 72;
/**
 * The share of a page a table must fit in to be taken as fitting: room for a printer's own rounding
 * of widths and heights, so a table near the page's foot is given its header rows on the next.
 */
const FIT_SHARE = 0.95;

/**
 * Points of row height one printed page holds. Fitting the columns to one page wide, Excel prints at
 * a whole percent, never above 100 (PageLayoutZoomOptions.scale,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions). LibreOffice draws
 * the same columns at least as wide (columnPoints in rowHeights.ts), so it prints at most at this
 * scale and a page holds at least as many rows there.
 */
export function pageRowPoints(print: PagePrint, columnWidths: readonly number[]): number {
  const landscape = print.orientation === "landscape";
  const [across, down] = landscape ? [A4.long, A4.short] : [A4.short, A4.long];
  const { margins } = print;
  const width = across - (margins.left + margins.right) * POINTS_PER_INCH;
  const height = down - (margins.top + margins.bottom) * POINTS_PER_INCH;
  const sheetWidth = columnWidths.reduce((sum, characters) => sum + columnPoints(characters), 0);
  const scale = Math.min(100, Math.floor((100 * width) / sheetWidth)) / 100;
  return height / scale;
}

/**
 * The rows to repeat at the top of each printed page: the table's header rows when the sheet down to
 * the table's last row does not fit on its first page; none when it does. Excel and LibreOffice repeat
 * title rows on every page after them, page breaks and several print areas notwithstanding (tried in
 * LibreOffice; TESTING.md for Excel), so rows repeated for a long table would also stand over the
 * parts under it; a table that fits on its first page needs none, and the list and the memo under it
 * print under no header of the table's.
 */
export function tableTitleRows(
  sheet: { readonly rowHeights: readonly number[]; readonly columnWidths: readonly number[] },
  header: RowSpan,
  tableLast: number,
  print: PagePrint,
): RowSpan | undefined {
  let down = 0;
  for (let row = 0; row <= tableLast; row++) down += sheet.rowHeights[row] ?? 0;
  return down <= pageRowPoints(print, sheet.columnWidths) * FIT_SHARE ? undefined : header;
}

/**
 * Title rows that print on no page: the row under the sheet's last. Excel and LibreOffice print title
 * rows only on the pages after them, and no page follows that row. For a host that can set title rows
 * but not remove them (Office.js has PageLayout.setPrintTitleRows and nothing that clears them,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout): it undoes rows an earlier write set.
 */
export function unprintedTitleRows(rowCount: number): RowSpan {
  return { first: rowCount, last: rowCount };
}

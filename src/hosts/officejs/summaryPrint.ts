/** A written sheet's page setup (the summary's, the roll-up's), after its cells are written. */
import { type SheetLayout, WARNING_COLOUR, unprintedTitleRows } from "../../core";
import { PRINT_WORDS } from "../../core/words/printWords";
import { paintPagePrint, rowsAddress } from "./paint";
import { supportsExcelApi } from "./requirements";

/**
 * The page setup, after the sheet is written, in a batch of its own: it is a refinement, and a
 * failure here never costs the sheet. When it fails, the status line says so and the user sets up
 * the page by hand. It needs ExcelApi 1.9; an older Excel gets the sheet without it, silently.
 *
 * The zoom is read back in the same batch: Excel may not keep "fit to one page wide" while the Page
 * Layout tab has not been shown, though it takes the rest of the page setup (office-js #1860,
 * https://github.com/OfficeDev/office-js/issues/1860; PageLayout.zoom,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-zoom-member).
 * Then the status line says the printed sheet may not fit one page wide, and how to set it by hand
 * (`fitNotKept`; core's Thai words unless the caller gives the user's).
 */
export async function printSetup(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: Pick<SheetLayout, "print" | "rowCount">,
  status: StatusLine,
  failedNote: string,
  fitNotKept: string = PRINT_WORDS.th.fitToPageNotKept,
): Promise<void> {
  if (!supportsExcelApi("1.9")) return;
  const page = sheet.pageLayout;
  const titles = layout.print.titleRows;
  let note: string | undefined;
  try {
    // Rows an earlier write repeated, looked for only when none should repeat now.
    const earlier = titles ? undefined : page.getPrintTitleRowsOrNullObject().load("address");
    paintPagePrint(sheet, layout.print, titles, layout.print.footerSections);
    page.load("zoom");
    await context.sync();
    if (earlier && !earlier.isNullObject) await unrepeat(context, page, earlier.address, layout.rowCount);
    if (page.zoom?.horizontalFitToPages !== layout.print.fitToPagesWide) note = fitNotKept;
  } catch {
    note = failedNote;
  }
  if (note === undefined) return;
  const { range, said, formula } = status;
  // A self-check formula stays one (spec §6.1): the note follows what it shows.
  if (formula === undefined) range.values = [[said === "" ? note : `${said} ${note}`]];
  else range.formulas = [[`=TRIM((${formula})&" "&"${note.replace(/"/g, '""')}")`]];
  range.format.font.color = WARNING_COLOUR;
  await context.sync();
}

/**
 * Office.js sets title rows but cannot remove them (PageLayout,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout): rows an earlier write set to repeat
 * are moved under the sheet's last row, where they print on no page (core's unprintedTitleRows), unless
 * they are there already. One sync more, only for a sheet written with repeated rows before.
 */
async function unrepeat(
  context: Excel.RequestContext,
  page: Excel.PageLayout,
  earlier: string,
  rowCount: number,
): Promise<void> {
  const unprinted = rowsAddress(unprintedTitleRows(rowCount));
  // An address as Range.address gives it ("สรุปผล!33:33"), with or without "$".
  const bare = (address: string) => address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  if (bare(earlier) === bare(unprinted)) return;
  page.setPrintTitleRows(unprinted);
  await context.sync();
}

/** A written sheet's status line: its cell, its text as written, and core's formula when it has one. */
export interface StatusLine {
  readonly range: Excel.Range;
  readonly said: string;
  /** Without its "=". */
  readonly formula?: string;
}

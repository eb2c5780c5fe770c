/** A written sheet's page setup (the summary's, the roll-up's), after its cells are written. */
import { type SheetLayout, WARNING_COLOUR } from "../../core";
import { PRINT_WORDS } from "../../core/words/printWords";
import { paintPagePrint } from "./paint";
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
  layout: Pick<SheetLayout, "print" | "headerRows">,
  status: StatusLine,
  failedNote: string,
  fitNotKept: string = PRINT_WORDS.th.fitToPageNotKept,
): Promise<void> {
  if (!supportsExcelApi("1.9")) return;
  const page = sheet.pageLayout;
  let note: string | undefined;
  try {
    paintPagePrint(sheet, layout.print, layout.headerRows, layout.print.footerSections);
    page.load("zoom");
    await context.sync();
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

/** A written sheet's status line: its cell, its text as written, and core's formula when it has one. */
export interface StatusLine {
  readonly range: Excel.Range;
  readonly said: string;
  /** Without its "=". */
  readonly formula?: string;
}

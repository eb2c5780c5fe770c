/** A written sheet's page setup (the summary's, the roll-up's), after its cells are written. */
import { type SheetLayout, WARNING_COLOUR } from "../../core";
import { paintPagePrint } from "./paint";
import { supportsExcelApi } from "./requirements";

/**
 * The page setup, after the sheet is written, in a batch of its own: it is a refinement, and a
 * failure here never costs the sheet. When it fails, the status line says so and the user sets up
 * the page by hand. It needs ExcelApi 1.9; an older Excel gets the sheet without it, silently.
 */
export async function printSetup(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: Pick<SheetLayout, "print" | "headerRows">,
  status: Excel.Range,
  failedNote: string,
  /** What the status line says without the note. */
  said: string,
): Promise<void> {
  if (!supportsExcelApi("1.9")) return;
  try {
    paintPagePrint(sheet, layout.print, layout.headerRows, layout.print.footerSections);
    await context.sync();
  } catch {
    status.values = [[said === "" ? failedNote : `${said} ${failedNote}`]];
    status.format.font.color = WARNING_COLOUR;
    await context.sync();
  }
}

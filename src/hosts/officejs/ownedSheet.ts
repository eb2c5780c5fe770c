/**
 * The one write sequence of a sheet the add-in owns (the summary, the roll-up), from core's layout:
 * the owned sheet cleared and repainted in place, or a new one added and marked. Excel applies a
 * failed batch only up to the failing step, and the first thing the batch writes is the "incomplete"
 * note in the status line, the last the status line's own text: a sheet left half-written says so,
 * and the next write finishes it. The page setup follows in a sync of its own, best effort.
 */
import { type SheetLayout, cellAddress, freeSheetName, layoutMatrix } from "../../core";
import { paintSheetFormat, rangeOf } from "./paint";
import { printSetup } from "./summaryPrint";

/** A layout with a status line: the summary's and the roll-up's. */
export type StatusLayout = SheetLayout<string> & {
  readonly statusCell: { readonly row: number; readonly column: number };
};

/** Where the layout goes: the sheet found as the add-in's, or a new one among these names. */
export interface OwnedPlace {
  readonly owned?: {
    readonly sheet: Excel.Worksheet;
    /** Its status line as last written, marked incomplete before anything is taken away. */
    readonly statusCell?: string;
    /** The cell its mark refers to now. */
    readonly markedAt: string;
  };
  readonly names: readonly string[];
  /** The worksheet-scoped name that marks the sheet as the add-in's. */
  readonly mark: string;
  /** The cell the mark refers to on the sheet written: "A1", or the status line. */
  readonly markAt: string;
}

export interface OwnedWrite {
  /** Stands in the status line while the batch runs, and stays there if it stops part-way. */
  readonly incomplete: string;
  /** Added to the status line when the page setup could not be made. */
  readonly printSetupFailed: string;
  /** Bring the sheet to the front (not for a rewrite the user did not ask for). */
  readonly activate: boolean;
  /** Taken away from the owned sheet before it is cleared (the summary's chart). */
  readonly before?: (sheet: Excel.Worksheet) => void;
  /** Painted after the cells (the summary's chart). */
  readonly after?: (sheet: Excel.Worksheet) => void;
}

/** Writes the layout on the owned sheet or a new one; the sheet's name and id. */
export async function writeOwnedSheet(
  context: Excel.RequestContext,
  layout: StatusLayout,
  place: OwnedPlace,
  how: OwnedWrite,
): Promise<{ readonly name: string; readonly id: string }> {
  const statusAddress = cellAddress(layout.statusCell.row + 1, layout.statusCell.column + 1);
  const said = String(
    layout.cells.find((c) => c.row === layout.statusCell.row && c.column === layout.statusCell.column)
      ?.value ?? "",
  );
  const markIncomplete = (cell: Excel.Range) => {
    cell.numberFormat = [["@"]];
    cell.values = [[how.incomplete]];
  };
  let sheet: Excel.Worksheet;
  const { owned } = place;
  if (owned) {
    sheet = owned.sheet;
    // Marked before anything is taken away: a batch stopped from here on leaves a sheet that says so.
    if (owned.statusCell !== undefined) markIncomplete(sheet.getRange(owned.statusCell));
    how.before?.(sheet);
    const all = sheet.getRange();
    all.unmerge();
    all.clear("All");
    if (owned.markedAt !== place.markAt) {
      sheet.names.getItem(place.mark).delete();
      sheet.names.add(place.mark, sheet.getRange(place.markAt));
    }
  } else {
    sheet = context.workbook.worksheets.add(freeSheetName(layout.sheetName, place.names));
    sheet.names.add(place.mark, sheet.getRange(place.markAt));
  }
  const status = sheet.getRange(statusAddress);
  markIncomplete(status);
  const { values, formats } = layoutMatrix(layout);
  values[layout.statusCell.row][layout.statusCell.column] = how.incomplete;
  const all = rangeOf(sheet, { top: 0, left: 0, bottom: layout.rowCount - 1, right: layout.columnCount - 1 });
  // Formats first: a text cell must be "@" before its value arrives, or "=…" would become a formula.
  all.numberFormat = formats;
  all.values = values;
  for (const area of layout.merges) rangeOf(sheet, area).merge(false);
  paintSheetFormat(sheet, layout);
  how.after?.(sheet);
  status.values = [[said]];
  if (how.activate) sheet.activate();
  sheet.load("name,id");
  await context.sync();
  await printSetup(context, sheet, layout, status, how.printSetupFailed, said);
  return { name: sheet.name, id: sheet.id };
}

/**
 * The one write sequence of a sheet the add-in owns (the summary, the roll-up), from core's layout:
 * the owned sheet cleared and repainted in place, or a new one added and marked. Excel applies a
 * failed batch only up to the failing step, and the first thing the batch writes is the "incomplete"
 * note in the status line, the last the status line's own text: a sheet left half-written says so,
 * and the next write finishes it. The page setup follows in a sync of its own, best effort.
 */
import { type Area, type SheetLayout, cellAddress, freeSheetName, layoutMatrix, readArea } from "../../core";
import { HostError } from "../planHost";
import { AREA_MARK, type OwnedArea } from "./ownedSummary";
import { type PaintStep, paintInRequests, rangeOf, requestBytes, sheetFormatSteps } from "./paint";
import { refusedWrite } from "./refused";
import { printSetup } from "./summaryPrint";

/**
 * The bytes a request of the write is kept under, by paint.ts's estimate from above: 4 MB of Excel on the
 * web's 5, the rest left for what the estimate leaves out.
 */
const REQUEST_BUDGET = 4_000_000;
/** A row chunk of values and number formats: a quarter of the budget, so a few share a request. */
const CHUNK_BYTES = REQUEST_BUDGET / 4;
/**
 * Calls or property sets of the parts counted as one: what comes before the cells (marking the status
 * line, clearing, the mark) and what `after` paints (the summary's chart, a dozen).
 */
const AROUND_ACTIONS = 20;

/**
 * The cells' number formats, then their values, in chunks of neighbouring rows of about CHUNK_BYTES:
 * one chunk for an ordinary sheet. Formats first: a text cell must be "@" before its value arrives,
 * or "=…" would become a formula.
 */
function* cellSteps(
  sheet: Excel.Worksheet,
  values: (string | number)[][],
  formats: string[][],
): Generator<PaintStep> {
  const right = (values[0]?.length ?? 1) - 1;
  const rowBytes = (row: number) => requestBytes(0, 0, [values[row], formats[row]]);
  for (let top = 0; top < values.length;) {
    let bottom = top;
    let bytes = rowBytes(top);
    while (bottom + 1 < values.length && bytes + rowBytes(bottom + 1) <= CHUNK_BYTES) {
      bottom++;
      bytes += rowBytes(bottom);
    }
    const [first, last] = [top, bottom];
    yield {
      bytes: requestBytes(2, 1) + bytes,
      paint: () => {
        const range = rangeOf(sheet, { top: first, left: 0, bottom: last, right });
        range.numberFormat = formats.slice(first, last + 1);
        range.values = values.slice(first, last + 1);
      },
    };
    top = bottom + 1;
  }
}

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
    /**
     * The cell its mark refers to now; undefined once the user deleted that cell's row (the mark reads
     * "=#REF!", ownedSummary.ts): the mark is then pointed at `markAt` again.
     */
    readonly markedAt: string | undefined;
    /** The rectangle the add-in wrote last, and where the sheet holds values now. */
    readonly area: OwnedArea;
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
  /** Added to the status line when Excel did not keep "fit to one page wide"; core's Thai words if not given. */
  readonly fitToPageNotKept?: string;
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
  const statusLine = layout.cells.find(
    (c) => c.row === layout.statusCell.row && c.column === layout.statusCell.column,
  );
  const said = String(statusLine?.value ?? "");
  const markIncomplete = (cell: Excel.Range) => {
    cell.numberFormat = [["@"]];
    cell.values = [[how.incomplete]];
  };
  let sheet: Excel.Worksheet;
  const { owned } = place;
  const target: Area = { top: 0, left: 0, bottom: layout.rowCount - 1, right: layout.columnCount - 1 };
  if (owned) {
    sheet = owned.sheet;
    const { area } = owned;
    // The add-in's own cells: the rectangle it wrote last; all of a sheet written before that was kept.
    const mine = area.written === undefined ? undefined : zeroBased(area.written);
    // The user's cells the new layout would reach, looked for (one request more) only when the sheet
    // holds values outside the add-in's rectangle: nothing is written over them.
    if (mine && area.used !== undefined && !inside(zeroBased(area.used), mine)) {
      await refuseOverUserCells(context, sheet, target, mine);
    }
    // Marked before anything is taken away: a batch stopped from here on leaves a sheet that says so.
    if (owned.statusCell !== undefined) markIncomplete(sheet.getRange(owned.statusCell));
    how.before?.(sheet);
    const cleared = mine ? rangeOf(sheet, mine) : sheet.getRange();
    cleared.unmerge();
    cleared.clear("All");
    if (owned.markedAt !== place.markAt) {
      sheet.names.getItem(place.mark).delete();
      sheet.names.add(place.mark, sheet.getRange(place.markAt));
    }
    if (area.named) sheet.names.getItem(AREA_MARK).delete();
  } else {
    sheet = context.workbook.worksheets.add(freeSheetName(layout.sheetName, place.names));
    sheet.names.add(place.mark, sheet.getRange(place.markAt));
  }
  sheet.names.add(AREA_MARK, rangeOf(sheet, target));
  const status = sheet.getRange(statusAddress);
  markIncomplete(status);
  const { values, formats } = layoutMatrix(layout);
  values[layout.statusCell.row][layout.statusCell.column] = how.incomplete;
  // An ordinary sheet goes in this batch's one request; one of thousands of rows in a few, each under
  // Excel on the web's 5 MB (paint.ts). The first request marks the status line incomplete, the last
  // writes it: a write stopped between them leaves a sheet that says so.
  const { after } = how;
  await paintInRequests(
    context,
    [
      ...cellSteps(sheet, values, formats),
      ...layout.merges.map((area) => ({
        bytes: requestBytes(1, 1),
        paint: () => rangeOf(sheet, area).merge(false),
      })),
      ...sheetFormatSteps(sheet, layout),
      ...(after ? [{ bytes: requestBytes(AROUND_ACTIONS, AROUND_ACTIONS), paint: () => after(sheet) }] : []),
    ],
    REQUEST_BUDGET,
    requestBytes(AROUND_ACTIONS, AROUND_ACTIONS),
  ).catch((error: unknown) => refusedWrite(context, sheet, error));
  // The status line last: its own text, or core's self-check formula showing it (spec §6.1).
  if (statusLine?.formula === undefined) status.values = [[said]];
  else {
    status.numberFormat = [["General"]];
    status.formulas = [[`=${statusLine.formula}`]];
  }
  if (how.activate) sheet.activate();
  sheet.load("name,id");
  await context.sync().catch((error: unknown) => refusedWrite(context, sheet, error));
  await printSetup(
    context,
    sheet,
    layout,
    { range: status, said, ...(statusLine?.formula === undefined ? {} : { formula: statusLine.formula }) },
    how.printSetupFailed,
    how.fitToPageNotKept,
  );
  return { name: sheet.name, id: sheet.id };
}

/** An A1 area ("A1:H40") as 0-based rows and columns. */
function zeroBased(address: string): Area {
  const area = readArea(address);
  if (!area) throw new HostError("failed", `Not an area: ${address}`);
  return { top: area.top - 1, left: area.left - 1, bottom: area.bottom - 1, right: area.right - 1 };
}

const inside = (inner: Area, outer: Area): boolean =>
  inner.top >= outer.top &&
  inner.left >= outer.left &&
  inner.bottom <= outer.bottom &&
  inner.right <= outer.right;

/** The parts of `target` outside `mine`: the rows below it, and the columns right of it above them. */
function beyond(target: Area, mine: Area): Area[] {
  const parts: Area[] = [];
  if (target.bottom > mine.bottom)
    parts.push({ top: mine.bottom + 1, left: target.left, bottom: target.bottom, right: target.right });
  if (target.right > mine.right)
    parts.push({
      top: target.top,
      left: mine.right + 1,
      bottom: Math.min(target.bottom, mine.bottom),
      right: target.right,
    });
  return parts;
}

/** Most cells named in the refusal; the rest are counted. */
const NAMED_CELLS = 5;

/**
 * Refuses the write when the cells the new layout reaches beyond the add-in's own rectangle hold the
 * user's data, naming them: the add-in never writes over a cell it did not write (spec §6.1).
 */
async function refuseOverUserCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  target: Area,
  mine: Area,
): Promise<void> {
  const parts = beyond(target, mine).map((area) => ({ area, range: rangeOf(sheet, area).load("values") }));
  if (parts.length === 0) return;
  await context.sync();
  const taken = parts.flatMap(({ area, range }) =>
    range.values.flatMap((row, r) =>
      row.flatMap((value, c) => (value === "" ? [] : [cellAddress(area.top + r + 1, area.left + c + 1)])),
    ),
  );
  if (taken.length === 0) return;
  const cells =
    taken.slice(0, NAMED_CELLS).join(", ") +
    (taken.length > NAMED_CELLS ? ` (+${taken.length - NAMED_CELLS})` : "");
  throw new HostError("occupied", `The layout would cover ${taken.length} cell(s) of the user's: ${cells}.`, {
    sheet: sheet.name,
    cells,
  });
}

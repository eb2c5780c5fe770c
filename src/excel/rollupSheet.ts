/**
 * The roll-up sheet the add-in owns (several plans of the workbook added up), painted from core's roll-up
 * layout with the painter of the summary sheet (paint.ts).
 *
 * It is owned as the summary is (ownedSummary.ts): by a worksheet-scoped name saved with the sheet
 * (Worksheet.names, ExcelApi 1.4,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-names-member),
 * with the sheet's id remembered in the settings deciding between marked copies. A user's sheet named
 * "รวมผล" carries no mark and is never touched: the roll-up then takes a free name. A rewrite clears and
 * repaints the same sheet, so formulas that point at it keep working.
 */
import { type RollupLayout, cellAddress, freeSheetName, layoutMatrix } from "../core";
import type { RollupWrite } from "../host";
import { type Lookup, lookForMarked } from "./ownedSummary";
import { paintSheetFormat, rangeOf } from "./paint";
import { printSetup } from "./summaryPrint";

/** The mark: a worksheet-scoped name on the roll-up sheet, referring to its first cell. */
export const ROLLUP_MARK = "IntegrityPlan.Rollup";

export interface WrittenRollup {
  readonly name: string;
  readonly id: string;
}

/**
 * The workbook's sheet names and the add-in's roll-up among them, in two syncs (lookForMarked): the
 * marked sheet with the remembered id, else the only marked sheet.
 */
export async function lookForRollup(
  context: Excel.RequestContext,
  rememberedId: string | undefined,
): Promise<Lookup<Excel.Worksheet>> {
  const { names, owned } = await lookForMarked(context, ROLLUP_MARK, rememberedId, (_sheet, mark) =>
    mark.load("name"),
  );
  return { names, owned: owned?.sheet };
}

/**
 * Writes the roll-up: finds the owned sheet (two syncs), clears and repaints it or adds a new one (one
 * sync), then the page setup (best effort, as for the summary). The status line holds the "incomplete"
 * note from the batch's first write to its last, so a sheet left half-written says so.
 */
export async function writeRollup(
  context: Excel.RequestContext,
  layout: RollupLayout,
  rememberedId: string | undefined,
  how: RollupWrite,
): Promise<WrittenRollup> {
  const { names, owned } = await lookForRollup(context, rememberedId);
  const statusAddress = cellAddress(layout.statusCell.row + 1, layout.statusCell.column + 1);
  let sheet: Excel.Worksheet;
  if (owned) {
    sheet = owned;
    const all = sheet.getRange();
    all.unmerge();
    all.clear("All");
  } else {
    sheet = context.workbook.worksheets.add(freeSheetName(layout.sheetName, names));
    sheet.names.add(ROLLUP_MARK, sheet.getRange("A1"));
  }
  const status = sheet.getRange(statusAddress);
  const said = String(
    layout.cells.find((c) => c.row === layout.statusCell.row && c.column === layout.statusCell.column)
      ?.value ?? "",
  );
  const { values, formats } = layoutMatrix(layout);
  values[layout.statusCell.row][layout.statusCell.column] = how.incomplete;
  const all = rangeOf(sheet, { top: 0, left: 0, bottom: layout.rowCount - 1, right: layout.columnCount - 1 });
  // Formats first: a text cell must be "@" before its value arrives, or "=…" would become a formula.
  all.numberFormat = formats;
  all.values = values;
  for (const area of layout.merges) rangeOf(sheet, area).merge(false);
  paintSheetFormat(sheet, layout);
  status.values = [[said]];
  sheet.activate();
  sheet.load("name,id");
  await context.sync();
  await printSetup(context, sheet, layout, status, how.printSetupFailed, said);
  return { name: sheet.name, id: sheet.id };
}

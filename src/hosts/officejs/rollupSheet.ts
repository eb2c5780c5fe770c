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
import type { RollupLayout } from "../../core";
import type { RollupWrite } from "../planHost";
import { writeOwnedSheet } from "./ownedSheet";
import { type Lookup, type OwnedArea, lookForMarked, referredCell } from "./ownedSummary";

/**
 * The mark: a worksheet-scoped name on the roll-up sheet, referring to its first cell. It stays when
 * the user deletes that row or inserts rows above it (its formula then reads "=#REF!", or another
 * cell, ownedSummary.ts); the next write points it at A1 again.
 */
export const ROLLUP_MARK = "IntegrityPlan.Rollup";

/** The add-in's roll-up sheet as found: the sheet, and the cell its mark refers to (none after a delete). */
export interface FoundRollup {
  readonly sheet: Excel.Worksheet;
  readonly markedAt: string | undefined;
  readonly area: OwnedArea;
}

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
): Promise<Lookup<FoundRollup>> {
  const { names, owned } = await lookForMarked(context, ROLLUP_MARK, rememberedId, (_sheet, mark) =>
    mark.load("formula"),
  );
  return {
    names,
    owned: owned && { sheet: owned.sheet, markedAt: referredCell(owned.loaded.formula), area: owned.area },
  };
}

/**
 * Writes the roll-up: finds the owned sheet (two syncs), clears and repaints it or adds a new one (one
 * sync, ownedSheet.ts, as the summary), then the page setup (best effort). Its mark refers to A1.
 */
export async function writeRollup(
  context: Excel.RequestContext,
  layout: RollupLayout,
  rememberedId: string | undefined,
  how: RollupWrite,
): Promise<WrittenRollup> {
  const { names, owned } = await lookForRollup(context, rememberedId);
  return writeOwnedSheet(
    context,
    layout,
    { ...(owned ? { owned } : {}), names, mark: ROLLUP_MARK, markAt: "A1" },
    {
      incomplete: how.incomplete,
      printSetupFailed: how.printSetupFailed,
      ...(how.fitToPageNotKept === undefined ? {} : { fitToPageNotKept: how.fitToPageNotKept }),
      activate: true,
    },
  );
}

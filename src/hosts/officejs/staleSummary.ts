/** Marking the add-in's summary out of date when the plan changes after it was written. */
import { WARNING_COLOUR } from "../../core";
import { findOwnedSummary } from "./ownedSummary";

/**
 * Writes `text` into the status line of the add-in's own summary sheet, found by its mark (so this
 * works after reopening the workbook too). Nothing happens when there is none.
 */
export async function markSummaryStale(
  context: Excel.RequestContext,
  rememberedId: string | undefined,
  text: string,
): Promise<void> {
  const owned = await findOwnedSummary(context, rememberedId);
  if (!owned) return;
  const cell = owned.sheet.getRange(owned.statusCell);
  cell.numberFormat = [["@"]];
  cell.values = [[text]];
  cell.format.font.color = WARNING_COLOUR;
  cell.format.font.bold = true;
  await context.sync();
}

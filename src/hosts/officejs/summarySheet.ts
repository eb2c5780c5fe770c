/**
 * Paints core's summary layout on the sheet the add-in owns, in place.
 *
 * Which sheet is the add-in's own is decided in ownedSummary.ts (a worksheet-scoped mark).
 *
 * A rewrite clears and repaints the same sheet, so the user's formulas that point at it keep working,
 * and never deletes it.
 */
import { type SummaryLayout, cellAddress } from "../../core";
import type { SummaryWrite } from "../planHost";
import { writeOwnedSheet } from "./ownedSheet";
import { SUMMARY_MARK, lookForSummary } from "./ownedSummary";
import { CHART_NAME, paintChart } from "./summaryChart";

export { CHART_COLUMNS, CHART_NAME, CHART_ROWS } from "./summaryChart";
export { AREA_MARK, type FoundSummary, SUMMARY_MARK, findOwnedSummary } from "./ownedSummary";

export interface WrittenSummary {
  readonly name: string;
  readonly id: string;
  /** A1 address of the status line, for marking the summary out of date later. */
  readonly statusCell: string;
}

/**
 * Writes the summary: finds the owned sheet (two syncs), clears and repaints it or adds a new one (one
 * sync, ownedSheet.ts), the chart beside the table, then the page setup (one more, best effort). The
 * sheet's mark refers to its status line, so a later write finds the line to mark out of date.
 */
export async function writeSummary(
  context: Excel.RequestContext,
  layout: SummaryLayout,
  rememberedId: string | undefined,
  how: SummaryWrite,
): Promise<WrittenSummary> {
  const { names, owned } = await lookForSummary(context, rememberedId);
  const statusAddress = cellAddress(layout.statusCell.row + 1, layout.statusCell.column + 1);
  const sheet = await writeOwnedSheet(
    context,
    layout,
    {
      ...(owned
        ? {
            owned: {
              sheet: owned.sheet,
              statusCell: owned.statusCell,
              markedAt: owned.statusCell,
              area: owned.area,
            },
          }
        : {}),
      names,
      mark: SUMMARY_MARK,
      markAt: statusAddress,
    },
    {
      incomplete: how.incomplete,
      printSetupFailed: how.printSetupFailed,
      ...(how.fitToPageNotKept === undefined ? {} : { fitToPageNotKept: how.fitToPageNotKept }),
      activate: !owned && !how.automatic,
      ...(owned?.hasChart ? { before: (it: Excel.Worksheet) => it.charts.getItem(CHART_NAME).delete() } : {}),
      after: (it) => paintChart(it, layout.chart),
    },
  );
  return written(sheet, layout);
}

function written(sheet: { name: string; id: string }, layout: SummaryLayout): WrittenSummary {
  return {
    name: sheet.name,
    id: sheet.id,
    statusCell: cellAddress(layout.statusCell.row + 1, layout.statusCell.column + 1),
  };
}

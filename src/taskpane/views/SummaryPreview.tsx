/**
 * The summary sheet as an HTML table: the very layout the workbook writer paints, cell for cell,
 * with its merges as rowSpan/colSpan and its number formats applied. The title lines and the errors
 * line above the table stay outside the sideways scroll. Where the table does not fit the pane (as
 * measured, useTableFits), the same cells show as a card per dimension (SummaryCards), and the table,
 * its first column staying put while the rest scrolls, is one switch away. Each counted figure the
 * table traces (spec §7) is a button that lists its rows, on the cards as in the table. Split as
 * Fluent UI's components are: its state (useSummaryPreviewState), markup (renderSummaryPreview) and
 * styles (useSummaryPreviewStyles).
 */
import type { ReactElement } from "react";
import { renderSummaryPreview } from "./renderSummaryPreview";
import { type SummaryPreviewProps, useSummaryPreviewState } from "./useSummaryPreviewState";
import { useSummaryPreviewStyles } from "./useSummaryPreviewStyles";

export {
  type FigureButtons,
  type SummaryPreviewProps,
  formatCell,
  leadingLines,
} from "./useSummaryPreviewState";

export function SummaryPreview(props: SummaryPreviewProps): ReactElement {
  return renderSummaryPreview(useSummaryPreviewState(props), useSummaryPreviewStyles());
}

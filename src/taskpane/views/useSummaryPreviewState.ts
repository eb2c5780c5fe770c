/**
 * The summary layout as the preview lays it out (SummaryPreview.tsx): the lines above the table, and
 * each cell of the table under its merges, with the traced figures found by their place.
 */
import { useMemo, useState } from "react";
import {
  type CellStyle,
  type LayoutCell,
  type SummaryLayout,
  type TracedCell,
  displayText,
} from "../../core";
import { type TableFit, useTableFits } from "./useTableFits";

/** Width on screen of one character of the sheet's column widths: narrower than Excel's, for a pane. */
export const EM_PER_CHARACTER = 0.4;

/** The table's traced figures as buttons: which they are, which is open, and what choosing one does. */
export interface FigureButtons {
  readonly cells: readonly TracedCell[];
  /** The figure whose rows are listed, if any. */
  readonly chosen?: TracedCell;
  /** The id of the list of rows the buttons open. */
  readonly controls: string;
  /** The button's accessible name, from the figure and the number shown. */
  readonly label: (cell: TracedCell, shown: string) => string;
  readonly onChoose: (cell: TracedCell) => void;
}

export interface SummaryPreviewProps {
  readonly layout: SummaryLayout;
  /** The table's accessible name. */
  readonly label: string;
  /** The accessible name of the cards that stand for the table where it does not fit. */
  readonly cardsLabel: string;
  /** The switch that shows the table instead of the cards. */
  readonly showTableLabel: string;
  readonly figures?: FigureButtons;
}

/** A line above the table: its cells' text in one, in the first cell's style. */
export interface LeadLine {
  readonly row: number;
  readonly text: string;
  readonly style: CellStyle | undefined;
}

/** A cell of the table as shown: merged cells are one, spanning the others. */
export interface PreviewCell {
  readonly key: string;
  readonly column: number;
  readonly cell: LayoutCell | undefined;
  readonly rowSpan?: number;
  readonly colSpan?: number;
  readonly figure?: TracedCell;
  readonly chosen: boolean;
}

export interface SummaryPreviewState extends SummaryPreviewProps {
  /** How many rows at the top are lines above the table (leadingLines). */
  readonly leadRows: number;
  readonly lead: readonly LeadLine[];
  /** The table's rows under the lines above it, by their row in the layout. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly PreviewCell[] }[];
  /** The table's width in the sheet's characters. */
  readonly totalWidth: number;
  readonly fit: TableFit;
  /** The official table, or the cards where it does not fit the pane (unless the user asks for it). */
  readonly shown: "table" | "cards";
  /** Whether the user may choose: only where the table does not fit. */
  readonly canChoose: boolean;
  readonly onShowTable: (on: boolean) => void;
}

/** The cell's value as Excel shows it under its number format: core's rendering, for the preview. */
export function formatCell(cell: LayoutCell): string {
  return displayText(cell.value, cell.format);
}

/** How many rows at the top hold only title, subtitle or warning lines (no merge reaching below them). */
export function leadingLines(layout: SummaryLayout): number {
  const lineStyles: readonly CellStyle[] = ["title", "subtitle", "warning"];
  let rows = 0;
  for (let r = 0; r < layout.rowCount; r++) {
    const cells = layout.cells.filter((cell) => cell.row === r);
    const onlyLines = cells.every((cell) => lineStyles.includes(cell.style) || cell.value === "");
    const mergedDown = layout.merges.some((merge) => merge.top <= r && merge.bottom > r);
    if (!onlyLines || mergedDown) break;
    rows = r + 1;
  }
  return rows;
}

/** Row `row` as one line: its cells' text in one, in the first cell's style; none when it is blank. */
export function lineOf(cells: readonly LayoutCell[], row: number): LeadLine | undefined {
  const text = cells
    .map(formatCell)
    .filter((part) => part !== "")
    .join(" ");
  return text === "" ? undefined : { row, text, style: cells[0]?.style };
}

function leadLines(layout: SummaryLayout, leadRows: number): LeadLine[] {
  const lead: LeadLine[] = [];
  for (let r = 0; r < leadRows; r++) {
    const line = lineOf(
      layout.cells.filter((cell) => cell.row === r),
      r,
    );
    if (line) lead.push(line);
  }
  return lead;
}

/** Where each merge starts, with its spans, and the cells it covers. */
export function mergesOf(layout: SummaryLayout) {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const merge of layout.merges) {
    spans.set(`${merge.top}:${merge.left}`, {
      rowSpan: merge.bottom - merge.top + 1,
      colSpan: merge.right - merge.left + 1,
    });
    for (let r = merge.top; r <= merge.bottom; r++) {
      for (let c = merge.left; c <= merge.right; c++) {
        if (r !== merge.top || c !== merge.left) covered.add(`${r}:${c}`);
      }
    }
  }
  return { spans, covered };
}

function tableRows(layout: SummaryLayout, leadRows: number, figures: FigureButtons | undefined) {
  const at = new Map<string, LayoutCell>();
  for (const cell of layout.cells) at.set(`${cell.row}:${cell.column}`, cell);
  const traced = new Map<string, TracedCell>();
  for (const cell of figures?.cells ?? []) traced.set(`${cell.row}:${cell.column}`, cell);
  const { spans, covered } = mergesOf(layout);
  const chosen = figures?.chosen;
  const rows: { row: number; cells: PreviewCell[] }[] = [];
  for (let r = leadRows; r < layout.rowCount; r++) {
    const cells: PreviewCell[] = [];
    for (let c = 0; c < layout.columnCount; c++) {
      const key = `${r}:${c}`;
      if (covered.has(key)) continue;
      const figure = traced.get(key);
      cells.push({
        key,
        column: c,
        cell: at.get(key),
        ...spans.get(key),
        ...(figure ? { figure } : {}),
        chosen: figure !== undefined && chosen?.row === figure.row && chosen.column === figure.column,
      });
    }
    rows.push({ row: r, cells });
  }
  return rows;
}

export function useSummaryPreviewState(props: SummaryPreviewProps): SummaryPreviewState {
  const { layout, figures } = props;
  const leadRows = useMemo(() => leadingLines(layout), [layout]);
  const lead = useMemo(() => leadLines(layout, leadRows), [layout, leadRows]);
  const rows = useMemo(() => tableRows(layout, leadRows, figures), [layout, leadRows, figures]);
  const totalWidth = layout.columnWidths.reduce((sum, width) => sum + width, 0);
  const fit = useTableFits(totalWidth * EM_PER_CHARACTER);
  const [tableAsked, setTableAsked] = useState(false);
  // Where it fits, or before anything is measured, the table as the report prints it.
  const canChoose = fit.fits === false;
  const shown = canChoose && !tableAsked ? "cards" : "table";
  return { ...props, leadRows, lead, rows, totalWidth, fit, shown, canChoose, onShowTable: setTableAsked };
}

/**
 * The summary layout stacked for a narrow pane (SummaryCards.tsx): each row of a table becomes a card
 * that names every figure by its column's heading, and every other row a line of text. Nothing is
 * computed here: a card shows the layout's own cells, formatted as the table formats them, and the
 * same traced figures, so the cards and the official table can never disagree.
 */
import type { Area, CellStyle, LayoutCell, SummaryLayout, TracedCell } from "../../core";
import { type FigureButtons, type LeadLine, formatCell, lineOf, mergesOf } from "./useSummaryPreviewState";

/** One figure of a card: its column's heading, and the cell as the table shows it. */
export interface CardEntry {
  readonly key: string;
  readonly label: string;
  readonly cell: LayoutCell;
  readonly figure?: TracedCell;
  readonly chosen: boolean;
}

/** One row of a table: what it is (its first cell) and its figures. */
export interface SummaryCard {
  readonly key: string;
  readonly title: LayoutCell;
  readonly entries: readonly CardEntry[];
}

/** A run of the layout's rows as stacked: a line of text, or the cards of a table's rows. */
export type StackedBlock =
  | ({ readonly kind: "line" } & LeadLine)
  | { readonly kind: "cards"; readonly row: number; readonly cards: readonly SummaryCard[] };

const HEADER_STYLES: readonly CellStyle[] = ["header", "listHeader"];
const FIGURE_STYLES: readonly CellStyle[] = ["value", "totalValue", "listValue"];

interface Grid {
  readonly at: ReadonlyMap<string, LayoutCell>;
  /** Each row's cells, left to right as the layout gives them. */
  readonly rows: ReadonlyMap<number, readonly LayoutCell[]>;
  readonly spans: ReadonlyMap<string, { rowSpan: number; colSpan: number }>;
  readonly covered: ReadonlySet<string>;
  readonly traced: ReadonlyMap<string, TracedCell>;
  readonly chosen: TracedCell | undefined;
}

function gridOf(layout: SummaryLayout, figures: FigureButtons | undefined): Grid {
  const at = new Map<string, LayoutCell>();
  const rows = new Map<number, LayoutCell[]>();
  for (const cell of layout.cells) {
    at.set(`${cell.row}:${cell.column}`, cell);
    const row = rows.get(cell.row);
    if (row) row.push(cell);
    else rows.set(cell.row, [cell]);
  }
  const traced = new Map<string, TracedCell>();
  for (const cell of figures?.cells ?? []) traced.set(`${cell.row}:${cell.column}`, cell);
  return { at, rows, ...mergesOf(layout), traced, chosen: figures?.chosen };
}

/**
 * How many rows at the top of `area` are its headings: rows whose cells are all headings (a heading
 * merged down from the row above leaves the row below it only the cells under a split heading).
 */
function headerRowCount(grid: Grid, area: Area): number {
  let rows = 0;
  for (let r = area.top; r <= area.bottom; r++) {
    const styles: CellStyle[] = [];
    for (let c = area.left; c <= area.right; c++) {
      const cell = grid.covered.has(`${r}:${c}`) ? undefined : grid.at.get(`${r}:${c}`);
      if (cell) styles.push(cell.style);
    }
    if (styles.length === 0 || !styles.every((style) => HEADER_STYLES.includes(style))) break;
    rows++;
  }
  return rows;
}

/**
 * Each column's heading in `header` rows from `top`: the headings over it, outer first, as one label
 * ("ร้อยละดำเนินการ — โครงการ" under the heading merged over both percentages).
 */
function columnLabels(grid: Grid, top: number, header: number, area: Area): string[] {
  const labels: string[][] = Array.from({ length: area.right + 1 }, () => []);
  for (let r = top; r < top + header; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const cell = grid.at.get(`${r}:${c}`);
      if (!cell || grid.covered.has(`${r}:${c}`)) continue;
      const text = formatCell(cell);
      const span = grid.spans.get(`${r}:${c}`)?.colSpan ?? 1;
      for (let under = c; under < c + span && under <= area.right; under++) {
        if (text !== "" && !labels[under].includes(text)) labels[under].push(text);
      }
    }
  }
  return labels.map((parts) => parts.join(" — "));
}

/** The card of row `r`: its first cell as its title, then each further cell under its column's label. */
function cardOf(grid: Grid, r: number, area: Area, labels: readonly string[]): SummaryCard | undefined {
  const title = grid.at.get(`${r}:${area.left}`);
  if (!title) return undefined;
  const entries: CardEntry[] = [];
  for (let c = area.left + 1; c <= area.right; c++) {
    const key = `${r}:${c}`;
    const cell = grid.at.get(key);
    if (!cell || grid.covered.has(key)) continue;
    const figure = grid.traced.get(key);
    const chosen = figure !== undefined && grid.chosen?.row === r && grid.chosen.column === c;
    entries.push({ key, label: labels[c], cell, ...(figure ? { figure } : {}), chosen });
  }
  return { key: `${r}`, title, entries };
}

/** A row outside any bordered table that still holds figures (the subtotals under the table). */
function holdsFigures(grid: Grid, layout: SummaryLayout, r: number): boolean {
  for (let c = 1; c < layout.columnCount; c++) {
    const cell = grid.at.get(`${r}:${c}`);
    if (cell && FIGURE_STYLES.includes(cell.style)) return true;
  }
  return false;
}

/**
 * The layout under its first `leadRows` rows, stacked: each bordered table as cards (its heading rows
 * naming the figures), each row of figures outside them as a card under the summary table's
 * headings, and every other row as a line.
 */
export function stackedLayout(
  layout: SummaryLayout,
  leadRows: number,
  figures: FigureButtons | undefined,
): StackedBlock[] {
  const grid = gridOf(layout, figures);
  const mainHeader = headerRowCount(grid, layout.table);
  const mainLabels = columnLabels(grid, layout.table.top, mainHeader, layout.table);
  const blocks: StackedBlock[] = [];
  const addCard = (r: number, card: SummaryCard | undefined) => {
    if (!card) return;
    const last = blocks[blocks.length - 1];
    if (last?.kind === "cards") blocks[blocks.length - 1] = { ...last, cards: [...last.cards, card] };
    else blocks.push({ kind: "cards", row: r, cards: [card] });
  };
  for (let r = leadRows; r < layout.rowCount; r++) {
    const area = layout.bordered.find((candidate) => candidate.top === r);
    if (area) {
      const header = headerRowCount(grid, area);
      const labels = columnLabels(grid, area.top, header, area);
      // A table after another starts a block of its own.
      blocks.push({ kind: "cards", row: r, cards: [] });
      for (let body = area.top + header; body <= area.bottom; body++)
        addCard(body, cardOf(grid, body, area, labels));
      r = area.bottom;
    } else if (holdsFigures(grid, layout, r)) {
      addCard(r, cardOf(grid, r, layout.table, mainLabels));
    } else {
      const line = lineOf(grid.rows.get(r) ?? [], r);
      if (line) blocks.push({ kind: "line", ...line });
    }
  }
  return blocks.filter((block) => block.kind === "line" || block.cards.length > 0);
}

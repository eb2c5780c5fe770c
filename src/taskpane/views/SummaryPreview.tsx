/**
 * The summary sheet as an HTML table: the very layout the workbook writer paints, cell for cell,
 * with its merges as rowSpan/colSpan and its number formats applied. The title lines and the errors
 * line above the table stay outside the sideways scroll, and the first column stays put while the
 * rest scrolls, so a 350 px pane always shows what a row is. Each counted figure the table traces
 * (spec §7) is a button that lists its rows.
 */
import { Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import {
  type CellStyle,
  type LayoutCell,
  type SummaryLayout,
  type TracedCell,
  displayText,
} from "../../core";

const useStyles = makeStyles({
  scroller: {
    overflowX: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  lead: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  sticky: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `1px 0 0 ${tokens.colorNeutralStroke1}`,
  },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: "top" },
  number: { textAlign: "right", whiteSpace: "nowrap" },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, textAlign: "center" },
  subtitle: { textAlign: "center" },
  warning: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  header: {
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
    verticalAlign: "middle",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  grid: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  heading: { fontWeight: tokens.fontWeightSemibold, paddingTop: tokens.spacingVerticalS },
  source: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  memo: { whiteSpace: "normal" },
  /** A figure that lists its rows: the number as it reads, underlined as a link is. */
  figure: { fontSize: "inherit", fontWeight: "inherit", lineHeight: "inherit" },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
});

type Classes = ReturnType<typeof useStyles>;

/** Width on screen of one character of the sheet's column widths: narrower than Excel's, for a pane. */
const EM_PER_CHARACTER = 0.4;

/** The cell's value as Excel shows it under its number format: core's rendering, for the preview. */
export function formatCell(cell: LayoutCell): string {
  return displayText(cell.value, cell.format);
}

function styleClass(style: CellStyle, classes: Classes): string | undefined {
  switch (style) {
    case "title":
      return classes.title;
    case "subtitle":
      return classes.subtitle;
    case "warning":
      return classes.warning;
    case "header":
    case "listHeader":
      return mergeClasses(classes.header, classes.grid);
    case "totalLabel":
    case "totalValue":
      return mergeClasses(classes.total, classes.grid);
    case "label":
    case "value":
    case "listValue":
      return classes.grid;
    case "heading":
      return classes.heading;
    case "source":
      return classes.source;
    case "memo":
      return classes.memo;
  }
}

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
  readonly label: string;
  readonly figures?: FigureButtons;
}

export function SummaryPreview({ layout, label, figures }: SummaryPreviewProps): ReactElement {
  const classes = useStyles();
  const at = new Map<string, LayoutCell>();
  for (const cell of layout.cells) at.set(`${cell.row}:${cell.column}`, cell);
  const traced = new Map<string, TracedCell>();
  for (const cell of figures?.cells ?? []) traced.set(`${cell.row}:${cell.column}`, cell);
  const isChosen = (cell: TracedCell) =>
    figures?.chosen?.row === cell.row && figures.chosen.column === cell.column;
  const content = (key: string, cell: LayoutCell | undefined): ReactElement | string => {
    if (!cell) return "";
    const shown = formatCell(cell);
    const figure = traced.get(key);
    if (!figures || !figure) return shown;
    return (
      <Link
        as="button"
        className={classes.figure}
        aria-label={figures.label(figure, shown)}
        aria-expanded={isChosen(figure)}
        aria-controls={isChosen(figure) ? figures.controls : undefined}
        onClick={() => figures.onChoose(figure)}
      >
        {shown}
      </Link>
    );
  };
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

  const totalWidth = layout.columnWidths.reduce((sum, width) => sum + width, 0);
  const leadRows = leadingLines(layout);
  const lead: ReactElement[] = [];
  for (let r = 0; r < leadRows; r++) {
    const text = layout.cells
      .filter((cell) => cell.row === r)
      .map(formatCell)
      .filter((part) => part !== "")
      .join(" ");
    const style = layout.cells.find((cell) => cell.row === r)?.style;
    if (text !== "")
      lead.push(
        <div key={r} className={mergeClasses(style && styleClass(style, classes))}>
          {text}
        </div>,
      );
  }
  const rows: ReactElement[] = [];
  for (let r = leadRows; r < layout.rowCount; r++) {
    const cells: ReactElement[] = [];
    for (let c = 0; c < layout.columnCount; c++) {
      const key = `${r}:${c}`;
      if (covered.has(key)) continue;
      const cell = at.get(key);
      const figure = traced.get(key);
      const span = spans.get(key);
      const className = mergeClasses(
        classes.cell,
        cell && styleClass(cell.style, classes),
        c === 0 && (span?.colSpan ?? 1) === 1 ? classes.sticky : undefined,
        typeof cell?.value === "number" || cell?.value === "-" ? classes.number : undefined,
        figure && isChosen(figure) ? classes.chosen : undefined,
      );
      const Tag = cell?.style === "header" || cell?.style === "listHeader" ? "th" : "td";
      cells.push(
        <Tag
          key={key}
          className={className}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          scope={Tag === "th" ? "col" : undefined}
        >
          {content(key, cell)}
        </Tag>,
      );
    }
    rows.push(<tr key={r}>{cells}</tr>);
  }

  return (
    <>
      {lead.length > 0 && <div className={classes.lead}>{lead}</div>}
      {/* The table is wider than the pane; the scroller takes focus so keyboard users can scroll it. */}
      <div className={classes.scroller} role="region" aria-label={label} tabIndex={0}>
        <table className={classes.table} style={{ width: `${totalWidth * EM_PER_CHARACTER}em` }}>
          <colgroup>
            {layout.columnWidths.map((width, i) => (
              <col key={i} style={{ width: `${width * EM_PER_CHARACTER}em` }} />
            ))}
          </colgroup>
          <tbody>{rows}</tbody>
        </table>
      </div>
    </>
  );
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

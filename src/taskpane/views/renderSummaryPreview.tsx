/** The summary preview's markup (SummaryPreview.tsx), from its state and styles. */
import { Link, mergeClasses } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { CellStyle } from "../../core";
import { type PreviewCell, type SummaryPreviewState, formatCell } from "./useSummaryPreviewState";
import type { useSummaryPreviewStyles } from "./useSummaryPreviewStyles";

type Classes = ReturnType<typeof useSummaryPreviewStyles>;

/** Width on screen of one character of the sheet's column widths: narrower than Excel's, for a pane. */
const EM_PER_CHARACTER = 0.4;

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

/** What a cell shows: its value as formatted, or, for a traced figure, a button listing its rows. */
function renderContent(
  state: SummaryPreviewState,
  classes: Classes,
  shown: PreviewCell,
): ReactElement | string {
  const { cell, figure, chosen } = shown;
  if (!cell) return "";
  const text = formatCell(cell);
  const { figures } = state;
  if (!figures || !figure) return text;
  return (
    <Link
      as="button"
      className={classes.figure}
      aria-label={figures.label(figure, text)}
      aria-expanded={chosen}
      aria-controls={chosen ? figures.controls : undefined}
      onClick={() => figures.onChoose(figure)}
    >
      {text}
    </Link>
  );
}

function renderCell(state: SummaryPreviewState, classes: Classes, shown: PreviewCell): ReactElement {
  const { cell } = shown;
  const className = mergeClasses(
    classes.cell,
    cell && styleClass(cell.style, classes),
    shown.column === 0 && (shown.colSpan ?? 1) === 1 ? classes.sticky : undefined,
    typeof cell?.value === "number" || cell?.value === "-" ? classes.number : undefined,
    shown.chosen ? classes.chosen : undefined,
  );
  const Tag = cell?.style === "header" || cell?.style === "listHeader" ? "th" : "td";
  return (
    <Tag
      key={shown.key}
      className={className}
      rowSpan={shown.rowSpan}
      colSpan={shown.colSpan}
      scope={Tag === "th" ? "col" : undefined}
    >
      {renderContent(state, classes, shown)}
    </Tag>
  );
}

export function renderSummaryPreview(state: SummaryPreviewState, classes: Classes): ReactElement {
  const { layout, lead } = state;
  return (
    <>
      {lead.length > 0 && (
        <div className={classes.lead}>
          {lead.map((line) => (
            <div key={line.row} className={mergeClasses(line.style && styleClass(line.style, classes))}>
              {line.text}
            </div>
          ))}
        </div>
      )}
      {/* The table is wider than the pane; the scroller takes focus so keyboard users can scroll it. */}
      <div className={classes.scroller} role="region" aria-label={state.label} tabIndex={0}>
        <table className={classes.table} style={{ width: `${state.totalWidth * EM_PER_CHARACTER}em` }}>
          <colgroup>
            {layout.columnWidths.map((width, i) => (
              <col key={i} style={{ width: `${width * EM_PER_CHARACTER}em` }} />
            ))}
          </colgroup>
          <tbody>
            {state.rows.map(({ row, cells }) => (
              <tr key={row}>{cells.map((cell) => renderCell(state, classes, cell))}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

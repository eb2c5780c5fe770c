/** The summary preview's markup (SummaryPreview.tsx), from its state and styles. */
import { Switch, mergeClasses } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { FigureButton } from "./FigureButton";
import { SummaryCards } from "./SummaryCards";
import {
  EM_PER_CHARACTER,
  type PreviewCell,
  type SummaryPreviewState,
  formatCell,
} from "./useSummaryPreviewState";
import { styleClass, type useSummaryPreviewStyles } from "./useSummaryPreviewStyles";

type Classes = ReturnType<typeof useSummaryPreviewStyles>;

/** What a cell shows: its value as formatted, or, for a traced figure, a button listing its rows. */
function renderContent(state: SummaryPreviewState, shown: PreviewCell): ReactElement | string {
  const { cell, figure, chosen } = shown;
  if (!cell) return "";
  const text = formatCell(cell);
  const { figures } = state;
  if (!figures || !figure) return text;
  return <FigureButton figures={figures} figure={figure} text={text} chosen={chosen} />;
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
      {renderContent(state, shown)}
    </Tag>
  );
}

function renderTable(state: SummaryPreviewState, classes: Classes): ReactElement {
  const { layout } = state;
  return (
    // The table is wider than the pane; the scroller takes focus so keyboard users can scroll it.
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
  );
}

export function renderSummaryPreview(state: SummaryPreviewState, classes: Classes): ReactElement {
  const { lead } = state;
  return (
    <div ref={state.fit.box} className={classes.root}>
      <span ref={state.fit.ruler} className={classes.ruler} aria-hidden="true" />
      {lead.length > 0 && (
        <div className={classes.lead}>
          {lead.map((line) => (
            <div key={line.row} className={mergeClasses(line.style && styleClass(line.style, classes))}>
              {line.text}
            </div>
          ))}
        </div>
      )}
      {state.canChoose && (
        // One click to the table as the report prints it, where the pane shows the cards instead.
        <Switch
          label={state.showTableLabel}
          checked={state.shown === "table"}
          onChange={(_event, data) => state.onShowTable(data.checked)}
        />
      )}
      {state.shown === "table" ? (
        renderTable(state, classes)
      ) : (
        <SummaryCards
          layout={state.layout}
          leadRows={state.leadRows}
          figures={state.figures}
          label={state.cardsLabel}
          classes={classes}
        />
      )}
    </div>
  );
}

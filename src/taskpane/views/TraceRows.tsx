/**
 * The rows behind one figure of the summary table (spec §7), under the table: "แถว 4–8, 10", the
 * projects counted (item number first, then name), each a way to its row on the sheet, and a button
 * that selects them all on the plan. Closing the list gives the focus back to the figure that opened
 * it (the button whose aria-controls names the list), not to the page: the list is a disclosure
 * (https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/) whose close button goes away with it.
 */
import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactElement, useEffect, useRef } from "react";
import type { PlanReport, TracedCell } from "../../core";
import type { PaneStrings } from "../words/strings";
import { TRACE_STRINGS } from "../words/traceStrings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "baseline" },
  project: { textAlign: "left" },
  row: { color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface TraceRowsProps {
  readonly id: string;
  readonly report: PlanReport;
  readonly figure: TracedCell;
  /** The figure as the table shows it. */
  readonly shown: string;
  readonly strings: PaneStrings;
  /** The host can select rows on a sheet (not a file opened in the browser). */
  readonly canSelect: boolean;
  readonly busy: boolean;
  readonly onSelectRows: (rows: readonly number[]) => void;
  readonly onClose: () => void;
}

/** The button that opened the list: the one that says it controls it (aria-controls). */
function opener(listId: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>("[aria-controls]")].find(
    (element) => element.getAttribute("aria-controls") === listId,
  );
}

/** The project's item number, then its name; one of them when the other is empty. */
function projectText(no: string, name: string): string {
  return [no, name].filter((part) => part !== "").join(" ");
}

export function TraceRows({
  id,
  report,
  figure,
  shown,
  strings,
  canSelect,
  busy,
  onSelectRows,
  onClose,
}: TraceRowsProps): ReactElement {
  const classes = useStyles();
  const words = TRACE_STRINGS[strings.lang];
  const root = useRef<HTMLElement>(null);
  const headingId = `${id}-heading`;
  const counted = new Set(figure.rows);
  const projects = report.rows.filter((row) => counted.has(row.row));
  const heading = words.heading(words.figures[figure.figure], words.where(figure.dimension), shown);

  // The list opens under a wide table: bring it into view in a narrow pane.
  useEffect(() => {
    root.current?.scrollIntoView?.({ block: "nearest" });
  }, [figure.row, figure.column]);

  return (
    <section id={id} ref={root} className={classes.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={classes.heading}>
        {heading}
      </h3>
      <Text>{words.rows(figure.rows)}</Text>
      {projects.length > 0 && (
        <ul className={classes.list} aria-label={words.projectsLabel}>
          {projects.map((project) => (
            <li key={project.row} className={classes.item}>
              {canSelect ? (
                <Link
                  as="button"
                  className={classes.project}
                  disabled={busy}
                  onClick={() => onSelectRows([project.row])}
                >
                  {projectText(project.no, project.name)}
                </Link>
              ) : (
                <Text>{projectText(project.no, project.name)}</Text>
              )}
              <Text size={200} className={classes.row}>
                {words.row(project.row)}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <div className={classes.actions}>
        {canSelect && figure.rows.length > 0 && (
          <Button appearance="primary" disabledFocusable={busy} onClick={() => onSelectRows(figure.rows)}>
            {words.selectAll}
          </Button>
        )}
        <Button
          onClick={() => {
            // Found before the close: the figure stays, but stops naming a list that is gone.
            const figureButton = opener(id);
            onClose();
            figureButton?.focus();
          }}
        >
          {words.close}
        </Button>
      </div>
    </section>
  );
}

/** The check step's markup (CheckStep.tsx), from its state and styles. */
import { Button, Link, Text, mergeClasses } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { FORMAT, type IssueGroup, MESSAGES, displayText, groupPlace, groupRowCount } from "../../core";
import { SeverityIcon } from "./SeverityIcon";
import { STEP_START } from "./useStepFocus";
import { CARDS_PER_PAGE, type CheckStepState, SEVERITIES, type SeveritySection } from "./useCheckStepState";
import type { useCheckStepStyles } from "./useCheckStepStyles";

type Classes = ReturnType<typeof useCheckStepStyles>;

/** Rows left out that are each a link, per role; the rest are counted (the reading line names them all). */
const ROWS_LINKED = 20;

const count = (n: number): string => displayText(n, FORMAT.count);

function renderCard(state: CheckStepState, classes: Classes, group: IssueGroup): ReactElement {
  const { lang, strings, busy, onSelect } = state;
  const first = group.issues[0];
  const rowCount = groupRowCount(group, lang);
  const content = (
    <>
      <SeverityIcon severity={group.severity} />
      <span>
        <span className={classes.where}>{groupPlace(group, lang)}</span>
        {`: ${group.message}`}
        {rowCount !== undefined && <span className={classes.rowCount}>{` (${rowCount})`}</span>}
        {first.text !== "" && !group.message.includes(first.text) && (
          <span className={classes.cellText}>{strings.check.cellText(first.text)}</span>
        )}
      </span>
    </>
  );
  const className = mergeClasses(classes.card, classes[group.severity]);
  return onSelect !== undefined && first.row !== null && first.column !== null ? (
    <button
      type="button"
      className={mergeClasses(className, classes.clickable, busy && classes.busy)}
      // While the pane is busy the card keeps its place in the tab order but does nothing.
      aria-disabled={busy || undefined}
      onClick={busy ? undefined : () => onSelect(first)}
    >
      {content}
    </button>
  ) : (
    // Focusable by script only: "show more" may move the focus here.
    <div className={className} tabIndex={-1}>
      {content}
    </div>
  );
}

/**
 * A kind of findings: its heading, its cards and "show more". The first kind's heading is where the
 * focus lands when the step is opened by a button ("go to errors") or the menu (useStepFocus.ts).
 */
function renderSection(
  state: CheckStepState,
  classes: Classes,
  section: SeveritySection,
  first: boolean,
): ReactElement {
  const { severity, visible, left } = section;
  const headingId = `issues-${severity}`;
  const start = first ? { [STEP_START]: "", tabIndex: -1 } : {};
  return (
    <section key={severity} aria-labelledby={headingId}>
      <h2 id={headingId} className={mergeClasses(classes.heading, first && classes.start)} {...start}>
        <SeverityIcon severity={severity} />
        {`${MESSAGES[state.lang].severities[severity]} (${count(section.count)})`}
      </h2>
      <ul className={classes.list} ref={state.listRef(severity)}>
        {visible.map((group, i) => {
          const first = group.issues[0];
          return (
            <li key={`${first.code}-${first.row ?? "sheet"}-${first.column ?? ""}-${i}`}>
              {renderCard(state, classes, group)}
            </li>
          );
        })}
      </ul>
      {left > 0 && (
        <Button className={classes.more} onClick={() => state.showMore(section)}>
          {state.strings.check.showMore(count(Math.min(CARDS_PER_PAGE, left)), count(left))}
        </Button>
      )}
    </section>
  );
}

/**
 * The rows left out of the plan, each a link to its name cell on the sheet where the host shows one
 * (else named); nothing when none was.
 */
function renderLeftOut(state: CheckStepState, classes: Classes): ReactElement | null {
  const { read, onSelectCell, leftOut, lang, strings, busy } = state;
  if (read === undefined || leftOut.length === 0) return null;
  const nameColumn = read.firstColumn + (read.header.columns.name ?? 0);
  return (
    <ul className={classes.leftOut} aria-label={strings.check.leftOut}>
      {leftOut.map(({ role, rows }) => (
        <li key={role}>
          {`${MESSAGES[lang].roles[role]}: `}
          {rows.slice(0, ROWS_LINKED).map((row, i) => (
            <span key={row}>
              {i > 0 && ", "}
              {onSelectCell === undefined ? (
                MESSAGES[lang].row(row)
              ) : (
                <Link as="button" inline disabled={busy} onClick={() => onSelectCell(row, nameColumn)}>
                  {MESSAGES[lang].row(row)}
                </Link>
              )}
            </span>
          ))}
          {rows.length > ROWS_LINKED && ` ${strings.check.moreRows(count(rows.length - ROWS_LINKED))}`}
        </li>
      ))}
    </ul>
  );
}

export function renderCheckStep(state: CheckStepState, classes: Classes): ReactElement {
  const { strings, lang, counts, reading } = state;
  return (
    <div className={classes.root}>
      <ul className={classes.counts} aria-label={strings.check.heading}>
        {SEVERITIES.map((severity) => (
          <li key={severity} className={classes.count}>
            <SeverityIcon severity={severity} />
            <Text>{`${MESSAGES[lang].severities[severity]} ${count(counts[severity])}`}</Text>
          </li>
        ))}
      </ul>
      {reading !== undefined && (
        <Text size={200} className={classes.hint}>
          {reading}
        </Text>
      )}
      {renderLeftOut(state, classes)}
      {state.issues.length === 0 && <Text>{strings.check.none}</Text>}
      {state.clickable && (
        <Text size={200} className={classes.hint}>
          {strings.check.cellHint}
        </Text>
      )}
      {state.sections.map((section, i) => renderSection(state, classes, section, i === 0))}
    </div>
  );
}

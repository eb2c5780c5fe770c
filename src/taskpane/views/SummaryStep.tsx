/**
 * The third step: the summary sheet previewed from the very layout that will be written (each counted
 * figure a way to its rows), the button that writes it (asking first while the plan still has errors)
 * with the switch beside it that puts the memo paragraph under the table, whether an edit of the plan
 * rewrites it by itself, and, when the workbook holds several plans, their roll-up.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ReactElement, useId, useMemo, useRef, useState } from "react";
import {
  type Lang,
  type PlanReport,
  type TracedCell,
  countBySeverity,
  summaryLayout,
  tracedCells,
} from "../../core";
import type { PlanChoice } from "../../hosts/planHost";
import { HeadlineFigures } from "./HeadlineFigures";
import { RollupPanel } from "./RollupPanel";
import type { FoundPlan } from "../state/rollupPlans";
import type { PaneStrings } from "../words/strings";
import { SummaryPreview, formatCell } from "./SummaryPreview";
import { TraceRows } from "./TraceRows";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface SummaryStepProps {
  readonly report: PlanReport;
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly busy: boolean;
  /** The memo paragraph goes under the table. */
  readonly withMemo: boolean;
  readonly onWithMemo: (on: boolean) => void;
  readonly autoRewrite: boolean;
  readonly onAutoRewrite: (on: boolean) => void;
  readonly onWrite: () => void;
  readonly onGoToErrors: () => void;
  /** The host can select rows on a sheet (not a file opened in the browser). */
  readonly canSelectRows: boolean;
  readonly onSelectRows: (rows: readonly number[]) => void;
  /** The workbook's tables and sheets, for the roll-up of several plans. */
  readonly plans: readonly PlanChoice[];
  readonly rollupPlans: readonly FoundPlan[] | undefined;
  readonly onFindPlans: () => void;
  readonly onWriteRollup: (choices: readonly PlanChoice[]) => void;
}

export function SummaryStep({
  report,
  lang,
  strings,
  busy,
  withMemo,
  onWithMemo,
  autoRewrite,
  onAutoRewrite,
  onWrite,
  onGoToErrors,
  canSelectRows,
  onSelectRows,
  plans,
  rollupPlans,
  onFindPlans,
  onWriteRollup,
}: SummaryStepProps): ReactElement {
  const classes = useStyles();
  const layout = useMemo(() => summaryLayout(report, { lang, withMemo }), [report, lang, withMemo]);
  const traced = useMemo(() => tracedCells(report, layout), [report, layout]);
  const errors = countBySeverity(report.issues).error;
  const writeButton = useRef<HTMLButtonElement>(null);
  /**
   * Closes the question. The dialog was opened by the write button, not by a DialogTrigger, so Fluent
   * UI does not put the focus back by itself: it goes back to the button, except when the user went on
   * to the errors (the check step takes it there).
   */
  const closeQuestion = (then?: () => void): void => {
    setAsking(false);
    if (then) then();
    else writeButton.current?.focus();
  };
  const [asking, setAsking] = useState(false);
  // Kept by place in the table: after an edit of the plan the same figure lists its new rows.
  const [chosenAt, setChosenAt] = useState<{ row: number; column: number } | undefined>(undefined);
  const chosen = traced.find((cell) => cell.row === chosenAt?.row && cell.column === chosenAt.column);
  const traceId = useId();
  const words = strings.summary;
  const shownAt = (cell: TracedCell) => {
    const at = layout.cells.find((c) => c.row === cell.row && c.column === cell.column);
    return at ? formatCell(at) : String(cell.rows.length);
  };

  return (
    <div className={classes.root}>
      <HeadlineFigures report={report} strings={strings} />
      <SummaryPreview
        layout={layout}
        label={words.previewLabel}
        figures={{
          cells: traced,
          chosen,
          controls: traceId,
          label: (cell, shown) =>
            strings.trace.showRows(
              strings.trace.figures[cell.figure],
              strings.trace.where(cell.dimension),
              shown,
            ),
          onChoose: (cell) =>
            setChosenAt(chosen === cell ? undefined : { row: cell.row, column: cell.column }),
        }}
      />
      {chosen ? (
        <TraceRows
          id={traceId}
          report={report}
          figure={chosen}
          shown={shownAt(chosen)}
          strings={strings}
          canSelect={canSelectRows}
          busy={busy}
          onSelectRows={onSelectRows}
          onClose={() => setChosenAt(undefined)}
        />
      ) : (
        <Text size={200} className={classes.hint}>
          {strings.trace.hint}
        </Text>
      )}
      {/* Beside the write button: what the switch changes is what the next write puts on the sheet. */}
      <Field hint={words.withMemoHint}>
        <Switch
          label={words.withMemo}
          checked={withMemo}
          onChange={(_event, data) => onWithMemo(data.checked)}
        />
      </Field>
      <Button
        ref={writeButton}
        appearance="primary"
        disabledFocusable={busy}
        onClick={() => (errors > 0 ? setAsking(true) : onWrite())}
      >
        {words.write}
      </Button>
      <Text size={200} className={classes.hint}>
        {words.sheetNote}
      </Text>
      <Field hint={words.autoRewriteHint}>
        <Switch
          label={words.autoRewrite}
          checked={autoRewrite}
          onChange={(_event, data) => onAutoRewrite(data.checked)}
        />
      </Field>
      <RollupPanel
        plans={plans}
        found={rollupPlans}
        strings={strings}
        busy={busy}
        onFind={onFindPlans}
        onWrite={onWriteRollup}
      />
      <Dialog
        open={asking}
        onOpenChange={(_event, data) => (data.open ? setAsking(true) : closeQuestion())}
        modalType="alert"
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{words.confirmTitle}</DialogTitle>
            <DialogContent>{words.confirmBody(errors)}</DialogContent>
            <DialogActions>
              {/* The safe choice first, and focused: Enter must never write over errors by accident. */}
              <Button appearance="primary" autoFocus onClick={() => closeQuestion()}>
                {words.cancel}
              </Button>
              <Button onClick={() => closeQuestion(onGoToErrors)}>{words.goToErrors}</Button>
              <Button
                onClick={() => {
                  closeQuestion();
                  onWrite();
                }}
              >
                {words.confirmWrite}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

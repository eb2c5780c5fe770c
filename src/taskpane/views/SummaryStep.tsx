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
  type SummaryLayout,
  type TracedCell,
  countBySeverity,
  summaryLayout,
  tracedCells,
} from "../../core";
import { HeadlineFigures } from "./HeadlineFigures";
import { RollupPanel, type RollupSource } from "./RollupPanel";
import type { PaneStrings } from "../words/strings";
import { SummaryPreview, formatCell } from "./SummaryPreview";
import { TraceRows } from "./TraceRows";
import { TRACE_STRINGS } from "../words/traceStrings";
import { OPEN_FILE_STRINGS } from "../words/openFileStrings";
import { NoticeBanner, noticeAt } from "./NoticeBanner";
import type { Notice } from "../state/planState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface SummaryStepProps {
  readonly report: PlanReport;
  /** What the last action did: shown here when it was this step's write or roll-up. */
  readonly notice?: Notice;
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly busy: boolean;
  /** The memo paragraph goes under the table. */
  readonly withMemo: boolean;
  readonly onWithMemo: (on: boolean) => void;
  readonly autoRewrite: boolean;
  readonly onAutoRewrite: (on: boolean) => void;
  readonly onWrite: () => void;
  /**
   * Saves the workbook written for the user, where it is a copy in memory (the host's
   * downloadWorkbook): offered beside the "written" notice as the next step.
   */
  readonly onDownload?: () => void;
  readonly onGoToErrors: () => void;
  /** The host can select rows on a sheet (not a file opened in the browser). */
  readonly canSelectRows: boolean;
  readonly onSelectRows: (rows: readonly number[]) => void;
  /** The written sheet holds a chart (Excel; ExcelJS writes none): the note says so only then. */
  readonly writesChart: boolean;
  /** The plan can change under the pane (Excel): only then is rewriting on a change offered. */
  readonly watchesPlan: boolean;
  /** The workbook's tables and sheets, for the roll-up of several plans. */
  readonly rollup: RollupSource;
}

/** The figure whose rows are listed, kept by its place in the table: after an edit of the plan the same figure lists its new rows. */
function useChosenFigure(traced: readonly TracedCell[]) {
  const [chosenAt, setChosenAt] = useState<{ row: number; column: number } | undefined>(undefined);
  const chosen = traced.find((cell) => cell.row === chosenAt?.row && cell.column === chosenAt.column);
  const choose = (cell: TracedCell | undefined) =>
    setChosenAt(cell && { row: cell.row, column: cell.column });
  return { chosen, choose };
}

/** The summary as previewed, each figure it traces a button that lists the figure's rows below it. */
function TracedPreview(props: {
  readonly report: PlanReport;
  readonly layout: SummaryLayout;
  readonly strings: PaneStrings;
  readonly busy: boolean;
  readonly canSelectRows: boolean;
  readonly onSelectRows: (rows: readonly number[]) => void;
}): ReactElement {
  const { report, layout, strings } = props;
  const classes = useStyles();
  const traced = useMemo(() => tracedCells(report, layout), [report, layout]);
  const { chosen, choose } = useChosenFigure(traced);
  const traceId = useId();
  const shownAt = (cell: TracedCell) => {
    const at = layout.cells.find((c) => c.row === cell.row && c.column === cell.column);
    return at ? formatCell(at) : String(cell.rows.length);
  };
  return (
    <>
      <SummaryPreview
        layout={layout}
        label={strings.summary.previewLabel}
        cardsLabel={strings.summary.cardsLabel}
        showTableLabel={strings.summary.showTable}
        figures={{
          cells: traced,
          chosen,
          controls: traceId,
          label: (cell, shown) =>
            TRACE_STRINGS[strings.lang].showRows(
              TRACE_STRINGS[strings.lang].figures[cell.figure],
              TRACE_STRINGS[strings.lang].where(cell.dimension),
              shown,
            ),
          onChoose: (cell) => choose(chosen === cell ? undefined : cell),
        }}
      />
      {chosen ? (
        <TraceRows
          id={traceId}
          report={report}
          figure={chosen}
          shown={shownAt(chosen)}
          strings={strings}
          canSelect={props.canSelectRows}
          busy={props.busy}
          onSelectRows={props.onSelectRows}
          onClose={() => choose(undefined)}
        />
      ) : (
        <Text size={200} className={classes.hint}>
          {TRACE_STRINGS[strings.lang].hint}
        </Text>
      )}
    </>
  );
}

interface WriteQuestionProps {
  readonly open: boolean;
  /** Errors the plan still has. */
  readonly errors: number;
  readonly strings: PaneStrings;
  /** Closes the question, then does `then` if given. */
  readonly onClose: (then?: () => void) => void;
  readonly onGoToErrors: () => void;
  readonly onWrite: () => void;
}

/** Asked before writing a summary of a plan that still has errors. */
function WriteQuestion({
  open,
  errors,
  strings,
  onClose,
  onGoToErrors,
  onWrite,
}: WriteQuestionProps): ReactElement {
  const words = strings.summary;
  return (
    <Dialog
      open={open}
      onOpenChange={(_event, data) => (data.open ? undefined : onClose())}
      modalType="alert"
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{words.confirmTitle}</DialogTitle>
          <DialogContent>{words.confirmBody(errors)}</DialogContent>
          <DialogActions>
            {/* The safe choice first, and focused: Enter must never write over errors by accident. */}
            <Button appearance="primary" autoFocus onClick={() => onClose()}>
              {words.cancel}
            </Button>
            <Button onClick={() => onClose(onGoToErrors)}>{words.goToErrors}</Button>
            <Button
              onClick={() => {
                onClose();
                onWrite();
              }}
            >
              {words.confirmWrite}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** After a write to a copy in memory, the next step: the file on the computer has no summary until saved. */
function DownloadNext({
  lang,
  onDownload,
}: {
  readonly lang: Lang;
  readonly onDownload: () => void;
}): ReactElement {
  const words = OPEN_FILE_STRINGS[lang];
  return (
    <>
      <Text>{words.downloadNext}</Text>
      <Button onClick={onDownload}>{words.downloadWritten}</Button>
    </>
  );
}

export function SummaryStep(props: SummaryStepProps): ReactElement {
  const { report, lang, strings, busy, withMemo, onWrite } = props;
  const classes = useStyles();
  const layout = useMemo(() => summaryLayout(report, { lang, withMemo }), [report, lang, withMemo]);
  const errors = countBySeverity(report.issues).error;
  const writeButton = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState(false);
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
  const words = strings.summary;
  const summaryNotice = noticeAt(props.notice, "summary");
  const rollupNotice = noticeAt(props.notice, "rollup");

  return (
    <div className={classes.root}>
      <HeadlineFigures report={report} strings={strings} />
      <TracedPreview
        report={report}
        layout={layout}
        strings={strings}
        busy={busy}
        canSelectRows={props.canSelectRows}
        onSelectRows={props.onSelectRows}
      />
      {/* Beside the write button: what the switch changes is what the next write puts on the sheet. */}
      <Field hint={words.withMemoHint}>
        <Switch
          label={words.withMemo}
          checked={withMemo}
          onChange={(_event, data) => props.onWithMemo(data.checked)}
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
      {/* What the write did, beside the button that did it. */}
      {summaryNotice && <NoticeBanner notice={summaryNotice} strings={strings} />}
      {summaryNotice?.kind === "written" && props.onDownload && (
        <DownloadNext lang={lang} onDownload={props.onDownload} />
      )}
      <Text size={200} className={classes.hint}>
        {words.sheetNote(props.writesChart)}
      </Text>
      {props.watchesPlan && (
        <Field hint={words.autoRewriteHint}>
          <Switch
            label={words.autoRewrite}
            checked={props.autoRewrite}
            onChange={(_event, data) => props.onAutoRewrite(data.checked)}
          />
        </Field>
      )}
      <RollupPanel {...props.rollup} strings={strings} busy={busy} />
      {rollupNotice && <NoticeBanner notice={rollupNotice} strings={strings} />}
      <WriteQuestion
        open={asking}
        errors={errors}
        strings={strings}
        onClose={closeQuestion}
        onGoToErrors={props.onGoToErrors}
        onWrite={onWrite}
      />
    </div>
  );
}

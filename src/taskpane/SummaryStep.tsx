/**
 * The third step: the summary sheet previewed from the very layout that will be written, the button
 * that writes it (asking first while the plan still has errors) with the switch beside it that puts
 * the memo paragraph under the table, and whether an edit of the plan rewrites it by itself.
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
import { type ReactElement, useMemo, useRef, useState } from "react";
import { type Lang, type PlanReport, countBySeverity } from "../core";
import { HeadlineFigures } from "./HeadlineFigures";
import { paneLayout } from "./paneLayout";
import type { PaneStrings } from "./strings";
import { SummaryPreview } from "./SummaryPreview";

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
}: SummaryStepProps): ReactElement {
  const classes = useStyles();
  const layout = useMemo(() => paneLayout(report, lang, withMemo), [report, lang, withMemo]);
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
  const words = strings.summary;

  return (
    <div className={classes.root}>
      <HeadlineFigures report={report} strings={strings} />
      <SummaryPreview layout={layout} label={words.previewLabel} />
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

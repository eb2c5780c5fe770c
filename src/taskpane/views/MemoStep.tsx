/**
 * The memo step: the results as the paragraph the report memo (บันทึกข้อความ) uses, to copy into the
 * memo or to write under the summary table (the switch for that sits beside the write button in the
 * summary step, where it takes effect; this step says whether it is on). It says so where the plan's
 * stated totals disagree with what its rows add up to, since the paragraph quotes the rows.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ReactElement, useMemo, useRef, useState } from "react";
import {
  type Issue,
  type Lang,
  MESSAGES,
  SUMMARY_WORDS,
  type PlanReport,
  formatBaht,
  memoText,
} from "../../core";
import { copyToClipboard } from "./clipboard";
import { ReportDocument, type ReportDocumentProps } from "./ReportDocument";
import { MEMO_STRINGS } from "../words/memoStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground2 },
  copyRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface MemoStepProps {
  readonly report: PlanReport;
  readonly lang: Lang;
  /** The paragraph goes under the table on the next write (switched in the summary step). */
  readonly withMemo: boolean;
  /** The report document's details, kept, and where its file goes (spec §10). */
  readonly document: Pick<ReportDocumentProps, "memo" | "onRemember" | "saveFile">;
}

/** One sentence for each stated total the rows disagree with, without repeats (the sheet and the pane may state the same). */
function controlNotes(issues: readonly Issue[], lang: Lang): string[] {
  const notes = issues
    .filter((issue) => issue.code === "control-total-mismatch")
    .map((issue) =>
      MEMO_STRINGS[lang].controlNote(
        MESSAGES[lang].fields[issue.field ?? "plannedBudget"],
        issue.details?.dimension,
        formatBaht(issue.details?.amount ?? 0),
        formatBaht(issue.details?.expected ?? 0),
      ),
    );
  return [...new Set(notes)];
}

/** What became of the last copy, and of which text: a message about an older text would mislead. */
interface Copied {
  readonly outcome: "copied" | "pressCtrlC";
  readonly text: string;
}

export function MemoStep({ report, lang, withMemo, document }: MemoStepProps): ReactElement {
  const classes = useStyles();
  const words = MEMO_STRINGS[lang];
  const text = useMemo(() => memoText(report, lang), [report, lang]);
  const notes = useMemo(() => controlNotes(report.issues, lang), [report, lang]);
  // Beside the button that copies the text: the figures may be wrong while errors remain.
  const errors = report.issues.filter((issue) => issue.severity === "error").length;
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<Copied | undefined>(undefined);

  const copy = async () => {
    if (await copyToClipboard(text)) {
      setCopied({ outcome: "copied", text });
      return;
    }
    // Office often refuses the clipboard inside its iframe; the user's own Ctrl+C still works.
    field.current?.focus();
    field.current?.select();
    setCopied({ outcome: "pressCtrlC", text });
  };

  return (
    <div className={classes.root}>
      <Text size={200} className={classes.hint}>
        {words.hint}
      </Text>
      {notes.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{words.controlTitle}</MessageBarTitle>
            {notes.map((note) => (
              <Text as="p" block key={note}>
                {note}
              </Text>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {!report.organisation && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{words.noOrganisation}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={SUMMARY_WORDS[lang].memoHeading}>
        <Textarea ref={field} value={text} readOnly rows={12} resize="vertical" />
      </Field>
      {errors > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{words.hasErrors(errors)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.copyRow}>
        <Button onClick={() => void copy()}>{words.copy}</Button>
        <Text aria-live="polite">{copied?.text === text ? words[copied.outcome] : ""}</Text>
      </div>
      <Text size={200} className={classes.hint}>
        {words.underTable(withMemo)}
      </Text>
      <ReportDocument report={report} lang={lang} {...document} />
    </div>
  );
}

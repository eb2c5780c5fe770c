/**
 * The task pane: a header with the language switch, what is happening and what went wrong, then the
 * five steps (plan, check, summary, memo, not carried out) as tabs that fit a narrow pane.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { type ReactElement, useState } from "react";
import type { Issue, PlanReport } from "../../core";
import { ErrorBanner } from "./ErrorBanner";
import type { HostCapabilities, PlanHost } from "../../hosts/planHost";
import type { RollupSource } from "./RollupPanel";
import {
  CheckStep,
  KeepFocusManager,
  MemoStep,
  NotCarriedOutStep,
  RollupStep,
  StepLoader,
  SummaryStep,
} from "./laterSteps";
import { NoticeBanner, type NoticePlace, noticePlace } from "./NoticeBanner";
import { PlanStep } from "./PlanStep";
import { ProgressBanner } from "./ProgressBanner";
import { StaleBanner } from "./StaleBanner";
import { STEP_PANEL, type Step, StepTabs } from "./StepTabs";
import { useStepFocus } from "./useStepFocus";
import { paneStrings } from "../words/strings";
import { type PlanActions, type PlanState, usePlan } from "../state/usePlan";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  panel: { paddingTop: tokens.spacingVerticalS },
  note: { margin: 0 },
  // No space is kept for a message that is not there: an empty band above the steps read as a gap.
  status: { display: "flex", flexDirection: "column", ":empty": { display: "none" } },
});

export interface AppProps {
  readonly host: PlanHost;
}

/** What the pane's state and actions give every step. */
interface StepPanelProps {
  readonly step: Step;
  readonly state: PlanState;
  readonly actions: PlanActions;
  readonly can: HostCapabilities;
  /** Where a file the pane makes goes: the host saves it (a download, or the user's browser). */
  readonly saveFile: PlanHost["saveFile"];
  /** Saves the workbook written, where it is a copy in memory (PlanHost's downloadWorkbook). */
  readonly downloadWorkbook?: () => void;
  readonly onStep: (step: Step) => void;
}

/** The Memo step: the paragraph, and the report document with its details kept in the settings. */
function MemoPanel({
  report,
  state,
  actions,
  saveFile,
}: Pick<StepPanelProps, "state" | "actions" | "saveFile"> & { readonly report: PlanReport }): ReactElement {
  return (
    <MemoStep
      report={report}
      lang={state.lang}
      withMemo={state.withMemo}
      document={{
        memo: state.settings.memo,
        onRemember: (memo) => actions.updateSettings({ memo: { ...memo } }),
        saveFile,
      }}
    />
  );
}

/** The Summary step: the table, its write and what the host can do around it, and the roll-up. */
function SummaryPanel({
  report,
  state,
  actions,
  can,
  rollup,
  downloadWorkbook,
  onStep,
}: Pick<StepPanelProps, "state" | "actions" | "can" | "downloadWorkbook" | "onStep"> & {
  readonly report: PlanReport;
  readonly rollup: RollupSource;
}): ReactElement {
  return (
    <SummaryStep
      report={report}
      lang={state.lang}
      strings={paneStrings(state.lang)}
      busy={state.busy}
      withMemo={state.withMemo}
      onWithMemo={actions.setWithMemo}
      autoRewrite={state.settings.autoRewrite ?? false}
      onAutoRewrite={(on) => actions.updateSettings({ autoRewrite: on })}
      onWrite={() => void actions.writeSummary()}
      {...(downloadWorkbook ? { onDownload: downloadWorkbook } : {})}
      notice={state.notice}
      onGoToErrors={() => onStep("check")}
      canSelectRows={can.selectsRows}
      writesChart={can.writesChart}
      watchesPlan={can.rereads}
      onSelectRows={(rows) => void actions.selectRows(rows)}
      rollup={rollup}
    />
  );
}

/** The open step; before a plan is read, a note instead (with the roll-up in the summary step). */
function StepPanel({
  step,
  state,
  actions,
  can,
  saveFile,
  downloadWorkbook,
  onStep,
}: StepPanelProps): ReactElement {
  const classes = useStyles();
  const { lang, report, busy } = state;
  const strings = paneStrings(lang);
  const rollup: RollupSource = {
    plans: state.plans ?? [],
    found: state.rollupPlans,
    onFind: () => void actions.findRollupPlans(),
    onWrite: (choices) => void actions.writeRollup(choices),
  };
  if (step === "plan")
    // Outside Excel, a way to open a file goes first in this step: pass it as `opener`.
    return (
      <PlanStep state={state} actions={actions} strings={strings} can={can} onCheck={() => onStep("check")} />
    );
  if (!report) {
    const note = <p className={classes.note}>{strings.noReport}</p>;
    // No plan chosen: the roll-up of the workbook's plans is still at hand, the answer when the
    // plan is split over sheets (spec §4.3).
    if (step !== "summary" || !state.canRollUp) return note;
    return (
      <>
        {note}
        <RollupStep {...rollup} strings={strings} busy={busy} />
      </>
    );
  }
  switch (step) {
    case "check":
      return (
        <CheckStep
          issues={report.issues}
          read={report}
          lang={lang}
          strings={strings}
          busy={busy}
          // Going to a cell is offered only where a sheet is on screen (the host's selectsRows).
          {...(can.selectsRows
            ? {
                onSelectCell: (row: number, column: number) => void actions.selectCell(row, column),
                onSelect: (issue: Issue) => void actions.selectIssue(issue),
              }
            : {})}
        />
      );
    case "summary":
      return (
        <SummaryPanel
          report={report}
          state={state}
          actions={actions}
          can={can}
          rollup={rollup}
          {...(downloadWorkbook ? { downloadWorkbook } : {})}
          onStep={onStep}
        />
      );
    case "memo":
      return <MemoPanel report={report} state={state} actions={actions} saveFile={saveFile} />;
    case "notCarriedOut":
      return (
        <NotCarriedOutStep
          items={report.notCarriedOut}
          lang={lang}
          strings={strings}
          busy={busy}
          canFlag={state.canFlag}
          onFlag={() => void actions.flagRows()}
          onRemoveFlags={() => void actions.removeFlags()}
          notice={state.notice}
        />
      );
  }
}

/**
 * Whether the open step shows notices of this place itself, beside their buttons: the summary step (with
 * a plan read) its write's and the roll-up's, the plan step the template's, the step of projects not
 * carried out its flags'.
 */
function shownBesideButton(step: Step, place: NoticePlace, withReport: boolean): boolean {
  if (place === "summary" || place === "rollup") return step === "summary" && withReport;
  if (place === "template") return step === "plan";
  return place === "flags" && step === "notCarriedOut";
}

/** One message at a time: what is under way, else what went wrong, else a stale summary, else the last notice. */
function StatusMessage({
  step,
  state,
  actions,
  onStep,
}: Omit<StepPanelProps, "can" | "saveFile">): ReactElement | null {
  const { progress, failure, notice } = state;
  const strings = paneStrings(state.lang);
  if (progress) return <ProgressBanner progress={progress} strings={strings} />;
  if (failure)
    return (
      <ErrorBanner
        failure={failure}
        strings={strings}
        onDismiss={actions.dismissFailure}
        onRetry={state.canRetry ? () => void actions.retry() : undefined}
      />
    );
  if (state.summaryStale)
    return (
      <StaleBanner
        strings={strings}
        onGoToSummary={step === "summary" ? undefined : () => onStep("summary")}
      />
    );
  // A notice the open step shows beside the button that caused it is not repeated up here.
  if (!notice || shownBesideButton(step, noticePlace(notice), state.report !== undefined)) return null;
  return <NoticeBanner notice={notice} strings={strings} />;
}

export function App({ host }: AppProps): ReactElement {
  const classes = useStyles();
  const [state, actions] = usePlan(host);
  // A step opened by a button or the menu takes the focus into it; one opened by its tab leaves it there.
  const { step, showStep, openStep, panelProps } = useStepFocus("plan");
  const { lang, report } = state;
  const strings = paneStrings(lang);
  // Once a plan is read, Fluent UI's focus manager stays for good (KeepFocusManager).
  const [planRead, setPlanRead] = useState(false);
  if (report && !planRead) setPlanRead(true);

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={classes.root}>
        <header className={classes.header}>
          <h1 className={classes.title}>{strings.appTitle}</h1>
          <Button
            size="small"
            lang={strings.otherLang}
            onClick={() => actions.updateSettings({ lang: strings.otherLang })}
          >
            {strings.otherLanguage}
          </Button>
        </header>
        {!host.can.live && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{strings.previewBanner}</MessageBarBody>
          </MessageBar>
        )}
        <StepTabs step={step} report={report} strings={strings} onStep={showStep} onOpenStep={openStep} />
        {/* Under the steps, so a message that comes and goes never moves the tabs. */}
        <div className={classes.status}>
          <StatusMessage step={step} state={state} actions={actions} onStep={openStep} />
        </div>
        <div
          {...panelProps}
          role="tabpanel"
          id={STEP_PANEL}
          aria-labelledby={`step-${step}`}
          className={mergeClasses(classes.panel, panelProps.className)}
        >
          <StepLoader key={step} strings={strings}>
            <StepPanel
              step={step}
              state={state}
              actions={actions}
              can={host.can}
              saveFile={(name, bytes, type) => host.saveFile(name, bytes, type)}
              {...(host.downloadWorkbook ? { downloadWorkbook: () => void host.downloadWorkbook?.() } : {})}
              onStep={openStep}
            />
          </StepLoader>
        </div>
        {planRead && <KeepFocusManager />}
      </main>
    </FluentProvider>
  );
}

/**
 * The steps a user does not see first (check, summary, memo, not carried out), each a chunk of its
 * own with the Fluent UI parts and core code only it needs (the summary's layout and chart, the memo's
 * text, the check list's grouping). The pane's first load carries only the Plan step; once it shows,
 * these are fetched in the background, so a step opened later appears at once, and a step opened
 * sooner shows a spinner until its chunk has come.
 */
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Component, type ComponentType, type ReactElement, type ReactNode, Suspense, lazy } from "react";
import { ErrorBanner } from "./ErrorBanner";
import { type Failure, toFailure } from "../state/planState";
import type { PaneStrings } from "../words/strings";

interface LaterStep<P> {
  readonly Step: ComponentType<P>;
  /** Starts fetching the step's chunk, once; again after a fetch that failed. */
  readonly fetch: () => Promise<ComponentType<P>>;
}

/** Steps whose chunk failed to come: fetched again when the user closes the failure, not before. */
const failedSteps = new Set<() => void>();

/**
 * A step loaded on first use. Until it is fetched it renders as a lazy component (Suspense shows the
 * spinner); a step fetched before it was first shown renders directly, without a spinner's flash. A
 * failed fetch (a dropped connection) shows the failure, and is tried again once the user closes it
 * (webpack fetches a chunk again after a failed load); never in a loop on its own.
 */
export function laterStep<P extends object>(load: () => Promise<ComponentType<P>>): LaterStep<P> {
  let step: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  /** Whether `waiting` has been rendered: if so it stays what renders the step, so nothing remounts. */
  let waitingShown = false;
  const waitFor = () => {
    waitingShown = false;
    return lazy(() => {
      waitingShown = true;
      return fetch().then((loaded) => ({ default: loaded }));
    });
  };
  let waiting = waitFor();
  const retry = () => {
    waiting = waitFor();
  };
  const fetch = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (loaded) => (step = loaded),
      (error: unknown) => {
        pending = undefined;
        failedSteps.add(retry);
        throw error;
      },
    ));
  function Step(props: P): ReactElement {
    const Shown = step !== undefined && !waitingShown ? step : waiting;
    return <Shown {...props} />;
  }
  return { Step, fetch };
}

const check = laterStep(() =>
  import(/* webpackChunkName: "check-step" */ "./CheckStep").then((m) => m.CheckStep),
);
const summary = laterStep(() =>
  import(/* webpackChunkName: "summary-step" */ "./SummaryStep").then((m) => m.SummaryStep),
);
// The roll-up alone, for a workbook where no plan is chosen yet (its plan split over sheets, say).
const rollup = laterStep(() =>
  import(/* webpackChunkName: "summary-step" */ "./RollupPanel").then((m) => m.RollupPanel),
);
const memo = laterStep(() =>
  import(/* webpackChunkName: "memo-step" */ "./MemoStep").then((m) => m.MemoStep),
);
const notCarriedOut = laterStep(() =>
  import(/* webpackChunkName: "not-carried-out-step" */ "./NotCarriedOutStep").then(
    (m) => m.NotCarriedOutStep,
  ),
);

/**
 * Fluent UI's focus manager (Tabster), kept for the pane's life once a plan is read. An open dialog
 * hides the rest of the pane from assistive technology (aria-hidden); closed in the same render that
 * unmounts its step ("ไปดูข้อผิดพลาด" in the summary's question), it takes the manager's last user
 * with it, and the manager is disposed before it lifts the aria-hidden: the whole pane stays hidden
 * (microsoft/fluentui#35139, microsoft/tabster#530). At 350 px the menu of steps happens to keep the
 * manager; this keeps it at every width. It comes in the summary step's chunk, which brings Tabster
 * and is fetched once a plan is read.
 */
const FocusManager = lazy(() =>
  import(/* webpackChunkName: "summary-step" */ "./FocusManager").then(
    (m) => ({ default: m.FocusManager }),
    // A chunk that cannot come brings back only that bug; the step that needs it says it failed.
    () => ({ default: () => null }),
  ),
);

export function KeepFocusManager(): ReactElement {
  return (
    <Suspense fallback={null}>
      <FocusManager />
    </Suspense>
  );
}

export const CheckStep = check.Step;
export const SummaryStep = summary.Step;
export const RollupStep = rollup.Step;
export const MemoStep = memo.Step;
export const NotCarriedOutStep = notCarriedOut.Step;

/** Fetches every later step in the background; one that fails is fetched again when opened. */
function fetchLaterSteps(): void {
  for (const step of [check, summary, rollup, memo, notCarriedOut]) step.fetch().catch(() => undefined);
}

const useStyles = makeStyles({
  // About the height of a short step, so the tabs and status line above do not move while it loads.
  loading: {
    minHeight: "160px",
    display: "flex",
    alignItems: "flex-start",
    paddingTop: tokens.spacingVerticalL,
  },
});

function StepLoading({ strings }: { readonly strings: PaneStrings }): ReactElement {
  const classes = useStyles();
  return (
    <div className={classes.loading}>
      <Spinner size="small" labelPosition="after" label={strings.loadingStep} />
    </div>
  );
}

export interface StepLoaderProps {
  readonly strings: PaneStrings;
  readonly children: ReactNode;
}

interface StepLoaderState {
  readonly failure?: Failure;
}

/**
 * Where a step appears: a spinner while its chunk comes, and the failure, with a way to try again,
 * when it cannot come. Keyed by step in App, so another step starts afresh. Once the first step has
 * shown, it fetches the others.
 */
export class StepLoader extends Component<StepLoaderProps, StepLoaderState> {
  state: StepLoaderState = {};

  componentDidMount(): void {
    fetchLaterSteps();
  }

  private readonly tryAgain = (): void => {
    for (const retry of failedSteps) retry();
    failedSteps.clear();
    this.setState({ failure: undefined });
  };

  static getDerivedStateFromError(error: unknown): StepLoaderState {
    return { failure: toFailure(error) };
  }

  render(): ReactNode {
    const { strings, children } = this.props;
    const { failure } = this.state;
    if (failure) return <ErrorBanner failure={failure} strings={strings} onDismiss={this.tryAgain} />;
    return <Suspense fallback={<StepLoading strings={strings} />}>{children}</Suspense>;
  }
}

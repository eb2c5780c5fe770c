/**
 * Which step is open, and where the keyboard focus goes when one opens.
 *
 * - From its tab (a click, Enter or Space): the focus stays on the tab, as in the WAI-ARIA tabs
 *   pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/); Tab then goes into the step.
 * - From anywhere else (the menu of the steps that did not fit on the line, a button such as
 *   "ไปดูข้อผิดพลาด" / "Go to errors", a banner's link to a step): what was pressed is gone or is not
 *   the step, so the focus goes to the opened step, never left on the page (WCAG 2.4.3 Focus Order,
 *   https://www.w3.org/WAI/WCAG22/Understanding/focus-order.html). It lands on the step's start if
 *   the step marks one (STEP_START, e.g. the check step's first heading), else on the step's panel,
 *   which screen readers announce by the step's name (the panel is labelled by its tab). A step still
 *   loading gets the focus on its panel, and its start takes it once it has come, unless the user has
 *   moved the focus on meanwhile.
 */
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Step } from "../state/steps";
import { focusRing } from "./focusRing";

/** The attribute a step puts on the element a focus moved into the step lands on (with tabIndex -1). */
export const STEP_START = "data-step-start";

const useStyles = makeStyles({
  panel: { borderRadius: tokens.borderRadiusMedium, ...focusRing() },
});

/** What the step's panel (role tabpanel) needs to take the focus. */
export interface StepPanelFocus {
  readonly ref: RefObject<HTMLDivElement | null>;
  readonly tabIndex: -1;
  readonly className: string;
}

export interface StepFocus {
  readonly step: Step;
  /** Opens a step from its tab: the focus stays where it is. */
  readonly showStep: (step: Step) => void;
  /** Opens a step from anything but its tab: the focus goes into the step. */
  readonly openStep: (step: Step) => void;
  readonly panelProps: StepPanelFocus;
}

/**
 * Focuses an element without the browser's own scroll, which centres an element taller than the pane
 * (a long step's panel) and so hides its top and the tabs above it; the top is brought into view only
 * when it is out of it.
 */
function focusAtTop(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  const { top } = element.getBoundingClientRect();
  if (top < 0 || top > window.innerHeight) element.scrollIntoView?.({ block: "start" });
}

/**
 * Focuses the step's start, or the panel until the start comes. Returns what stops waiting for it:
 * the panel losing the focus stops it too.
 */
function focusStepStart(panel: HTMLElement): () => void {
  const start = () => panel.querySelector<HTMLElement>(`[${STEP_START}]`);
  const now = start();
  if (now) {
    focusAtTop(now);
    return () => undefined;
  }
  focusAtTop(panel);
  const observer = new MutationObserver(() => {
    // The user moved the focus on while the step was loading: it stays where they put it.
    if (document.activeElement !== panel) return stop();
    const came = start();
    if (!came) return;
    stop();
    focusAtTop(came);
  });
  function stop(): void {
    observer.disconnect();
    panel.removeEventListener("blur", stop);
  }
  observer.observe(panel, { childList: true, subtree: true });
  panel.addEventListener("blur", stop);
  return stop;
}

export function useStepFocus(first: Step): StepFocus {
  const classes = useStyles();
  const [{ step, visit }, setOpen] = useState({ step: first, visit: 0 });
  const ref = useRef<HTMLDivElement>(null);
  const showStep = useCallback((next: Step) => setOpen((open) => ({ ...open, step: next })), []);
  // A new visit each time, so opening the step already open still brings the focus to it.
  const openStep = useCallback(
    (next: Step) => setOpen((open) => ({ step: next, visit: open.visit + 1 })),
    [],
  );
  useEffect(() => {
    if (visit === 0 || !ref.current) return;
    return focusStepStart(ref.current);
  }, [visit]);
  return { step, showStep, openStep, panelProps: { ref, tabIndex: -1, className: classes.panel } };
}

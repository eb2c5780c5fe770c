/** The pane's steps, as the tabs and the overflow menu both name them. */
import type { PlanReport } from "../../core";
import type { PaneStrings } from "../words/strings";

/** The five steps, in order. */
export type Step = "plan" | "check" | "summary" | "memo" | "notCarriedOut";

/** A step as a tab or menu item shows it. */
export interface StepEntry {
  readonly step: Step;
  /** What the tab shows. */
  readonly label: string;
  /** The tab's accessible name and the menu item's text: the label with its full count. */
  readonly name: string;
  readonly count?: number;
  /** Red when the count is of errors. */
  readonly alert?: boolean;
}

/**
 * The steps as the tabs show them: the check step counts the findings (red when any is an error),
 * the last step the projects not carried out; no counts before a plan is read.
 */
export function stepEntries(report: PlanReport | undefined, strings: PaneStrings): StepEntry[] {
  const words = strings.steps;
  return [
    { step: "plan", label: words.plan, name: words.plan },
    {
      step: "check",
      label: words.checkLabel,
      name: words.check(report?.issues.length),
      count: report?.issues.length,
      alert: report?.issues.some((issue) => issue.severity === "error") ?? false,
    },
    { step: "summary", label: words.summary, name: words.summary },
    { step: "memo", label: words.memo, name: words.memo },
    {
      step: "notCarriedOut",
      label: words.notCarriedOutLabel,
      name: words.notCarriedOut(report?.notCarriedOut.length),
      count: report?.notCarriedOut.length,
    },
  ];
}

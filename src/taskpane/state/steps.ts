/** The pane's steps, as the tabs and the overflow menu both name them. */

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

/**
 * The second step: what the checks found, errors first, each finding naming its row, column and
 * cell. Alike findings are one card with their rows ("แถว 2–30,001 … (30,000 แถว)"), and each kind
 * shows its first hundred cards, with a button for the next hundred: a plan of 30,000 findings opens
 * this step as fast as one of three. A card about cells is a button that selects its (first) cell.
 * Split as Fluent UI's components are: its state (useCheckStepState), markup (renderCheckStep) and
 * styles (useCheckStepStyles).
 */
import type { ReactElement } from "react";
import { issuePlace } from "../../core";
import { renderCheckStep } from "./renderCheckStep";
import { type CheckStepProps, useCheckStepState } from "./useCheckStepState";
import { useCheckStepStyles } from "./useCheckStepStyles";

export { CARDS_PER_PAGE, type CheckStepProps } from "./useCheckStepState";

/** Where the issue is: core's wording, shared with the command line. */
export { issuePlace };

export function CheckStep(props: CheckStepProps): ReactElement {
  return renderCheckStep(useCheckStepState(props), useCheckStepStyles());
}

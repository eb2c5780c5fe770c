/**
 * The first step: which plan, which column holds which field, and the facts of the report
 * (organisation, fiscal year, round, the totals the plan document states); or a new plan sheet
 * made from the template. Split as Fluent UI's components are: its state (usePlanStepState), markup
 * (renderPlanStep) and styles (usePlanStepStyles).
 */
import type { ReactElement } from "react";
import { renderPlanStep } from "./renderPlanStep";
import { type PlanStepProps, usePlanStepState } from "./usePlanStepState";
import { usePlanStepStyles } from "./usePlanStepStyles";

export type { PlanStepProps } from "./usePlanStepState";

export function PlanStep(props: PlanStepProps): ReactElement {
  return renderPlanStep(usePlanStepState(props), usePlanStepStyles());
}

/**
 * What the plan step shows beyond the pane's state (PlanStep.tsx): the template's sample switch, and
 * whether the column choosers are open, which they are by themselves while a column is to be chosen.
 */
import { type ReactNode, useState } from "react";
import type { HostCapabilities } from "../../hosts/planHost";
import { FIELDS, type Field, REQUIRED_FIELDS } from "../../core";
import type { PlanActions, PlanState } from "../state/usePlan";
import type { PaneStrings } from "../words/strings";

export interface PlanStepProps {
  readonly state: PlanState;
  readonly actions: PlanActions;
  readonly strings: PaneStrings;
  /** What the host can do: read the plan again, where a new plan goes. */
  readonly can: HostCapabilities;
  /** Leads on to the check step. */
  readonly onCheck: () => void;
  /** Shown first, above the plan picker: where a file is opened when the host is not Excel. */
  readonly opener?: ReactNode;
}

export interface PlanStepState extends PlanStepProps {
  /** The template is made with sample projects. */
  readonly withSample: boolean;
  readonly setWithSample: (on: boolean) => void;
  /** Fields whose column was found. */
  readonly found: number;
  /** A required field has no column: the choosers stay open. */
  readonly missingRequired: boolean;
  /** A field several columns could be, with its candidates (spec §9.7): shown as not chosen. */
  readonly inDoubt: Readonly<Partial<Record<Field, readonly number[]>>>;
  readonly toChoose: boolean;
  readonly showColumns: boolean;
  readonly toggleColumns: () => void;
  /** Chooses a field's column; the choosers stay open once one is used, even when it settles what opened them. */
  readonly chooseColumn: (field: Field, index: number | null) => void;
  /**
   * The settings fold under one disclosure once a plan is read and nothing in them needs an answer
   * (a column to choose, a round to pick): the plan's result comes first, the settings one click away.
   */
  readonly settingsFolded: boolean;
  readonly settingsOpen: boolean;
  readonly onSettingsToggle: (event: { readonly currentTarget: { readonly open: boolean } }) => void;
}

export function usePlanStepState(props: PlanStepProps): PlanStepState {
  const { report } = props.state;
  const [withSample, setWithSample] = useState(false);
  const [columnsOpen, setColumnsOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const found = report ? FIELDS.filter((field) => report.header.columns[field] !== undefined).length : 0;
  const missingRequired =
    report !== undefined && REQUIRED_FIELDS.some((field) => report.header.columns[field] === undefined);
  const inDoubt = report?.header.ambiguous ?? {};
  const toChoose = FIELDS.some((field) => inDoubt[field] !== undefined);
  return {
    ...props,
    withSample,
    setWithSample,
    found,
    missingRequired,
    inDoubt,
    toChoose,
    showColumns: columnsOpen || missingRequired || toChoose,
    settingsFolded:
      report !== undefined &&
      props.state.choice !== undefined &&
      !missingRequired &&
      !toChoose &&
      !props.state.roundAsked &&
      props.state.question === undefined,
    settingsOpen,
    onSettingsToggle: (event) => setSettingsOpen(event.currentTarget.open),
    toggleColumns: () => setColumnsOpen((open) => !open),
    chooseColumn: (field, index) => {
      setColumnsOpen(true);
      props.actions.setColumn(field, index);
    },
  };
}

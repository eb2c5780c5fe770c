/** The plan step's markup (PlanStep.tsx), from its state and styles. */
import { Button, Checkbox, Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { FIELDS, FIELD_NAMES, type Round, bahtToSatang, columnLetter, formatBaht } from "../../core";
import type { PlanChoice } from "../../hosts/planHost";
import { NO_COLUMN, columnChosen } from "../state/columnChoice";
import { parseBaht, parseFiscalYear } from "../state/inputs";
import type { PaneStrings } from "../words/strings";
import { ChoiceSelect } from "./ChoiceSelect";
import { CommitInput } from "./CommitInput";
import { NoPlanBanner } from "./NoPlanBanner";
import { PlaceQuestionBanner } from "./PlaceQuestionBanner";
import { PlanExtras } from "./PlanExtras";
import type { PlanStepState } from "./usePlanStepState";
import type { usePlanStepStyles } from "./usePlanStepStyles";

type Classes = ReturnType<typeof usePlanStepStyles>;

function choiceText(choice: PlanChoice, strings: PaneStrings): string {
  return choice.table === undefined
    ? strings.plan.sheet(choice.sheet)
    : strings.plan.table(choice.table, choice.sheet);
}

const bahtShown = (baht: number | undefined): string =>
  baht === undefined ? "" : formatBaht(bahtToSatang(baht));

function renderPicker({ state, actions, strings }: PlanStepState, classes: Classes): ReactElement {
  const { plans, chosenIndex } = state;
  const words = strings.plan;
  return (
    <div className={classes.row}>
      <Field
        label={words.choose}
        className={classes.grow}
        hint={plans?.length === 0 ? words.noPlans : undefined}
      >
        <ChoiceSelect
          className={classes.chooser}
          placeholder={words.choosePlaceholder}
          value={chosenIndex >= 0 ? String(chosenIndex) : undefined}
          disabled={!plans || plans.length === 0}
          options={(plans ?? []).map((plan, i) => ({ value: String(i), text: choiceText(plan, strings) }))}
          onChoose={(value) => {
            const picked = plans?.[Number(value)];
            if (picked) void actions.choosePlan(picked);
          }}
        />
      </Field>
      <Button onClick={() => void actions.reread()} disabledFocusable={state.busy}>
        {words.reread}
      </Button>
    </div>
  );
}

function renderTemplate(step: PlanStepState, classes: Classes): ReactElement {
  const { state, actions, strings, withSample } = step;
  const words = strings.plan;
  return (
    <fieldset className={classes.section}>
      <legend className={classes.heading}>
        {state.noPlanFound ? words.startHeading : words.templateHeading}
      </legend>
      <p className={classes.hint}>{words.templateHint}</p>
      <Checkbox
        label={words.withSample}
        checked={withSample}
        onChange={(_event, data) => step.setWithSample(data.checked === true)}
      />
      <Button
        className={classes.primary}
        appearance={state.noPlanFound ? "primary" : "secondary"}
        disabledFocusable={state.busy}
        onClick={() => void actions.createTemplate(withSample)}
      >
        {words.createTemplate}
      </Button>
    </fieldset>
  );
}

/** The way on to the check step, and the columns found in one line that opens the choosers. */
function renderReadLine(step: PlanStepState, classes: Classes): ReactElement {
  const { strings, missingRequired, toChoose, found } = step;
  const words = strings.plan;
  return (
    <>
      <Button
        appearance="primary"
        className={classes.primary}
        disabledFocusable={step.state.busy}
        onClick={step.onCheck}
      >
        {words.goToCheck}
      </Button>
      <Button
        appearance="transparent"
        className={classes.summaryLine}
        aria-expanded={step.showColumns}
        aria-controls="plan-columns"
        disabled={missingRequired || toChoose}
        onClick={step.toggleColumns}
      >
        {toChoose ? words.columnsToChoose(found) : words.columnsSummary(found, !missingRequired)}
      </Button>
    </>
  );
}

function renderColumns(step: PlanStepState, classes: Classes): ReactElement | null {
  const { state, actions, strings, inDoubt } = step;
  const { report, settings, lang } = state;
  if (!report || !step.showColumns) return null;
  const words = strings.plan;
  const letter = (i: number) => columnLetter(report.firstColumn + i);
  const label = (i: number) => words.columnOption(letter(i), report.header.labels[i] ?? "");
  return (
    <fieldset id="plan-columns" className={classes.section}>
      <legend className={classes.heading}>{words.columnsHeading}</legend>
      <p className={classes.hint}>{words.columnsHint(report.source.headerRow)}</p>
      {FIELDS.map((field) => {
        const index = report.header.columns[field];
        // "None" is chosen, not merely not found: it shows as chosen.
        const none = settings.columns?.[field] === null;
        const candidates = inDoubt[field];
        return (
          <Field key={field} label={FIELD_NAMES[lang][field]} orientation="horizontal">
            <ChoiceSelect
              className={classes.chooser}
              placeholder={
                candidates === undefined ? words.notFound : words.chooseAmong(candidates.map(letter))
              }
              value={none ? NO_COLUMN : index === undefined ? undefined : String(index)}
              options={[
                { value: NO_COLUMN, text: words.noColumn },
                ...report.header.labels.map((_text, i) => ({ value: String(i), text: label(i) })),
              ]}
              onChoose={(value) => step.chooseColumn(field, columnChosen(value))}
            />
          </Field>
        );
      })}
      <PlanExtras state={state} actions={actions} strings={strings} />
    </fieldset>
  );
}

/** The report's facts: organisation, fiscal year, round. */
function renderDetails({ state, actions, strings }: PlanStepState, classes: Classes): ReactElement {
  const { facts, roundAsked } = state;
  const words = strings.plan;
  return (
    <fieldset className={classes.section}>
      <legend className={classes.heading}>{words.detailsHeading}</legend>
      <CommitInput
        label={words.organisation}
        value={facts.organisation ?? ""}
        validate={() => undefined}
        onCommit={(text) => actions.updateSettings({ organisation: text.trim() })}
      />
      <CommitInput
        label={words.fiscalYear}
        hint={
          facts.fiscalYearAssumed && facts.fiscalYear !== undefined && facts.round !== undefined
            ? words.fiscalYearAssumed(facts.fiscalYear, facts.round)
            : words.fiscalYearHint
        }
        inputMode="numeric"
        value={String(facts.fiscalYear ?? "")}
        validate={(text) => (parseFiscalYear(text) === null ? words.fiscalYearInvalid : undefined)}
        onCommit={(text) => actions.updateSettings({ fiscalYear: parseFiscalYear(text) ?? undefined })}
      />
      <Field label={words.round} hint={roundAsked ? words.roundAsked : undefined}>
        <RadioGroup
          // Asked, not assumed: with columns per round and no round stated, none is shown chosen.
          value={String(facts.round ?? "")}
          onChange={(_event, data) => actions.updateSettings({ round: Number(data.value) as Round })}
        >
          <Radio value="6" label={words.round6} />
          <Radio value="12" label={words.round12} />
        </RadioGroup>
      </Field>
    </fieldset>
  );
}

/** The totals the plan document states, to check the plan's sums against. */
function renderControlTotals({ state, actions, strings }: PlanStepState, classes: Classes): ReactElement {
  const words = strings.plan;
  const controls = state.settings.controlTotals ?? {};
  const amount = (label: string, field: "plannedBudget" | "disbursed") => (
    <CommitInput
      label={label}
      placeholder={words.controlPlaceholder}
      inputMode="decimal"
      value={bahtShown(controls[field])}
      validate={(text) => (parseBaht(text) === null ? words.amountInvalid : undefined)}
      onCommit={(text) =>
        actions.updateSettings({ controlTotals: { ...controls, [field]: parseBaht(text) ?? undefined } })
      }
    />
  );
  return (
    <fieldset className={classes.section}>
      <legend className={classes.heading}>{words.controlHeading}</legend>
      <p className={classes.hint}>{words.controlHint}</p>
      {amount(words.controlPlanned, "plannedBudget")}
      {amount(words.controlDisbursed, "disbursed")}
    </fieldset>
  );
}

export function renderPlanStep(step: PlanStepState, classes: Classes): ReactElement {
  const { state, strings } = step;
  const { lang, noPlanFound, report } = state;
  // Nothing to summarise yet: starting from the template is the one next step, so it comes first.
  const template = renderTemplate(step, classes);
  return (
    <div className={classes.root}>
      {step.opener}
      {noPlanFound && template}
      {state.noPlan && <NoPlanBanner lang={lang} strings={strings} />}
      {state.question && <PlaceQuestionBanner question={state.question} lang={lang} strings={strings} />}
      {renderPicker(step, classes)}
      {report && renderReadLine(step, classes)}
      {renderColumns(step, classes)}
      {renderDetails(step, classes)}
      {renderControlTotals(step, classes)}
      {!noPlanFound && template}
    </div>
  );
}

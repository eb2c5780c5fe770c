/** The plan step's markup (PlanStep.tsx), from its state and styles. */
import { Button, Checkbox, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { type ReactElement, Suspense, lazy } from "react";
import {
  FIELDS,
  FIELD_NAMES,
  type Round,
  bahtToSatang,
  columnLetter,
  countBySeverity,
  formatBaht,
} from "../../core";
import type { PlanChoice } from "../../hosts/planHost";
import { NO_COLUMN, columnChosen } from "../state/columnChoice";
import { parseBaht, parseFiscalYear } from "../state/inputs";
import type { PaneStrings } from "../words/strings";
import { ChoiceSelect } from "./ChoiceSelect";
import { CommitInput } from "./CommitInput";
import { NoPlanBanner } from "./NoPlanBanner";
import { NoticeBanner, noticeAt } from "./NoticeBanner";
import { PlaceQuestionBanner } from "./PlaceQuestionBanner";
import { PlanExtras } from "./PlanExtras";
import type { PlanStepState } from "./usePlanStepState";
import type { usePlanStepStyles } from "./usePlanStepStyles";

type Classes = ReturnType<typeof usePlanStepStyles>;

/**
 * The summary's headline figures, fetched with the summary step's chunk once a plan is read (the engine
 * comes then too): the first load stays within its budget.
 */
const HeadlineFigures = lazy(() =>
  import(/* webpackChunkName: "summary-step" */ "./HeadlineFigures").then((module) => ({
    default: module.HeadlineFigures,
  })),
);

function choiceText(choice: PlanChoice, strings: PaneStrings): string {
  return choice.table === undefined
    ? strings.plan.sheet(choice.sheet)
    : strings.plan.table(choice.table, choice.sheet);
}

const bahtShown = (baht: number | undefined): string =>
  baht === undefined ? "" : formatBaht(bahtToSatang(baht));

function renderPicker(step: PlanStepState, classes: Classes): ReactElement {
  const { state, actions, strings } = step;
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
      {step.can.rereads && (
        <Button onClick={() => void actions.reread()} disabledFocusable={state.busy}>
          {words.reread}
        </Button>
      )}
    </div>
  );
}

function renderTemplate(step: PlanStepState, classes: Classes): ReactElement {
  const { state, actions, strings, withSample } = step;
  const words = strings.plan;
  // Outside Excel nothing can be typed into a new sheet: the template is a file to fill in Excel.
  const toFile = step.can.newPlan === "file";
  const notice = noticeAt(state.notice, "template");
  return (
    <fieldset className={classes.section}>
      <legend className={classes.heading}>
        {state.noPlanFound ? words.startHeading : words.templateHeading}
      </legend>
      <p className={classes.hint}>{toFile ? words.templateFileHint : words.templateHint}</p>
      <Checkbox
        label={{ children: words.withSample, className: classes.choiceLabel }}
        checked={withSample}
        onChange={(_event, data) => step.setWithSample(data.checked === true)}
      />
      <Button
        className={classes.primary}
        appearance={state.noPlanFound ? "primary" : "secondary"}
        disabledFocusable={state.busy}
        onClick={() => void actions.createTemplate(withSample)}
      >
        {toFile ? words.downloadTemplate : words.createTemplate}
      </Button>
      {notice && <NoticeBanner notice={notice} strings={strings} />}
    </fieldset>
  );
}

/** The columns found, in one line that opens the choosers. */
function renderReadLine(step: PlanStepState, classes: Classes): ReactElement {
  const { strings, missingRequired, toChoose, found } = step;
  const words = strings.plan;
  return (
    <>
      {/* A link's look: it opens the column choosers, which stay open while a column is to be chosen. */}
      <button
        type="button"
        className={classes.summaryLine}
        aria-expanded={step.showColumns}
        aria-controls="plan-columns"
        disabled={missingRequired || toChoose}
        onClick={step.toggleColumns}
      >
        {toChoose ? words.columnsToChoose(found) : words.columnsSummary(found, !missingRequired)}
      </button>
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
          <Radio value="6" label={{ children: words.round6, className: classes.choiceLabel }} />
          <Radio value="12" label={{ children: words.round12, className: classes.choiceLabel }} />
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

/**
 * What the plan says, first: where it was read, the headline figures, the findings by severity, and the
 * way on to the check. The figures are the summary's own (HeadlineFigures), errors shown above them.
 */
function renderResult(step: PlanStepState, classes: Classes): ReactElement | null {
  const { state, strings } = step;
  const { report, choice, facts } = state;
  if (!report || !choice) return null;
  const words = strings.plan;
  const counts = words.findings(countBySeverity(report.issues));
  return (
    <section aria-labelledby="plan-result" className={classes.section}>
      <h2 id="plan-result" className={classes.heading}>
        {words.resultHeading}
      </h2>
      <p className={classes.hint}>
        {words.resultLine(words.sheet(choice.sheet), report.rows.length, facts.fiscalYear, facts.round)}
      </p>
      <Suspense fallback={null}>
        <HeadlineFigures report={report} strings={strings} />
      </Suspense>
      <p className={classes.counts}>{counts}</p>
      <Button
        appearance="primary"
        className={classes.primary}
        disabledFocusable={state.busy}
        onClick={step.onCheck}
      >
        {words.goToCheck}
      </Button>
    </section>
  );
}

/** Which plan, its columns and the report's facts: one click away once the plan is read, open until then. */
function renderSettings(step: PlanStepState, classes: Classes): ReactElement {
  const { report } = step.state;
  const body = (
    <>
      {renderPicker(step, classes)}
      {report && renderReadLine(step, classes)}
      {renderColumns(step, classes)}
      {renderDetails(step, classes)}
      {renderControlTotals(step, classes)}
    </>
  );
  if (!step.settingsFolded) return <div className={classes.root}>{body}</div>;
  return (
    // The browser's own disclosure: a button to keyboards and screen readers, no script to load.
    <details className={classes.settings} open={step.settingsOpen} onToggle={step.onSettingsToggle}>
      <summary className={classes.settingsSummary}>{step.strings.plan.settings}</summary>
      <div className={classes.root}>{body}</div>
    </details>
  );
}

export function renderPlanStep(step: PlanStepState, classes: Classes): ReactElement {
  const { state, strings } = step;
  const { lang, noPlanFound } = state;
  // Nothing to summarise yet: starting from the template is the one next step, so it comes first.
  const template = renderTemplate(step, classes);
  return (
    <div className={classes.root}>
      {step.opener}
      {noPlanFound && template}
      {state.noPlan && <NoPlanBanner lang={lang} strings={strings} rereads={step.can.rereads} />}
      {state.question && <PlaceQuestionBanner question={state.question} lang={lang} strings={strings} />}
      {renderResult(step, classes)}
      {renderSettings(step, classes)}
      {!noPlanFound && template}
    </div>
  );
}

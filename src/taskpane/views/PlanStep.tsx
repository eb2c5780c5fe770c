/**
 * The first step: which plan, which column holds which field, and the facts of the report
 * (organisation, fiscal year, round, the totals the plan document states); or a new plan sheet
 * made from the template.
 */
import {
  Button,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { type ReactElement, type ReactNode, useState } from "react";
import {
  FIELDS,
  FIELD_NAMES,
  REQUIRED_FIELDS,
  type Round,
  bahtToSatang,
  columnLetter,
  formatBaht,
} from "../../core";
import { ChoiceSelect } from "./ChoiceSelect";
import { NO_COLUMN, columnChosen } from "../state/columnChoice";
import { CommitInput } from "./CommitInput";
import { NoPlanBanner } from "./NoPlanBanner";
import { PlaceQuestionBanner } from "./PlaceQuestionBanner";
import { PlanExtras } from "./PlanExtras";
import type { PlanChoice } from "../../hosts/planHost";
import { parseBaht, parseFiscalYear } from "../state/inputs";
import type { PaneStrings } from "../words/strings";
import { type PlanActions, type PlanState, sameChoice } from "../state/usePlan";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  heading: {
    margin: 0,
    padding: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  grow: { flexGrow: 1, minWidth: 0 },
  chooser: { minWidth: "0", width: "100%" },
  summaryLine: { alignSelf: "flex-start", paddingLeft: 0, paddingRight: 0, textAlign: "start" },
  primary: { alignSelf: "flex-start" },
});

export interface PlanStepProps {
  readonly state: PlanState;
  readonly actions: PlanActions;
  readonly strings: PaneStrings;
  /** Leads on to the check step. */
  readonly onCheck: () => void;
  /** Shown first, above the plan picker: where a file is opened when the host is not Excel. */
  readonly opener?: ReactNode;
}

function choiceText(choice: PlanChoice, strings: PaneStrings): string {
  return choice.table === undefined
    ? strings.plan.sheet(choice.sheet)
    : strings.plan.table(choice.table, choice.sheet);
}

const bahtShown = (baht: number | undefined): string =>
  baht === undefined ? "" : formatBaht(bahtToSatang(baht));

export function PlanStep({ state, actions, strings, onCheck, opener }: PlanStepProps): ReactElement {
  const classes = useStyles();
  const { plans, choice, report, settings, lang, progress } = state;
  const words = strings.plan;
  const busy = progress !== undefined;
  const selectedIndex = plans?.findIndex((plan) => sameChoice(plan, choice)) ?? -1;
  const controls = settings.controlTotals ?? {};
  const [withSample, setWithSample] = useState(false);
  const [columnsOpen, setColumnsOpen] = useState(false);
  /** Nothing to summarise yet: starting from the template is the one next step. */
  const noPlanFound = state.noPlan || plans?.length === 0 || state.question?.kind === "none";
  const found = report ? FIELDS.filter((field) => report.header.columns[field] !== undefined).length : 0;
  const missingRequired =
    report !== undefined && REQUIRED_FIELDS.some((field) => report.header.columns[field] === undefined);
  // A field several columns could be is shown as not chosen, with its candidates (spec §9.7).
  const inDoubt = report?.header.ambiguous ?? {};
  const toChoose = FIELDS.some((field) => inDoubt[field] !== undefined);
  const roundAsked =
    settings.round === undefined && report?.issues.some((issue) => issue.code === "unknown-round");
  const showColumns = columnsOpen || missingRequired || toChoose;

  const picker = (
    <div className={classes.row}>
      <Field
        label={words.choose}
        className={classes.grow}
        hint={plans?.length === 0 ? words.noPlans : undefined}
      >
        <ChoiceSelect
          className={classes.chooser}
          placeholder={words.choosePlaceholder}
          value={selectedIndex >= 0 ? String(selectedIndex) : undefined}
          disabled={!plans || plans.length === 0}
          options={(plans ?? []).map((plan, i) => ({ value: String(i), text: choiceText(plan, strings) }))}
          onChoose={(value) => {
            const picked = plans?.[Number(value)];
            if (picked) void actions.choosePlan(picked);
          }}
        />
      </Field>
      <Button onClick={() => void actions.reread()} disabledFocusable={busy}>
        {words.reread}
      </Button>
    </div>
  );

  const template = (
    <fieldset className={classes.section}>
      <legend className={classes.heading}>{noPlanFound ? words.startHeading : words.templateHeading}</legend>
      <p className={classes.hint}>{words.templateHint}</p>
      <Checkbox
        label={words.withSample}
        checked={withSample}
        onChange={(_event, data) => setWithSample(data.checked === true)}
      />
      <Button
        className={classes.primary}
        appearance={noPlanFound ? "primary" : "secondary"}
        disabledFocusable={busy}
        onClick={() => void actions.createTemplate(withSample)}
      >
        {words.createTemplate}
      </Button>
    </fieldset>
  );

  return (
    <div className={classes.root}>
      {opener}
      {noPlanFound && template}
      {state.noPlan && <NoPlanBanner lang={lang} strings={strings} />}
      {state.question && <PlaceQuestionBanner question={state.question} lang={lang} strings={strings} />}
      {picker}

      {report && (
        <>
          <Button appearance="primary" className={classes.primary} disabledFocusable={busy} onClick={onCheck}>
            {words.goToCheck}
          </Button>
          <Button
            appearance="transparent"
            className={classes.summaryLine}
            aria-expanded={showColumns}
            aria-controls="plan-columns"
            disabled={missingRequired || toChoose}
            onClick={() => setColumnsOpen((open) => !open)}
          >
            {toChoose ? words.columnsToChoose(found) : words.columnsSummary(found, !missingRequired)}
          </Button>
        </>
      )}

      {report && showColumns && (
        <fieldset id="plan-columns" className={classes.section}>
          <legend className={classes.heading}>{words.columnsHeading}</legend>
          <p className={classes.hint}>{words.columnsHint(report.source.headerRow)}</p>
          {FIELDS.map((field) => {
            const index = report.header.columns[field];
            // "None" is chosen, not merely not found: it shows as chosen.
            const none = settings.columns?.[field] === null;
            const label = (i: number) =>
              words.columnOption(columnLetter(report.firstColumn + i), report.header.labels[i] ?? "");
            return (
              <Field key={field} label={FIELD_NAMES[lang][field]} orientation="horizontal">
                <ChoiceSelect
                  className={classes.chooser}
                  placeholder={
                    inDoubt[field] === undefined
                      ? words.notFound
                      : words.chooseAmong(inDoubt[field].map((i) => columnLetter(report.firstColumn + i)))
                  }
                  value={none ? NO_COLUMN : index === undefined ? undefined : String(index)}
                  options={[
                    { value: NO_COLUMN, text: words.noColumn },
                    ...report.header.labels.map((_text, i) => ({ value: String(i), text: label(i) })),
                  ]}
                  onChoose={(value) => {
                    // Stay open on the choosers once one is used, even when it settles what opened them.
                    setColumnsOpen(true);
                    actions.setColumn(field, columnChosen(value));
                  }}
                />
              </Field>
            );
          })}
          <PlanExtras state={state} actions={actions} strings={strings} />
        </fieldset>
      )}
      <fieldset className={classes.section}>
        <legend className={classes.heading}>{words.detailsHeading}</legend>
        <CommitInput
          label={words.organisation}
          value={settings.organisation ?? report?.organisation ?? ""}
          validate={() => undefined}
          onCommit={(text) => actions.updateSettings({ organisation: text.trim() })}
        />
        <CommitInput
          label={words.fiscalYear}
          hint={words.fiscalYearHint}
          inputMode="numeric"
          value={String(settings.fiscalYear ?? report?.fiscalYear ?? "")}
          validate={(text) => (parseFiscalYear(text) === null ? words.fiscalYearInvalid : undefined)}
          onCommit={(text) => actions.updateSettings({ fiscalYear: parseFiscalYear(text) ?? undefined })}
        />
        <Field label={words.round} hint={roundAsked ? words.roundAsked : undefined}>
          <RadioGroup
            // Asked, not assumed: with columns per round and no round stated, none is shown chosen.
            value={roundAsked ? "" : String(settings.round ?? report?.round ?? 12)}
            onChange={(_event, data) => actions.updateSettings({ round: Number(data.value) as Round })}
          >
            <Radio value="6" label={words.round6} />
            <Radio value="12" label={words.round12} />
          </RadioGroup>
        </Field>
      </fieldset>

      <fieldset className={classes.section}>
        <legend className={classes.heading}>{words.controlHeading}</legend>
        <p className={classes.hint}>{words.controlHint}</p>
        <CommitInput
          label={words.controlPlanned}
          placeholder={words.controlPlaceholder}
          inputMode="decimal"
          value={bahtShown(controls.plannedBudget)}
          validate={(text) => (parseBaht(text) === null ? words.amountInvalid : undefined)}
          onCommit={(text) =>
            actions.updateSettings({
              controlTotals: { ...controls, plannedBudget: parseBaht(text) ?? undefined },
            })
          }
        />
        <CommitInput
          label={words.controlDisbursed}
          placeholder={words.controlPlaceholder}
          inputMode="decimal"
          value={bahtShown(controls.disbursed)}
          validate={(text) => (parseBaht(text) === null ? words.amountInvalid : undefined)}
          onCommit={(text) =>
            actions.updateSettings({
              controlTotals: { ...controls, disbursed: parseBaht(text) ?? undefined },
            })
          }
        />
      </fieldset>

      {!noPlanFound && template}
    </div>
  );
}

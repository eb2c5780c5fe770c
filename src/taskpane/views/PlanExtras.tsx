/**
 * The plan step's extras for plans as offices write them: which fiscal year's budget column is the
 * planned budget (spec §9.2), and the sub-dimension subtotals switch (spec §9.1). Shown only when
 * the plan has year columns or headings.
 */
import { Checkbox, Field, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { columnLetter } from "../../core";
import { ChoiceSelect } from "./ChoiceSelect";
import { NO_COLUMN, columnChosen } from "../state/columnChoice";
import type { PaneStrings } from "../words/strings";
import type { PlanActions, PlanState } from "../state/usePlan";

const useStyles = makeStyles({
  hint: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  chooser: { minWidth: "0", width: "100%" },
});

export interface PlanExtrasProps {
  readonly state: PlanState;
  readonly actions: PlanActions;
  readonly strings: PaneStrings;
}

export function PlanExtras({ state, actions, strings }: PlanExtrasProps): ReactElement | null {
  const classes = useStyles();
  const { report, settings } = state;
  if (!report || (report.yearColumns.length === 0 && report.headings.length === 0)) return null;
  const words = strings.plan;
  const planned = report.header.columns.plannedBudget;
  const chosen = report.yearColumns.find((column) => column.index === planned);
  const none = settings.columns?.plannedBudget === null;
  const option = (year: number, index: number) =>
    words.yearOption(year, columnLetter(report.firstColumn + index));
  return (
    <>
      {report.yearColumns.length > 0 && (
        <>
          <p className={classes.hint}>
            {words.yearColumnsHint(report.yearColumns.map((column) => column.year).join(", "))}
          </p>
          <Field label={words.yearColumn} orientation="horizontal">
            <ChoiceSelect
              className={classes.chooser}
              placeholder={words.notFound}
              value={none ? NO_COLUMN : chosen ? String(chosen.index) : undefined}
              options={[
                { value: NO_COLUMN, text: words.noColumn },
                ...report.yearColumns.map((column) => ({
                  value: String(column.index),
                  text: option(column.year, column.index),
                })),
              ]}
              onChoose={(value) => actions.setColumn("plannedBudget", columnChosen(value))}
            />
          </Field>
        </>
      )}
      {report.headings.length > 0 && (
        <Checkbox
          label={words.subtotals(report.headings.length)}
          checked={settings.subtotals === true}
          onChange={(_event, data) => actions.updateSettings({ subtotals: data.checked === true })}
        />
      )}
    </>
  );
}

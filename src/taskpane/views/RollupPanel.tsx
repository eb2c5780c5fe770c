/**
 * The roll-up of several plans of one workbook (spec §8), offered under the summary when the workbook
 * holds more than one table or sheet: find the plans, tick those to add up (every plan found, at
 * first), and write the roll-up sheet. Plans of different rounds or years are not added up; the same
 * plan ticked twice (a sheet copied) is added once, and the pane says so.
 */
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ReactElement, useId, useState } from "react";
import type { PlanChoice } from "../../hosts/planHost";
import { sameChoice } from "../state/planState";
import { type FoundPlan, mixedPlans, placeName, rollupCandidates, samePlaces } from "../state/rollupPlans";
import type { PaneStrings } from "../words/strings";
import { ROLLUP_PANEL_STRINGS } from "../words/rollupPanelStrings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2 },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  detail: { display: "block", color: tokens.colorNeutralForeground2 },
});

export interface RollupPanelProps {
  /** The tables and sheets the workbook lists. */
  readonly plans: readonly PlanChoice[];
  /** What was read of them; undefined until the user asks. */
  readonly found: readonly FoundPlan[] | undefined;
  readonly strings: PaneStrings;
  readonly busy: boolean;
  readonly onFind: () => void;
  readonly onWrite: (choices: readonly PlanChoice[]) => void;
}

/** The workbook's plans and what to do with them: what App gives the roll-up wherever it offers one. */
export type RollupSource = Pick<RollupPanelProps, "plans" | "found" | "onFind" | "onWrite">;

function placeLabel(choice: PlanChoice, strings: PaneStrings): string {
  return choice.table === undefined
    ? strings.plan.sheet(choice.sheet)
    : strings.plan.table(choice.table, choice.sheet);
}

interface ChooserProps {
  readonly found: readonly FoundPlan[];
  readonly strings: PaneStrings;
  readonly busy: boolean;
  readonly onWrite: (choices: readonly PlanChoice[]) => void;
}

/** The plans found, ticked to be added up; a fresh list starts with every plan ticked. */
function Chooser({ found, strings, busy, onWrite }: ChooserProps): ReactElement {
  const classes = useStyles();
  const words = { ...strings.rollup, ...ROLLUP_PANEL_STRINGS[strings.lang] };
  const plans = found.filter((plan) => plan.report);
  const notPlans = found.filter((plan) => !plan.report);
  const [unticked, setUnticked] = useState<readonly PlanChoice[]>([]);
  const ticked = plans.filter((plan) => !unticked.some((choice) => sameChoice(choice, plan.choice)));
  const mixed = mixedPlans(ticked);
  const same = samePlaces(ticked);
  const toggle = (choice: PlanChoice, on: boolean) =>
    setUnticked((list) => (on ? list.filter((other) => !sameChoice(other, choice)) : [...list, choice]));

  if (plans.length < 2) return <Text>{words.tooFew}</Text>;
  return (
    <>
      <fieldset className={classes.fieldset}>
        <legend className={classes.legend}>{words.choose}</legend>
        {plans.map(({ choice, report }) => (
          <Checkbox
            key={placeName(choice)}
            checked={ticked.some((plan) => sameChoice(plan.choice, choice))}
            onChange={(_event, data) => toggle(choice, data.checked === true)}
            label={
              <>
                {placeLabel(choice, strings)}
                <Text size={200} className={classes.detail}>
                  {words.detail(report?.rows.length ?? 0, report?.organisation)}
                </Text>
              </>
            }
          />
        ))}
      </fieldset>
      {notPlans.length > 0 && (
        <Text size={200} className={classes.hint}>
          {words.notPlans(notPlans.map(({ choice }) => placeLabel(choice, strings)).join(", "))}
        </Text>
      )}
      {same.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {same
              .map(({ choice, sameAs }) =>
                words.samePlan(placeLabel(choice, strings), placeLabel(sameAs, strings)),
              )
              .join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {mixed && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{words.mixed(mixed)}</MessageBarBody>
        </MessageBar>
      )}
      <Button
        appearance="primary"
        disabledFocusable={busy || ticked.length < 2 || mixed !== undefined}
        onClick={() => onWrite(ticked.map((plan) => plan.choice))}
      >
        {words.write(ticked.length)}
      </Button>
    </>
  );
}

export function RollupPanel({
  plans,
  found,
  strings,
  busy,
  onFind,
  onWrite,
}: RollupPanelProps): ReactElement | null {
  const classes = useStyles();
  const headingId = useId();
  const words = { ...strings.rollup, ...ROLLUP_PANEL_STRINGS[strings.lang] };
  const places = rollupCandidates(plans);
  if (places.length < 2) return null;
  return (
    <section className={classes.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={classes.heading}>
        {words.heading}
      </h3>
      <Text size={200} className={classes.hint}>
        {words.hint(places.length)}
      </Text>
      {found !== undefined && (
        <Chooser
          key={found.map(({ choice }) => placeName(choice)).join("\n")}
          found={found}
          strings={strings}
          busy={busy}
          onWrite={onWrite}
        />
      )}
      {/* Again after the workbook changed: a sheet added, a plan's header fixed. */}
      <Button
        appearance={found === undefined ? "secondary" : "subtle"}
        disabledFocusable={busy}
        onClick={onFind}
      >
        {found === undefined ? words.find : words.findAgain}
      </Button>
    </section>
  );
}

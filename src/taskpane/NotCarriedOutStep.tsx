/**
 * The last step: the projects not carried out, with their reasons, and flagging them in the plan; or,
 * once none remain, removing the flags set earlier.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { type NotCarriedOut, formatBaht } from "../core";
import type { PaneStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  facts: { color: tokens.colorNeutralForeground2 },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

export interface NotCarriedOutStepProps {
  readonly items: readonly NotCarriedOut[];
  readonly strings: PaneStrings;
  readonly busy: boolean;
  /** Rows of this plan were flagged earlier in this session. */
  readonly flaggedEarlier: boolean;
  readonly onFlag: () => void;
}

export function NotCarriedOutStep({
  items,
  strings,
  busy,
  flaggedEarlier,
  onFlag,
}: NotCarriedOutStepProps): ReactElement {
  const classes = useStyles();
  const words = strings.notCarriedOut;
  return (
    <div className={classes.root}>
      {items.length === 0 ? (
        <Text>{words.none}</Text>
      ) : (
        <ul className={classes.list}>
          {items.map((item) => (
            <li key={item.row} className={classes.item}>
              <Text className={classes.name}>{item.no === "" ? item.name : `${item.no} ${item.name}`}</Text>
              <Text size={200} className={classes.facts}>
                {[
                  words.row(item.row),
                  words.dimension(item.dimension),
                  words.planned(formatBaht(item.plannedBudget)),
                ].join(" · ")}
              </Text>
              <Text size={200} className={item.note === "" ? classes.missing : undefined}>
                {words.reason(item.note === "" ? words.noReason : item.note)}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Button disabled={busy || (items.length === 0 && !flaggedEarlier)} onClick={onFlag}>
        {items.length === 0 && flaggedEarlier ? words.clearFlags : words.flag(items.length)}
      </Button>
    </div>
  );
}

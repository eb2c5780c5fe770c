/**
 * The last step: the projects not carried out, with their reasons; flagging them in the plan with a
 * rule that follows each row's status, and removing the flags, always offered.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { type Lang, type NotCarriedOut, formatBaht, itemTitle, reasonShown } from "../../core";
import type { PaneStrings } from "../words/strings";
import { NOT_CARRIED_OUT_STRINGS } from "../words/notCarriedOutStrings";
import { NoticeBanner, noticeAt } from "./NoticeBanner";
import type { Notice } from "../state/planState";

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
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly busy: boolean;
  /** The plan has a column the flag rule can read a row's status from. */
  readonly canFlag: boolean;
  readonly onFlag: () => void;
  readonly onRemoveFlags: () => void;
  /** What the last action did: shown here when it was flagging or removing the flags. */
  readonly notice?: Notice;
}

export function NotCarriedOutStep({
  items,
  lang,
  strings,
  busy,
  canFlag,
  onFlag,
  onRemoveFlags,
  notice,
}: NotCarriedOutStepProps): ReactElement {
  const classes = useStyles();
  const flagNotice = noticeAt(notice, "flags");
  const words = NOT_CARRIED_OUT_STRINGS[strings.lang];
  return (
    <div className={classes.root}>
      {items.length === 0 ? (
        <Text>{words.none}</Text>
      ) : (
        <ul className={classes.list}>
          {items.map((item) => (
            <li key={item.row} className={classes.item}>
              <Text className={classes.name}>{itemTitle(item)}</Text>
              <Text size={200} className={classes.facts}>
                {[
                  words.row(item.row),
                  words.dimension(item.dimension),
                  words.planned(formatBaht(item.plannedBudget)),
                ].join(" · ")}
              </Text>
              {/* The same words as the summary sheet's list: core says both. */}
              <Text size={200} className={item.reason === "" ? classes.missing : undefined}>
                {words.reason(reasonShown(item, lang))}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Text size={200}>{words.flagsFollow}</Text>
      <Button disabled={!canFlag} disabledFocusable={busy} onClick={onFlag}>
        {words.flag(items.length)}
      </Button>
      <Button disabledFocusable={busy} onClick={onRemoveFlags}>
        {words.clearFlags}
      </Button>
      {/* What flagging or removing the flags did, beside the buttons. */}
      {flagNotice && <NoticeBanner notice={flagNotice} strings={strings} />}
    </div>
  );
}

/** The check step's styles (CheckStep.tsx): a card per finding, coloured by severity. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { focusRing } from "./focusRing";

export const useCheckStepStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  count: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  heading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  /** The heading the focus lands on when the step is opened by a button: it shows it has the focus. */
  start: { borderRadius: tokens.borderRadiusMedium, ...focusRing() },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  card: {
    display: "grid",
    gridTemplateColumns: "16px 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    width: "100%",
    minWidth: 0,
    boxSizing: "border-box",
    margin: 0,
    textAlign: "left",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: "none",
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    // The icon sits on the first line of text, whatever the line height.
    "& > svg": { marginTop: "3px" },
    // Every card, a button or not, may get the focus ("show more" moves it to the first card it adds).
    // An outline: the card keeps its severity stripe while it has the focus.
    ...focusRing(),
  },
  /**
   * A card is a button, not a link: on hover and press its text keeps its colour and the card only
   * darkens a little. A plain button, not Fluent's: a hundred of them render at once.
   */
  clickable: {
    cursor: "pointer",
    ":hover": {
      backgroundImage: `linear-gradient(${tokens.colorNeutralStencil2Alpha}, ${tokens.colorNeutralStencil2Alpha})`,
    },
    ":hover:active": {
      backgroundImage: `linear-gradient(${tokens.colorNeutralStencil1Alpha}, ${tokens.colorNeutralStencil1Alpha})`,
    },
  },
  busy: { cursor: "default" },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    borderLeftColor: tokens.colorStatusDangerBorder2,
  },
  warning: {
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
    borderLeftColor: tokens.colorPaletteMarigoldBorder2,
  },
  info: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeftColor: tokens.colorPaletteBlueBorderActive,
  },
  where: { fontWeight: tokens.fontWeightSemibold },
  rowCount: { whiteSpace: "nowrap" },
  cellText: { display: "block", color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground2 },
  more: { alignSelf: "flex-start", marginTop: tokens.spacingVerticalXS },
  leftOut: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

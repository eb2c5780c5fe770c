/** The plan step's styles (PlanStep.tsx). */
import { createFocusOutlineStyle, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const usePlanStepStyles = makeStyles({
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
  // A native button that looks like a link: Fluent's Link would add its own code to the first load.
  summaryLine: {
    alignSelf: "flex-start",
    textAlign: "start",
    padding: 0,
    border: "none",
    backgroundColor: "transparent",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusSmall,
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":disabled": { color: tokens.colorNeutralForeground1, textDecorationLine: "none", cursor: "default" },
    ...createFocusOutlineStyle(),
  },
  primary: { alignSelf: "flex-start" },
  counts: { margin: 0 },
  settings: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  // The disclosure's line reads as a control: the brand colour, the browser's own triangle before it.
  settingsSummary: {
    cursor: "pointer",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    borderRadius: tokens.borderRadiusMedium,
    marginBottom: tokens.spacingVerticalS,
    ...createFocusOutlineStyle({ selector: "focus" }),
  },
  // Fluent greys an unchosen radio's or check box's label (colorNeutralForeground3), which reads as
  // disabled: every choice is as readable as the chosen one.
  choiceLabel: { color: tokens.colorNeutralForeground1 },
});

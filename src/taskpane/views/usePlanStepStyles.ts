/** The plan step's styles (PlanStep.tsx). */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

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
  summaryLine: { alignSelf: "flex-start", paddingLeft: 0, paddingRight: 0, textAlign: "start" },
  primary: { alignSelf: "flex-start" },
});

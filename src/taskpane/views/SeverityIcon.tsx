/**
 * The sign of each kind of finding, beside its word, so that errors, warnings and observations differ
 * in shape as well as in colour: a circle with a cross, a triangle with "!", a circle with "i".
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Severity } from "../../core";

const useStyles = makeStyles({
  icon: { flexShrink: 0, width: "16px", height: "16px" },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorPaletteMarigoldBorder2 },
  info: { color: tokens.colorBrandForeground1 },
  mark: {
    stroke: tokens.colorNeutralForegroundOnBrand,
    fill: "none",
    strokeWidth: "1.6px",
    strokeLinecap: "round",
  },
  dot: { fill: tokens.colorNeutralForegroundOnBrand },
  /** The warning's triangle is light: its outline and mark are dark, so it stands out on white. */
  darkMark: {
    stroke: tokens.colorPaletteMarigoldForeground2,
    fill: "none",
    strokeWidth: "1.6px",
    strokeLinecap: "round",
  },
  darkDot: { fill: tokens.colorPaletteMarigoldForeground2 },
  outline: { stroke: tokens.colorPaletteMarigoldForeground2, strokeWidth: "1px", strokeLinejoin: "round" },
});

export function SeverityIcon({ severity }: { readonly severity: Severity }): ReactElement {
  const classes = useStyles();
  return (
    <svg
      className={mergeClasses(classes.icon, classes[severity])}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {severity === "error" && (
        <>
          <circle cx="8" cy="8" r="7.5" fill="currentColor" />
          <path className={classes.mark} d="M5.4 5.4l5.2 5.2M10.6 5.4l-5.2 5.2" />
        </>
      )}
      {severity === "warning" && (
        <>
          <path className={classes.outline} d="M8 1.2 15.3 14.6H.7Z" fill="currentColor" />
          <path className={classes.darkMark} d="M8 5.8v4" />
          <circle className={classes.darkDot} cx="8" cy="12.3" r="0.95" />
        </>
      )}
      {severity === "info" && (
        <>
          <circle cx="8" cy="8" r="7.5" fill="currentColor" />
          <path className={classes.mark} d="M8 7.3v4.4" />
          <circle className={classes.dot} cx="8" cy="4.8" r="1" />
        </>
      )}
    </svg>
  );
}

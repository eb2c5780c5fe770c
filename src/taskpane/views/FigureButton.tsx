/**
 * A traced figure of the summary (spec §7), in the table or on a card: the number as it reads, a button
 * that lists the plan rows it counts.
 */
import { Link, createFocusOutlineStyle, makeStyles, mergeClasses } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { TracedCell } from "../../core";
import type { FigureButtons } from "./useSummaryPreviewState";

const useStyles = makeStyles({
  figure: {
    fontSize: "inherit",
    fontWeight: "inherit",
    lineHeight: "inherit",
    // Fluent's Link marks keyboard focus only by a double underline, too faint on a number to find
    // (WCAG 2.4.11 Focus Appearance asks for a 2 px ring): its own ring instead, drawn by a ::after
    // that needs the button positioned (createFocusOutlineStyle, @fluentui/react-tabster).
    position: "relative",
    ...createFocusOutlineStyle(),
  },
});

export interface FigureButtonProps {
  readonly figures: FigureButtons;
  readonly figure: TracedCell;
  /** The figure as the table shows it. */
  readonly text: string;
  /** Its rows are listed. */
  readonly chosen: boolean;
  readonly className?: string;
}

export function FigureButton({ figures, figure, text, chosen, className }: FigureButtonProps): ReactElement {
  const classes = useStyles();
  return (
    <Link
      as="button"
      className={mergeClasses(classes.figure, className)}
      aria-label={figures.label(figure, text)}
      aria-expanded={chosen}
      aria-controls={chosen ? figures.controls : undefined}
      onClick={() => figures.onChoose(figure)}
    >
      {text}
    </Link>
  );
}

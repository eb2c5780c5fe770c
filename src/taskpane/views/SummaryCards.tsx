/**
 * The summary where its table does not fit the pane: a card per dimension (and per project not carried
 * out) with each of its figures named, and the lines under the table as text that wraps. The cards
 * read the layout's own cells (summaryCards.ts), and each traced figure is the same button as in the
 * table.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type ReactElement, useMemo } from "react";
import type { SummaryLayout } from "../../core";
import { FigureButton } from "./FigureButton";
import { type CardEntry, type SummaryCard, stackedLayout } from "./summaryCards";
import { type FigureButtons, formatCell } from "./useSummaryPreviewState";
import { styleClass, type useSummaryPreviewStyles } from "./useSummaryPreviewStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { margin: 0 },
  cards: {
    display: "grid",
    // One column on a 350 or 500 px pane; two where two cards of 16rem fit.
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 16rem), 1fr))",
    gap: tokens.spacingVerticalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  card: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  total: { backgroundColor: tokens.colorNeutralBackground2 },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  entries: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  /**
   * The label and its figure on one line while both fit; a figure that does not fit (a reason's text)
   * wraps under its label, to the right, rather than squeezing the label into a column of syllables.
   */
  entry: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  term: { flex: "1 1 12em", color: tokens.colorNeutralForeground2 },
  value: { margin: 0, marginLeft: "auto", textAlign: "right" },
  number: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
});

type Classes = ReturnType<typeof useStyles>;

export interface SummaryCardsProps {
  readonly layout: SummaryLayout;
  /** The lines above the table, shown apart. */
  readonly leadRows: number;
  readonly figures?: FigureButtons;
  readonly label: string;
  /** The preview's own classes, for the lines under the table. */
  readonly classes: ReturnType<typeof useSummaryPreviewStyles>;
}

function renderEntry(entry: CardEntry, figures: FigureButtons | undefined, classes: Classes): ReactElement {
  const { cell, figure } = entry;
  const text = formatCell(cell);
  const number = typeof cell.value === "number" || cell.value === "-";
  return (
    <div key={entry.key} className={mergeClasses(classes.entry, entry.chosen && classes.chosen)}>
      <dt className={classes.term}>{entry.label}</dt>
      <dd className={mergeClasses(classes.value, number && classes.number)}>
        {figures && figure ? (
          <FigureButton figures={figures} figure={figure} text={text} chosen={entry.chosen} />
        ) : (
          text
        )}
      </dd>
    </div>
  );
}

function renderCard(card: SummaryCard, figures: FigureButtons | undefined, classes: Classes): ReactElement {
  return (
    <li
      key={card.key}
      className={mergeClasses(classes.card, card.title.style === "totalLabel" && classes.total)}
    >
      <p className={classes.title}>{formatCell(card.title)}</p>
      <dl className={classes.entries}>{card.entries.map((entry) => renderEntry(entry, figures, classes))}</dl>
    </li>
  );
}

export function SummaryCards(props: SummaryCardsProps): ReactElement {
  const { layout, leadRows, figures } = props;
  const classes = useStyles();
  const blocks = useMemo(() => stackedLayout(layout, leadRows, figures), [layout, leadRows, figures]);
  return (
    <section aria-label={props.label} className={classes.root}>
      {blocks.map((block) =>
        block.kind === "line" ? (
          <p
            key={block.row}
            className={mergeClasses(classes.line, block.style && styleClass(block.style, props.classes))}
          >
            {block.text}
          </p>
        ) : (
          <ul key={block.row} className={classes.cards}>
            {block.cards.map((card) => renderCard(card, figures, classes))}
          </ul>
        ),
      )}
    </section>
  );
}

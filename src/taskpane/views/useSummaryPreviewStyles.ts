/** The summary preview's styles (SummaryPreview.tsx): the sheet's cell styles, for a pane. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CellStyle } from "../../core";

export const useSummaryPreviewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  /** Out of the flow and unseen: only its font size is read, the table's (useTableFits). */
  ruler: { position: "absolute", visibility: "hidden", fontSize: tokens.fontSizeBase200 },
  scroller: {
    overflowX: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    // Not "fixed": there a heading word wider than its column (Completed, ดำเนินการ) runs over the
    // next column. Under the automatic layout the columns' widths are minimums that a word widens
    // (CSS 2.1 §17.5.2.2), so every heading breaks only between words.
    tableLayout: "auto",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  lead: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  sticky: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `1px 0 0 ${tokens.colorNeutralStroke1}`,
  },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: "top" },
  number: { textAlign: "right", whiteSpace: "nowrap" },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, textAlign: "center" },
  subtitle: { textAlign: "center" },
  warning: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  header: {
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
    verticalAlign: "middle",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  grid: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  heading: { fontWeight: tokens.fontWeightSemibold, paddingTop: tokens.spacingVerticalS },
  source: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  memo: { whiteSpace: "normal" },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
});

type Classes = ReturnType<typeof useSummaryPreviewStyles>;

/** The class of a cell of the layout's style, in the table or on a line of its own. */
export function styleClass(style: CellStyle, classes: Classes): string | undefined {
  switch (style) {
    case "title":
      return classes.title;
    case "subtitle":
      return classes.subtitle;
    case "warning":
      return classes.warning;
    case "header":
    case "listHeader":
      return mergeClasses(classes.header, classes.grid);
    case "totalLabel":
    case "totalValue":
      return mergeClasses(classes.total, classes.grid);
    case "label":
    case "value":
    case "listValue":
      return classes.grid;
    case "heading":
      return classes.heading;
    case "source":
      return classes.source;
    case "memo":
      return classes.memo;
  }
}

/** The summary preview's styles (SummaryPreview.tsx): the sheet's cell styles, for a pane. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useSummaryPreviewStyles = makeStyles({
  scroller: {
    overflowX: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
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
  /** A figure that lists its rows: the number as it reads, underlined as a link is. */
  figure: { fontSize: "inherit", fontWeight: "inherit", lineHeight: "inherit" },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
});

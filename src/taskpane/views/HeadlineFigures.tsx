/**
 * The figures people quote from the summary — % of projects carried out, % of budget disbursed, the
 * planned and disbursed baht, the projects not carried out — above the table, each a line with its
 * name and its figure that fits a 350 px pane.
 */
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { type PlanReport, formatBaht, formatPercent } from "../../core";
import type { PaneStrings } from "../words/strings";

const useStyles = makeStyles({
  list: {
    display: "grid",
    // One column on a 350 or 500 px pane, two where two lines of 17rem fit.
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 17rem), 1fr))",
    gap: tokens.spacingVerticalXS,
    margin: 0,
  },
  /**
   * The name beside its figure. A tile of about 150 px (two to a 350 px pane) had room for
   * "โครงการที่ไม่ได้ดำเนินการ" only by breaking it inside a word; on a line of its own the name keeps
   * to one line, and the figure, kept whole, never wraps its unit away from its amount.
   */
  figure: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    alignItems: "baseline",
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  term: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "right",
    whiteSpace: "nowrap",
  },
  detail: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  errors: { marginBottom: tokens.spacingVerticalS },
});

export interface HeadlineFiguresProps {
  readonly report: PlanReport;
  readonly strings: PaneStrings;
}

export function HeadlineFigures({ report, strings }: HeadlineFiguresProps): ReactElement {
  const classes = useStyles();
  const words = strings.summary.figures;
  const total = report.summary.total;
  const count = (n: number): string => n.toLocaleString("en-US");
  const figures: { term: string; value: string; detail?: string }[] = [
    {
      term: words.pctProjects,
      value: `${formatPercent(total.pctProjects)}%`,
      detail: words.projects(total.completed, total.projects),
    },
    { term: words.pctBudget, value: `${formatPercent(total.pctBudget)}%` },
    { term: words.planned, value: words.baht(formatBaht(total.plannedBudget)) },
    { term: words.disbursed, value: words.baht(formatBaht(total.disbursed)) },
    { term: words.notCarriedOut, value: count(report.notCarriedOut.length) },
  ];
  const errors = report.issues.filter((issue) => issue.severity === "error").length;
  return (
    <section aria-label={words.heading}>
      {errors > 0 && (
        // Where the figures are read and quoted: that they may be wrong, above them.
        <MessageBar intent="error" layout="multiline" className={classes.errors}>
          <MessageBarBody>{words.hasErrors(errors)}</MessageBarBody>
        </MessageBar>
      )}
      <dl className={classes.list}>
        {figures.map((figure) => (
          <div key={figure.term} className={classes.figure}>
            <dt className={classes.term}>{figure.term}</dt>
            <dd className={classes.value}>{figure.value}</dd>
            {figure.detail !== undefined && <dd className={classes.detail}>{figure.detail}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}

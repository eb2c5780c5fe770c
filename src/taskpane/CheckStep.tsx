/**
 * The second step: what the checks found, errors first, each issue naming its row, column and
 * cell. An issue about one cell is a button that selects that cell in the sheet.
 */
import { Button, CounterBadge, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import {
  type Issue,
  type Lang,
  MESSAGES,
  type Severity,
  issuePlace,
  countBySeverity,
  describeIssue,
} from "../core";
import type { PaneStrings } from "./strings";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
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
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  issue: {
    display: "block",
    width: "100%",
    textAlign: "left",
    justifyContent: "flex-start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  where: { fontWeight: tokens.fontWeightSemibold },
  cellText: { display: "block", color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface CheckStepProps {
  readonly issues: readonly Issue[];
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly busy: boolean;
  readonly onSelect: (issue: Issue) => void;
}

/** Where the issue is: core's wording, shared with the command line. */
export { issuePlace };

export function CheckStep({ issues, lang, strings, busy, onSelect }: CheckStepProps): ReactElement {
  const classes = useStyles();
  const counts = countBySeverity(issues);
  const severityWords = MESSAGES[lang].severities;
  const clickable = issues.some((issue) => issue.row !== null && issue.column !== null);

  return (
    <div className={classes.root}>
      <ul className={classes.counts} aria-label={strings.check.heading}>
        {SEVERITIES.map((severity) => (
          <li key={severity} className={classes.count}>
            <CounterBadge
              count={counts[severity]}
              showZero
              appearance={counts[severity] > 0 && severity === "error" ? "filled" : "ghost"}
              color={severity === "error" ? "danger" : severity === "warning" ? "important" : "informative"}
              aria-hidden
            />
            <Text>{`${severityWords[severity]} ${counts[severity]}`}</Text>
          </li>
        ))}
      </ul>
      {issues.length === 0 && <Text>{strings.check.none}</Text>}
      {clickable && (
        <Text size={200} className={classes.hint}>
          {strings.check.cellHint}
        </Text>
      )}
      {SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => {
        const headingId = `issues-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId}>
            <h2 id={headingId} className={classes.heading}>
              {`${severityWords[severity]} (${counts[severity]})`}
            </h2>
            <ul className={classes.list}>
              {issues
                .filter((issue) => issue.severity === severity)
                .map((issue, i) => {
                  const message = describeIssue(issue, lang);
                  const content = (
                    <>
                      <span className={classes.where}>{issuePlace(issue, lang)}</span>
                      {`: ${message}`}
                      {issue.text !== "" && !message.includes(issue.text) && (
                        <span className={classes.cellText}>{strings.check.cellText(issue.text)}</span>
                      )}
                    </>
                  );
                  const className = mergeClasses(classes.issue, classes[severity]);
                  return (
                    <li key={`${issue.code}-${issue.row ?? "sheet"}-${issue.column ?? ""}-${i}`}>
                      {issue.row !== null && issue.column !== null ? (
                        <Button
                          appearance="transparent"
                          className={className}
                          disabledFocusable={busy}
                          onClick={() => onSelect(issue)}
                        >
                          {content}
                        </Button>
                      ) : (
                        <div className={className}>{content}</div>
                      )}
                    </li>
                  );
                })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

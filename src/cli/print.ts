/** A report as readable text for a terminal: the summary table, the projects not carried out, the findings. */
import {
  type Lang,
  type PlaceLook,
  type PlanReport,
  type Totals,
  MESSAGES,
  PLACE_WORDS,
  SUMMARY_WORDS,
  countBySeverity,
  describeIssue,
  dimensionName,
  displayWidth,
  formatBaht,
  formatPercent,
  issuePlace,
  readingLine,
  reasonShown,
  roundPeriod,
  tableColumns,
  typeSplitLine,
} from "../core";
import { CLI_WORDS, type Help } from "./messages";

const padEnd = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) => " ".repeat(Math.max(0, width - displayWidth(text))) + text;

type Key = keyof Totals;
const AMOUNTS: ReadonlySet<Key> = new Set<Key>(["plannedBudget", "ordinanceBudget", "disbursed"]);
const PERCENTS: ReadonlySet<Key> = new Set<Key>(["pctProjects", "pctBudget"]);

function figure(totals: Totals, key: Key): string {
  const value = totals[key];
  if (PERCENTS.has(key)) return formatPercent(value);
  if (AMOUNTS.has(key)) return formatBaht(value ?? 0);
  return String(value ?? 0);
}

/** The summary sheet's columns, then its two percentages. */
function keys(report: PlanReport): Key[] {
  return [...tableColumns(report), "pctProjects", "pctBudget"];
}

function table(report: PlanReport, lang: Lang): string[] {
  const words = CLI_WORDS[lang];
  const summaryWords = SUMMARY_WORDS[lang];
  const columns = keys(report);
  const header = [
    summaryWords.dimension,
    ...columns.map((key) => words.headings[key as keyof typeof words.headings]),
  ];
  const lines: string[][] = [header];
  for (const d of report.summary.dimensions) {
    lines.push([
      String(d.dimension),
      ...columns.map((key) => figure(d, key)),
      dimensionName(d.dimension, d.name, lang),
    ]);
  }
  lines.push([summaryWords.total, ...columns.map((key) => figure(report.summary.total, key))]);
  const widths = header.map((_, i) => Math.max(...lines.map((line) => displayWidth(line[i] ?? ""))));
  return lines.map((line) =>
    line
      .map((text, i) => {
        if (i === header.length) return text;
        return i === 0 ? padEnd(text, widths[i]) : padStart(text, widths[i]);
      })
      .join("  ")
      .trimEnd(),
  );
}

/**
 * The whole report in the user's language; `looked` names the other places looked at for the plan
 * (spec §4.3), on a line under the source.
 */
export function printReport(report: PlanReport, lang: Lang, looked: readonly PlaceLook[] = []): string {
  const words = CLI_WORDS[lang];
  const messages = MESSAGES[lang];
  const summaryWords = SUMMARY_WORDS[lang];
  const { source, round, fiscalYear } = report;
  const lines: string[] = [summaryWords.title];
  if (report.organisation) lines.push(report.organisation);
  const months = fiscalYear === undefined ? "" : roundPeriod(fiscalYear, round, lang);
  lines.push(summaryWords.period(fiscalYear, round, months));
  if (report.fiscalYearAssumed && fiscalYear !== undefined)
    lines.push(summaryWords.yearAssumed(fiscalYear, round));
  const where = [
    source.file && words.file(source.file),
    source.sheet && summaryWords.sheet(source.sheet),
    source.table && summaryWords.table(source.table),
  ]
    .filter(Boolean)
    .join(" ");
  lines.push(words.source(where, source.headerRow, source.lastRow, report.rows.length));
  const others = PLACE_WORDS[lang].others(looked);
  if (others !== "") lines.push(others);
  lines.push(readingLine(report, lang), "");
  lines.push(...table(report, lang));
  const split = typeSplitLine(report.itemTypes, lang);
  lines.push(...(split === "" ? [] : [split]), "");

  lines.push(summaryWords.notCarriedOut(report.notCarriedOut.length));
  if (report.notCarriedOut.length === 0) lines.push(`  ${summaryWords.none}`);
  for (const item of report.notCarriedOut) {
    const budget = formatBaht(item.plannedBudget);
    const dimension = item.dimension === null ? "-" : String(item.dimension);
    lines.push(
      `  ${words.notCarriedOutLine(messages.row(item.row), item.no || "-", item.name, dimension, budget)}`,
    );
    lines.push(`    ${words.reason(reasonShown(item, lang))}`);
  }
  lines.push("");

  lines.push(words.issuesHeading(report.issues.length));
  if (report.issues.length === 0) lines.push(`  ${words.noIssues}`);
  for (const issue of report.issues) {
    lines.push(
      `  [${messages.severities[issue.severity]}] ${issuePlace(issue, lang)}: ${describeIssue(issue, lang)}`,
    );
  }
  const counts = countBySeverity(report.issues);
  lines.push(
    "",
    `${words.verdict(report.valid)} (${words.counts(counts.error, counts.warning, counts.info)})`,
  );
  return lines.join("\n") + "\n";
}

/** The help text, each block of two-column rows aligned on its own (Thai marks take no width). */
export function printHelp(help: Help): string {
  const lines: string[] = [];
  let block: (readonly [string, string])[] = [];
  const flush = () => {
    const width = Math.max(0, ...block.map(([left]) => displayWidth(left)));
    lines.push(...block.map(([left, right]) => `  ${padEnd(left, width)}  ${right}`));
    block = [];
  };
  for (const line of help) {
    if (typeof line === "string") {
      flush();
      lines.push(line);
    } else block.push(line);
  }
  flush();
  return lines.join("\n") + "\n";
}

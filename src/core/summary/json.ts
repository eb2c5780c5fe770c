/** The machine-readable form of a report (spec §4): amounts in baht, percentages or null. */
import { describeIssue, type Lang } from "../words/messages";
import { toBaht } from "../cells/money";
import type { PlanReport } from "../plan";
import type { Totals } from "./summarize";
import { cellAddress } from "../cells/grid";
import { type Trace, traceReport } from "./trace";
import { readingLine } from "./reading";

/**
 * One row of the summary table in JSON: the bucket keys every JSON form shares. The ordinance sum
 * appears only when the plan has an ordinance column with amounts (spec §9.3).
 */
export function totalsJson(totals: Totals, withOrdinance = false) {
  return {
    projects: totals.projects,
    plannedBudget: toBaht(totals.plannedBudget),
    completed: totals.completed,
    inProgress: totals.inProgress,
    notStarted: totals.notStarted,
    notDone: totals.notDone,
    disbursed: toBaht(totals.disbursed),
    pctProjects: totals.pctProjects,
    pctBudget: totals.pctBudget,
    ...(withOrdinance ? { ordinanceBudget: toBaht(totals.ordinanceBudget) } : {}),
  };
}

export interface JsonOptions {
  /** Give each dimension and the total the sheet rows behind its counts (spec §7). */
  readonly trace?: boolean;
}

export function reportJson(report: PlanReport, lang: Lang = "th", options: JsonOptions = {}) {
  const { source } = report;
  const withOrdinance = report.hasOrdinanceBudget;
  const trace = options.trace ? traceReport(report) : undefined;
  const traced = (of: Trace | undefined) => (of === undefined ? {} : { trace: of });
  return {
    source: {
      ...(source.file === undefined ? {} : { file: source.file }),
      ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
      ...(source.table === undefined ? {} : { table: source.table }),
      headerRow: source.headerRow,
    },
    round: report.round,
    ...(report.organisation === undefined ? {} : { organisation: report.organisation }),
    ...(report.fiscalYear === undefined ? {} : { fiscalYear: report.fiscalYear }),
    ...(report.fiscalYearAssumed ? { fiscalYearAssumed: true } : {}),
    valid: report.valid,
    dimensions: report.summary.dimensions.map((d, i) => ({
      dimension: d.dimension,
      name: d.name,
      ...totalsJson(d, withOrdinance),
      ...traced(trace?.dimensions[i]),
    })),
    total: { ...totalsJson(report.summary.total, withOrdinance), ...traced(trace?.total) },
    itemTypes: report.itemTypes,
    ...(report.yearColumns.length === 0
      ? {}
      : { yearColumns: report.yearColumns.map((column) => column.year) }),
    ...(report.headings.length === 0
      ? {}
      : {
          headings: report.headings.map((h) => ({
            number: h.number,
            title: h.title,
            dimension: h.dimension,
            ...totalsJson(h, withOrdinance),
          })),
        }),
    notCarriedOut: report.notCarriedOut.map((item) => ({
      row: item.row,
      no: item.no,
      name: item.name,
      dimension: item.dimension,
      plannedBudget: toBaht(item.plannedBudget),
      note: item.note,
      reason: item.reason,
      reasonCategory: item.reasonCategory,
    })),
    reading: readingLine(report, lang),
    /** Every non-blank row under the header: its role and the evidence for it (spec §2.5). */
    rows: report.roles,
    issues: report.issues.map((issue) => ({
      severity: issue.severity,
      code: issue.code,
      row: issue.row,
      ...(issue.row !== null && issue.column !== null ? { cell: cellAddress(issue.row, issue.column) } : {}),
      field: issue.field,
      text: issue.text,
      message: describeIssue(issue, lang),
    })),
  };
}

export type ReportJson = ReturnType<typeof reportJson>;

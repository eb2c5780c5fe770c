/** The summary sheet as the pane previews and writes it: core's layout, with the memo when asked for. */
import { type Lang, type PlanReport, type SummaryLayout, memoLines, summaryLayout } from "../core";

export function paneLayout(
  report: PlanReport,
  lang: Lang,
  withMemo: boolean,
  writtenAt?: Date,
): SummaryLayout {
  return summaryLayout(report, {
    lang,
    ...(withMemo ? { memo: memoLines(report, lang) } : {}),
    ...(writtenAt ? { writtenAt } : {}),
  });
}

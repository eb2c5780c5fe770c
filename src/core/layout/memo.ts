/**
 * The memo paragraph that accompanies the table, in the wording the printed reports use. It always
 * states what the rows add up to; where a control total disagrees, the check says so separately.
 */
import type { Lang } from "../words/messages";
import { MEMO_WORDS } from "../words/memoWords";
import { formatBaht, formatPercent } from "../cells/money";
import { roundPeriod } from "../rows/period";
import type { PlanReport } from "../plan";
import { reasonsClause } from "../words/reasonText";

/** The paragraph as lines: the plan, one line per dimension, the total, then the results. */
export function memoLines(report: PlanReport, lang: Lang = "th"): string[] {
  const words = MEMO_WORDS[lang];
  const { total, dimensions } = report.summary;
  const lines = [
    words.intro(report.fiscalYear, report.organisation, total.projects, formatBaht(total.plannedBudget)),
  ];
  for (const d of dimensions) {
    lines.push(
      d.projects === 0
        ? words.emptyDimension(d.dimension)
        : words.dimension(d.dimension, d.projects, formatBaht(d.plannedBudget)),
    );
  }
  lines.push(words.total(total.projects, formatBaht(total.plannedBudget)));
  if (total.projects === 0) {
    lines.push(words.noProjects);
    return lines;
  }

  const months = report.fiscalYear === undefined ? "" : roundPeriod(report.fiscalYear, report.round, lang);
  const results = [words.completed(total.completed, formatPercent(total.pctProjects))];
  if (total.inProgress > 0 || report.round === 6) results.push(words.inProgress(total.inProgress));
  if (report.round === 6) results.push(words.notStarted(total.notStarted));
  results.push(words.disbursed(formatBaht(total.disbursed), formatPercent(total.pctBudget)));
  const items = report.notCarriedOut.map((item) =>
    words.notDoneItem(item.name, item.reason || words.noReason),
  );
  const because = reasonsClause(report.notCarriedOut, lang);
  results.push(
    items.length === 0 ? words.noneNotDone : words.notDone(items.length, itemList(items, lang), because),
  );
  lines.push(`${words.results(report.round, months)} ${results.join(words.join)}`);
  return lines;
}

/**
 * The characters the list of projects not carried out may take. The memo's last line is one cell of
 * the summary sheet, and a cell holds 32,767 characters (Excel specifications and limits,
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3;
 * Excel refuses a longer value): the rest of the line, the results and the reasons by kind, takes
 * well under the 2,767 left.
 */
const MAX_ITEMS_TEXT = 30_000;

/**
 * The items joined by commas, cut to MAX_ITEMS_TEXT with "และอีก 1,200 โครงการ" / "and 1,200 more
 * projects" after the last one kept; a first item longer than that alone is cut with "…".
 */
function itemList(items: readonly string[], lang: Lang): string {
  const words = MEMO_WORDS[lang];
  const more = (kept: number) => (kept === items.length ? "" : ` ${words.moreItems(items.length - kept)}`);
  let text = "";
  let kept = 0;
  for (const item of items) {
    const next = kept === 0 ? item : `${text}, ${item}`;
    if (next.length + more(kept + 1).length > MAX_ITEMS_TEXT) break;
    text = next;
    kept++;
  }
  if (kept === 0) {
    text = `${items[0].slice(0, MAX_ITEMS_TEXT - more(1).length - 1)}…`;
    kept = 1;
  }
  return text + more(kept);
}

/** The paragraph as one text, its lines separated by line breaks, ready to paste into the memo. */
export function memoText(report: PlanReport, lang: Lang = "th"): string {
  return memoLines(report, lang).join("\n");
}

/**
 * The check step's groups of a report's findings, made once per report and language. The step is
 * unmounted while another step is shown, so it cannot keep them itself; and grouping 30,000 findings
 * takes long enough to be felt, so the pane does it while idle, before the step is opened.
 */
import { type Issue, type IssueGroup, type Lang, groupIssues } from "../../core";

const made = new WeakMap<readonly Issue[], Partial<Record<Lang, readonly IssueGroup[]>>>();

export function findingGroups(issues: readonly Issue[], lang: Lang): readonly IssueGroup[] {
  const byLang = made.get(issues) ?? {};
  const found = byLang[lang];
  if (found) return found;
  const groups = groupIssues(issues, lang);
  made.set(issues, { ...byLang, [lang]: groups });
  return groups;
}

/** Groups the findings when the page is next idle; returns what cancels that. */
export function prepareFindingGroups(issues: readonly Issue[], lang: Lang): () => void {
  const prepare = (): void => void findingGroups(issues, lang);
  // Safari's webview (Excel on Mac) has no requestIdleCallback: a timer then, after the report is shown.
  if (typeof requestIdleCallback === "function") {
    const idle = requestIdleCallback(prepare, { timeout: 2_000 });
    return () => cancelIdleCallback(idle);
  }
  const timer = setTimeout(prepare, 0);
  return () => clearTimeout(timer);
}

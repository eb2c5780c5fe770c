/** Where an issue is, in the words a user reads the sheet by: one wording for the pane and the command line. */
import { cellAddress } from "../cells/grid";
import type { Issue } from "./issues";
import { MESSAGES, type Lang } from "../words/messages";

/** "แถว 9 · หมายเหตุ (H9)", "แถว 9", or "ทั้งแผ่นงาน" for the sheet as a whole. */
export function issuePlace(issue: Issue, lang: Lang): string {
  const words = MESSAGES[lang];
  if (issue.row === null) return words.wholeSheet;
  const parts = [words.row(issue.row)];
  if (issue.field !== null) {
    const cell = issue.column === null ? "" : ` (${cellAddress(issue.row, issue.column)})`;
    parts.push(`${words.fields[issue.field]}${cell}`);
  } else if (issue.column !== null) {
    parts.push(cellAddress(issue.row, issue.column));
  }
  return parts.join(" · ");
}

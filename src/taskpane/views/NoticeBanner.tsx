/** What the last action did in the workbook, or, in preview, why it did nothing. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { PaneStrings } from "../words/strings";
import type { Notice } from "../state/usePlan";

export function noticeText(notice: Notice, strings: PaneStrings): string {
  switch (notice.kind) {
    case "written":
      return strings.summary.written(notice.sheet);
    case "rewritten":
      return strings.summary.rewritten(notice.sheet);
    case "flagged":
      return strings.notCarriedOut.flagged(notice.rows);
    case "unflagged":
      return strings.notCarriedOut.unflagged;
    case "created":
      return strings.plan.created(notice.sheet);
    case "preview-written":
      return strings.summary.previewWritten;
    case "preview-flagged":
      return strings.notCarriedOut.previewFlagged(notice.rows);
    case "preview-unflagged":
      return strings.notCarriedOut.previewUnflagged;
    case "template-saved":
      return strings.plan.templateSaved(notice.name, notice.saved);
    case "rows-first":
      return strings.selection.selectedFirst(notice.rows);
    case "rollup-written":
      return strings.rollup.written(notice.sheet, notice.plans);
    case "preview-rollup":
      return strings.rollup.previewWritten;
  }
}

/** Where a notice shows: beside the button whose action it reports, or (for the rest) at the top. */
export type NoticePlace = "summary" | "rollup" | "flags" | "template" | "top";

export function noticePlace(notice: Notice): NoticePlace {
  switch (notice.kind) {
    case "written":
    case "rewritten":
    case "preview-written":
      return "summary";
    case "rollup-written":
    case "preview-rollup":
      return "rollup";
    case "flagged":
    case "unflagged":
    case "preview-flagged":
    case "preview-unflagged":
      return "flags";
    case "created":
    case "template-saved":
      return "template";
    default:
      return "top";
  }
}

/** The notice to show at `place`, if the last one belongs there. */
export function noticeAt(notice: Notice | undefined, place: NoticePlace): Notice | undefined {
  return notice && noticePlace(notice) === place ? notice : undefined;
}

export interface NoticeBannerProps {
  readonly notice: Notice;
  readonly strings: PaneStrings;
}

export function NoticeBanner({ notice, strings }: NoticeBannerProps): ReactElement {
  const preview = notice.kind.startsWith("preview-");
  // Selecting fewer rows than asked is not a success: the user has the rest to do.
  const intent = preview ? "info" : notice.kind === "rows-first" ? "warning" : "success";
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{noticeText(notice, strings)}</MessageBarBody>
    </MessageBar>
  );
}

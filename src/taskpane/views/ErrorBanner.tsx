/**
 * A failure of the workbook, said as what to do next; the host's own words and Excel's error code stay
 * under a "details" disclosure, never in the advice itself. Where the advice is to wait or to click
 * in Excel and try again, a button does the trying again.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { HostFailure } from "../../hosts/planHost";
import type { PaneStrings } from "../words/strings";
import type { Failure } from "../state/usePlan";

/** Failures that can pass by themselves: Excel busy editing a cell, another workbook in front, a co-author's change. */
const RETRYABLE: ReadonlySet<HostFailure> = new Set<HostFailure>(["busy", "inactive", "conflict"]);

/** The advice, naming the place where the host said where (a protected sheet, the cells in the way). */
function adviceFor(failure: Failure, strings: PaneStrings): string {
  const { sheet, cells } = failure.place ?? {};
  if (failure.kind === "protected" && sheet !== undefined) return strings.protectedSheet(sheet);
  if (failure.kind === "occupied" && sheet !== undefined && cells !== undefined)
    return strings.occupiedCells(sheet, cells);
  return strings.advice[failure.kind];
}

export interface ErrorBannerProps {
  readonly failure: Failure;
  readonly strings: PaneStrings;
  readonly onDismiss: () => void;
  /** Repeats what failed; without it (nothing to repeat) no button is offered. */
  readonly onRetry?: () => void;
}

export function ErrorBanner({ failure, strings, onDismiss, onRetry }: ErrorBannerProps): ReactElement {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.failureTitle[failure.kind]}</MessageBarTitle> {adviceFor(failure, strings)}
        {failure.message !== "" && (
          <details>
            <summary>{strings.failureDetails}</summary>
            {failure.message}
          </details>
        )}
      </MessageBarBody>
      <MessageBarActions>
        {onRetry && RETRYABLE.has(failure.kind) && (
          <Button size="small" appearance="primary" onClick={onRetry}>
            {strings.retry}
          </Button>
        )}
        <Button size="small" onClick={onDismiss}>
          {strings.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

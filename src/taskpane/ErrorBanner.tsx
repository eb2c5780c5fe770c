/**
 * A failure of the workbook, said as what to do next; the host's own words and Excel's error code stay
 * under a "details" disclosure, never in the advice itself.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { PaneStrings } from "./strings";
import type { Failure } from "./usePlan";

export interface ErrorBannerProps {
  readonly failure: Failure;
  readonly strings: PaneStrings;
  readonly onDismiss: () => void;
}

export function ErrorBanner({ failure, strings, onDismiss }: ErrorBannerProps): ReactElement {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.failureTitle[failure.kind]}</MessageBarTitle> {strings.advice[failure.kind]}
        {failure.message !== "" && (
          <details>
            <summary>{strings.failureDetails}</summary>
            {failure.message}
          </details>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {strings.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

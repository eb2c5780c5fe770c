/** Says that the summary sheet no longer matches the plan, and leads to the step that rewrites it. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { PaneStrings } from "../words/strings";

export interface StaleBannerProps {
  readonly strings: PaneStrings;
  /** Shown only away from the summary step, whose write button is the way to refresh. */
  readonly onGoToSummary?: () => void;
}

export function StaleBanner({ strings, onGoToSummary }: StaleBannerProps): ReactElement {
  const words = strings.summary;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{words.staleTitle}</MessageBarTitle>
        {words.staleBody}
      </MessageBarBody>
      {onGoToSummary && (
        <MessageBarActions>
          <Button size="small" onClick={onGoToSummary}>
            {words.goToSummary}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

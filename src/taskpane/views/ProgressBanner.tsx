/** What the pane is waiting for, with a bar when the host reports how far a read has got. */
import { ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { PaneStrings } from "../words/strings";
import type { Progress } from "../state/usePlan";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface ProgressBannerProps {
  readonly progress: Progress;
  readonly strings: PaneStrings;
}

export function ProgressBanner({ progress, strings }: ProgressBannerProps): ReactElement {
  const classes = useStyles();
  const { task, done, total } = progress;
  const counted = done !== undefined && total !== undefined && total > 0;
  return (
    <div className={classes.root} role="status">
      <Spinner size="tiny" labelPosition="after" label={strings.progress[task]} />
      {counted && (
        <ProgressBar
          value={Math.min(done, total)}
          max={total}
          aria-label={strings.progressCount(done, total)}
          aria-valuetext={strings.progressCount(done, total)}
        />
      )}
    </div>
  );
}

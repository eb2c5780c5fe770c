/**
 * The third step: the summary sheet previewed from the very layout that will be written, and the
 * button that writes it, which asks first while the plan still has errors.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ReactElement, useMemo, useState } from "react";
import { type Lang, type PlanReport, type SummaryLayout, countBySeverity, summaryLayout } from "../core";
import type { PaneStrings } from "./strings";
import { SummaryPreview } from "./SummaryPreview";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
});

export interface SummaryStepProps {
  readonly report: PlanReport;
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly busy: boolean;
  readonly onWrite: (layout: SummaryLayout) => void;
}

export function SummaryStep({ report, lang, strings, busy, onWrite }: SummaryStepProps): ReactElement {
  const classes = useStyles();
  const layout = useMemo(() => summaryLayout(report, { lang }), [report, lang]);
  const errors = countBySeverity(report.issues).error;
  const [asking, setAsking] = useState(false);
  const words = strings.summary;

  return (
    <div className={classes.root}>
      <SummaryPreview layout={layout} label={words.previewLabel} />
      <Button
        appearance="primary"
        disabled={busy}
        onClick={() => (errors > 0 ? setAsking(true) : onWrite(layout))}
      >
        {words.write}
      </Button>
      <Dialog open={asking} onOpenChange={(_event, data) => setAsking(data.open)} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{words.confirmTitle}</DialogTitle>
            <DialogContent>{words.confirmBody(errors)}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setAsking(false);
                  onWrite(layout);
                }}
              >
                {words.confirmWrite}
              </Button>
              <Button onClick={() => setAsking(false)}>{words.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

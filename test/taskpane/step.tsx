/**
 * One step of the pane rendered alone, for tests about that step rather than the pane around it: the
 * report App would pass it, made the pane's way from a grid of the sample's table, and jest.fn
 * callbacks. Tests of what App adds (switching steps, reading, live updates, the host's answers)
 * render App (render.tsx).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { type Grid, type Lang, type PlanReport, SAMPLE_GRID } from "../../src/core";
import type { PlanSettings } from "../../src/hosts/planHost";
import { analyze } from "../../src/taskpane/state/planReport";
import type { SummaryStepProps } from "../../src/taskpane/views/SummaryStep";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { OTHER_SHEET, SAMPLE_CHOICE } from "./fakeHost";

/** The report App gives its steps once it has read `grid` from the sample's table. */
export function paneReport(grid: Grid = SAMPLE_GRID, settings: PlanSettings = {}): PlanReport {
  const report = analyze(grid, settings, SAMPLE_CHOICE);
  if (!report) throw new Error("the grid holds no plan");
  return report;
}

/** Renders a step inside what App puts round it: Fluent UI's provider, in the pane's language. */
export function renderStep(step: ReactElement, lang: Lang = "th"): ReturnType<typeof render> {
  return render(
    <FluentProvider theme={webLightTheme} lang={lang}>
      {step}
    </FluentProvider>,
  );
}

/** The summary step's props as App gives them over the FakeHost's workbook, nothing switched on. */
export function summaryProps(report: PlanReport = paneReport(), lang: Lang = "th"): SummaryStepProps {
  return {
    report,
    lang,
    strings: STRINGS[lang],
    busy: false,
    withMemo: false,
    onWithMemo: jest.fn(),
    autoRewrite: false,
    onAutoRewrite: jest.fn(),
    onWrite: jest.fn(),
    onGoToErrors: jest.fn(),
    canSelectRows: true,
    onSelectRows: jest.fn(),
    writesChart: true,
    watchesPlan: true,
    rollup: { plans: [SAMPLE_CHOICE, OTHER_SHEET], found: undefined, onFind: jest.fn(), onWrite: jest.fn() },
  };
}

/** @jest-environment jsdom */
/**
 * Where the focus goes when a step opens (useStepFocus.ts): it stays on a tab that opened its step, and
 * goes into the step when a button or the menu opened it, to the check step's first heading, else to
 * the step's panel; a step still loading takes it once it has come, unless the user moved it meanwhile.
 * The pane is the smallest that shows it: the tabs, a panel and a step or two, not App.
 */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { type ReactElement, Suspense, lazy } from "react";
import { CheckStep } from "../../src/taskpane/views/CheckStep";
import { StepTabs } from "../../src/taskpane/views/StepTabs";
import { useStepFocus } from "../../src/taskpane/views/useStepFocus";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { gridOf } from "./fakeHost";
import { paneReport } from "./step";

/** A plan with one amount that is no number: two errors. */
const issues = paneReport(
  gridOf([
    ["ลำดับ", "มิติ", "ชื่อโครงการ", "งบประมาณตามแผน", "สถานะ"],
    ["1.1", 1, "โครงการ ก", "หนึ่งพัน", "ดำเนินการแล้วเสร็จ"],
  ]),
).issues;

function Check(): ReactElement {
  return <CheckStep issues={issues} lang="th" strings={STRINGS.th} busy={false} onSelect={jest.fn()} />;
}

/** The check step's chunk, held back until the test lets it come. */
function heldBack(): { Step: () => ReactElement; come: () => Promise<void> } {
  let resolve: (step: { default: () => ReactElement }) => void = () => undefined;
  const chunk = new Promise<{ default: () => ReactElement }>((done) => (resolve = done));
  const Step = lazy(() => chunk);
  return {
    Step: () => <Step />,
    come: () => act(async () => resolve({ default: Check })),
  };
}

/** The tabs, the panel, a summary step with its "go to errors" button, the check step and a bare memo step. */
function Pane({ CheckPanel = Check }: { CheckPanel?: () => ReactElement }): ReactElement {
  const { step, showStep, openStep, panelProps } = useStepFocus("summary");
  return (
    <FluentProvider theme={webLightTheme}>
      <StepTabs step={step} report={undefined} strings={STRINGS.th} onStep={showStep} onOpenStep={openStep} />
      <div role="tabpanel" aria-labelledby={`step-${step}`} {...panelProps}>
        <Suspense fallback="…">
          {step === "summary" && (
            <>
              <button type="button" onClick={() => openStep("check")}>
                {STRINGS.th.summary.goToErrors}
              </button>
              <button type="button" onClick={() => openStep("memo")}>
                memo
              </button>
            </>
          )}
          {step === "check" && <CheckPanel />}
          {step === "memo" && <p>บันทึก</p>}
        </Suspense>
      </div>
    </FluentProvider>
  );
}

const goToErrors = (): HTMLElement => screen.getByRole("button", { name: STRINGS.th.summary.goToErrors });

describe("where the focus goes when a step opens", () => {
  it("stays on the tab that opened its step", () => {
    render(<Pane />);
    const tab = screen.getByRole("tab", { name: "ตรวจสอบ" });
    tab.focus();
    fireEvent.click(tab);
    expect(tab.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(tab);
  });

  it("goes to the errors' heading after 'go to errors', not to the page", () => {
    render(<Pane />);
    goToErrors().focus();
    fireEvent.click(goToErrors());
    expect(screen.getByRole("tab", { selected: true }).textContent).toBe("ตรวจสอบ");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "ข้อผิดพลาด (2)" }));
  });

  it("goes to the step's panel, named by its tab, when the step marks no start", () => {
    render(<Pane />);
    fireEvent.click(screen.getByRole("button", { name: "memo" }));
    const panel = screen.getByRole("tabpanel", { name: "บันทึก" });
    expect(document.activeElement).toBe(panel);
  });

  it("goes to the panel while the step loads, and to the step's start once it has come", async () => {
    const check = heldBack();
    render(<Pane CheckPanel={check.Step} />);
    fireEvent.click(goToErrors());
    const panel = screen.getByRole("tabpanel", { name: "ตรวจสอบ" });
    expect(document.activeElement).toBe(panel);
    await check.come();
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "ข้อผิดพลาด (2)" }));
  });

  it("stays where the user moved it while the step was loading", async () => {
    const check = heldBack();
    render(<Pane CheckPanel={check.Step} />);
    fireEvent.click(goToErrors());
    const tab = screen.getByRole("tab", { name: "แผน" });
    tab.focus();
    await check.come();
    screen.getByRole("heading", { name: "ข้อผิดพลาด (2)" });
    expect(document.activeElement).toBe(tab);
  });
});

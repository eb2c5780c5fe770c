/** @jest-environment jsdom */
/**
 * The line of steps as a tab list (WAI-ARIA tabs pattern): one tab stop, arrow keys round the line,
 * Home and End, and a click or Enter on a tab opens its step. The overflow menu and the line's width
 * are measured in Chromium (test/browser/steps.test.ts).
 */
import "./setup";
import { fireEvent, render, screen } from "@testing-library/react";
import { type ReactElement, useState } from "react";
import { type Step, StepTabs } from "../../src/taskpane/views/StepTabs";
import { STRINGS } from "../../src/taskpane/words/allStrings";

function Line({ first = "plan" as Step }): ReactElement {
  const [step, setStep] = useState<Step>(first);
  return <StepTabs step={step} report={undefined} strings={STRINGS.th} onStep={setStep} />;
}

const tabs = (): HTMLElement[] => screen.getAllByRole("tab");
const focused = (): string | null => document.activeElement?.textContent ?? null;

describe("the line of steps", () => {
  it("has one tab stop: the open step's", () => {
    render(<Line first="summary" />);
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([-1, -1, 0, -1, -1]);
    expect(screen.getByRole("tab", { selected: true }).textContent).toBe("สรุป");
  });

  it("moves focus with the arrow keys, round the line, and to the ends with Home and End", () => {
    render(<Line />);
    const list = screen.getByRole("tablist");
    tabs()[0].focus();
    fireEvent.keyDown(list, { key: "ArrowRight" });
    expect(focused()).toBe("ตรวจสอบ");
    fireEvent.keyDown(list, { key: "ArrowLeft" });
    fireEvent.keyDown(list, { key: "ArrowLeft" });
    expect(focused()).toBe("ไม่ได้ดำเนินการ");
    fireEvent.keyDown(list, { key: "Home" });
    expect(focused()).toBe("แผน");
    fireEvent.keyDown(list, { key: "End" });
    expect(focused()).toBe("ไม่ได้ดำเนินการ");
    // Moving focus does not open a step: a later step may still be loading.
    expect(screen.getByRole("tab", { selected: true }).textContent).toBe("แผน");
  });

  it("opens the step a tab is clicked on, and that tab becomes the tab stop", () => {
    render(<Line />);
    fireEvent.click(screen.getByRole("tab", { name: "บันทึก" }));
    expect(screen.getByRole("tab", { selected: true }).textContent).toBe("บันทึก");
    expect(screen.getByRole("tab", { name: "บันทึก" }).tabIndex).toBe(0);
    expect(screen.getByRole("tab", { name: "แผน" }).tabIndex).toBe(-1);
  });

  it("shows no count before a plan has been read", () => {
    render(<Line />);
    expect(screen.getByRole("tab", { name: "ตรวจสอบ" }).textContent).toBe("ตรวจสอบ");
  });
});

/** @jest-environment jsdom */
/**
 * The line of steps as a tab list (WAI-ARIA tabs pattern): one tab stop, arrow keys round the line,
 * Home and End, and a click or Enter on a tab opens its step; with a line too narrow for the five, the
 * last step in the menu of the others, where opening it moves no tab. The line's real width is
 * measured in Chromium (test/browser/steps.test.ts).
 */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { type ReactElement, useState } from "react";
import { type Step, StepTabs } from "../../src/taskpane/views/StepTabs";
import { STRINGS } from "../../src/taskpane/words/allStrings";

function Line({ first = "plan" as Step, onOpenStep = jest.fn() }): ReactElement {
  const [step, setStep] = useState<Step>(first);
  return (
    <FluentProvider theme={webLightTheme}>
      <StepTabs
        step={step}
        report={undefined}
        strings={STRINGS.th}
        onStep={setStep}
        onOpenStep={(next) => {
          onOpenStep(next);
          setStep(next);
        }}
      />
    </FluentProvider>
  );
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

/**
 * jsdom lays nothing out: here each tab is 200 px wide and "more" 80 px, on the 1000 px line setup.ts
 * gives an overflow container, so four tabs fit and the last step goes into the menu.
 */
function withFourTabsFitting(): void {
  const width = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetWidth");
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, "offsetWidth", {
      configurable: true,
      get(this: HTMLElement): number {
        if (this.hasAttribute("data-overflow-item")) return 200;
        if (this.hasAttribute("data-overflow-menu")) return 80;
        return 0;
      },
    });
  });
  afterAll(() => {
    if (width) Object.defineProperty(HTMLElement.prototype, "offsetWidth", width);
  });
}

/** Every tab, those the overflow hid in the menu too. */
const allTabs = (): HTMLElement[] => screen.getAllByRole("tab", { hidden: true });

/** The labels of the tabs on the line, in order: those the overflow did not move into the menu. */
const onLine = (): (string | null)[] =>
  allTabs()
    .filter((tab) => !tab.hasAttribute("data-overflowing"))
    .map((tab) => tab.textContent);

describe("the line of steps too narrow for all five", () => {
  withFourTabsFitting();

  it("keeps its order and place when the step in the menu is opened from it", async () => {
    const onOpenStep = jest.fn();
    render(<Line onOpenStep={onOpenStep} />);
    expect(onLine()).toEqual(["แผน", "ตรวจสอบ", "สรุป", "บันทึก"]);
    fireEvent.click(screen.getByRole("button", { name: "อื่น ๆ (1)" }));
    const item = await screen.findByRole("menuitemradio", { name: "ไม่ได้ดำเนินการ" });
    expect(item.getAttribute("aria-checked")).toBe("false");
    fireEvent.click(item);

    // Opened the way a button opens a step, so the focus can go into it (useStepFocus).
    expect(onOpenStep).toHaveBeenCalledWith("notCarriedOut");
    expect(allTabs().find((tab) => tab.getAttribute("aria-selected") === "true")?.textContent).toBe(
      "ไม่ได้ดำเนินการ",
    );
    // No tab moved: the open step stays in the menu, checked there.
    expect(onLine()).toEqual(["แผน", "ตรวจสอบ", "สรุป", "บันทึก"]);
    fireEvent.click(screen.getByRole("button", { name: "อื่น ๆ (1)" }));
    const menu = await screen.findByRole("menu");
    expect(
      within(menu).getByRole("menuitemradio", { name: "ไม่ได้ดำเนินการ" }).getAttribute("aria-checked"),
    ).toBe("true");
  });

  it("keeps a tab stop on the line while the open step is in the menu: the first tab", () => {
    render(<Line first="notCarriedOut" />);
    expect(onLine()).toEqual(["แผน", "ตรวจสอบ", "สรุป", "บันทึก"]);
    expect(allTabs().map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1, -1]);
  });
});

/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { ComponentType, ReactElement } from "react";
import { StepLoader, laterStep } from "../../src/taskpane/views/laterSteps";
import { STRINGS } from "../../src/taskpane/words/allStrings";

const th = STRINGS.th;
/** React reveals a step that suspended after a short throttle; a busy machine adds to it. */
const SHOWN = { timeout: 10_000 };

interface StepProps {
  readonly title: string;
}

const Step = ({ title }: StepProps): ReactElement => <p>{title}</p>;

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** Renders the step where App does; the loader's element, to see all it shows. */
function showStep(Later: ComponentType<StepProps>): HTMLElement {
  return render(
    <FluentProvider theme={webLightTheme}>
      <StepLoader strings={th}>
        <Later title="ตรวจสอบ" />
      </StepLoader>
    </FluentProvider>,
  ).container;
}

describe("a step loaded when it is opened", () => {
  it("shows a spinner with its label while the step's chunk comes, then the step", async () => {
    const chunk = deferred<ComponentType<StepProps>>();
    const later = laterStep(() => chunk.promise);
    const loader = showStep(later.Step);
    // Only a spinner, named by its label so a screen reader says what is loading.
    expect(loader.textContent).toBe(th.loadingStep);
    expect(screen.getAllByRole("progressbar", { name: th.loadingStep })).toHaveLength(1);
    expect(screen.queryByText("ตรวจสอบ")).toBeNull();

    await act(async () => chunk.resolve(Step));
    await screen.findByText("ตรวจสอบ", {}, SHOWN);
    expect(screen.queryByText(th.loadingStep)).toBeNull();
  });

  it("shows a step fetched in the background at once, and fetches it only once", async () => {
    const load = jest.fn(() => Promise.resolve(Step));
    const later = laterStep(load);
    await Promise.all([later.fetch(), later.fetch()]);
    const loader = showStep(later.Step);
    // The step and nothing else: no spinner flashed first.
    expect(loader.textContent).toBe("ตรวจสอบ");
    expect(screen.queryByText(th.loadingStep)).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("says so when the chunk cannot be fetched, and fetches it again only when the message is closed", async () => {
    // React reports the failure the boundary catches on the console as well.
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      let online = false;
      const load = jest.fn(() =>
        online ? Promise.resolve(Step) : Promise.reject(new Error("Loading chunk check-step failed.")),
      );
      showStep(laterStep(load).Step);
      await screen.findByText(th.failureTitle.failed, {}, SHOWN);
      // The browser's words under the failure's details.
      expect(
        screen.getByRole("group", { name: th.failureTitle.failed }).querySelector("details")?.textContent,
      ).toContain("Loading chunk check-step failed.");
      // No fetching in a loop while the connection is down.
      expect(load).toHaveBeenCalledTimes(1);

      online = true;
      fireEvent.click(screen.getByRole("button", { name: th.dismiss }));
      await screen.findByText("ตรวจสอบ", {}, SHOWN);
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      logged.mockRestore();
    }
  });
});

/** Renders the pane over a host and waits until the plan has been read. */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { PlanHost } from "../../src/host";
// The pane fetches these steps once its first screen is up; required here, with the test file, so no
// test's wait for the pane is spent compiling them.
import "../../src/taskpane/CheckStep";
import "../../src/taskpane/MemoStep";
import "../../src/taskpane/NotCarriedOutStep";
import "../../src/taskpane/SummaryStep";

export async function renderPane(host: PlanHost): Promise<ReturnType<typeof render>> {
  const view = render(<App host={host} />);
  // The first render of a test file can take longer than waitFor's default second on a busy machine.
  await waitFor(() => expect(screen.queryByRole("status")).toBeNull(), { timeout: 10_000 });
  return view;
}

/** Opens the column mapping, which the Plan step folds into one line once a plan is read. */
export function openColumns(): void {
  const line = screen.getByRole("button", { name: /(คอลัมน์|columns).*(แก้ไข|edit)/ });
  if (line.getAttribute("aria-expanded") !== "true") fireEvent.click(line);
}

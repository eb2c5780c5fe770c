/** Renders the pane over a host and waits until the plan has been read. */
import { render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { PlanHost } from "../../src/host";

export async function renderPane(host: PlanHost): Promise<ReturnType<typeof render>> {
  const view = render(<App host={host} />);
  await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
  return view;
}

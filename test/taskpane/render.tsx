/** Renders the pane over a host and waits until the plan has been read. */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/views/App";
import type { PlanHost } from "../../src/hosts/planHost";
// The pane fetches these steps once its first screen is up; required here, with the test file, so no
// test's wait for the pane is spent compiling them.
import "../../src/taskpane/views/CheckStep";
import "../../src/taskpane/views/MemoStep";
import "../../src/taskpane/views/NotCarriedOutStep";
import "../../src/taskpane/views/SummaryStep";

export async function renderPane(host: PlanHost): Promise<ReturnType<typeof render>> {
  const view = render(<App host={host} />);
  // The first render of a test file can take longer than waitFor's default second on a busy machine.
  await waitFor(() => expect(screen.queryByRole("status")).toBeNull(), { timeout: 10_000 });
  return view;
}

/** A message bar (a failure, a warning) by its title: Fluent UI names one by its title. */
export function banner(title: string): HTMLElement {
  return screen.getByRole("group", { name: title });
}

/**
 * A step tab's accessible name, the tab found by the start of its label: the label alone before a
 * plan is read, the label with its full count after (the badge on the tab is hidden from the name).
 */
export function stepTabName(label: RegExp): string | null {
  const tab = screen.getByRole("tab", { name: label });
  return tab.getAttribute("aria-label") ?? tab.textContent;
}

/** The cells' texts of the previewed summary table's row whose first cell says `label`. */
export function previewRow(label: string, preview = "ตัวอย่างตารางสรุปตามที่จะเขียนลงสมุดงาน"): (string | null)[] {
  const rows = within(screen.getByRole("region", { name: preview })).getAllByRole("row");
  const row = rows.find((candidate) => candidate.firstElementChild?.textContent === label);
  if (!row) throw new Error(`no row of the preview starts with ${label}`);
  return Array.from(row.children, (cell) => cell.textContent);
}

/** Opens the column mapping, which the Plan step folds into one line once a plan is read. */
export function openColumns(): void {
  const line = screen.getByRole("button", { name: /(คอลัมน์|columns).*(แก้ไข|edit)/i });
  if (line.getAttribute("aria-expanded") !== "true") fireEvent.click(line);
}

/** A chooser (a native select) by its label. */
export function chooser(name: string): HTMLSelectElement {
  return screen.getByRole<HTMLSelectElement>("combobox", { name });
}

/** What a chooser shows: its chosen option's text, or the placeholder. */
export function shown(name: string): string | null {
  return chooser(name).selectedOptions[0]?.textContent ?? null;
}

/** The texts of the options a chooser offers (its placeholder, which cannot be chosen, left out). */
export function offered(name: string): (string | null)[] {
  return [...chooser(name).options].filter((option) => !option.disabled).map((option) => option.textContent);
}

/** Chooses an option of a chooser by its text, as a user picking it from the list. */
export function choose(name: string, text: string): void {
  const select = chooser(name);
  const option = [...select.options].find((candidate) => candidate.textContent === text);
  if (!option) throw new Error(`${name} offers no "${text}": ${offered(name).join(" | ")}`);
  fireEvent.change(select, { target: { value: option.value } });
}

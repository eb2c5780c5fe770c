/**
 * What every effect of the pane works with, and runs through: the host, the machine's dispatch and
 * state, and the way an action shows it is under way and keeps its failure with what "try again" does.
 */
import type { PlanHost, PlanSettings } from "../../hosts/planHost";
import type { PaneEvent, PaneState, Retry } from "./planMachine";
import { type Notice, type PlanState, toFailure } from "./planState";
import type { Task } from "../words/strings";

/** What every effect works with. */
export interface Pane {
  readonly host: PlanHost;
  readonly dispatch: (event: PaneEvent) => void;
  /** The state as of the last event: an effect that awaits must see the choices and edits made meanwhile. */
  readonly current: () => PaneState;
  /** The state as the views last showed it: an action works on the plan and report the user sees. */
  readonly shown: () => PlanState;
}

/** Outside Excel with the built-in sample, each action says what it would do. */
export const preview = (pane: Pane): boolean => !pane.host.can.live;

/** Keeps the settings, in the pane and in the workbook. */
export function saveSettings(pane: Pane, next: PlanSettings): void {
  pane.dispatch({ type: "settings-changed", settings: next });
  pane.host.saveSettings(next).catch((error: unknown) => {
    pane.dispatch({ type: "failed", failure: toFailure(error), retry: { action: "saveSettings" } });
  });
}

/** Runs an action on the workbook, showing it under way; `retry` is what "try again" does if it fails. */
export async function runTask(
  pane: Pane,
  task: Task,
  action: () => Promise<Notice | undefined>,
  retry: Retry,
): Promise<void> {
  pane.dispatch({ type: "task-started", progress: { task } });
  try {
    pane.dispatch({ type: "task-done", notice: await action() });
  } catch (error) {
    pane.dispatch({ type: "failed", failure: toFailure(error), retry });
  } finally {
    pane.dispatch({ type: "task-ended" });
  }
}

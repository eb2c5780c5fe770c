/**
 * While a plan is chosen, listens for edits to it (and for the pane coming back into focus) and
 * calls `recheck` once the plan has stayed still for RECHECK_DELAY_MS, with the weightiest of what
 * happened meanwhile: the user's own edit, else a co-author's, else only a look.
 */
import { useEffect } from "react";
import type { PlanChange, PlanChoice, PlanHost } from "../../hosts/planHost";
import { debounce } from "./debounce";
import type { Failure } from "./planState";
import { toFailure } from "./planState";

const WEIGHT: Readonly<Record<PlanChange, number>> = { looked: 0, remote: 1, edited: 2 };

/** How long the plan must stay still after an edit before it is read again. */
export const RECHECK_DELAY_MS = 800;

export function useWatchPlan(
  host: PlanHost,
  choice: PlanChoice | undefined,
  recheck: (watched: PlanChoice, change: PlanChange) => Promise<void>,
  setFailure: (failure: Failure) => void,
): void {
  const watchedSheet = choice?.sheet;
  const watchedTable = choice?.table;
  useEffect(() => {
    if (watchedSheet === undefined) return;
    const watched: PlanChoice =
      watchedTable === undefined ? { sheet: watchedSheet } : { sheet: watchedSheet, table: watchedTable };
    let pending: PlanChange | undefined;
    const settled = debounce(() => {
      const change = pending ?? "looked";
      pending = undefined;
      void recheck(watched, change);
    }, RECHECK_DELAY_MS);
    const changed = (change: PlanChange) => {
      if (pending === undefined || WEIGHT[change] > WEIGHT[pending]) pending = change;
      settled();
    };
    let unsubscribe: (() => Promise<void>) | undefined;
    let stopped = false;
    // Removing handlers can fail once the plan's table is gone; they die with it, so nothing to show.
    const remove = (off: () => Promise<void>) => void off().catch(() => undefined);
    const stop = () => {
      if (stopped) return;
      stopped = true;
      settled.cancel();
      window.removeEventListener("pagehide", stop);
      unfocus();
      if (unsubscribe) remove(unsubscribe);
    };
    // Excel may raise no change event for a pick from a data-validation list (office-js#420):
    // coming back to the pane checks the plan again too.
    const focused = () => changed("looked");
    const unfocus = () => window.removeEventListener("focus", focused);
    window.addEventListener("focus", focused);
    // The pane closing does not unmount React; "pagehide" is the last word the pane gets.
    window.addEventListener("pagehide", stop);
    host.watchPlan(watched, changed).then(
      (off) => {
        if (stopped) remove(off);
        else unsubscribe = off;
      },
      (error: unknown) => {
        if (!stopped) setFailure(toFailure(error));
      },
    );
    return stop;
  }, [host, watchedSheet, watchedTable, recheck, setFailure]);
}

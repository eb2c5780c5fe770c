/**
 * Calls a function once a burst of calls has gone quiet: Excel reports each edit of a plan (a paste
 * or a fill is many), and the pane should read the plan once, after the last.
 */

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Forgets a call still waiting, so nothing runs after the pane has stopped listening. */
  cancel(): void;
}

export function debounce<A extends unknown[]>(action: (...args: A) => void, waitMs: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      action(...args);
    }, waitMs);
  };
  debounced.cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}

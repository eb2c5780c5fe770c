/**
 * One write at a time: two automatic rewrites started close together would otherwise run their
 * batches side by side on the same sheet. A later write waits for the one before it, failed or not.
 */
export function oneAtATime(): <T>(write: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(write: () => Promise<T>): Promise<T> => {
    const next = last.then(write, write);
    last = next.catch(() => undefined);
    return next;
  };
}

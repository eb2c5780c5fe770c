/**
 * The engine that reads a plan (core's analyzePlan and all it uses) in a chunk of its own: the first
 * screen shows before it, and it is fetched while the host reads the plan's cells, so reading takes
 * no longer. Kept once fetched.
 */
type Engine = typeof import("./planReport");

let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "engine" */ "./planReport").then((loaded) => (engine = loaded));
  // A failed fetch is tried again next time, not remembered.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The engine once fetched; undefined before. */
export function loadedEngine(): Engine | undefined {
  return engine;
}

/**
 * Names for what the product adds to a workbook, never taking one already in use: Excel compares
 * sheet and table names without regard to case.
 */

function firstFree(base: string, taken: Iterable<string>, variant: (n: number) => string): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : variant(n);
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** "สรุปผล", else "สรุปผล (2)", "สรุปผล (3)", … */
export function freeSheetName(base: string, taken: Iterable<string>): string {
  return firstFree(base, taken, (n) => `${base} (${n})`);
}

/** "PlanProjects", else "PlanProjects2", …: table names are workbook-wide and take no spaces or brackets. */
export function freeTableName(base: string, taken: Iterable<string>): string {
  return firstFree(base, taken, (n) => `${base}${n}`);
}

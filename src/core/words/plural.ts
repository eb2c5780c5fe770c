/**
 * "1 project", "3 projects": an English count with its noun in the right number, the one way every
 * English text says how many. The plural is the noun with "s" unless given.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}

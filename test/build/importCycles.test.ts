/**
 * No circle of imports in src (type imports and import() count too): each type and helper lives where
 * it belongs, so a module can be read, tested and loaded without the ones that use it.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import * as path from "node:path";
import ts from "typescript";

const SRC = path.resolve(__dirname, "../../src");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [file] : [];
  });
}

/** The files of src a file imports, by TypeScript's own reading of its imports. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles.flatMap(({ fileName }) => {
    if (!fileName.startsWith(".")) return [];
    const base = path.resolve(path.dirname(file), fileName);
    const found = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((candidate) =>
      existsSync(candidate),
    );
    return found ? [found] : [];
  });
}

/** The circles of the import graph: its strongly connected parts of more than one file (Tarjan). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    for (const to of graph.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const part: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      part.push(path.relative(SRC, member));
    } while (member !== file);
    if (part.length > 1) found.push(part.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

test("src has no circle of imports", () => {
  const files = sourceFiles(SRC);
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  expect(files.length).toBeGreaterThan(100);
  expect(graph.get(path.join(SRC, "core/rows/rows.ts"))).toContain(path.join(SRC, "core/cells/grid.ts"));
  expect(circles(graph)).toEqual([]);
});

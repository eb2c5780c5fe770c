/**
 * The directions imports may take in src (eslint.config.mjs), probed: each forbidden import, as a
 * folder and as a file under it, is refused by lint, and the allowed ones pass. A hole in a pattern
 * (a bare "../excel" slipping past "**\/excel/**") fails here.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");

/**
 * The messages of the import-direction rules for each probe (`source` imported in `file`, a path
 * under src), from ESLint's own API in a Node process of its own: its flat config is an ES module,
 * which jest's module sandbox cannot load.
 */
function refusalsOf(probes: readonly (readonly [string, string])[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const path = require("node:path");
    const probes = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const [file, source] of probes) {
        const code = "import * as probe from " + JSON.stringify(source) + ";\\nexport const used = probe;\\n";
        const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), file) });
        out.push(result.messages.filter((m) => (m.ruleId || "").endsWith("no-restricted-imports")).map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((error) => { console.error(error); process.exit(1); });`;
  const output = execFileSync(process.execPath, ["-e", script, JSON.stringify(probes)], {
    cwd: root,
    encoding: "utf8",
  });
  return JSON.parse(output) as string[][];
}

const FORBIDDEN: readonly (readonly [string, readonly string[]])[] = [
  ["src/core/probe.ts", ["excel", "taskpane", "cli", "commands", "workbook", "host"]],
  ["src/host/probe.ts", ["excel", "taskpane", "cli", "commands", "workbook"]],
  ["src/excel/probe.ts", ["taskpane", "cli", "commands", "workbook"]],
  ["src/workbook/probe.ts", ["taskpane", "excel", "cli", "host", "commands"]],
  ["src/cli/probe.ts", ["taskpane", "excel", "host", "commands"]],
  ["src/taskpane/probe.ts", ["cli", "commands", "workbook"]],
  ["src/commands/probe.ts", ["taskpane", "cli", "workbook"]],
];

const ALLOWED: readonly (readonly [string, string])[] = [
  ["src/core/probe.ts", "./grid"],
  ["src/host/probe.ts", "../core"],
  ["src/excel/probe.ts", "../host"],
  ["src/workbook/probe.ts", "../core/grid"],
  ["src/cli/probe.ts", "../workbook/book"],
  ["src/taskpane/probe.ts", "../excel"],
  ["src/commands/probe.ts", "../core"],
];

describe("import directions (lint)", () => {
  const forbidden = FORBIDDEN.flatMap(([file, names]) =>
    names.flatMap((name) => [[file, `../${name}`] as const, [file, `../${name}/probe`] as const]),
  );
  let refused: string[][] = [];
  beforeAll(() => {
    refused = refusalsOf([...forbidden, ...ALLOWED]);
  }, 120_000);

  it.each(forbidden.map((probe, i) => [...probe, i] as const))(
    "%s may not import %s",
    (_file, _source, i) => {
      expect(refused[i]).toHaveLength(1);
    },
  );

  it.each(ALLOWED.map((probe, i) => [...probe, forbidden.length + i] as const))(
    "%s may import %s",
    (_file, _source, i) => {
      expect(refused[i]).toEqual([]);
    },
  );
});

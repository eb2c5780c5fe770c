/**
 * The directions imports may take in src (eslint.config.mjs), probed: each forbidden import, as a
 * folder and as a file under it, is refused by lint, and the allowed ones pass. A hole in a pattern
 * (a bare "../officejs" slipping past "**\/officejs/**") fails here.
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

/** Each folder's forbidden imports, written as its own files would write them. */
const FORBIDDEN: readonly (readonly [string, readonly string[]])[] = [
  [
    "src/core/probe.ts",
    [
      "../hosts",
      "../hosts/planHost",
      "../hosts/officejs",
      "../hosts/exceljs",
      "../hosts/xlsx",
      "../taskpane",
      "../cli",
      "../commands",
    ],
  ],
  ["src/core/cells/probe.ts", ["../../hosts/officejs", "../../taskpane/state"]],
  ["src/hosts/planHost.ts", ["./officejs", "./exceljs", "../taskpane", "../cli", "../commands"]],
  ["src/hosts/previewHost.ts", ["./officejs", "./exceljs", "../taskpane", "../cli"]],
  [
    "src/hosts/officejs/probe.ts",
    ["../../taskpane", "../../cli", "../../commands", "../exceljs", "../previewHost"],
  ],
  [
    "src/hosts/exceljs/probe.ts",
    ["../../taskpane", "../officejs", "../../cli", "../../commands", "../previewHost"],
  ],
  [
    "src/cli/probe.ts",
    ["../taskpane", "../hosts/officejs", "../hosts/planHost", "../hosts/previewHost", "../commands"],
  ],
  ["src/taskpane/probe.ts", ["../cli", "../commands", "../hosts/exceljs", "../hosts/docx"]],
  [
    "src/hosts/docx/probe.ts",
    ["../../taskpane", "../officejs", "../exceljs", "../xlsx", "../../cli", "../planHost"],
  ],
  [
    "src/hosts/xlsx/probe.ts",
    ["../../taskpane", "../officejs", "../exceljs", "../exceljs/book", "exceljs", "../../cli", "../planHost"],
  ],
  ["src/hosts/officejs/probe.ts", ["../xlsx"]],
  ["src/commands/probe.ts", ["../hosts/xlsx"]],
  ["src/taskpane/views/probe.ts", ["../../cli", "../../hosts/exceljs"]],
  ["src/commands/probe.ts", ["../taskpane", "../cli", "../hosts/exceljs", "../hosts/previewHost"]],
];

const ALLOWED: readonly (readonly [string, string])[] = [
  ["src/core/probe.ts", "./cells/grid"],
  ["src/hosts/planHost.ts", "../core"],
  ["src/hosts/officejs/probe.ts", "../planHost"],
  ["src/hosts/exceljs/probe.ts", "../../core/cells/grid"],
  ["src/cli/probe.ts", "../hosts/exceljs/book"],
  ["src/cli/probe.ts", "../hosts/docx/memoDocx"],
  ["src/cli/probe.ts", "../hosts/xlsx/reader"],
  ["src/hosts/exceljs/probe.ts", "../xlsx/places"],
  ["src/hosts/xlsx/probe.ts", "../../core/cells/grid"],
  ["src/hosts/xlsx/probe.ts", "../exceljs/problem"],
  ["src/hosts/docx/probe.ts", "../../core/document/memoDocument"],
  ["src/taskpane/probe.ts", "../hosts/officejs"],
  ["src/commands/probe.ts", "../core"],
];

describe("import directions (lint)", () => {
  const forbidden = FORBIDDEN.flatMap(([file, sources]) =>
    sources.flatMap((source) => [[file, source] as const, [file, `${source}/probe`] as const]),
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

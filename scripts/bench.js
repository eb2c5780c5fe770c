#!/usr/bin/env node
/**
 * `npm run bench`: how fast the engine reads a plan, against the least any reader of the sheet must do,
 * how long the command line takes over a 20,000-row workbook, how big the task pane bundle is, and
 * how long `rollup --json` takes over a country's 7,850 offices' workbooks (generated once from the
 * sample plan, varied a little, and kept in the temp folder for later runs). Not a test.
 * Each measure is a module of scripts/bench/; this file picks them, runs them and prints their lines.
 *
 * Options (after `npm run bench --`):
 *   --build       runs the production build first, so the bundle size is current
 *   --only NAME   runs one measure and prints only its line(s); NAME is one of
 *                   taskpane    taskpane-gzip-kb (the pane's scripts alone, with each later chunk)
 *                   core        core-vs-floor-100k
 *                   cli         cli-20k-seconds and cli-stray-cell-ratio
 *                   pane        pane-30k-findings-ms
 *                   ledger      cli-ledger-sheet-ratio
 *                   unit-tests  unit-test-seconds
 *                   rollup      rollup-7850-seconds
 *                 any other name is refused with this list.
 *
 * Without --only, the last eight lines are machine-readable and always printed, in this order:
 *   taskpane-gzip-kb: N      (the pane's first load: the scripts it fetches before it first shows,
 *                              gzipped, in the host that needs the most; later chunks are logged apart)
 *   core-vs-floor-100k: R
 *   cli-20k-seconds: S
 *   cli-stray-cell-ratio: R   (the same 20,000-row plan with one "." in XFD1048576, over without it;
 *                              the command line's time must follow the plan, not the sheet's extent)
 *   pane-30k-findings-ms: N  (the task pane: a click on the Check tab to its list painted, with a plan
 *                              of 30,000 notes and 300 errors over the fake Excel; median of 5)
 *   cli-ledger-sheet-ratio: R (the sample plan with a 100,000-row ledger sheet beside it, over the sample
 *                              alone: a sheet that is not the plan is read only to its head; target ≤ 2)
 *   unit-test-seconds: S     (the whole unit suite, `npm run test:unit`, with an empty jest cache;
 *                              target ≤ 120)
 *   rollup-7850-seconds: S   (always the very last line)
 */
"use strict";

const os = require("os");
const { DIST_CORE, log, ensureNodeBuild, runProductionBuild } = require("./bench/shared");
const { benchCore, coreLine } = require("./bench/core");
const { benchCli, cliLines } = require("./bench/cli");
const { benchBundle, taskpaneLine } = require("./bench/bundle");
const { benchPaneFindings, paneLine } = require("./bench/pane");
const { benchLedgerSheet, ledgerLine } = require("./bench/ledgerSheet");
const { benchUnitTests, unitTestsLine } = require("./bench/unitTests");
const { benchRollup, rollupLine } = require("./bench/rollup");
const { benchDocument, documentLines } = require("./bench/document");

/**
 * The measures by --only name, in the order they run. `node`: needs the compiled engine or command
 * line (dist/node, rebuilt first when older than src). `lines`: its machine-readable line(s).
 */
const MEASURES = {
  core: { node: true, run: () => benchCore(require(DIST_CORE)), lines: (ratio) => [coreLine(ratio)] },
  cli: { node: true, run: benchCli, lines: cliLines },
  taskpane: { node: false, run: benchBundle, lines: (kb) => [taskpaneLine(kb)] },
  pane: { node: false, run: benchPaneFindings, lines: (pane) => [paneLine(pane)] },
  ledger: { node: true, run: () => benchLedgerSheet(log), lines: (ledger) => [ledgerLine(ledger)] },
  "unit-tests": { node: true, run: () => benchUnitTests(log), lines: (tests) => [unitTestsLine(tests)] },
  document: { node: true, run: benchDocument, lines: documentLines },
  rollup: { node: true, run: benchRollup, lines: (rollup) => [rollupLine(rollup)] },
};

/** The order the lines are printed in: rollup-7850-seconds always last. */
const PRINTED = ["taskpane", "core", "cli", "pane", "ledger", "unit-tests", "document", "rollup"];

/** The measures to run, or a reason to refuse the arguments. */
function chosen(argv) {
  if (!argv.includes("--only")) return { names: Object.keys(MEASURES) };
  const only = argv[argv.indexOf("--only") + 1];
  if (Object.hasOwn(MEASURES, only)) return { names: [only] };
  const given = only === undefined ? "nothing" : `"${only}"`;
  return { refused: `--only takes one of ${PRINTED.join(", ")}; not ${given}` };
}

async function main(argv) {
  const { names, refused } = chosen(argv);
  if (refused) {
    process.stderr.write(`bench: ${refused}\n`);
    process.exitCode = 2;
    return;
  }
  log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`);
  if (argv.includes("--build")) runProductionBuild();
  if (names.some((name) => MEASURES[name].node)) ensureNodeBuild();

  const results = {};
  for (const name of names) results[name] = await MEASURES[name].run();

  for (const name of PRINTED) {
    if (name in results) for (const line of MEASURES[name].lines(results[name])) log(line);
  }
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`bench failed: ${error.stack || error}\n`);
  process.exitCode = 1;
});

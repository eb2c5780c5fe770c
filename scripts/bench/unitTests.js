/**
 * `unit-test-seconds`: the wall time of the whole unit suite (`npm run test:unit`, every core), with
 * the count of tests it ran, so a faster suite is never one with fewer tests. Jest's cache is
 * cleared first: the time is that of a fresh checkout, as in CI. Target: at most 120 seconds.
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { performance } = require("perf_hooks");

const ROOT = path.resolve(__dirname, "..", "..");
const JEST = path.join(ROOT, "node_modules", "jest", "bin", "jest.js");

/** Runs the unit tests once; { seconds, tests } or { seconds: null, why }. */
function benchUnitTests(log) {
  const cacheDirectory = fs.mkdtempSync(path.join(os.tmpdir(), "integrity-plan-bench-jest-"));
  const results = path.join(cacheDirectory, "results.json");
  try {
    const start = performance.now();
    const run = spawnSync(
      process.execPath,
      [JEST, "--silent", `--cacheDirectory=${cacheDirectory}`, "--json", `--outputFile=${results}`],
      { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" },
    );
    const seconds = (performance.now() - start) / 1000;
    if (!fs.existsSync(results)) return { seconds: null, why: `jest gave no results (status ${run.status})` };
    const { numTotalTests, numFailedTests, success } = JSON.parse(fs.readFileSync(results, "utf8"));
    log(`unit tests: ${numTotalTests} tests in ${seconds.toFixed(1)} s on ${os.cpus().length} cores`);
    if (!success) return { seconds: null, why: `${numFailedTests} tests failed` };
    return { seconds, tests: numTotalTests };
  } finally {
    fs.rmSync(cacheDirectory, { recursive: true, force: true });
  }
}

const unitTestsLine = (unitTests) =>
  unitTests.seconds === null
    ? `unit-test-seconds: n/a (${unitTests.why})`
    : `unit-test-seconds: ${unitTests.seconds.toFixed(1)} (${unitTests.tests} tests)`;

module.exports = { benchUnitTests, unitTestsLine };

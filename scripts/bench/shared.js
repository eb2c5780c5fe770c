/**
 * What every measure of the bench shares: where the build is, how a line is printed, the median, and
 * the builds the bench runs before it measures (the engine and command line, and the add-in for `--build`).
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const DIST_CORE = path.join(ROOT, "dist", "node", "core", "index.js");
const DIST_CLI = path.join(ROOT, "dist", "node", "cli", "main.js");

const log = (line = "") => process.stdout.write(`${line}\n`);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/** Runs `npm run prepare` when the compiled engine or command line is missing or older than src. */
function ensureNodeBuild() {
  const sources = Math.max(
    newestMtime(path.join(ROOT, "src", "core")),
    newestMtime(path.join(ROOT, "src", "cli")),
    newestMtime(path.join(ROOT, "src", "hosts")),
  );
  const built = fs.existsSync(DIST_CORE) ? fs.statSync(DIST_CORE).mtimeMs : 0;
  const cliMissing = fs.existsSync(path.join(ROOT, "src", "cli", "main.ts")) && !fs.existsSync(DIST_CLI);
  if (built >= sources && !cliMissing) return;
  log("building dist/node (npm run prepare) …");
  const result = spawnSync("npm", ["run", "--silent", "prepare"], { cwd: ROOT, encoding: "utf8" });
  // tsc still emits on type errors; say so, and go on if the engine is there.
  if (result.status !== 0) {
    log(`  npm run prepare exited ${result.status}; first lines of its output:`);
    for (const line of `${result.stdout}${result.stderr}`.trim().split("\n").slice(0, 5)) log(`  ${line}`);
  }
  if (!fs.existsSync(DIST_CORE)) throw new Error("dist/node/core/index.js was not built");
}

function runProductionBuild() {
  log("building the add-in (npm run build) …");
  const result = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) {
    log(`  npm run build exited ${result.status}; last lines of its output:`);
    for (const line of `${result.stdout}${result.stderr}`.trim().split("\n").slice(-5)) log(`  ${line}`);
  }
}

module.exports = { ROOT, DIST, DIST_CORE, DIST_CLI, log, median, ensureNodeBuild, runProductionBuild };

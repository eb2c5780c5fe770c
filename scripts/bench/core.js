/**
 * `core-vs-floor-100k`: in-process timing of the engine (analyzePlan) against the floor, every cell of
 * the same grid read once, at 1,000, 10,000 and 100,000 rows; the ratio at 100,000 is the line.
 */
"use strict";

const { performance } = require("perf_hooks");
const { log, median } = require("./shared");
const { generatePlan } = require("./plans");

const SIZES = [
  { rows: 1_000, warmup: 5, runs: 21 },
  { rows: 10_000, warmup: 3, runs: 11 },
  { rows: 100_000, warmup: 2, runs: 7 },
];

/** Every cell touched once: numbers summed, text trimmed and its length summed. */
function floorRead(grid) {
  let sum = 0;
  let length = 0;
  let other = 0;
  const rows = grid.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number") sum += cell;
      else if (typeof cell === "string") length += cell.trim().length;
      else if (cell !== null) other++;
    }
  }
  return sum + length + other;
}

/** Median wall time in ms of `runs` calls after `warmup` unmeasured ones. */
function time(fn, warmup, runs) {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink += fn();
    times.push(performance.now() - start);
  }
  if (Number.isNaN(sink)) throw new Error("unreachable: keeps the results alive");
  return median(times);
}

function benchCore(core) {
  log("core: analyzePlan (grid → summary and issues) against the floor (every cell read once), median ms;");
  log("json: reportJson after it (every issue's message written out), for reference");
  log(
    `  ${"rows".padStart(7)}  ${"core ms".padStart(9)}  ${"floor ms".padStart(9)}  ${"ratio".padStart(7)}  ${"json ms".padStart(9)}`,
  );
  let ratio100k = NaN;
  for (const size of SIZES) {
    const { grid, projects } = generatePlan(size.rows);
    const check = core.analyzePlan(grid);
    if (!check || check.rows.length !== projects) {
      throw new Error(`the engine read ${check ? check.rows.length : "no plan"} of ${projects} rows`);
    }
    const coreMs = time(
      () => {
        const report = core.analyzePlan(grid);
        return report.issues.length + report.summary.total.projects + report.notCarriedOut.length;
      },
      size.warmup,
      size.runs,
    );
    const jsonMs = time(() => core.reportJson(check).issues.length, size.warmup, size.runs);
    const floorMs = time(() => floorRead(grid), size.warmup, size.runs);
    const ratio = coreMs / floorMs;
    if (size.rows === 100_000) ratio100k = ratio;
    log(
      `  ${String(size.rows).padStart(7)}  ${coreMs.toFixed(2).padStart(9)}  ${floorMs
        .toFixed(2)
        .padStart(9)}  ${ratio.toFixed(2).padStart(7)}  ${jsonMs.toFixed(2).padStart(9)}`,
    );
    if (size.rows === 100_000) {
      log(`  (100k: ${check.issues.length} issues, ${check.notCarriedOut.length} not carried out)`);
    }
  }
  return ratio100k;
}

const coreLine = (ratio) => `core-vs-floor-100k: ${ratio.toFixed(2)}`;

module.exports = { benchCore, coreLine };

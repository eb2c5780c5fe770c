/**
 * `cli-20k-seconds` and `cli-stray-cell-ratio`: the command line over a 20,000-row workbook, and over
 * the same workbook with one "." in XFD1048576 (its time must follow the plan, not the sheet's extent).
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { runCli } = require("./runCli");
const { DIST_CLI, log, median } = require("./shared");
const { generatePlan } = require("./plans");

const TIME = "/usr/bin/time";
const CLI_ROWS = 20_000;
const CLI_RUNS = 3;

/**
 * CPU seconds (user + system) of a run, from GNU time's report when the machine has it: on a busy
 * machine the wall time swings with the load, the CPU time much less. Reported beside, never measured.
 */
function cpuSeconds(run) {
  const user = /User time \(seconds\): ([\d.]+)/.exec(run.stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(run.stderr);
  return user && system ? Number(user[1]) + Number(system[1]) : null;
}

/** The runs' CPU seconds as a log line's tail, or "" without GNU time. */
function cpuNote(runs) {
  const cpu = runs.map(cpuSeconds);
  return cpu.every((seconds) => seconds !== null)
    ? `; CPU (user+sys) ${cpu.map((seconds) => seconds.toFixed(2)).join(", ")}, load ${os.loadavg()[0].toFixed(2)}`
    : "";
}

/** The plan as an .xlsx file; `stray` puts one "." in the sheet's very last cell, as a slip of the hand. */
async function writeWorkbook(file, grid, stray = false) {
  const ExcelJS = require("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("แผน");
  for (const row of grid.rows) sheet.addRow(row.map((cell) => (cell === null ? undefined : cell)));
  if (stray) sheet.getCell("XFD1048576").value = ".";
  await workbook.xlsx.writeFile(file);
}

async function benchCli() {
  if (!fs.existsSync(DIST_CLI)) {
    log("cli: dist/node/cli/main.js is missing (src/cli/main.ts not built yet)");
    return { seconds: null, why: "no command line: dist/node/cli/main.js missing" };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "integrity-plan-bench-"));
  try {
    const file = path.join(dir, "plan-20k.xlsx");
    const { grid, projects } = generatePlan(CLI_ROWS, 2570);
    await writeWorkbook(file, grid);
    const useTime = fs.existsSync(TIME);
    log(
      `cli: integrity-plan summarize FILE --json over ${CLI_ROWS} rows ` +
        `(${(fs.statSync(file).size / 1024).toFixed(0)} KB .xlsx), ` +
        `peak memory by ${useTime ? "/usr/bin/time -v" : "process.resourceUsage() in the child"}`,
    );
    const warm = await runCli(["summarize", file, "--json"]);
    if (warm.code !== 0 && warm.code !== 1) {
      const why = warm.stderr.trim().split("\n")[0] || `exit ${warm.code}`;
      log(`  the command line failed (exit ${warm.code}): ${why}`);
      return { seconds: null, why: `command line failed: exit ${warm.code}` };
    }
    let parsed;
    try {
      parsed = JSON.parse(warm.stdout);
    } catch {
      log("  the command line's output is not JSON");
      return { seconds: null, why: "command line output is not JSON" };
    }
    const read = parsed && parsed.total ? parsed.total.projects : undefined;
    log(`  exit ${warm.code}, ${read} projects summarised of ${projects}, ${parsed.issues?.length} issues`);
    const runs = [];
    for (let i = 0; i < CLI_RUNS; i++) runs.push(await runCli(["summarize", file, "--json"]));
    const seconds = median(runs.map((run) => run.seconds));
    const rss = runs.map((run) => run.rssKb).filter((kb) => kb !== null);
    log(
      `  runs (s): ${runs.map((run) => run.seconds.toFixed(2)).join(", ")}; median ${seconds.toFixed(2)}${cpuNote(runs)}`,
    );
    log(`  peak memory: ${rss.length ? `${(Math.max(...rss) / 1024).toFixed(0)} MB` : "n/a"}`);
    return { seconds, strayRatio: await benchStrayCell(dir, grid, parsed, seconds) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same plan with a stray value in XFD1048576: the run's time over the plain plan's. The report
 * must be the same too; a different one (or a failure) gives no ratio.
 */
async function benchStrayCell(dir, grid, plainJson, plainSeconds) {
  const file = path.join(dir, "plan-20k-stray.xlsx");
  await writeWorkbook(file, grid, true);
  log(`cli: the same plan with "." in XFD1048576 (${(fs.statSync(file).size / 1024).toFixed(0)} KB .xlsx)`);
  const runs = [];
  for (let i = 0; i < CLI_RUNS; i++) runs.push(await runCli(["summarize", file, "--json"]));
  const failed = runs.find((run) => run.code !== 0 && run.code !== 1);
  if (failed) {
    log(`  the command line failed (exit ${failed.code}): ${failed.stderr.trim().split("\n")[0]}`);
    return { ratio: null, why: `command line failed on the stray cell: exit ${failed.code}` };
  }
  const same = (json) => JSON.stringify({ ...json, source: undefined });
  if (same(JSON.parse(runs[0].stdout)) !== same(plainJson)) {
    log("  the report differs from the plan's without the stray cell");
    return { ratio: null, why: "the stray cell changed the report" };
  }
  const seconds = median(runs.map((run) => run.seconds));
  const rss = runs.map((run) => run.rssKb).filter((kb) => kb !== null);
  log(
    `  runs (s): ${runs.map((run) => run.seconds.toFixed(2)).join(", ")}; median ${seconds.toFixed(2)}${cpuNote(runs)}`,
  );
  log(`  peak memory: ${rss.length ? `${(Math.max(...rss) / 1024).toFixed(0)} MB` : "n/a"}; same report`);
  return { ratio: seconds / plainSeconds };
}

/** The two lines, `cli-20k-seconds` and `cli-stray-cell-ratio`, of what benchCli returned. */
function cliLines(cli) {
  const stray = cli.strayRatio ?? { ratio: null, why: cli.why };
  return [
    cli.seconds === null ? `cli-20k-seconds: n/a (${cli.why})` : `cli-20k-seconds: ${cli.seconds.toFixed(2)}`,
    stray.ratio === null
      ? `cli-stray-cell-ratio: n/a (${stray.why})`
      : `cli-stray-cell-ratio: ${stray.ratio.toFixed(2)}`,
  ];
}

module.exports = { benchCli, cliLines, cpuNote };

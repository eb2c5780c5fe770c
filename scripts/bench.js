#!/usr/bin/env node
/**
 * `npm run bench`: how fast the engine reads a plan, against the least any reader of the sheet must do,
 * how long the command line takes over a 20,000-row workbook, how big the task pane bundle is, and
 * how long `rollup --json` takes over a country's 7,850 offices' workbooks (generated once from the
 * sample plan, varied a little, and kept in the temp folder for later runs).
 * Not a test. `--build` runs the production build first, so the bundle size is current;
 * `--only taskpane` measures the pane's scripts alone and prints only the first of the lines below.
 *
 * The last eight lines are machine-readable and always printed, in this order:
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
 *   unit-test-seconds: S     (the whole unit suite, `npm run test:unit`, with an empty jest cache)
 *   rollup-7850-seconds: S   (always the very last line)
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { performance } = require("perf_hooks");
const { localScripts } = require("./page-scripts");
const { benchUnitTests } = require("./bench/unitTests");
const { runCli } = require("./bench/runCli");
const { benchLedgerSheet } = require("./bench/ledgerSheet");

const ROOT = path.resolve(__dirname, "..");
const DIST_CORE = path.join(ROOT, "dist", "node", "core", "index.js");
const DIST_CLI = path.join(ROOT, "dist", "node", "cli", "main.js");
const TIME = "/usr/bin/time";

const SIZES = [
  { rows: 1_000, warmup: 5, runs: 21 },
  { rows: 10_000, warmup: 3, runs: 11 },
  { rows: 100_000, warmup: 2, runs: 7 },
];
const CLI_ROWS = 20_000;
const CLI_RUNS = 3;

const log = (line = "") => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------------
// Build

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

// ---------------------------------------------------------------------------------------------------
// A plan, generated deterministically

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER = [
  "ลำดับ",
  "มิติ",
  "ชื่อโครงการ/กิจกรรม/มาตรการ",
  "ประเภท",
  "งบประมาณตามแผน",
  "งบประมาณเบิกจ่าย",
  "สถานะ",
  "หมายเหตุ",
];
const DIMENSION_NAMES = [
  "การสร้างวัฒนธรรมสุจริต",
  "การบริหารราชการด้วยความโปร่งใส",
  "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
  "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น",
];
const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const PROJECTS = [
  "โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน",
  "มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม",
  "กิจกรรมเผยแพร่ข้อมูลข่าวสารการจัดซื้อจัดจ้าง",
  "โครงการเสริมสร้างการมีส่วนร่วมของประชาชนในการตรวจสอบ",
  "มาตรการจัดการเรื่องร้องเรียนการทุจริต",
  "กิจกรรมรายงานผลการตรวจสอบของผู้กำกับดูแล",
  "โครงการปลูกจิตสำนึกต่อต้านการทุจริตในสถานศึกษา",
  "แนวปฏิบัติการจัดทำแผนการใช้จ่ายงบประมาณ",
];
const TYPES = ["โครงการ", "กิจกรรม", "มาตรการ", "แนวปฏิบัติงาน"];
const STATUSES = {
  completed: ["ดำเนินการแล้วเสร็จ", "แล้วเสร็จ", "ดำเนินการแล้ว", "เสร็จสิ้น", "Completed", "done"],
  inProgress: ["อยู่ระหว่างดำเนินการ", "ระหว่างดำเนินการ", "กำลังดำเนินการ", "In progress"],
  notStarted: ["ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ", "Not started"],
  notDone: [
    "ไม่ได้ดำเนินการ",
    "ไม่สามารถดำเนินการได้",
    "ยกเลิก",
    "Not done",
    "Cancelled",
    "ไม่ได้ดำเนินการ เนื่องจากสถานการณ์โรคระบาด",
  ],
};
const NOTES = [
  "ไม่ได้รับจัดสรรงบประมาณ",
  "เลื่อนไปดำเนินการในปีงบประมาณถัดไป",
  "ดำเนินการร่วมกับหน่วยงานอื่น",
  "ใช้งบประมาณจากกองทุน",
];
const ZERO_WORDS = ["ไม่ใช้งบประมาณ", "-", "ไม่ได้ใช้งบประมาณ", "–", "ดำเนินการโดยไม่ใช้งบประมาณ"];
const BAD_TEXTS = ["ประมาณ 5,000", "n/a", "ตามจริง", "5000 (โดยประมาณ)"];
const ERRORS = ["#N/A", "#VALUE!", "#REF!"];

const thai = (text) => String(text).replace(/\d/g, (d) => THAI_DIGITS[Number(d)]);
const withCommas = (n) => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

/**
 * A budget cell in one of the spec's forms (§2.3). Plain numbers dominate, as in real plans; a plan
 * without budget is written as blank, a "no budget" word or 0; a few cells are text, odd or broken.
 */
function amountCell(random, baht) {
  const r = random();
  if (baht === 0) return r < 0.45 ? null : r < 0.75 ? pick(random, ZERO_WORDS) : 0;
  if (r < 0.93) return baht;
  if (r < 0.96) return `${thai(withCommas(baht))} บาท`;
  if (r < 0.98) return withCommas(baht).replace(/\.00$/, "");
  if (r < 0.99) return baht + 0.125;
  if (r < 0.996) return pick(random, BAD_TEXTS);
  return { error: pick(random, ERRORS) };
}

/** The dimension cell: a number, "มิติที่ ๒", "1. การสร้าง…", a bare name, or blank (the section decides). */
function dimensionCell(random, d) {
  const r = random();
  if (r < 0.5) return d;
  if (r < 0.65) return `มิติที่ ${thai(d)}`;
  if (r < 0.8) return `${d}. ${DIMENSION_NAMES[d - 1]}`;
  if (r < 0.9) return DIMENSION_NAMES[d - 1];
  return null;
}

/** A status bucket weighted as the sample plan and typical 12-month reports: most rows done, a few not. */
function statusBucket(random) {
  const r = random();
  if (r < 0.85) return "completed";
  if (r < 0.89) return "inProgress";
  if (r < 0.91) return "notStarted";
  if (r < 0.98) return "notDone";
  return "unknown";
}

/** The status cell of a bucket, in any of its wordings, sometimes with stray spaces; or blank/unknown. */
function statusCell(random, bucket) {
  if (bucket === "unknown") return random() < 0.5 ? null : "รอตรวจสอบ";
  const word = pick(random, STATUSES[bucket]);
  const s = random();
  if (s < 0.2) return ` ${word}`;
  if (s < 0.4) return `${word}  `;
  return word;
}

/** What was disbursed, as such a row would say: mostly consistent, with a few slips the checks catch. */
function disbursedBaht(random, baht, bucket) {
  const r = random();
  if (bucket === "notDone" || bucket === "notStarted") return r < 0.02 ? baht / 2 : 0;
  if (baht === 0) return 0;
  if (r < 0.03) return 0;
  if (r < 0.04) return baht * 1.1;
  const share = bucket === "completed" ? 0.6 + random() * 0.4 : random() * 0.6;
  return Math.round(baht * share * 100) / 100;
}

/**
 * A plan of `count` project rows under a header: four dimension sections, each opened by a section row
 * and closed by a "รวมมิติที่ N" row, then a grand total. Returns the grid and its project count.
 */
function generatePlan(count, seed = 2566) {
  const random = prng(seed);
  const rows = [HEADER];
  const perDimension = Math.ceil(count / 4);
  let made = 0;
  for (let d = 1; d <= 4 && made < count; d++) {
    rows.push([`มิติที่ ${d} ${DIMENSION_NAMES[d - 1]}`, null, null, null, null, null, null, null]);
    let planned = 0;
    for (let i = 1; i <= perDimension && made < count; i++, made++) {
      // Like the sample plan: about a third of the rows have a budget; the rest are measures without one.
      const baht = random() < 0.35 ? (1 + Math.floor(random() * 200)) * 500 : 0;
      const bucket = statusBucket(random);
      const spentBaht = disbursedBaht(random, baht, bucket);
      const r = random();
      const no = r < 0.7 ? `${d}.${i}` : r < 0.85 ? thai(`${d}.${i}`) : made + 1;
      const reason = bucket === "notDone" ? random() < 0.9 : random() < 0.1;
      rows.push([
        no,
        dimensionCell(random, d),
        `${pick(random, PROJECTS)} ครั้งที่ ${i}`,
        pick(random, TYPES),
        amountCell(random, baht),
        amountCell(random, spentBaht),
        statusCell(random, bucket),
        reason ? pick(random, NOTES) : null,
      ]);
      planned += baht;
      // Some plans have blank spacer rows between groups.
      if (random() < 0.002) rows.push([null, null, null, null, null, null, null, null]);
    }
    rows.push([null, null, `รวมมิติที่ ${d}`, null, planned, null, null, null]);
  }
  rows.push([null, null, "รวมทั้งสิ้น", null, 0, null, null, null]);
  return { grid: { rows, firstRow: 1, firstColumn: 1 }, projects: made };
}

// ---------------------------------------------------------------------------------------------------
// In-process timing

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

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
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

// ---------------------------------------------------------------------------------------------------
// The command line

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
    log(`  runs (s): ${runs.map((run) => run.seconds.toFixed(2)).join(", ")}; median ${seconds.toFixed(2)}`);
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
  log(`  runs (s): ${runs.map((run) => run.seconds.toFixed(2)).join(", ")}; median ${seconds.toFixed(2)}`);
  log(`  peak memory: ${rss.length ? `${(Math.max(...rss) / 1024).toFixed(0)} MB` : "n/a"}; same report`);
  return { ratio: seconds / plainSeconds };
}

// ---------------------------------------------------------------------------------------------------
// The roll-up of a country's offices

const ROLLUP_OFFICES = 7_850;
const ROLLUP_DIR = path.join(os.tmpdir(), `integrity-plan-bench-rollup-${ROLLUP_OFFICES}-v2`);
const ROLLUP_DONE = path.join(ROLLUP_DIR, ".complete");

/**
 * The sample plan once per office, varied a little: the office's name, what each project disbursed,
 * and now and then a project not carried out. Same round and fiscal year for all, as a roll-up needs.
 */
async function generateOffices() {
  if (fs.existsSync(ROLLUP_DONE)) return false;
  fs.rmSync(ROLLUP_DIR, { recursive: true, force: true });
  fs.mkdirSync(ROLLUP_DIR, { recursive: true });
  const { sampleWorkbook } = require(path.join(ROOT, "dist", "node", "cli", "sample.js"));
  const random = prng(7850);
  for (let i = 0; i < ROLLUP_OFFICES; i++) {
    const workbook = sampleWorkbook();
    const sheet = workbook.worksheets[0];
    const title = sheet.getCell(1, 1);
    title.value = String(title.value).replace("ตำบลแม่วิน", `ตำบลบ้าน${i + 1}`);
    // Only completed projects change, so each office stays as valid as the sample itself.
    sheet.eachRow((row, number) => {
      const planned = row.getCell(5).value;
      if (number <= 3 || typeof planned !== "number" || row.getCell(7).value !== "ดำเนินการแล้วเสร็จ") return;
      if (random() < 0.05) {
        row.getCell(6).value = 0;
        row.getCell(7).value = "ไม่ได้ดำเนินการ";
        row.getCell(8).value = pick(random, NOTES);
      } else if (planned > 0) {
        row.getCell(6).value = Math.round(planned * (0.5 + random() * 0.5) * 100) / 100;
      }
    });
    const folder = path.join(ROLLUP_DIR, `province-${String(i % 77).padStart(2, "0")}`);
    fs.mkdirSync(folder, { recursive: true });
    await workbook.xlsx.writeFile(path.join(folder, `office-${String(i + 1).padStart(4, "0")}.xlsx`));
  }
  fs.writeFileSync(ROLLUP_DONE, "");
  return true;
}

/** One run of `rollup FOLDER --recursive --json` over every office: wall seconds and peak memory. */
async function benchRollup() {
  if (!fs.existsSync(path.join(ROOT, "dist", "node", "cli", "rollupWorker.js"))) {
    log("rollup: dist/node/cli/rollupWorker.js is missing (src/cli not built)");
    return { seconds: null, why: "no rollup command built" };
  }
  const start = performance.now();
  const made = await generateOffices();
  if (made)
    log(
      `rollup: generated ${ROLLUP_OFFICES} workbooks in ${((performance.now() - start) / 1000).toFixed(0)} s`,
    );
  const args = ["rollup", ROLLUP_DIR, "--recursive", "--json"];
  const run = await runCli(args);
  let json;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    log(`rollup: the output is not JSON (exit ${run.code}): ${run.stderr.trim().split("\n")[0]}`);
    return { seconds: null, why: `rollup failed: exit ${run.code}` };
  }
  log(
    `rollup: integrity-plan rollup over ${ROLLUP_OFFICES} sample-sized workbooks (${ROLLUP_DIR}), ` +
      `${os.cpus().length} cores: exit ${run.code}, ${json.offices.length} offices, ` +
      `${json.total.projects} projects, ${json.unreadable.length} unreadable`,
  );
  log(
    `  ${run.seconds.toFixed(2)} s, peak memory ${run.rssKb === null ? "n/a" : `${(run.rssKb / 1024).toFixed(0)} MB`}`,
  );
  return { seconds: run.seconds };
}

// ---------------------------------------------------------------------------------------------------
// The task pane bundle

const DIST = path.join(ROOT, "dist");

const gzipKb = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

/**
 * The pane's scripts as the production build lists them in dist/first-load.json (webpack.config.js):
 * `initial` (the page's scripts and what the entry needs at once), `hosts` (the host's chunk, fetched
 * before the pane shows: one list for Excel, one for the preview), `later` (what each import() fetches
 * when the user gets to it). Without that file (an older build): the scripts taskpane.html names.
 */
function taskpaneScripts() {
  const manifest = path.join(DIST, "first-load.json");
  if (fs.existsSync(manifest)) {
    const { initial, hosts, later } = JSON.parse(fs.readFileSync(manifest, "utf8"));
    return { initial, hosts, later };
  }
  const html = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(html)) return null;
  const initial = localScripts(fs.readFileSync(html, "utf8"));
  return { initial, hosts: {}, later: {} };
}

/** Logs each script's size; the sum of the gzipped sizes, in KB. */
function logScripts(label, names) {
  let total = 0;
  for (const name of names) {
    const file = path.join(DIST, name);
    if (!fs.existsSync(file)) {
      log(`${label}: ${name} is missing from dist/`);
      continue;
    }
    const gz = gzipKb(file);
    total += gz;
    log(`${label}: ${name} ${(fs.statSync(file).size / 1024).toFixed(1)} KB, ${gz.toFixed(1)} KB gzipped`);
  }
  return total;
}

/**
 * The pane's first load: what it fetches before it first shows, gzipped, for the host that needs
 * the most (Excel or the preview). The chunks fetched later are logged apart, not counted.
 */
function benchBundle() {
  const scripts = taskpaneScripts();
  if (!scripts || scripts.initial.length === 0) {
    log("taskpane: no dist/taskpane.html (run npm run build, or npm run bench -- --build)");
    return null;
  }
  const entry = logScripts("taskpane", scripts.initial);
  let firstLoad = entry;
  for (const [host, names] of Object.entries(scripts.hosts)) {
    const total = entry + logScripts(`taskpane ${host}`, names);
    log(`taskpane: first load in ${host} ${total.toFixed(1)} KB gzipped`);
    firstLoad = Math.max(firstLoad, total);
  }
  for (const [chunk, names] of Object.entries(scripts.later)) {
    const total = names.reduce((sum, name) => sum + gzipKb(path.join(DIST, name)), 0);
    log(
      `taskpane later: ${chunk} (${names.join(", ")}) ${total.toFixed(1)} KB gzipped, after the first load`,
    );
  }
  return firstLoad;
}

const taskpaneLine = (kb) =>
  kb === null ? "taskpane-gzip-kb: n/a (no build: run npm run build)" : `taskpane-gzip-kb: ${kb.toFixed(1)}`;

// ---------------------------------------------------------------------------------------------------
// The task pane's check step with 30,000 findings

const PANE_FINDINGS_RUNS = 5;
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** test/browser/findingsPlan.ts: FINDINGS_PLAN and FINDINGS_SHEET, made in the page by the fake Excel. */
const FINDINGS_PLAN = { projects: 30_000, errorsEvery: 100 };
const FINDINGS_SHEET = "แผนรายการมาก";

function webpackInto(folder, extraArgs) {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), ...extraArgs, "--output-path", folder],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ADDIN_PRODUCTION_URL: "https://addin.example.org/" },
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `webpack ${extraArgs.join(" ")} exited ${result.status}: ${`${result.stdout}${result.stderr}`.slice(-800)}`,
    );
  }
}

function serveStatic(folder) {
  const http = require("http");
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
  const server = http.createServer((request, response) => {
    const file = path.resolve(folder, `.${new URL(request.url, "http://127.0.0.1").pathname}`);
    if (!file.startsWith(folder + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * In the page: clicks the Check tab and waits, frame by frame, until the step's list is in the page,
 * then for that frame to be painted (a task queued from requestAnimationFrame runs after the paint).
 * Returns the milliseconds from the click.
 */
function timeStepSwitch() {
  return new Promise((resolve) => {
    const tab = document.getElementById("step-check");
    const start = performance.now();
    tab.click();
    const listShown = () =>
      tab.getAttribute("aria-selected") === "true" &&
      document.querySelector('[role="tabpanel"] section li') !== null;
    const frame = () =>
      requestAnimationFrame(() => {
        if (listShown()) setTimeout(() => resolve(performance.now() - start), 0);
        else frame();
      });
    frame();
  });
}

/**
 * The production pane over the fake Excel (test/browser/excel-page.ts) with a plan of 30,000 notes and
 * 300 different errors: the time from a click on the Check tab to its list painted, in a fresh page
 * each run, at Excel's task pane size. Median of PANE_FINDINGS_RUNS runs.
 */
async function benchPaneFindings() {
  if (!fs.existsSync(CHROMIUM)) {
    log(`pane: ${CHROMIUM} is missing`);
    return { ms: null, why: "no chromium" };
  }
  const { chromium } = require("playwright-core");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "integrity-plan-bench-pane-"));
  let server;
  let browser;
  try {
    log("pane: building the production pane and the fake Excel …");
    const paneDir = path.join(dir, "pane");
    webpackInto(paneDir, ["--mode", "production"]);
    webpackInto(path.join(dir, "fake"), ["--config", path.join(ROOT, "test/browser/webpack.fake.config.js")]);
    const fakeExcel = fs.readFileSync(path.join(dir, "fake", "excel-page.js"), "utf8");
    server = await serveStatic(paneDir);
    const origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const runs = [];
    let findings = "";
    for (let i = 0; i < PANE_FINDINGS_RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 350, height: 800 }, locale: "th-TH" });
      // Nothing leaves the machine: the pane's own files, an empty office.js (the fake stands in), no more.
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`)) return route.continue();
        if (url === `${OFFICE_CDN}office.js`)
          return route.fulfill({ contentType: "text/javascript", body: "" });
        return route.abort("blockedbyclient");
      });
      await context.addInitScript({
        content: `window.fakeFindingsPlan = ${JSON.stringify(FINDINGS_PLAN)};\n${fakeExcel}`,
      });
      const page = await context.newPage();
      await page.goto(`${origin}/taskpane.html`);
      await page
        .getByRole("combobox")
        .first()
        .selectOption({ label: `แผ่นงาน ${FINDINGS_SHEET}` }, { timeout: 60_000 });
      // The tab shows "99+"; its accessible name has the count ("ตรวจสอบ 30,300 รายการ").
      const tab = page.getByRole("tab", { name: /\d{2},\d{3}/ });
      await tab.waitFor({ timeout: 120_000 });
      findings = await tab.getAttribute("aria-label");
      runs.push(await page.evaluate(timeStepSwitch));
      await context.close();
    }
    const ms = median(runs);
    log(
      `pane: switch to the check step, "${findings}" at 350 × 800, runs (ms): ` +
        `${runs.map((run) => run.toFixed(0)).join(", ")}; median ${ms.toFixed(0)}`,
    );
    return { ms };
  } catch (error) {
    log(`pane: ${String(error.message || error).split("\n")[0]}`);
    return { ms: null, why: "the pane bench failed" };
  } finally {
    if (browser) await browser.close();
    if (server) server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------

async function main(argv) {
  const build = argv.includes("--build");
  const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
  if (only !== undefined && only !== "taskpane") throw new Error(`--only takes "taskpane", not ${only}`);
  log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`);
  if (build) runProductionBuild();
  if (only === "taskpane") {
    log(taskpaneLine(benchBundle()));
    return;
  }
  ensureNodeBuild();
  const core = require(DIST_CORE);

  const ratio = benchCore(core);
  const cli = await benchCli();
  const kb = benchBundle();
  const paneFindings = await benchPaneFindings();
  const ledger = await benchLedgerSheet(log);
  const unitTests = benchUnitTests(log);
  const rollup = await benchRollup();

  log(taskpaneLine(kb));
  log(`core-vs-floor-100k: ${ratio.toFixed(2)}`);
  log(
    cli.seconds === null ? `cli-20k-seconds: n/a (${cli.why})` : `cli-20k-seconds: ${cli.seconds.toFixed(2)}`,
  );
  const stray = cli.strayRatio ?? { ratio: null, why: cli.why };
  log(
    stray.ratio === null
      ? `cli-stray-cell-ratio: n/a (${stray.why})`
      : `cli-stray-cell-ratio: ${stray.ratio.toFixed(2)}`,
  );
  log(
    paneFindings.ms === null
      ? `pane-30k-findings-ms: n/a (${paneFindings.why})`
      : `pane-30k-findings-ms: ${paneFindings.ms.toFixed(0)}`,
  );
  log(
    ledger.ratio === null
      ? `cli-ledger-sheet-ratio: n/a (${ledger.why})`
      : `cli-ledger-sheet-ratio: ${ledger.ratio.toFixed(2)}`,
  );
  log(
    unitTests.seconds === null
      ? `unit-test-seconds: n/a (${unitTests.why})`
      : `unit-test-seconds: ${unitTests.seconds.toFixed(1)} (${unitTests.tests} tests)`,
  );
  log(
    rollup.seconds === null
      ? `rollup-7850-seconds: n/a (${rollup.why})`
      : `rollup-7850-seconds: ${rollup.seconds.toFixed(2)}`,
  );
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`bench failed: ${error.stack || error}\n`);
  process.exitCode = 1;
});

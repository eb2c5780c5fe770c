/**
 * `rollup-7850-seconds`: `rollup --json` over a country's 7,850 offices' workbooks, generated once from
 * the sample plan, varied a little, and kept in the temp folder for later runs.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { performance } = require("perf_hooks");
const { runCli } = require("./runCli");
const { ROOT, log } = require("./shared");
const { prng, pick, NOTES } = require("./plans");
const { cpuNote } = require("./cli");

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
    `  ${run.seconds.toFixed(2)} s, peak memory ${run.rssKb === null ? "n/a" : `${(run.rssKb / 1024).toFixed(0)} MB`}` +
      cpuNote([run]),
  );
  return { seconds: run.seconds };
}

const rollupLine = (rollup) =>
  rollup.seconds === null
    ? `rollup-7850-seconds: n/a (${rollup.why})`
    : `rollup-7850-seconds: ${rollup.seconds.toFixed(2)}`;

module.exports = { benchRollup, rollupLine };

/**
 * `cli-ledger-sheet-ratio`: the command line's time over the sample plan with a 100,000-row ledger sheet
 * beside it, over the sample plan alone (spec §4.1: cost follows the plan; target at most 2). The
 * ledger's header is not a plan's, so it is read only to its head; the report must be the sample's.
 * Peak memory of both is logged. Speed is measured here, never asserted in a test.
 */
"use strict";

const { runCli } = require("./runCli");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const LEDGER_ROWS = 100_000;
const RUNS = 5;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** One run of `summarize FILE --json`. */
const summarize = (file) => runCli(["summarize", file, "--json"]);

/** The sample plan as the command writes it, and the same with a ledger sheet of 100,000 rows after it. */
async function writeFiles(dir) {
  const ExcelJS = require("exceljs");
  const sample = path.join(dir, "sample.xlsx");
  const made = await summarizeSample(sample);
  if (!made) return undefined;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sample);
  const ledger = workbook.addWorksheet("ทะเบียนเบิกจ่าย");
  ledger.addRow(["วันที่", "เลขที่ฎีกา", "รายการ", "จำนวนเงิน", "ผู้รับเงิน"]);
  for (let i = 0; i < LEDGER_ROWS; i++) {
    ledger.addRow([
      new Date(Date.UTC(2023, 0, 1 + (i % 300))),
      `ฎ.${i}/2566`,
      `ค่าวัสดุ รายการที่ ${i}`,
      (i % 997) * 13.5,
      `ร้านค้า ${i % 50}`,
    ]);
  }
  const withLedger = path.join(dir, "sample-ledger.xlsx");
  await workbook.xlsx.writeFile(withLedger);
  return { sample, withLedger };
}

async function summarizeSample(file) {
  return (await runCli(["sample", file])).code === 0;
}

/** { ratio } or { ratio: null, why }. */
async function benchLedgerSheet(log) {
  if (!fs.existsSync(path.join(ROOT, "dist", "node", "cli", "main.js"))) {
    return { ratio: null, why: "no command line: dist/node/cli/main.js missing" };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "integrity-plan-bench-ledger-"));
  try {
    const files = await writeFiles(dir);
    if (!files) return { ratio: null, why: "the sample plan could not be written" };
    const size = (file) => `${(fs.statSync(file).size / 1024).toFixed(0)} KB`;
    log(
      `cli: the sample plan (${size(files.sample)}) and the same with a ${LEDGER_ROWS.toLocaleString("en-US")}-row ` +
        `ledger sheet (${size(files.withLedger)}), ${RUNS} runs each`,
    );
    const measure = async (file) => {
      await summarize(file); // warm the disk cache
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await summarize(file));
      return runs;
    };
    const alone = await measure(files.sample);
    const beside = await measure(files.withLedger);
    const failed = [...alone, ...beside].find((run) => run.code !== 0 && run.code !== 1);
    if (failed)
      return { ratio: null, why: `command line failed: exit ${failed.code} ${failed.stderr.split("\n")[0]}` };
    const report = (run) => {
      const json = JSON.parse(run.stdout);
      return JSON.stringify({ ...json, source: undefined, candidates: undefined });
    };
    if (report(alone[0]) !== report(beside[0]))
      return { ratio: null, why: "the ledger sheet changed the report" };
    for (const [name, runs] of [
      ["alone", alone],
      ["with the ledger", beside],
    ]) {
      const rss = runs.map((run) => run.rssKb).filter((kb) => kb !== null);
      log(
        `  ${name}: ${runs.map((run) => run.seconds.toFixed(2)).join(", ")} s; median ${median(runs.map((run) => run.seconds)).toFixed(2)} s; ` +
          `peak memory ${rss.length ? `${(Math.max(...rss) / 1024).toFixed(0)} MB` : "n/a"}`,
      );
    }
    return { ratio: median(beside.map((run) => run.seconds)) / median(alone.map((run) => run.seconds)) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ledgerLine = (ledger) =>
  ledger.ratio === null
    ? `cli-ledger-sheet-ratio: n/a (${ledger.why})`
    : `cli-ledger-sheet-ratio: ${ledger.ratio.toFixed(2)}`;

module.exports = { benchLedgerSheet, ledgerLine };

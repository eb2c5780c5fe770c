/**
 * `pane-30k-findings-ms`: the task pane's check step with 30,000 findings, in headless Chromium over
 * the fake Excel, with a production build of the pane made for the run in a temp folder.
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { ROOT, log, median } = require("./shared");

const PANE_FINDINGS_RUNS = 5;
const LAUNCH = require("../../test/browser/chromium.json");
const CHROMIUM = LAUNCH.executablePath;
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
    // The browser tests' own launch (test/browser/chromium.json).
    browser = await chromium.launch(LAUNCH);
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

const paneLine = (pane) =>
  pane.ms === null
    ? `pane-30k-findings-ms: n/a (${pane.why})`
    : `pane-30k-findings-ms: ${pane.ms.toFixed(0)}`;

module.exports = { benchPaneFindings, paneLine };

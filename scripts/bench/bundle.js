/**
 * `taskpane-gzip-kb`: the task pane bundle, the scripts the pane fetches before it first shows, gzipped,
 * as the production build in dist/ has them (no build of its own: `--build` runs one first).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { localScripts } = require("../page-scripts");
const { DIST, log } = require("./shared");

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

module.exports = { benchBundle, taskpaneLine };

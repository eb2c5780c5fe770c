/**
 * `document-ms-2000`: the report document (spec §10) made from a report: core's document model and the
 * .docx written by the docx library, for the sample and for a 2,000-project plan (median ms); and the
 * size of the pane's document chunk, which loads only when a document is asked for.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { performance } = require("perf_hooks");
const { DIST, ROOT, log, median } = require("./shared");
const { generatePlan } = require("./plans");

const DIST_NODE = path.join(ROOT, "dist", "node");

async function timeDocument(core, memoDocument, memoDocx, grid, runs) {
  const report = core.analyzePlan(grid);
  const today = new Date(2023, 11, 25);
  const times = [];
  let bytes = 0;
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const written = await memoDocx(memoDocument(report, {}, today, "th"));
    if (i > 0) times.push(performance.now() - start);
    bytes = written.length;
  }
  return { ms: median(times), kb: bytes / 1024, projects: report.rows.length };
}

/** The pane's chunk named "document" in the production build, gzipped; undefined without a build. */
function documentChunkKb() {
  if (!fs.existsSync(DIST)) return undefined;
  const chunk = fs
    .readdirSync(DIST)
    .find((name) => /^document[.-].*\.js$/.test(name) || name === "document.js");
  return chunk === undefined
    ? undefined
    : zlib.gzipSync(fs.readFileSync(path.join(DIST, chunk)), { level: 9 }).length / 1024;
}

async function benchDocument() {
  const core = require(path.join(DIST_NODE, "core", "index.js"));
  const { memoDocument } = require(path.join(DIST_NODE, "core", "document", "memoDocument.js"));
  const { memoDocx } = require(path.join(DIST_NODE, "hosts", "docx", "memoDocx.js"));
  log("document: the report document (model and .docx) from a report, median ms of 5");
  const sample = await timeDocument(core, memoDocument, memoDocx, core.SAMPLE_GRID, 5);
  log(`  sample (${sample.projects} projects): ${sample.ms.toFixed(1)} ms, ${sample.kb.toFixed(1)} KB .docx`);
  const large = await timeDocument(core, memoDocument, memoDocx, generatePlan(2_000).grid, 5);
  log(`  ${large.projects} projects: ${large.ms.toFixed(1)} ms, ${large.kb.toFixed(1)} KB .docx`);
  const chunk = documentChunkKb();
  log(
    chunk === undefined
      ? "  the pane's document chunk: no production build in dist/ (npm run bench -- --build)"
      : `  the pane's document chunk: ${chunk.toFixed(1)} KB gzipped`,
  );
  return { sampleMs: sample.ms, largeMs: large.ms, chunkKb: chunk };
}

const documentLines = (result) => [
  `document-ms-sample: ${result.sampleMs.toFixed(1)}`,
  `document-ms-2000: ${result.largeMs.toFixed(1)}`,
  ...(result.chunkKb === undefined ? [] : [`document-chunk-gzip-kb: ${result.chunkKb.toFixed(1)}`]),
];

module.exports = { benchDocument, documentLines };

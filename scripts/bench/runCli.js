/**
 * One run of the command line for the bench: wall seconds, peak memory in KB (by GNU time when the
 * machine has it, else reported by the child itself as it exits), exit code, stdout and stderr.
 */
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "integrity-plan.js");
const DIST_CLI = path.join(ROOT, "dist", "node", "cli", "main.js");
const TIME = "/usr/bin/time";

/** Runs `integrity-plan ARGS`. */
function runCli(cliArgs) {
  const useTime = fs.existsSync(TIME);
  let command;
  let args;
  if (useTime) {
    command = TIME;
    args = ["-v", process.execPath, BIN, ...cliArgs];
  } else {
    const wrapper =
      `process.on("exit",()=>process.stderr.write("\\nmaxrss-kb: "+process.resourceUsage().maxRSS+"\\n"));` +
      `require(${JSON.stringify(DIST_CLI)}).main(${JSON.stringify(cliArgs)}).then((c)=>{process.exitCode=c;});`;
    command = process.execPath;
    args = ["-e", wrapper];
  }
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    let err = "";
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - start) / 1000;
      const rss = useTime
        ? /Maximum resident set size \(kbytes\): (\d+)/.exec(err)
        : /maxrss-kb: (\d+)/.exec(err);
      const status = useTime ? /Exit status: (\d+)/.exec(err) : null;
      resolve({
        seconds,
        rssKb: rss ? Number(rss[1]) : null,
        code: status ? Number(status[1]) : code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: err,
      });
    });
  });
}

module.exports = { runCli };

#!/usr/bin/env node
/**
 * `npm stop`: ends the dev server `npm start` started, by the pid file it wrote. Without a pid file, on
 * Linux, it looks for a webpack process listening on the dev server's port and ends that one only.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PID_FILE = path.join(ROOT, "node_modules", ".cache", "integrity-plan", "dev-server.pid");

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

function signal(pid, name, group) {
  try {
    process.kill(group ? -pid : pid, name);
  } catch (error) {
    if (error.code !== "ESRCH") throw error;
  }
}

/** On Linux, whether the process is a webpack one; elsewhere there is no cheap way to tell. */
function isWebpack(pid) {
  if (process.platform !== "linux") return true;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("webpack");
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM, then SIGKILL if the server has not closed within five seconds. */
async function end(pid, group) {
  signal(pid, "SIGTERM", group);
  for (let waited = 0; waited < 5000 && alive(pid); waited += 100) await sleep(100);
  if (alive(pid)) signal(pid, "SIGKILL", group);
}

/** Linux only: the pid of the process holding a listening socket on the port, read from /proc. */
function listenerOnPort(port) {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // fields[1] is local address:port, fields[3] the state (0A = LISTEN), fields[9] the socket inode.
      if (fields.length > 9 && fields[1].endsWith(`:${hexPort}`) && fields[3] === "0A") inodes.add(fields[9]);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds;
    try {
      fds = fs.readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // another user's process, or one that just ended
    }
    for (const fd of fds) {
      let target;
      try {
        target = fs.readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      const match = /^socket:\[(\d+)\]$/.exec(target);
      if (match && inodes.has(match[1])) return Number(entry);
    }
  }
  return undefined;
}

async function main() {
  const group = process.platform !== "win32";
  if (fs.existsSync(PID_FILE)) {
    const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
    fs.rmSync(PID_FILE);
    // A stale file may name a pid the system has since given to something else.
    if (Number.isInteger(pid) && pid > 0 && alive(pid) && isWebpack(pid)) {
      await end(pid, group);
      console.log(`Dev server stopped (pid ${pid}) / หยุดเซิร์ฟเวอร์แล้ว`);
      return;
    }
  }
  const pid = process.platform === "linux" ? listenerOnPort(PORT) : undefined;
  if (pid !== undefined) {
    if (!isWebpack(pid)) {
      console.log(`Port ${PORT} is held by pid ${pid}, not a webpack dev server: left running`);
      process.exitCode = 1;
      return;
    }
    await end(pid, false);
    console.log(`Dev server on port ${PORT} stopped (pid ${pid}) / หยุดเซิร์ฟเวอร์แล้ว`);
    return;
  }
  console.log(`No dev server running on port ${PORT} / ไม่มีเซิร์ฟเวอร์ที่กำลังทำงาน`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

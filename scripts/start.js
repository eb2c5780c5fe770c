#!/usr/bin/env node
/**
 * `npm start`: makes the https dev certificates if needed, says how to sideload the add-in, then runs
 * webpack-dev-server in the foreground until Ctrl+C or `npm stop`.
 *
 * The server runs in its own process group and its id goes to a pid file, so `npm stop` ends it and
 * every child it started, even when this script was itself started in the background with setsid.
 */
"use strict";

const { spawn } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PID_FILE = path.join(ROOT, "node_modules", ".cache", "integrity-plan", "dev-server.pid");
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = ["ca.crt", "localhost.crt", "localhost.key"].map((name) => path.join(CERT_DIR, name));
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** The certificates exist and the localhost one is good for at least another day. */
function certificatesUsable() {
  if (!CERT_FILES.every((file) => fs.existsSync(file))) return false;
  const cert = new crypto.X509Certificate(fs.readFileSync(path.join(CERT_DIR, "localhost.crt")));
  return Date.parse(cert.validTo) - Date.now() > ONE_DAY_MS;
}

/**
 * On Windows and macOS office-addin-dev-certs also trusts its CA, which Excel needs. On Linux there is
 * no desktop Excel and trusting needs sudo, so only the files are made; browsers are told to accept them.
 */
async function ensureCertificates() {
  if (certificatesUsable()) return true;
  const devCerts = require("office-addin-dev-certs");
  try {
    if (process.platform === "win32" || process.platform === "darwin") {
      await devCerts.ensureCertificatesAreInstalled();
    } else {
      await devCerts.generateCertificates();
    }
  } catch (error) {
    console.warn(`Could not make the dev certificates / สร้างใบรับรองไม่สำเร็จ: ${error.message}`);
  }
  return certificatesUsable();
}

function printInstructions(https) {
  const base = `${https ? "https" : "http"}://localhost:${PORT}`;
  const manifest = path.join(ROOT, "manifest.xml");
  console.log(`
รายงานผลแผนป้องกันการทุจริต · Integrity Plan Report — ${base}

ติดตั้งส่วนเสริมแบบทดลอง (sideload)
  • Excel บนเว็บ: หน้าแรก > ส่วนเสริม > ส่วนเสริมเพิ่มเติม > อัปโหลดส่วนเสริมของฉัน > เลือก ${manifest}
  • Excel บน Windows หรือ Mac: npx office-addin-debugging start manifest.xml
  • ดูตัวอย่างในเบราว์เซอร์: เปิด ${base}/taskpane.html จะเห็นบานหน้าต่างกับแผนตัวอย่าง

Sideload the add-in
  • Excel on the web: Home > Add-ins > More Add-ins > Upload My Add-in > choose ${manifest}
  • Excel for Windows or Mac: npx office-addin-debugging start manifest.xml
  • Preview in a browser: open ${base}/taskpane.html to see the pane on the sample plan

หยุดเซิร์ฟเวอร์ / stop the server: Ctrl+C, or npm stop
`);
  if (!https) {
    console.log(
      "!! ไม่มีใบรับรอง https: Excel จะไม่โหลดส่วนเสริมผ่าน http (ยังดูตัวอย่างในเบราว์เซอร์ได้)\n" +
        "!! No https certificates: Excel will not load the add-in over http (the browser preview still works).\n",
    );
  } else if (process.platform === "linux") {
    console.log(
      `ใบรับรองยังไม่ได้รับความเชื่อถือในเครื่องนี้ เบราว์เซอร์จะเตือนครั้งแรก / The certificate authority\n` +
        `${path.join(CERT_DIR, "ca.crt")} is not trusted on this machine: the browser will warn once.\n`,
    );
  }
}

function removePidFile(pid) {
  if (fs.existsSync(PID_FILE) && fs.readFileSync(PID_FILE, "utf8").trim() === String(pid))
    fs.rmSync(PID_FILE);
}

async function main() {
  const https = await ensureCertificates();
  printInstructions(https);

  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  // Its own process group (not on Windows, where that would open a new console window).
  const group = process.platform !== "win32";
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
    detached: group,
  });
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, `${server.pid}\n`);

  const stop = (signal) => {
    try {
      process.kill(group ? -server.pid : server.pid, signal);
    } catch (error) {
      if (error.code !== "ESRCH") throw error;
    }
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop("SIGTERM"));

  server.on("exit", (code, signal) => {
    removePidFile(server.pid);
    process.exitCode = code ?? (signal === "SIGTERM" || signal === "SIGINT" ? 0 : 1);
  });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

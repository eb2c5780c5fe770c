/** Builds what the browser test serves: the production pane in dist/, and the fake Excel for the page. */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
const WEBPACK = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
/** The production build requires the address it will be served from; the tests build for this one. */
export const EXAMPLE_ADDIN_URL = "https://addin.example.org/";

/** What the production build reads; dist/node belongs to the command line's tsc build, not webpack's. */
const PANE_SOURCES = ["src", "assets", "webpack.config.js", "manifest.xml", "tsconfig.json", "package.json"];

function newest(entry: string, skip?: string): number {
  if (!fs.existsSync(entry) || entry === skip) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = 0;
  for (const name of fs.readdirSync(entry)) time = Math.max(time, newest(path.join(entry, name), skip));
  return time;
}

function webpack(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WEBPACK, ...args], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_PRODUCTION_URL: EXAMPLE_ADDIN_URL },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`webpack ${args.join(" ")} exited ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

/**
 * Runs `webpack --mode production` unless dist/ already holds a build newer than every source.
 * Webpack leaves unchanged files untouched, so "newer" is judged by the newest file in dist/.
 */
export async function buildPane(): Promise<"built" | "fresh"> {
  const built = fs.existsSync(path.join(DIST, "taskpane.html")) ? newest(DIST, path.join(DIST, "node")) : 0;
  const sources = Math.max(...PANE_SOURCES.map((name) => newest(path.join(ROOT, name))));
  if (built > sources) return "fresh";
  await webpack(["--mode", "production"]);
  return "built";
}

/** Bundles test/browser/excel-page.ts into one script, for page.addInitScript; returns its text. */
export async function bundleFakeExcel(outputFolder: string): Promise<string> {
  await webpack(["--config", path.join(__dirname, "webpack.fake.config.js"), "--output-path", outputFolder]);
  return fs.readFileSync(path.join(outputFolder, "excel-page.js"), "utf8");
}

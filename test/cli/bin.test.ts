import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const BUILT = path.join(ROOT, "dist", "node", "cli", "main.js");

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const file = path.join(dir, entry.name);
      return entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs;
    }),
  );
}

// The bin runs the compiled command line (`npm run prepare`); build it when missing or older than src.
beforeAll(() => {
  const sources = Math.max(
    newestSource(path.join(ROOT, "src", "cli")),
    newestSource(path.join(ROOT, "src", "core")),
  );
  const stale = !existsSync(BUILT) || statSync(BUILT).mtimeMs < sources;
  if (stale)
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
      cwd: ROOT,
    });
}, 120_000);

it("the installed bin summarises examples/sample-plan.xlsx as JSON with exit 0, and fails with exit 2 and one line", () => {
  const bin = path.join("bin", "integrity-plan.js");
  const ok = spawnSync(process.execPath, [bin, "summarize", "examples/sample-plan.xlsx", "--json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect([ok.status, ok.stderr]).toEqual([0, ""]);
  const json = JSON.parse(ok.stdout) as {
    total: { pctProjects: number; pctBudget: number };
    dimensions: { pctBudget: number }[];
    issues: { code: string }[];
  };
  expect([json.total.pctProjects, json.total.pctBudget, json.dimensions[2].pctBudget]).toEqual([
    93.75, 82.13, 92.48,
  ]);
  expect(json.issues.map((issue) => issue.code)).toContain("control-total-mismatch");

  const missing = spawnSync(process.execPath, [bin, "summarize", "no-such-plan.xlsx"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect([missing.status, missing.stdout, missing.stderr]).toEqual([2, "", "ไม่พบไฟล์: no-such-plan.xlsx\n"]);
});

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { link, mkdir, readFile, writeFile } from "node:fs/promises";
import * as path from "node:path";
import type { RollUpJson } from "../../src/core/summary/rollup";
import { DONE, HEADER, NOT_DONE, readXlsx, run, saveText, tempFolder } from "./helpers";

/** A plan as CSV under one title line (which may state the office, fiscal year and round). */
function planCsv(title: string, rows: (string | number)[][]): string {
  return [title, HEADER.join(","), ...rows.map((row) => row.join(","))].join("\n") + "\n";
}

const TITLE_12 = "แผนปฏิบัติการ องค์การบริหารส่วนตำบลก ปีงบประมาณ 2566 รอบ 12 เดือน";

async function rollupJson(args: string[]): Promise<{ code: number; json: RollUpJson; stderr: string }> {
  const result = await run(["rollup", ...args, "--json"]);
  return { code: result.code, json: JSON.parse(result.stdout) as RollUpJson, stderr: result.stderr };
}

describe("integrity-plan rollup", () => {
  const at = tempFolder();

  /** Two offices in a folder, with a file and a subfolder that are not plans of the folder. */
  async function twoOffices(): Promise<string> {
    const folder = at("offices");
    await mkdir(path.join(folder, "deeper"), { recursive: true });
    await saveText(
      path.join(folder, "b.csv"),
      planCsv(TITLE_12.replace("ตำบลก", "ตำบลข"), [
        [1, 1, "ก", 100, 100, DONE, ""],
        [2, 2, "ข", 300, 0, NOT_DONE, "ไม่ได้รับงบประมาณ"],
      ]),
    );
    expect((await run(["sample", path.join(folder, "a.xlsx")])).code).toBe(0);
    await saveText(path.join(folder, "notes.txt"), "not a plan");
    await saveText(path.join(folder, "~$a.xlsx"), "Excel's lock file");
    await saveText(path.join(folder, "deeper", "c.csv"), planCsv(TITLE_12, [[1, 3, "ค", 50, 50, DONE, ""]]));
    return folder;
  }

  it("reads a folder's plan files (not its other files nor subfolders), one office each, sorted by path", async () => {
    const folder = await twoOffices();
    const { code, json } = await rollupJson([folder]);
    expect(code).toBe(0);
    expect(json.offices.map((o) => path.basename(o.file))).toEqual(["a.xlsx", "b.csv"]);
    expect(json.offices.map((o) => [o.organisation, o.fiscalYear, o.valid])).toEqual([
      ["องค์การบริหารส่วนตำบลแม่วิน", 2566, true],
      ["องค์การบริหารส่วนตำบลข", 2566, true],
    ]);
    expect(json.unreadable).toEqual([]);
  });

  it("escapes the C1 controls of an office's name in its JSON, as summarize does, and reads it back as it was", async () => {
    const folder = at("controls");
    await mkdir(folder, { recursive: true });
    const name = "องค์การบริหารส่วนตำบล\u009b2Jก";
    await saveText(
      path.join(folder, "a.csv"),
      planCsv(TITLE_12.replace("องค์การบริหารส่วนตำบลก", name), [[1, 1, "ก", 100, 100, DONE, ""]]),
    );
    const result = await run(["rollup", folder, "--json"]);
    expect(result.stdout).not.toMatch(/[\u007F-\u009F]/);
    expect((JSON.parse(result.stdout) as RollUpJson).offices.map((office) => office.organisation)).toEqual([
      name,
    ]);
  });

  it("adds the offices up exactly, percentages from the sums", async () => {
    const { json } = await rollupJson([await twoOffices()]);
    expect(json.total).toMatchObject({ projects: 18, plannedBudget: 402300, completed: 16, notDone: 2 });
    expect(json.total.disbursed).toBe(330195);
    expect(json.total.pctProjects).toBe(88.89);
    expect(json.total.pctBudget).toBe(82.08);
    expect(json.dimensions.map((d) => d.projects)).toEqual([6, 6, 2, 4]);
  });

  it("reads subfolders with --recursive", async () => {
    const { json } = await rollupJson([await twoOffices(), "--recursive"]);
    expect(json.offices.map((o) => path.basename(o.file))).toEqual(["a.xlsx", "b.csv", "c.csv"]);
  });

  it("lists the files it could not read with the reason, and exits 1", async () => {
    const folder = await twoOffices();
    await saveText(path.join(folder, "broken.xlsx"), "not a zip");
    await saveText(path.join(folder, "empty.csv"), "just,some\ntext,here\n");
    const missing = path.join(folder, "missing.xlsx");
    const { code, json } = await rollupJson([folder, missing]);
    expect(code).toBe(1);
    expect(json.offices).toHaveLength(2);
    expect(json.unreadable.map((u) => [path.basename(u.file), u.reason.split(":")[0]])).toEqual([
      [
        "broken.xlsx",
        `ไฟล์ ${path.join(folder, "broken.xlsx")} เสียหาย หรือไม่ใช่สมุดงาน Excel จริง (อ่านโครงสร้างไฟล์ไม่ได้)`,
      ],
      ["empty.csv", "ไม่พบแผนใน " + path.join(folder, "empty.csv")],
      ["missing.xlsx", "ไม่พบไฟล์"],
    ]);
  });

  it("exits 1 when an office's plan has errors, and counts its errors and warnings", async () => {
    const folder = await twoOffices();
    await saveText(path.join(folder, "c.csv"), planCsv(TITLE_12, [[1, 1, "ค", 50, 50, "อะไร", ""]]));
    const { code, json } = await rollupJson([folder]);
    expect(code).toBe(1);
    expect(json.offices[2]).toMatchObject({ valid: false, errors: 1, warnings: 0 });
  });

  it("exits 2 with one line when no file could be read", async () => {
    const bad = await saveText(at("bad.csv"), "a,b\n");
    const result = await run(["rollup", bad, "--json"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual(["อ่านแผนไม่ได้เลย (1 ไฟล์อ่านไม่ได้)"]);
    expect((JSON.parse(result.stdout) as RollUpJson).unreadable).toHaveLength(1);
  });

  it("refuses plans of different rounds, naming the files, unless --round says which", async () => {
    const folder = await twoOffices();
    await saveText(
      path.join(folder, "six.csv"),
      planCsv(TITLE_12.replace("12", "6"), [[1, 1, "ก", 1, 1, DONE, ""]]),
    );
    const refused = await run(["rollup", folder, "--lang", "en"]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("different rounds");
    expect(refused.stderr).toContain(`6-month round ${path.join(folder, "six.csv")}`);
    expect(refused.stderr).toContain(
      `12-month round ${path.join(folder, "a.xlsx")}, ${path.join(folder, "b.csv")}`,
    );
    const { code, json } = await rollupJson([folder, "--round", "12"]);
    expect([code, json.round, json.offices.length]).toEqual([0, 12, 3]);
  });

  it("refuses plans of different fiscal years unless --year says which", async () => {
    const folder = await twoOffices();
    await saveText(
      path.join(folder, "old.csv"),
      planCsv(TITLE_12.replace("2566", "2565"), [[1, 1, "ก", 1, 1, DONE, ""]]),
    );
    const refused = await run(["rollup", folder]);
    expect([refused.code, refused.stderr]).toEqual([
      2,
      expect.stringContaining("แผนต่างปีงบประมาณกัน: ปี พ.ศ. 2565"),
    ]);
    const { code, json } = await rollupJson([folder, "--year", "2566"]);
    expect([code, json.offices.map((o) => o.fiscalYear)]).toEqual([0, [2566, 2566, 2566]]);
  });

  it("reads --year as summarize does: Thai digits welcome, a Gregorian year refused", async () => {
    const folder = await twoOffices();
    const thai = await rollupJson([folder, "--year", "๒๕๖๖"]);
    expect([thai.code, thai.json.offices.map((o) => o.fiscalYear)]).toEqual([0, [2566, 2566]]);
    for (const command of ["rollup", "summarize"]) {
      const gregorian = await run([command, folder, "--year", "2023"]);
      expect([gregorian.code, gregorian.stderr]).toEqual([2, expect.stringContaining("--year")]);
    }
  });

  it("refuses the options that choose one plan in one file, and a run with nothing to read", async () => {
    const folder = await twoOffices();
    const sheet = await run(["rollup", folder, "--sheet", "แผน"]);
    expect([sheet.code, sheet.stderr]).toEqual([2, expect.stringContaining("ใช้ --sheet กับ rollup ไม่ได้")]);
    const none = await run(["rollup"]);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining("ไม่ได้ระบุไฟล์หรือโฟลเดอร์")]);
  });

  it("prints the offices, the dimensions and the files not read as text", async () => {
    const folder = await twoOffices();
    const result = await run(["rollup", folder, path.join(folder, "nope.csv"), "--lang", "en"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Offices (2)");
    expect(result.stdout).toMatch(/Total\s+18\s+402,300\.00\s+16\s+330,195\.00\s+2\s+88\.89\s+82\.08/);
    expect(result.stdout).toContain(`Files not read (1)\n  ${path.join(folder, "nope.csv")}: No such file`);
  });

  describe("--write", () => {
    it("writes a print-ready roll-up sheet, each office's row filled in its band's colour", async () => {
      const folder = await twoOffices();
      await saveText(path.join(folder, "low.csv"), planCsv(TITLE_12, [[1, 1, "ก", 0, 0, NOT_DONE, "เหตุ"]]));
      const out = at("rollup.xlsx");
      const before = await readFile(path.join(folder, "b.csv"));
      const result = await run(["rollup", folder, "--write", out]);
      expect([result.code, result.stdout]).toEqual([
        0,
        expect.stringContaining(`เขียนแผ่นงานรวมผลลงในไฟล์ ${out} แล้ว`),
      ]);
      expect(await readFile(path.join(folder, "b.csv"))).toEqual(before);
      const workbook = await readXlsx(out);
      const sheet = workbook.getWorksheet("รวมผล");
      if (!sheet) throw new Error("no roll-up sheet");
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
      });
      // Three offices fit the first page: no rows repeat (spec §6, test/layout/printTitles.test.ts).
      expect(sheet.pageSetup.printTitlesRow).toBeUndefined();
      const fills: Record<string, string | undefined> = {};
      sheet.eachRow((row) => {
        const name = row.getCell(2).value;
        if (typeof name === "string" && /แม่วิน|ตำบลข|ตำบลก/.test(name) && row.getCell(3).value !== null) {
          const fill = row.getCell(5).fill;
          fills[path.basename(String(row.getCell(3).value))] =
            fill && fill.type === "pattern" ? fill.fgColor?.argb : undefined;
        }
      });
      expect(fills).toEqual({ "a.xlsx": "FFC6EFCE", "b.csv": "FFFFD8A8", "low.csv": "FFFFC7CE" });
      expect(sheet.getCell("A1").font).toMatchObject({ name: "TH Sarabun New" });
      expect(sheet.getRow(6).height).toBeGreaterThanOrEqual(24);
      // A roll-up left among the plans is never read as one more office.
      const again = await rollupJson([folder, out]);
      expect(again.json.offices).toHaveLength(3);
      expect(again.json.unreadable).toEqual([
        { file: out, reason: expect.stringContaining("เป็นไฟล์รวมผลที่ integrity-plan rollup เขียนไว้") },
      ]);
    });

    it("keeps an existing file unless --force, and writes only .xlsx", async () => {
      const folder = await twoOffices();
      const out = await saveText(at("exists.xlsx"), "keep me");
      const kept = await run(["rollup", folder, "--write", out]);
      expect(kept.code).toBe(2);
      expect(await readFile(out, "utf8")).toBe("keep me");
      expect((await run(["rollup", folder, "--write", out, "--force"])).code).toBe(0);
      expect((await run(["rollup", folder, "--write", at("x.csv")])).code).toBe(2);
    });
  });
});

describe("rollup: the same plan given twice (spec §8)", () => {
  const at = tempFolder();
  const SAME_PLAN = "แผนเดียวกับ";

  /** The sample plan as a.xlsx in a folder of its own. */
  async function samplePlan(): Promise<{ folder: string; plan: string }> {
    const folder = at("same");
    await mkdir(folder);
    const plan = path.join(folder, "a.xlsx");
    expect((await run(["sample", plan])).code).toBe(0);
    return { folder, plan };
  }

  it("adds a plan once beside its own summarize --write copy, keeping the original whatever the order", async () => {
    const { folder, plan } = await samplePlan();
    // "a-สรุป.xlsx" sorts before "a.xlsx": the copy is known by the summary sheet it holds.
    const copy = path.join(folder, "a-สรุป.xlsx");
    expect((await run(["summarize", plan, "--write", copy])).code).toBe(0);
    const { code, json } = await rollupJson([folder]);
    expect(code).toBe(1);
    expect(json.offices.map((o) => o.file)).toEqual([plan]);
    expect(json.total).toMatchObject({ projects: 16, plannedBudget: 401900, disbursed: 330095 });
    expect(json.unreadable).toEqual([
      { file: copy, reason: expect.stringMatching(`^${SAME_PLAN} ${plan} \\(`) },
    ]);
    // The copy alone is read as the plan it holds.
    expect((await rollupJson([copy])).json.offices.map((o) => o.file)).toEqual([copy]);
  });

  it("adds a plan once beside its CSV export, and once under two names (a hard link, a copy)", async () => {
    const { folder, plan } = await samplePlan();
    const book = await readXlsx(plan);
    const exported = path.join(folder, "b-export.csv");
    await writeFile(exported, Buffer.from(await book.csv.writeBuffer({ sheetName: "แผน" })));
    await link(plan, path.join(folder, "c-link.xlsx"));
    await writeFile(path.join(folder, "d-copy.xlsx"), await readFile(plan));
    const result = await run(["rollup", folder, "--lang", "en"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Offices (1)");
    expect(result.stdout).toMatch(/Total\s+16\s+401,900\.00\s+15\s+330,095\.00/);
    for (const other of ["b-export.csv", "c-link.xlsx", "d-copy.xlsx"])
      expect(result.stdout).toContain(`${path.join(folder, other)}: The same plan as ${plan} (`);
  });

  it("asks which to use when one office and year has two different plans, and adds neither", async () => {
    const folder = at("two-plans");
    await mkdir(folder);
    const first = await saveText(
      path.join(folder, "a.csv"),
      planCsv(TITLE_12, [
        [1, 1, "ก", 100, 100, DONE, ""],
        [2, 2, "ข", 300, 0, NOT_DONE, "เหตุ"],
      ]),
    );
    // The same office and year, one project now done: which is the plan?
    const second = await saveText(
      path.join(folder, "a-ล่าสุด.csv"),
      planCsv(TITLE_12, [
        [1, 1, "ก", 100, 100, DONE, ""],
        [2, 2, "ข", 300, 300, DONE, ""],
      ]),
    );
    const other = await saveText(
      path.join(folder, "b.csv"),
      planCsv(TITLE_12.replace("ตำบลก", "ตำบลข"), [[1, 1, "ก", 100, 100, DONE, ""]]),
    );
    const { code, json } = await rollupJson([folder]);
    expect(code).toBe(1);
    expect(json.offices.map((o) => o.file)).toEqual([other]);
    expect(json.total.projects).toBe(1);
    const question = (a: string, b: string) =>
      `${a} และ ${b} เป็นแผน 2 ฉบับที่ต่างกันของหน่วยงานและปีงบประมาณเดียวกัน ` +
      "(องค์การบริหารส่วนตำบลก ปีงบประมาณ พ.ศ. 2566) จะใช้ฉบับใด? ระบุเฉพาะไฟล์ที่ถูกต้อง (ยังไม่นำฉบับใดมารวม)";
    expect(json.unreadable).toEqual([
      { file: second, reason: question(second, first) },
      { file: first, reason: question(first, second) },
    ]);
    // The two alone: nothing is added, as when no file could be read.
    const alone = await run(["rollup", first, second]);
    expect(alone.code).toBe(2);
    expect(alone.stdout).toContain("จะใช้ฉบับใด?");
  });

  it("adds two offices whose totals are equal but whose projects and names differ", async () => {
    const folder = at("equal-totals");
    await mkdir(folder);
    await saveText(path.join(folder, "a.csv"), planCsv(TITLE_12, [[1, 1, "อบรมคุณธรรม", 100, 100, DONE, ""]]));
    await saveText(
      path.join(folder, "b.csv"),
      planCsv(TITLE_12.replace("ตำบลก", "ตำบลข"), [[1, 1, "ประชุมประชาคม", 100, 100, DONE, ""]]),
    );
    const { code, json } = await rollupJson([folder]);
    expect([code, json.offices.length, json.unreadable]).toEqual([0, 2, []]);
    expect(json.offices[0].total).toEqual(json.offices[1].total);
    expect(json.total).toMatchObject({ projects: 2, plannedBudget: 200 });
  });
});

describe("summarize --json --trace", () => {
  const at = tempFolder();

  it("gives each dimension and the total the rows behind its counts", async () => {
    const file = at("plan.csv");
    await saveText(
      file,
      planCsv(TITLE_12, [
        [1, 1, "ก", 100, 100, DONE, ""],
        [2, 1, "ข", 100, 0, NOT_DONE, "เหตุ"],
        [3, 3, "ค", 100, 100, DONE, ""],
      ]),
    );
    const result = await run(["summarize", file, "--json", "--trace"]);
    const json = JSON.parse(result.stdout) as {
      dimensions: { trace: Record<string, number[]> }[];
      total: { trace: Record<string, number[]> };
    };
    expect(json.dimensions[0].trace).toEqual({
      projects: [3, 4],
      completed: [3],
      inProgress: [],
      notStarted: [],
      notDone: [4],
    });
    expect(json.total.trace.projects).toEqual([3, 4, 5]);
    expect(JSON.parse((await run(["summarize", file, "--json"])).stdout).total.trace).toBeUndefined();
  });

  it("needs --json", async () => {
    const file = await saveText(at("plan.csv"), planCsv(TITLE_12, [[1, 1, "ก", 1, 1, DONE, ""]]));
    const result = await run(["summarize", file, "--trace"]);
    expect([result.code, result.stderr]).toEqual([2, expect.stringContaining("--trace ใช้คู่กับ --json")]);
  });

  it("is in --help, with the rollup command", async () => {
    const help = (await run(["--help", "--lang", "en"])).stdout;
    expect(help).toContain("integrity-plan rollup FILE_OR_FOLDER...");
    expect(help).toContain("--json --trace");
  });
});

describe("the installed bin reads many files on every core", () => {
  const ROOT = path.join(__dirname, "..", "..");
  const at = tempFolder();

  function newestSource(dir: string): number {
    return Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
        const file = path.join(dir, entry.name);
        return entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs;
      }),
    );
  }

  beforeAll(() => {
    const built = path.join(ROOT, "dist", "node", "cli", "rollupWorker.js");
    const sources = Math.max(
      newestSource(path.join(ROOT, "src", "cli")),
      newestSource(path.join(ROOT, "src", "core")),
    );
    if (!existsSync(built) || statSync(built).mtimeMs < sources)
      execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
        cwd: ROOT,
      });
  }, 120_000);

  it("gives the same JSON, in the same order, as reading them one by one", async () => {
    const folder = at("many");
    await mkdir(folder);
    for (let i = 0; i < 20; i++) {
      const rows = Array.from({ length: 1 + (i % 5) }, (_, j) => [
        j + 1,
        1 + (j % 4),
        `โครงการ ${j}`,
        100 * (i + 1),
        37 * j,
        j % 3 ? DONE : NOT_DONE,
        "เหตุ",
      ]);
      // Twenty offices: one office's plans of one year with different rows would be asked about.
      await saveText(
        path.join(folder, `office-${String(i).padStart(2, "0")}.csv`),
        planCsv(TITLE_12.replace("ตำบลก", `ตำบลก${i}`), rows),
      );
    }
    await saveText(path.join(folder, "office-zz.xlsx"), "broken");
    const bin = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin", "integrity-plan.js"), "rollup", folder, "--json"],
      {
        encoding: "utf8",
      },
    );
    const inProcess = await run(["rollup", folder, "--json"]);
    // The compiled worker is what makes the bin read on every core.
    expect(existsSync(path.join(ROOT, "dist", "node", "cli", "rollupWorker.js"))).toBe(true);
    expect([bin.status, bin.stderr]).toEqual([1, ""]);
    expect(JSON.parse(bin.stdout)).toEqual(JSON.parse(inProcess.stdout));
    expect((JSON.parse(bin.stdout) as RollUpJson).offices).toHaveLength(20);
  }, 60_000);
});

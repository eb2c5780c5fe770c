/**
 * Spec §4: what --write (and sample, template) promise about files. A write happens whole or not at
 * all; an existing file is replaced only with --force; the input is never written, under any name;
 * the copy keeps every defined name and says before writing what it cannot keep.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmdirSync } from "node:fs";
import { appendFile, link, readFile, readdir, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { writeNew } from "../../src/cli/saveWorkbook";
import { inspectParts } from "../../src/cli/workbookParts";
import { withOriginalNames } from "../../src/hosts/exceljs/definedNames";
import { writeZip, zipParts } from "../../src/cli/zip";
import {
  DONE,
  HEADER,
  NOT_DONE,
  putRows,
  readXlsx,
  rezip,
  run,
  saveText,
  saveXlsx,
  tempFolder,
  zipEntry,
} from "./helpers";

// Each test runs the whole command on real files, several times: slow on a busy machine.
jest.setTimeout(30_000);

/** A folder on a 96 KB tmpfs, which fills up at once; undefined where mounting is not allowed. */
function smallDisk(): string | undefined {
  const dir = mkdtempSync(path.join(tmpdir(), "integrity-plan-full-"));
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=96k", "tmpfs", dir], { encoding: "utf8" });
  if (mounted.status === 0) return dir;
  rmdirSync(dir);
  return undefined;
}

describe("a write that fails leaves the folder as it was", () => {
  const disk = smallDisk();
  afterAll(() => {
    if (disk === undefined) return;
    spawnSync("umount", [disk]);
    rmdirSync(disk);
  });
  const temp = tempFolder();
  if (disk === undefined) {
    it.skip("needs a full disk: mounting a tmpfs needs root (skipped here)", () => undefined);
    // A skipped safety test must be seen, not silent.
    console.warn("writeSafety: cannot mount a tmpfs here, so the full-disk test is skipped");
    return;
  }

  it("on a full disk: --force keeps the earlier report byte for byte, and no partial file is left", async () => {
    const input = temp("plan.xlsx");
    await run(["sample", input]);
    const report = path.join(disk, "report.xlsx");
    expect((await run(["summarize", input, "--write", report])).code).toBe(0);
    const good = await readFile(report);
    // Fill what is left of the disk.
    const filler = path.join(disk, "filler");
    const chunk = Buffer.alloc(1024, 1);
    for (;;) {
      try {
        await appendFile(filler, chunk);
      } catch {
        break;
      }
    }

    const forced = await run(["summarize", input, "--write", report, "--force", "--lang", "en"]);
    expect([forced.code, forced.stderr]).toEqual([2, `Cannot write ${report} (ENOSPC)\n`]);
    expect(await readFile(report)).toEqual(good);

    const fresh = path.join(disk, "new.xlsx");
    const failed = await run(["summarize", input, "--write", fresh, "--lang", "en"]);
    expect([failed.code, failed.stderr]).toEqual([2, `Cannot write ${fresh} (ENOSPC)\n`]);
    expect((await readdir(disk)).sort()).toEqual(["filler", "report.xlsx"]);
  });
});

describe("never replacing a file unless asked", () => {
  const temp = tempFolder();

  it("writeNew refuses an existing file and leaves no temporary file beside it", async () => {
    const out = await saveText(temp("out.xlsx"), "keep me");
    await expect(writeNew(out, "new", false)).rejects.toMatchObject({ problem: { kind: "output-exists" } });
    expect(await readFile(out, "utf8")).toBe("keep me");
    await writeNew(out, "new", true);
    expect(await readFile(out, "utf8")).toBe("new");
    expect(await readdir(path.dirname(out))).toEqual(["out.xlsx"]);
  });

  it("a folder that does not exist: exit 2, nothing written", async () => {
    const input = temp("plan.xlsx");
    await run(["sample", input]);
    const out = temp(path.join("missing", "out.xlsx"));
    const result = await run(["summarize", input, "--write", out, "--lang", "en"]);
    expect([result.code, result.stderr]).toEqual([2, `Cannot write ${out} (ENOENT)\n`]);
  });
});

describe("the input is never written, whatever name it is given", () => {
  const temp = tempFolder();

  it.each([
    ["a hard link", link],
    ["a symbolic link", symlink],
  ])("--write to %s of the input is refused, even with --force", async (_name, makeLink) => {
    const input = temp("plan.xlsx");
    await run(["sample", input]);
    const before = await readFile(input);
    const other = temp("another-name.xlsx");
    await makeLink(input, other);
    const result = await run(["summarize", input, "--write", other, "--force", "--lang", "en"]);
    expect([result.code, result.stderr]).toEqual([
      2,
      `The file to write (${other}) is the plan itself: choose another name; the plan is never changed\n`,
    ]);
    expect(await readFile(input)).toEqual(before);
  });
});

const NAMES = [
  '<definedName name="Rate">0.07</definedName>',
  '<definedName name="Tax">แผน!$D$2*Rate</definedName>',
  '<definedName name="Budgets">แผน!$D:$D</definedName>',
  '<definedName name="Here" localSheetId="0">แผน!$A$1</definedName>',
  '<definedName name="Secret" hidden="1">"ลับ"</definedName>',
  '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">แผน!$A$1:$G$3</definedName>',
];

describe("--write keeps every defined name and says what it cannot keep", () => {
  const temp = tempFolder();

  async function planWith(add: Record<string, string> = {}): Promise<string> {
    const plain = await saveXlsx(temp("plain.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, [
        HEADER,
        ["1", 1, "อบรม", 100, 100, DONE],
        ["2", 2, "ประชุม", 50, 0, NOT_DONE, "งบไม่พอ"],
      ]);
      sheet.getCell("J2").value = { formula: "Rate*D2", result: 7 };
    });
    const named = rezip(
      await readFile(plain),
      (name, text) =>
        name === "xl/workbook.xml"
          ? text.replace("</sheets>", `</sheets><definedNames>${NAMES.join("")}</definedNames>`)
          : undefined,
      add,
    );
    return saveText(temp("plan.xlsx"), named);
  }

  it("constants, formulas, whole columns, sheet-scoped and hidden names all reach the copy", async () => {
    const input = await planWith();
    const out = temp("out.xlsx");
    const result = await run(["summarize", input, "--write", out]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const workbookXml = zipEntry(await readFile(out), "xl/workbook.xml");
    for (const name of NAMES) expect(workbookXml).toContain(name);
    // The summary's table fits its first page, so it repeats no rows and adds no print titles (spec §6).
    expect(workbookXml).not.toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="1">/);
    expect(workbookXml.match(/<definedNames>/g)).toHaveLength(1);
    // The copy still opens, with the formula that uses a name.
    const copy = await readXlsx(out);
    expect(copy.getWorksheet("แผน")!.getCell("J2").formula).toBe("Rate*D2");
  });

  it("charts, macros and other parts it cannot keep are named on standard error before writing", async () => {
    const input = await planWith({
      "xl/charts/chart1.xml": "<c:chartSpace/>",
      "xl/vbaProject.bin": "macro",
      "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>",
      "xl/custom/thing.xml": "<thing/>",
    });
    const out = temp("out.xlsx");
    const result = await run(["summarize", input, "--write", out, "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `Warning: the copy ${out} will not have the original's charts, macros (VBA), pivot tables, other parts (xl/custom/thing.xml) (the original keeps them)\n`,
    );
    expect(result.stdout).toContain(`Wrote the summary to sheet "Summary" of ${out}`);
  });

  it("without --write nothing is said about parts", async () => {
    const input = await planWith({ "xl/charts/chart1.xml": "<c:chartSpace/>" });
    const result = await run(["summarize", input]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
  });

  it("a CSV plan has no parts to lose", async () => {
    const csv = await saveText(temp("plan.csv"), [HEADER.join(","), `1,1,อบรม,1,1,${DONE}`].join("\n"));
    const result = await run(["summarize", csv, "--write", temp("out.xlsx")]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
  });
});

describe("names scoped to a sheet follow that sheet into the copy", () => {
  const workbookXml = (sheets: string[], names: string) =>
    `<workbook><sheets>${sheets.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}"/>`).join("")}</sheets>${names}<calcPr/></workbook>`;

  it("a chart sheet the copy cannot keep shifts the sheets after it; names scoped to it go with it", () => {
    const original = workbookXml(
      ["แผน", "กราฟ", "ค่า &amp; อัตรา"],
      '<definedNames><definedName name="A" localSheetId="0">แผน!$A$1</definedName>' +
        '<definedName name="B" localSheetId="1">1</definedName>' +
        '<definedName name="C" localSheetId="2">2</definedName><definedName name="D">3</definedName></definedNames>',
    );
    const zip = writeZip([{ name: "xl/workbook.xml", data: Buffer.from(original) }]);
    const parts = inspectParts(zip, zipParts(zip)!);
    const copy = workbookXml(
      ["แผน", "ค่า &amp; อัตรา", "สรุปผล"],
      '<definedNames><definedName name="A" localSheetId="0">แผน!$A$1</definedName>' +
        '<definedName name="_xlnm.Print_Titles" localSheetId="2">สรุปผล!$4:$5</definedName></definedNames>',
    );
    expect(withOriginalNames(copy, parts)).toBe(
      workbookXml(
        ["แผน", "ค่า &amp; อัตรา", "สรุปผล"],
        '<definedNames><definedName name="A" localSheetId="0">แผน!$A$1</definedName>' +
          '<definedName name="C" localSheetId="1">2</definedName><definedName name="D">3</definedName>' +
          '<definedName name="_xlnm.Print_Titles" localSheetId="2">สรุปผล!$4:$5</definedName></definedNames>',
      ),
    );
  });
});

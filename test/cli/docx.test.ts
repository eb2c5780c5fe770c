/** `summarize --docx` (spec §10): the same write safety as `--write`, and settings refused by name. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { run, tempFolder } from "./helpers";

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "sample-plan.xlsx");

describe("summarize --docx", () => {
  const temp = tempFolder();

  it("writes the document and says so, leaving the plan as it was", async () => {
    const before = readFileSync(EXAMPLE);
    const result = await run(["summarize", EXAMPLE, "--docx", temp("report.docx")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`เขียนรายงาน (บันทึกข้อความ) ลงในไฟล์ ${temp("report.docx")} แล้ว`);
    const zip = await JSZip.loadAsync(readFileSync(temp("report.docx")));
    expect(await zip.file("word/document.xml")!.async("string")).toContain("401,900.00");
    expect(readFileSync(EXAMPLE).equals(before)).toBe(true);
  });

  it("refuses a target that is not .docx, the plan itself, or one already there", async () => {
    const notDocx = await run(["summarize", EXAMPLE, "--docx", temp("report.xlsx")]);
    expect([notDocx.code, notDocx.stderr.trim()]).toEqual([
      2,
      `ไฟล์รายงานที่จะเขียนต้องเป็น .docx: ${temp("report.xlsx")}`,
    ]);
    writeFileSync(temp("old.docx"), "keep me");
    const exists = await run(["summarize", EXAMPLE, "--docx", temp("old.docx")]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain("--force");
    expect(readFileSync(temp("old.docx"), "utf8")).toBe("keep me");
    expect((await run(["summarize", EXAMPLE, "--docx", temp("old.docx"), "--force"])).code).toBe(0);
  });

  it("names each settings field it cannot use, and writes nothing", async () => {
    writeFileSync(
      temp("settings.json"),
      JSON.stringify({ refrence: "1", date: "tomorrow", emblem: "missing.png" }),
    );
    const result = await run([
      "summarize",
      EXAMPLE,
      "--docx",
      temp("r.docx"),
      "--docx-settings",
      temp("settings.json"),
      "--lang",
      "en",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      `Cannot read the report settings ${temp("settings.json")}: refrence, date (YYYY-MM-DD)`,
    );
    expect(existsSync(temp("r.docx"))).toBe(false);
    writeFileSync(temp("settings.json"), JSON.stringify({ emblem: "missing.png" }));
    const missing = await run([
      "summarize",
      EXAMPLE,
      "--docx",
      temp("r.docx"),
      "--docx-settings",
      temp("settings.json"),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(temp("missing.png"));
    const alone = await run(["summarize", EXAMPLE, "--docx-settings", temp("settings.json"), "--lang", "en"]);
    expect([alone.code, alone.stderr]).toEqual([
      2,
      expect.stringContaining("--docx-settings goes with --docx"),
    ]);
  });
});

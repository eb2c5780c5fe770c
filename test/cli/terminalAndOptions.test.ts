/**
 * Spec §4: what reaches the terminal, and the option forms the command accepts. Text from the file is
 * shown, never obeyed: control characters in cells appear as visible pictures in the text report and
 * the memo, and stay escaped in JSON.
 */
import fc from "fast-check";
import { safeForTerminal } from "../../src/cli/terminal";
import { DONE, HEADER, NOT_DONE, putRows, run, saveText, saveXlsx, tempFolder } from "./helpers";

// Each test runs the whole command on real files, several times: slow on a busy machine.
jest.setTimeout(30_000);

// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const RED = "\u001b[31mเสร็จ\u001b[0m";
const CLIPBOARD = "\u001b]52;c;ZWNobyBoaQ==\u0007งบไม่พอ";
const C1 = "\u009b2Jอบรม\rทับ";

describe("control characters from the file", () => {
  const temp = tempFolder();
  // A CSV file keeps control characters as they are (an .xlsx file escapes them as _x001B_).
  const plan = () =>
    saveText(
      temp("plan.csv"),
      [HEADER.join(","), `1,1,"${C1}",100,0,${NOT_DONE},${CLIPBOARD}`, `2,1,สำรวจ,50,0,${RED}`].join("\n"),
    );

  it("never reach the terminal in the text report or the memo: each is shown as a picture", async () => {
    const file = await plan();
    for (const args of [[], ["--memo"], ["--lang", "en"]]) {
      const result = await run(["summarize", file, ...args]);
      expect(result.stdout).not.toMatch(CONTROL);
      expect(result.stderr).not.toMatch(CONTROL);
    }
    const { stdout } = await run(["summarize", file]);
    expect(stdout).toContain("␛]52;c;ZWNobyBoaQ==␇งบไม่พอ");
    expect(stdout).toContain("\uFFFD2Jอบรม␍ทับ");
  });

  it("stay in the JSON, escaped, and read back as they were", async () => {
    const result = await run(["summarize", await plan(), "--json"]);
    expect(result.stdout).not.toMatch(CONTROL);
    const json = JSON.parse(result.stdout) as {
      notCarriedOut: { note: string }[];
      issues: { text: string }[];
    };
    expect(json.notCarriedOut[0].note).toBe(CLIPBOARD);
    expect(json.issues.map((issue) => issue.text)).toContain(RED);
  });

  it("in names of sheets and files named in a one-line error", async () => {
    const file = await plan();
    const result = await run(["summarize", file, "--sheet", "\u001b[2Jx"]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(CONTROL);
  });

  it("any text: nothing but tab and line feed below U+0020, nothing in U+007F–U+009F (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const shown = safeForTerminal(text);
        expect(shown).not.toMatch(CONTROL);
        expect([...shown]).toHaveLength([...text].length);
      }),
    );
  });
});

describe("option forms", () => {
  const temp = tempFolder();
  const plan = () =>
    saveXlsx(temp("plan.xlsx"), (workbook) =>
      putRows(workbook.addWorksheet("แผน"), [HEADER, ["1", 1, "อบรม", 1, 1, DONE]]),
    );

  it.each(["--json", "--json=true", "--json=yes", "--json=1", "--json=TRUE", "--json=on"])(
    "%s prints JSON",
    async (option) => {
      const result = await run(["summarize", await plan(), option]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ valid: true });
    },
  );

  it.each(["--json=false", "--json=no", "--json=0", "--json=off"])(
    "%s prints the text report",
    async (option) => {
      const result = await run(["summarize", await plan(), option]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^สรุปผลการดำเนินการ/);
    },
  );

  it("--json=maybe is a bad value, named", async () => {
    const result = await run(["summarize", await plan(), "--json=maybe", "--lang", "en"]);
    expect([result.code, result.stderr]).toEqual([
      2,
      '"maybe" is not a valid value for --json (see integrity-plan --help --lang en)\n',
    ]);
  });

  it("--org longer than a cell holds (32,767 characters) is refused before anything is read", async () => {
    const org = "ก".repeat(32_768);
    for (const args of [
      ["summarize", "no-such.xlsx"],
      ["template", temp("t.xlsx")],
    ]) {
      const result = await run([...args, "--org", org, "--lang", "en"]);
      expect([result.code, result.stderr]).toEqual([
        2,
        "The value of --org is 32,768 characters long, more than a cell holds (32,767)\n",
      ]);
    }
    const fits = await run(["summarize", await plan(), "--org", "ก".repeat(32_767), "--json"]);
    expect(fits.code).toBe(0);
  });
});

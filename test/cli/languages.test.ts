/** The command line in English: English throughout but the plan's own text (spec §1, Languages). */
import { SAMPLE_ROWS } from "../../src/core";
import { SAMPLE_ORGANISATION } from "../../src/core/layout/sample";
import { STANDARD_DIMENSION_NAMES } from "../../src/core/cells/vocabulary";
import { readXlsx, run, tempFolder } from "./helpers";

const THAI = /[\u0E00-\u0E7F]/;

/** The sample's own texts (names, notes, headers, sheet name), longest first; not its dimension headings. */
const USER_DATA = [
  ...new Set([
    ...SAMPLE_ROWS.flatMap((row) => row.filter((cell): cell is string => typeof cell === "string")).filter(
      (text) => !text.startsWith("มิติที่"),
    ),
    SAMPLE_ORGANISATION,
    "แผน",
  ]),
].sort((a, b) => b.length - a.length);

const withoutUserData = (text: string): string =>
  USER_DATA.reduce((left, data) => left.split(data).join(" "), text);

describe("summarize --lang en", () => {
  const temp = tempFolder();

  it("prints the report in English: dimension names, the B.E. fiscal year, plurals, no reason given", async () => {
    const file = temp("plan.xlsx");
    await run(["sample", file]);
    const { stdout } = await run(["summarize", file, "--lang", "en"]);
    const lines = stdout.split("\n");
    expect(lines).toContain("FY 2566 B.E., 12-month round (October 2022 – September 2023)");
    expect(stdout).toContain("(16 projects)");
    expect(stdout).toContain("Reason: No reason given");
    expect(stdout).toContain("0 errors, 2 warnings, 0 observations");
    for (const d of [1, 2, 3] as const) {
      expect(
        lines.some((line) => line.startsWith(`${d} `) && line.endsWith(STANDARD_DIMENSION_NAMES[d][0].en)),
      ).toBe(true);
    }
    const thai = lines.filter((line) => THAI.test(withoutUserData(line)));
    expect(thai).toEqual([]);
  });

  it("says the same in Thai as before: the seed's period line, the sheet's dimension names", async () => {
    const file = temp("plan.xlsx");
    await run(["sample", file]);
    const { stdout } = await run(["summarize", file]);
    expect(stdout).toContain("ประจำปีงบประมาณ พ.ศ. 2566 รอบ 12 เดือน (ตุลาคม 2565 - กันยายน 2566)");
    expect(stdout).toContain("การสร้างวัฒนธรรมสุจริต");
    expect(stdout).toContain("เหตุผล: ไม่ระบุเหตุผล");
  });

  it("writes an English summary sheet with the standard English dimension names", async () => {
    const file = temp("plan.xlsx");
    const out = temp("out.xlsx");
    await run(["sample", file]);
    expect((await run(["summarize", file, "--write", out, "--lang", "en", "--memo"])).code).toBe(0);
    const sheet = (await readXlsx(out)).getWorksheet("Summary")!;
    const texts: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.master.address === cell.address && typeof cell.value === "string") texts.push(cell.value);
      }),
    );
    expect(texts).toContain("4. Raising the mechanisms for checking the work of the local administration");
    expect(texts).toContain("FY 2566 B.E., 12-month round (October 2022 – September 2023)");
    expect(texts.filter((text) => THAI.test(withoutUserData(text)))).toEqual([]);
  });
});

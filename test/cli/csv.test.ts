import { decodeCsv, formatCsv, parseCsv } from "../../src/cli/csv";
import { DONE, HEADER, NOT_DONE, runJson, saveText, tempFolder } from "./helpers";

/** windows-874 (TIS-620) bytes, as Thai Excel saves "CSV (Comma delimited)": Thai letters at 0xA1–0xFB. */
function windows874(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e01 + 0xa1;
      throw new Error(`not in windows-874: ${ch}`);
    }),
  );
}

describe("CSV cells", () => {
  it("keeps text as written; only plain decimal numbers become numbers", () => {
    expect(parseCsv('1.5,2566-09-30,"1,000",๒๐๐,-,=SUM(A1),007,,"a ""b""\nc"\r\n-3,.5\n')).toEqual([
      [1.5, "2566-09-30", "1,000", "๒๐๐", "-", "=SUM(A1)", 7, null, 'a "b"\nc'],
      [-3, 0.5],
    ]);
  });

  it("decodes UTF-8 without its BOM, and falls back to windows-874", () => {
    const utf8 = new TextEncoder().encode("\uFEFFชื่อโครงการ,งบประมาณ");
    expect(decodeCsv(utf8)).toBe("ชื่อโครงการ,งบประมาณ");
    expect(decodeCsv(windows874("ชื่อโครงการ,งบประมาณ"))).toBe("ชื่อโครงการ,งบประมาณ");
  });

  it("writes a BOM, CRLF and quotes where needed, and reads back the same cells", () => {
    const rows = [
      ["ชื่อ", "a,b", 'say "hi"'],
      [1, null, 2.5],
    ];
    const text = formatCsv(rows);
    expect(text).toBe('\uFEFFชื่อ,"a,b","say ""hi"""\r\n1,,2.5\r\n');
    expect(parseCsv(decodeCsv(new TextEncoder().encode(text)))).toEqual(rows);
  });
});

describe("summarize a CSV plan", () => {
  const temp = tempFolder();
  const lines = [
    HEADER.join(","),
    `1,1,อบรมคุณธรรม,"20,000.00",18495,${DONE}`,
    `2,1,ประชุม,5000,0,${NOT_DONE},งบไม่พอ`,
  ];

  it.each([
    ["UTF-8 with BOM", (text: string) => new TextEncoder().encode("\uFEFF" + text)],
    ["windows-874", windows874],
  ])("reads %s", async (_name, encode) => {
    const file = await saveText(temp("plan.csv"), encode(lines.join("\r\n")));
    const { code, json } = await runJson(["summarize", file]);
    expect(code).toBe(0);
    expect(json.source).toEqual({ file, headerRow: 1 });
    expect(json.dimensions[0]).toMatchObject({
      name: "การสร้างวัฒนธรรมสุจริต",
      projects: 2,
      plannedBudget: 25000,
    });
    expect(json.notCarriedOut).toEqual([expect.objectContaining({ row: 3, name: "ประชุม", note: "งบไม่พอ" })]);
    expect(json.issues.map((i) => `${i.code} ${"cell" in i ? i.cell : ""}`)).toEqual(["text-number D2"]);
  });
});

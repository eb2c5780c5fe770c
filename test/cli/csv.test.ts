import fc from "fast-check";
import { type Separator, decodeCsv, detectSeparator, formatCsv, parseCsv } from "../../src/workbook/csv";
import { DONE, HEADER, NOT_DONE, run, runJson, saveText, tempFolder } from "./helpers";

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

describe("CSV files as they come", () => {
  const temp = tempFolder();
  const rows = [
    HEADER,
    ["1", "1", "อบรมคุณธรรม", "20000", "18495", DONE],
    ["2", "1", "ประชุม", "5000", "0", NOT_DONE, "งบไม่พอ"],
  ];

  it.each([
    ["semicolons (Excel where the decimal mark is a comma)", ";"],
    ["tabs (Text, tab delimited)", "\t"],
    ["commas", ","],
  ])("reads a file separated by %s", async (_name, separator) => {
    const file = await saveText(temp("plan.csv"), rows.map((row) => row.join(separator)).join("\r\n"));
    const { code, json } = await runJson(["summarize", file]);
    expect(code).toBe(0);
    expect([json.total.projects, json.total.plannedBudget, json.notCarriedOut[0]?.note]).toEqual([
      2,
      25000,
      "งบไม่พอ",
    ]);
  });

  it("tells the separator from the lines, whatever the cells hold (property)", () => {
    const text = fc.string({ unit: fc.constantFrom("ก", "a", "1", " ", ".", "-", "ข") });
    fc.assert(
      fc.property(
        fc.constantFrom<Separator>(",", ";", "\t"),
        fc.array(fc.array(text, { minLength: 3, maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        (separator, table) => {
          const csv = table.map((row) => row.join(separator)).join("\n");
          expect(detectSeparator(csv)).toBe(separator);
          expect(parseCsv(csv, separator)).toHaveLength(table.length);
        },
      ),
    );
  });

  it("a comma inside quotes, or in an amount, does not outvote the semicolons", () => {
    expect(detectSeparator('ชื่อ;งบประมาณ;สถานะ\n"ก,ข";1,5;เสร็จ\nค;"1,000";เสร็จ\n')).toBe(";");
  });

  it("an unterminated quote is refused, naming the line where it opened", async () => {
    const file = await saveText(
      temp("open.csv"),
      [HEADER.join(","), `1,1,"อบรม,100,100,${DONE}`, `2,1,ประชุม,1,1,${DONE}`].join("\n"),
    );
    const result = await run(["summarize", file, "--lang", "en"]);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      2,
      "",
      `${file}: the quote (") opened in line 2 is never closed, so nothing after it can be read; fix that line and try again\n`,
    ]);
  });

  it("counts lines inside quoted cells when naming a line", () => {
    expect(() => parseCsv('a,b\n"x\ny",1\n"z,2\n')).toThrow(
      expect.objectContaining({ problem: { kind: "open-quote", line: 4 } }),
    );
  });

  it("a row wider than Excel's 16,384 columns is refused with its line, not a crash", async () => {
    const wide = Array.from({ length: 16_385 }, (_, i) => String(i)).join(",");
    const file = await saveText(temp("wide.csv"), [HEADER.join(","), wide].join("\n"));
    const result = await run(["summarize", file, "--lang", "en"]);
    expect([result.code, result.stderr]).toEqual([
      2,
      `${file}: line 2 has 16,385 columns, more than Excel's 16,384\n`,
    ]);
  });
});

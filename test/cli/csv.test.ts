import fc from "fast-check";
import {
  type Separator,
  decodeCsv,
  detectSeparator,
  formatCsv,
  isTextFile,
  parseCsv,
} from "../../src/hosts/exceljs/csv";
import { readBook } from "../../src/cli/readWorkbook";
import { analyzePlan } from "../../src/core";
import { planPlaces } from "../../src/hosts/xlsx/places";
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
    // A CSV file has no types: the quoted "20,000.00" is how Excel saves a formatted amount, no note.
    expect(json.issues).toEqual([]);
  });
});

describe("A CSV file has no types (spec §2.3)", () => {
  const temp = tempFolder();

  // The command line's own reader and ExcelJS's (the pane's, and the copy --write makes) alike.
  it.each([["rows"], ["exceljs"]] as const)(
    "an amount quoted as text is read with no note (%s reader)",
    async (reader) => {
      const csv = [HEADER.join(","), `1,1,อบรม,"12,000",500,${DONE}`].join("\r\n");
      const file = await saveText(temp(`plan-${reader}.csv`), csv);
      const book = await readBook(file, "แผน", undefined, reader === "exceljs" ? { reader } : {});
      const grid = planPlaces(book, {})[0].grid();
      expect(grid.untyped).toBe(true);
      const report = analyzePlan(grid);
      expect(report?.summary.total.plannedBudget).toBe(1_200_000);
      expect(report?.issues).toEqual([]);
      // The same text in a typed sheet is a note.
      expect(analyzePlan({ ...grid, untyped: false })?.issues.map((i) => i.code)).toEqual(["text-number"]);
    },
  );
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

/** UTF-16BE bytes: the UTF-16LE encoding with each pair of bytes swapped. */
function utf16be(text: string): Buffer {
  const little = Buffer.from(text, "utf16le");
  return Buffer.from(little.map((_, i) => little[i % 2 === 0 ? i + 1 : i - 1]));
}

describe("Excel's Unicode Text: UTF-16 with a byte-order mark (spec §4.1)", () => {
  const temp = tempFolder();
  const lines = [
    ["แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"],
    HEADER,
    ["1", "1", "อบรมคุณธรรม", '"20,000.00"', "18495", DONE],
    ["2", "2", "ประชุม", "5000", "0", NOT_DONE, "งบไม่พอ"],
  ];
  const unicodeText = lines.map((row) => row.join("\t")).join("\r\n") + "\r\n";

  it.each([
    ["UTF-16LE", (text: string) => Buffer.from(`\uFEFF${text}`, "utf16le")],
    ["UTF-16BE", (text: string) => utf16be(`\uFEFF${text}`)],
  ])("decodes %s and tells it is text, though every character has a zero byte", (_name, encode) => {
    const bytes = encode("ชื่อโครงการ\tงบประมาณ");
    expect(bytes.includes(0)).toBe(true);
    expect(isTextFile(bytes)).toBe(true);
    expect(decodeCsv(bytes)).toBe("ชื่อโครงการ\tงบประมาณ");
  });

  it.each([
    ["a binary file with NUL bytes", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01])],
    ["UTF-16LE without its byte-order mark", Buffer.from("ชื่อ\tงบ", "utf16le")],
    ["UTF-16LE holding a NUL character", Buffer.from("\uFEFFชื่อ\u0000งบ", "utf16le")],
    [
      "UTF-16LE with a lone surrogate",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x00, 0xd8, 0x41, 0x00])]),
    ],
    ["an odd number of bytes after a UTF-16 mark", Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00])],
  ])("is not text: %s", (_name, bytes) => {
    expect(isTextFile(bytes)).toBe(false);
  });

  it.each([
    ["UTF-16LE", (text: string) => Buffer.from(`\uFEFF${text}`, "utf16le")],
    ["UTF-16BE", (text: string) => utf16be(`\uFEFF${text}`)],
  ])("summarizes a %s Unicode Text plan (.txt, tab-separated)", async (_name, encode) => {
    const file = await saveText(temp("plan.txt"), encode(unicodeText));
    const { code, json } = await runJson(["summarize", file]);
    expect(code).toBe(0);
    expect(json.source).toEqual({ file, headerRow: 2 });
    expect(json.fiscalYear).toBe(2567);
    expect([json.total.projects, json.total.plannedBudget, json.total.disbursed]).toEqual([2, 25000, 18495]);
    expect(json.notCarriedOut).toEqual([expect.objectContaining({ row: 4, name: "ประชุม", note: "งบไม่พอ" })]);
  });

  it("reads every Thai text the same in UTF-16LE, UTF-16BE and UTF-8 (property)", () => {
    const cell = fc.string({ unit: fc.constantFrom("ก", "ำ", "๒", "a", "1", " ", ".", "\u0E48") });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (table) => {
          const text = table.map((row) => row.join("\t")).join("\r\n");
          const utf8 = decodeCsv(new TextEncoder().encode(`\uFEFF${text}`));
          expect(decodeCsv(Buffer.from(`\uFEFF${text}`, "utf16le"))).toBe(utf8);
          expect(decodeCsv(utf16be(`\uFEFF${text}`))).toBe(utf8);
        },
      ),
    );
  });
});

describe("an amount that may use a thousands dot, in a CSV file (spec §2.3)", () => {
  const temp = tempFolder();

  it("keeps an unquoted 10.000 as written, so it is ambiguous, never silently 10", async () => {
    expect(parseCsv("10.000,1.500,-2.250,10.00,0.125,1234.567\n")).toEqual([
      ["10.000", "1.500", "-2.250", 10, 0.125, 1234.567],
    ]);
    const file = await saveText(
      temp("plan.csv"),
      [HEADER.join(","), `1,1,อบรม,10.000,0,${DONE}`, `2,1,ประชุม,"10.000,50",0,${DONE}`].join("\r\n"),
    );
    const { code, json } = await runJson(["summarize", file, "--lang", "en"]);
    expect(code).toBe(1);
    expect(json.issues.filter((i) => i.code === "ambiguous-amount").map((i) => [i.cell, i.message])).toEqual([
      [
        "D2",
        '"10.000" reads two ways: 10 (a decimal point) or 10,000 (a thousands dot): type it again without the doubt (counted as 0).',
      ],
      [
        "D3",
        '"10.000,50" uses dots between thousands (as in Europe) and may mean 10,000.50: type it as 10,000.50 (counted as 0).',
      ],
    ]);
  });
});

/**
 * The plain reader's small parts against ExcelJS's own (src/hosts/xlsx): text and attributes decoded as
 * ExcelJS's XML parser (saxes) decodes them, a number format taken for a date's as ExcelJS takes it,
 * a shared formula moved as ExcelJS moves it. Random inputs, the two answers compared.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { excelJsDateFormat } from "../../src/hosts/xlsx/numberFormats";
import { slideFormula } from "../../src/hosts/xlsx/cells";
import { type SharedString, SharedStrings, textPieces } from "../../src/hosts/xlsx/sharedStrings";
import { Unsupported, decodeAgain, parseXml, textOf, xmlText } from "../../src/hosts/xlsx/xml";

// ExcelJS's own functions, from its sources (its package entry exposes neither).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const utils = require("exceljs/lib/utils/utils") as {
  isDateFmt(format: string): boolean;
  xmlDecode(text: string): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const shared = require("exceljs/lib/utils/shared-formula") as {
  slideFormula(formula: string, from: string, to: string): string;
};

/** What saxes makes of a document: the text and the attribute `a` of its root, or its error. */
function saxes(xml: string): { text: string; attribute?: string } | "error" {
  const parser = new SaxesParser();
  let text = "";
  let attribute: string | undefined;
  let failed = false;
  parser.on("error", () => (failed = true));
  parser.on("opentag", (tag) => (attribute = tag.attributes.a as string | undefined));
  parser.on("text", (part) => (text += part));
  parser.write(xml).close();
  return failed ? "error" : { text, ...(attribute === undefined ? {} : { attribute }) };
}

/** What the plain reader makes of it, or that it leaves it. */
function plain(xml: string): { text: string; attribute?: string } | "error" {
  try {
    const root = parseXml(xml);
    const attribute = root.attributes.a;
    return { text: textOf(root), ...(attribute === undefined ? {} : { attribute }) };
  } catch (error) {
    if (error instanceof Unsupported) return "error";
    throw error;
  }
}

const PIECES = [
  "a",
  "ก",
  " ",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "&amp;",
  "&lt;",
  "&gt;",
  "&quot;",
  "&apos;",
  "&#65;",
  "&#x41;",
  "&#xE01;",
  "&#x1F600;",
  "&#13;",
  "&#10;",
  "&#9;",
  "&#0;",
  "&#xFFFE;",
  "&nbsp;",
  "&",
  ">",
  "]]>",
  "]]",
  "'",
  '"',
  "\u0001",
  "😀",
  "_x000D_",
];

describe("text and attributes", () => {
  it("decode as ExcelJS's parser decodes them, and what it refuses is left to it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }),
        fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }),
        (text, value) => {
          const attribute = value.join("").replace(/"/g, "&quot;").replace(/</g, "&lt;");
          const xml = `<r a="${attribute}">${text.join("")}</r>`;
          const expected = saxes(xml);
          // Where saxes reads it, the plain reader reads the same; it may leave more to ExcelJS, never less.
          const found = plain(xml);
          if (found !== "error") expect(found).toEqual(expected);
          if (expected === "error") expect(found).toBe("error");
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("decodes a value twice where ExcelJS does (a sheet's name, a formula's text)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "&", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;", ";"), {
          maxLength: 8,
        }),
        (parts) => {
          const text = parts.join("");
          expect(decodeAgain(text)).toBe(utils.xmlDecode(text));
        },
      ),
    );
  });

  it("decodes the text of a part's slice as of the whole", () => {
    const xml = "<a>x &amp; y</a>";
    expect(xmlText(xml, 3, 12)).toBe("x & y");
  });
});

describe("number formats ExcelJS takes for a date's", () => {
  it("are the ones its own test takes", () => {
    const piece = fc.constantFrom(
      "y",
      "m",
      "d",
      "h",
      "M",
      "s",
      "b",
      "0",
      "#",
      ".",
      ",",
      '"',
      "[",
      "]",
      "$",
      "-",
      "th",
      "@",
      "%",
      "\\",
      " ",
      "General",
      "e",
      "g",
      "A/P",
      "บาท",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const format = parts.join("");
        expect(excelJsDateFormat(format)).toBe(utils.isDateFmt(format));
      }),
      { numRuns: 3000 },
    );
    expect(excelJsDateFormat(undefined)).toBe(false);
  });
});

describe("a shared formula moved to another cell", () => {
  it("is moved as ExcelJS moves it", () => {
    const reference = fc
      .tuple(
        fc.boolean(),
        fc.constantFrom("A", "B", "Z", "AA", "XFD", "XFE", "ABCD", "a"),
        fc.boolean(),
        fc.integer({ min: 1, max: 99 }),
      )
      .map(
        ([fixedColumn, column, fixedRow, row]) =>
          `${fixedColumn ? "$" : ""}${column}${fixedRow ? "$" : ""}${row}`,
      );
    const piece = fc.oneof(
      reference,
      fc.constantFrom("+", "*", "SUM(", ")", ",", ":", "Sheet1!", "'แผน'!", '"A1"', " ", "LOG10(", "Name_1"),
    );
    const address = fc
      .tuple(fc.constantFrom("A", "C", "H", "Z", "AB"), fc.integer({ min: 1, max: 50 }))
      .map(([column, row]) => `${column}${row}`);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), address, address, (parts, from, to) => {
        const formula = parts.join("");
        let expected: string | undefined;
        try {
          expected = shared.slideFormula(formula, from, to);
        } catch {
          expected = undefined;
        }
        let found: string | undefined;
        try {
          found = slideFormula(formula, from, to);
        } catch (error) {
          if (!(error instanceof Unsupported)) throw error;
        }
        expect(found).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the shared-string table, read a piece at a time", () => {
  const entries = [
    "<si><t>แผน</t></si>",
    '<si><t xml:space="preserve"> ก ข </t></si>',
    "<si><t>a_x000D_b &amp; c</t></si>",
    "<si/>",
    "<si><r><t>ตัว</t></r><r><rPr><b/></rPr><t>หนา</t></r></si>",
    "<!-- a note -->",
    '<si><t>ร้านค้า 1</t><rPh sb="0" eb="1"><t>x</t></rPh><phoneticPr fontId="1"/></si>',
    "\n  ",
  ];

  it("gives every entry as the whole table read at once does, wherever the pieces are cut", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...entries), { maxLength: 30 }),
        fc.integer({ min: 1, max: 200 }),
        (list, size) => {
          const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<sst count="1">${list.join("")}</sst>`;
          const bytes = new TextEncoder().encode(xml);
          const decode = (part: Uint8Array) => new TextDecoder().decode(part);
          const read = (pieces: number) => {
            const table = new SharedStrings(textPieces(bytes, decode, pieces));
            table.readAll();
            const found: SharedString[] = [];
            for (let i = 0; ; i++) {
              try {
                found.push(table.get(i));
              } catch (error) {
                if (error instanceof Unsupported) return found;
                throw error;
              }
            }
          };
          expect(read(size)).toEqual(read(bytes.length + 1));
        },
      ),
      { numRuns: 500 },
    );
  });
});

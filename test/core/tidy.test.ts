/**
 * tidy's shortcut: text it finds tidy already, Thai digits aside, only has its digits turned. Whatever the text, the result is
 * the long way's: invisible characters out, NFC, sara am as one character, Arabic digits, single spaces.
 */
import fc from "fast-check";
import { arabicDigits, isTidyButDigits, normalizeText, tidy } from "../../src/core/cells/text";

/** tidy without its shortcut. */
const longWay = (text: string): string => arabicDigits(normalizeText(text)).replace(/\s+/g, " ").trim();

/** Characters near every edge of the shortcut: ASCII, Thai letters, marks, digits, spaces, invisibles. */
const CHARACTERS = [
  ..."aZ09 .-()%,",
  ..."กขมรวโเใไะาำ",
  "\u0E31",
  "\u0E34",
  "\u0E38",
  "\u0E39",
  "\u0E3A",
  "\u0E47",
  "\u0E48",
  "\u0E49",
  "\u0E4A",
  "\u0E4B",
  "\u0E4C",
  "\u0E4D",
  "\u0E4E",
  "\u0E32",
  "๐",
  "๕",
  "๙",
  "\t",
  "\n",
  "\u00A0",
  "\u200B",
  "\u200E",
  "\uFEFF",
  "\u00AD",
  "\u0301",
  "é",
  "\u0E3B",
  "\u0E5C",
];

describe("tidy", () => {
  it("gives what the long way gives, for any mix of the characters around its shortcut", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 12 }), (chars) => {
        const text = chars.join("");
        expect(tidy(text)).toBe(longWay(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives what the long way gives for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 20 }), (text) => {
        expect(tidy(text)).toBe(longWay(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("takes the shortcut for the usual cells, and not for text NFC or the spaces would change", () => {
    expect(isTidyButDigits("โครงการอบรมคุณธรรมจริยธรรม ครั้งที่ 3")).toBe(true);
    expect(isTidyButDigits("1.2")).toBe(true);
    // Sara uu then a tone mark: the order NFC keeps.
    expect(isTidyButDigits("ผู้บริหาร")).toBe(true);
    expect(isTidyButDigits("")).toBe(true);
    expect(isTidyButDigits(" แล้วเสร็จ")).toBe(false);
    expect(isTidyButDigits("แล้วเสร็จ ")).toBe(false);
    expect(isTidyButDigits("ดำเนิน  การ")).toBe(false);
    expect(isTidyButDigits("๑.๒")).toBe(true);
    expect(tidy("๑.๒")).toBe("1.2");
    expect(isTidyButDigits("ด\u0E4D\u0E32เนินการ")).toBe(false);
    // A tone mark typed before sara u: NFC puts sara u first.
    expect(isTidyButDigits("ก\u0E48\u0E38")).toBe(false);
    expect(tidy("ก\u0E48\u0E38")).toBe("ก\u0E38\u0E48");
  });
});

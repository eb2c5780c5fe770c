import fc from "fast-check";
import { bahtToSatang, numberAsShown, formatBaht, formatPercent, toBaht } from "../../src/core";
import {
  isPercentFormat,
  percentShown,
  numberToSatang,
  parseDecimal,
  percent,
} from "../../src/core/cells/money";

describe("exact money", () => {
  it("parses plain decimals to satang, half up below the satang", () => {
    expect(parseDecimal("1234.5")).toEqual({ satang: 123450, belowSatang: false });
    expect(parseDecimal("0.125")).toEqual({ satang: 13, belowSatang: true });
    expect(parseDecimal("-0.125")).toEqual({ satang: -13, belowSatang: true });
    expect(parseDecimal("7.")).toEqual({ satang: 700, belowSatang: false });
    expect(parseDecimal("1.2500")).toEqual({ satang: 125, belowSatang: false });
  });

  it.each(["", ".", "-", "1,000", "1e3", "abc", "1.2.3", "99999999999999999999"])(
    "refuses %p as a plain decimal",
    (text) => {
      expect(parseDecimal(text)).toBeNull();
    },
  );

  it("reads numbers to satang as Excel shows them, and refuses what is not finite", () => {
    expect(numberToSatang(0.1 + 0.2)).toEqual({ satang: 30, belowSatang: false });
    expect(numberToSatang(92.475)).toEqual({ satang: 9248, belowSatang: true });
    expect(numberToSatang(Number.NaN)).toBeNull();
    expect(numberToSatang(Number.NEGATIVE_INFINITY)).toBeNull();
    expect(numberToSatang(1e300)).toBeNull();
  });

  it("converts between baht and satang", () => {
    expect(toBaht(1717550)).toBe(17175.5);
    expect(bahtToSatang(330095)).toBe(33009500);
    expect(() => bahtToSatang(Number.NaN)).toThrow(RangeError);
  });

  it("rounds percentages half up in decimal: 18,495 of 20,000 is 92.48, not binary 92.47", () => {
    expect(((18495 / 20000) * 100).toFixed(2)).toBe("92.47");
    expect(percent(1849500, 2000000)).toBe(92.48);
    expect(percent(15, 16)).toBe(93.75);
    expect(percent(1, 3)).toBe(33.33);
    expect(percent(2, 3)).toBe(66.67);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(0, 5)).toBe(0);
  });

  it("gives no percentage for a zero denominator", () => {
    expect(percent(0, 0)).toBeNull();
    expect(percent(5, 0)).toBeNull();
  });

  it("prints baht and percentages as Thai reports do", () => {
    expect(formatBaht(40190000)).toBe("401,900.00");
    expect(formatBaht(5)).toBe("0.05");
    expect(formatBaht(-123456)).toBe("-1,234.56");
    expect(formatPercent(92.48)).toBe("92.48");
    expect(formatPercent(100)).toBe("100.00");
    expect(formatPercent(null)).toBe("-");
  });
});

describe("a number in a cell formatted as a percentage (spec §2.3)", () => {
  it.each<[number, string]>([
    [0.4, "40%"],
    [0.125, "12.5%"],
    [1, "100%"],
    [0, "0%"],
    [0.07, "7%"],
    [-0.1, "-10%"],
    [12.3456, "1234.56%"],
    [0.1 + 0.2, "30%"],
  ])("%p shows as %p", (value, shown) => {
    expect(percentShown(value)).toBe(shown);
  });

  it.each<[string, boolean]>([
    ["0%", true],
    ["0.00%", true],
    ["#,##0.0%;[Red]-#,##0.0%", true],
    ["General", false],
    ["#,##0.00", false],
    ['#,##0 "%"', false],
    ["0\\%", false],
  ])("the format %p is a percentage's: %p", (format, percent) => {
    expect(isPercentFormat(format)).toBe(percent);
    expect(numberAsShown(0.4, format)).toBe(percent ? "40%" : 0.4);
  });

  it("shows any percentage exactly, in decimal (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (hundredths) => {
        const expected = `${hundredths / 100}%`;
        expect(percentShown(hundredths / 10_000)).toBe(expected);
      }),
    );
  });
});

/**
 * FirstRows lists numbers that come in increasing order and looks up the rest: either way it answers
 * as a map of the numbers would.
 */
import fc from "fast-check";
import { FirstRows } from "../../src/core/checks/firstRows";

/** Item numbers as plans write them, in order and out of it, in Arabic and Thai digits, and any text. */
const NUMBER = fc.oneof(
  fc
    .tuple(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 2 }), fc.integer({ min: 0, max: 120 }))
    .map(([prefix, last]) => [...prefix, last].join(".")),
  fc.constantFrom("๑.๒", "๑.๑๐", "1.02", "1.2.", ".5", "ก.", "๙", "10", "9"),
  fc.string({ maxLength: 4 }),
);

describe("FirstRows", () => {
  it("gives each number's first row, as a map of the numbers would", () => {
    fc.assert(
      fc.property(fc.array(NUMBER, { maxLength: 200 }), fc.boolean(), (numbers, sorted) => {
        // Sorted the way plans number their items ("1.9" before "1.10"), or as they come.
        const list = sorted ? [...numbers].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)) : numbers;
        const firstRows = new FirstRows();
        const map = new Map<string, number>();
        list.forEach((number, i) => {
          const expected = map.get(number);
          if (expected === undefined) map.set(number, i + 1);
          expect(firstRows.firstOrKeep(number, i + 1)).toBe(expected);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("finds a number again after the order breaks", () => {
    const firstRows = new FirstRows();
    expect(firstRows.firstOrKeep("1.9", 2)).toBeUndefined();
    expect(firstRows.firstOrKeep("1.10", 3)).toBeUndefined();
    expect(firstRows.firstOrKeep("7", 4)).toBeUndefined();
    expect(firstRows.firstOrKeep("๑.๑๑", 5)).toBeUndefined();
    expect(firstRows.firstOrKeep("1.11", 6)).toBeUndefined();
    expect(firstRows.firstOrKeep("1.9", 7)).toBe(2);
    expect(firstRows.firstOrKeep("1.10", 8)).toBe(3);
    expect(firstRows.firstOrKeep("1.12", 9)).toBeUndefined();
    expect(firstRows.firstOrKeep("1.12", 10)).toBe(9);
    expect(firstRows.firstOrKeep("7", 11)).toBe(4);
    expect(firstRows.firstOrKeep("๑.๑๑", 12)).toBe(5);
  });
});

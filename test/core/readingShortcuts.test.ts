/**
 * The shortcuts the row reader takes for speed answer as the long way does: blank cells told without
 * trimming, sub-item numbers told without tidying, texts remembered in front of a map, duplicate
 * numbers found without a list of every number, issues sorted by insertion.
 */
import fc from "fast-check";
import { type Cell, cellText, isBlank } from "../../src/core/cells/grid";
import { arabicDigits, readOnce, tidy } from "../../src/core/cells/text";
import { FirstRows } from "../../src/core/checks/firstRows";
import { type Issue, type Severity, sortIssues } from "../../src/core/checks/issues";
import { childNumber } from "../../src/core/rows/parts";

/** The characters around the shortcuts' edges: digits, dots, spaces, invisibles, letters. */
const CHARACTERS = [
  ..."0129.",
  ..."๐๑๒๙",
  " ",
  "\t",
  "\u00A0",
  "\u3000",
  "\u200B",
  "\u00AD",
  "\u202A",
  "a",
  "ม",
];
const text = (maxLength: number) =>
  fc.array(fc.constantFrom(...CHARACTERS), { maxLength }).map((chars) => chars.join(""));

describe("isBlank", () => {
  it("says what trim says, for every character alone and beside another", () => {
    const differs: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const cell of [c, `${c}${c}`, ` ${c}`, `${c}a`]) {
        if (isBlank(cell) !== (cell.trim() === "")) differs.push(JSON.stringify(cell));
      }
    }
    expect(differs).toEqual([]);
  });
});

describe("childNumber", () => {
  /** The long way: both numbers tidied to Arabic digits, the child being the parent, a dot and more. */
  const longWay = (cell: Cell, parent: string): string | undefined => {
    const dotted = /^\d+(?:\.\d+)*$/;
    const own = arabicDigits(tidy(cellText(cell))).replace(/\.$/, "");
    const of = arabicDigits(tidy(parent)).replace(/\.$/, "");
    if (of === "" || !dotted.test(of)) return undefined;
    return own.startsWith(`${of}.`) && dotted.test(own) ? own : undefined;
  };
  const cellArb: fc.Arbitrary<Cell> = fc.oneof(
    text(8),
    fc.double({ min: 0, max: 100, noNaN: true }),
    fc.integer({ min: -5, max: 2000 }),
    fc.constantFrom<Cell>(null, true, { error: "#N/A" }, { error: "1.2.3" }),
  );

  it("gives what the long way gives, numbers plain, Thai or spaced", () => {
    fc.assert(
      fc.property(cellArb, text(6), (cell, parent) => {
        expect(childNumber(cell, parent)).toBe(longWay(cell, parent));
      }),
      { numRuns: 5000 },
    );
  });

  it("gives what the long way gives for a sub-item written under its parent", () => {
    fc.assert(
      fc.property(text(5), text(4), (parent, rest) => {
        const cell = `${parent}.${rest}`;
        expect(childNumber(cell, parent)).toBe(longWay(cell, parent));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the usual cases", () => {
    expect(childNumber("1.2.1", "1.2")).toBe("1.2.1");
    expect(childNumber("๑.๒.๑", "1.2")).toBe("1.2.1");
    expect(childNumber("1.3", "1.2")).toBeUndefined();
    expect(childNumber(1.5, "1")).toBe("1.5");
    expect(childNumber(7, "1")).toBeUndefined();
  });
});

describe("readOnce", () => {
  it("answers as the read itself does, whichever texts share its front memory", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text(6), fc.string({ maxLength: 4 })), { maxLength: 300 }), (texts) => {
        const read = (t: string) => `${t.length}:${t}`;
        const once = readOnce(read, 16);
        for (const t of texts) expect(once(t)).toBe(read(t));
      }),
      { numRuns: 300 },
    );
  });

  it("remembers an undefined answer as an answer", () => {
    let reads = 0;
    const once = readOnce((): undefined => {
      reads++;
      return undefined;
    });
    expect(once("x")).toBeUndefined();
    expect(once("x")).toBeUndefined();
    expect(reads).toBe(1);
  });
});

describe("FirstRows over the rows read before", () => {
  it("gives each number's first row, as a map of the numbers would", () => {
    const NUMBER = fc.oneof(
      fc
        .tuple(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 2 }), fc.integer({ min: 0, max: 120 }))
        .map(([prefix, last]) => [...prefix, last].join(".")),
      fc.constantFrom("๑.๒", "๑.๑๐", "1.02", "1.2.", "ก.", "9", "10"),
    );
    fc.assert(
      fc.property(fc.array(NUMBER, { maxLength: 200 }), fc.boolean(), (numbers, sorted) => {
        const list = sorted ? [...numbers].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)) : numbers;
        const seen: [string, number][] = [];
        const firstRows = new FirstRows((visit) => seen.forEach(([number, row]) => visit(number, row)));
        const map = new Map<string, number>();
        list.forEach((number, i) => {
          const expected = map.get(number);
          if (expected === undefined) map.set(number, i + 1);
          expect(firstRows.firstOrKeep(number, i + 1)).toBe(expected);
          seen.push([number, i + 1]);
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("sortIssues", () => {
  const issueArb = fc.record({
    severity: fc.constantFrom<Severity>("error", "warning", "info"),
    row: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    column: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  });
  const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

  it("orders by severity, row and column, equal places in the order given, over several lists", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(issueArb, { maxLength: 60 }), { maxLength: 4 }),
        fc.boolean(),
        (lists, reversed) => {
          const issues = lists.map((list) =>
            list.map((at, i): Issue => ({
              ...at,
              code: "hidden-row",
              field: null,
              text: `${i}`,
              details: undefined,
            })),
          );
          if (reversed) issues.forEach((list) => list.reverse());
          const all = issues.flat();
          const expected = all
            .map((issue, index) => ({ issue, index }))
            .sort(
              (a, b) =>
                ORDER[a.issue.severity] - ORDER[b.issue.severity] ||
                (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
                (a.issue.column ?? 0) - (b.issue.column ?? 0) ||
                a.index - b.index,
            )
            .map(({ issue }) => issue);
          const sorted = sortIssues(...issues);
          expect(sorted).toHaveLength(expected.length);
          sorted.forEach((issue, i) => expect(issue).toBe(expected[i]));
        },
      ),
      { numRuns: 500 },
    );
  });
});

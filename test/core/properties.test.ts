import fc from "fast-check";
import {
  analyzePlan,
  layoutMatrix,
  reportJson,
  summaryLayout,
  type Cell,
  type Round,
  type Totals,
} from "../../src/core";
import { type Summary } from "../../src/core/summary/summarize";
import { DIM_HEAD, DONE, IN_PROGRESS, NOT_DONE, NOT_STARTED, grid } from "./helpers";

interface Row {
  readonly dimension: 1 | 2 | 3 | 4;
  readonly planned: number;
  readonly disbursed: number;
  readonly status: string;
}

const rowArb: fc.Arbitrary<Row> = fc.record({
  dimension: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  planned: fc.integer({ min: 0, max: 10_000_000_000 }),
  disbursed: fc.integer({ min: 0, max: 10_000_000_000 }),
  status: fc.constantFrom(DONE, IN_PROGRESS, NOT_STARTED, NOT_DONE, "Completed", "ยกเลิก"),
});
const roundArb = fc.constantFrom<Round>(6, 12);

/** A plan sheet of these rows; amounts are given in satang and written as baht numbers. */
function sheet(rows: readonly Row[]): (readonly Cell[])[] {
  return [
    DIM_HEAD,
    ...rows.map((r, i): Cell[] => [
      r.dimension,
      `โครงการ ${i}`,
      r.planned / 100,
      r.disbursed / 100,
      r.status,
      "เหตุ",
    ]),
  ];
}

function summaryOf(rows: readonly Row[], round: Round): Summary {
  const report = analyzePlan(grid(sheet(rows)), { round });
  if (!report) throw new Error("the plan was not found");
  return report.summary;
}

const FIELDS = [
  "projects",
  "plannedBudget",
  "completed",
  "inProgress",
  "notStarted",
  "notDone",
  "disbursed",
] as const;

/** part ÷ whole × 100 to two decimals, half up, by integer long division: the spec's rule, written afresh. */
function exactPercent(part: bigint, whole: bigint): number | null {
  if (whole === 0n) return null;
  const thousandths = (part * 100_000n) / whole;
  const hundredths = thousandths / 10n + (thousandths % 10n >= 5n ? 1n : 0n);
  return Number(`${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, "0")}`);
}

describe("properties of the summary", () => {
  it("gives a total equal to the sum of the four dimensions, for every field", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), roundArb, (rows, round) => {
        const summary = summaryOf(rows, round);
        for (const field of FIELDS) {
          const sum = summary.dimensions.reduce((acc, d) => acc + d[field], 0);
          expect(summary.total[field]).toBe(sum);
        }
        expect(summary.total.projects).toBe(rows.length);
      }),
    );
  });

  it("does not depend on the order of the project rows", () => {
    fc.assert(
      fc.property(
        fc
          .array(rowArb, { maxLength: 30 })
          .chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
            ),
          ),
        roundArb,
        ([rows, shuffled], round) => {
          expect(summaryOf(shuffled, round)).toEqual(summaryOf(rows, round));
        },
      ),
    );
  });

  it("sums money exactly and rounds percentages as exact decimal arithmetic does", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), roundArb, (rows, round) => {
        const summary = summaryOf(rows, round);
        const check = (totals: Totals, group: readonly Row[]) => {
          const planned = group.reduce((acc, r) => acc + BigInt(r.planned), 0n);
          const disbursed = group.reduce((acc, r) => acc + BigInt(r.disbursed), 0n);
          const completed = group.filter((r) => r.status === DONE || r.status === "Completed").length;
          expect(BigInt(totals.plannedBudget)).toBe(planned);
          expect(BigInt(totals.disbursed)).toBe(disbursed);
          expect(totals.completed).toBe(completed);
          expect(totals.pctBudget).toBe(exactPercent(disbursed, planned));
          expect(totals.pctProjects).toBe(exactPercent(BigInt(completed), BigInt(group.length)));
        };
        for (const d of summary.dimensions)
          check(
            d,
            rows.filter((r) => r.dimension === d.dimension),
          );
        check(summary.total, rows);
      }),
    );
  });

  it("rounds a percentage that ends in exactly half a hundredth up", () => {
    // disbursed ÷ planned = (2m + 1) ÷ 20,000, so the percentage is m/100 + 0.005 exactly.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 1, max: 1_000 }), (m, k) => {
        const rows: Row[] = [{ dimension: 1, planned: 20_000 * k, disbursed: (2 * m + 1) * k, status: DONE }];
        expect(summaryOf(rows, 12).total.pctBudget).toBe(
          Number(`${Math.floor((m + 1) / 100)}.${String((m + 1) % 100).padStart(2, "0")}`),
        );
      }),
    );
  });
});

const WORDS = [
  ...DIM_HEAD.map(String),
  "ลำดับ",
  "งบประมาณ (บาท)",
  "ตามแผน",
  "เบิกจ่าย",
  DONE,
  IN_PROGRESS,
  NOT_STARTED,
  NOT_DONE,
  "มิติที่ ๒",
  "มิติที่ 9",
  "รวม",
  "รวมมิติที่ 3",
  "๒๐,๐๐๐.๐๐ บาท",
  "-",
  "✓",
  "1.1",
  "๒.๓",
  "=SUM(A1:A3)",
  "ประจำปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน",
];
const thaiChar = fc.integer({ min: 0x0e00, max: 0x0e7f }).map((code) => String.fromCharCode(code));
const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.string({ unit: "binary" }),
  fc.string({ unit: thaiChar }),
  fc.string({ unit: fc.constantFrom(" ", "\n", ".", ",", "-", "5", "๕", "(", ")", "บาท") }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e21,
    -1e-7,
    2 ** 53,
  ),
  fc.boolean(),
  fc.record({ error: fc.oneof(fc.constantFrom("#N/A", "#VALUE!", "#REF!"), fc.string()) }),
);
const rowOfCells = fc.array(cellArb, { maxLength: 9 });
const gridArb = fc.oneof(
  fc.array(rowOfCells, { maxLength: 25 }),
  fc
    .tuple(fc.array(rowOfCells, { maxLength: 3 }), fc.array(rowOfCells, { maxLength: 12 }))
    .map(([above, below]) => [...above, ["ลำดับ", ...DIM_HEAD], ...below]),
);

describe("any sheet at all", () => {
  it("never throws: analysis, JSON and layout in both languages", () => {
    fc.assert(
      fc.property(
        gridArb,
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.option(roundArb, { nil: undefined }),
        (rows, firstRow, firstColumn, round) => {
          const report = analyzePlan({ rows, firstRow, firstColumn }, round === undefined ? {} : { round });
          if (!report) return;
          for (const lang of ["th", "en"] as const) {
            JSON.stringify(reportJson(report, lang));
            layoutMatrix(summaryLayout(report, { lang }));
          }
          expect(report.valid).toBe(!report.issues.some((issue) => issue.severity === "error"));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/**
 * Invisible characters (spec §5): LRM, RLM, ALM, soft hyphen, zero-width characters, word joiner, BOM
 * and the bidi embeddings and isolates are taken out before any text is matched, so a plan reads the
 * same with them typed or pasted anywhere.
 */
import fc from "fast-check";
import type { Cell, PlanReport } from "../../src/core";
import { readAmount } from "../../src/core/cells/amounts";
import { findHeader } from "../../src/core/rows/columns";
import { readDimensionCell } from "../../src/core/rows/dimension";
import { parseStatus } from "../../src/core/rows/status";
import { normalizeText, wordKey } from "../../src/core/cells/text";
import { DIM_HEAD, DONE, IN_PROGRESS, NOT_DONE, analyze, grid, project } from "./helpers";

const INVISIBLES = [
  "\u200E", // LRM
  "\u200F", // RLM
  "\u061C", // ALM
  "\u00AD", // soft hyphen
  "\u200B",
  "\u200C",
  "\u200D",
  "\u2060",
  "\uFEFF",
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
];
const invisible = fc.constantFrom(...INVISIBLES);

/** The text with invisible characters put in at the given places (each place taken modulo its length + 1). */
function sprinkle(text: string, places: readonly (readonly [number, string])[]): string {
  const chars = [...text];
  for (const [at, mark] of places) chars.splice(at % (chars.length + 1), 0, mark);
  return chars.join("");
}
const places = fc.array(fc.tuple(fc.nat(), invisible), { minLength: 1, maxLength: 4 });

describe("invisible characters are taken out before matching (spec §5)", () => {
  it.each(INVISIBLES.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`, c]))(
    "%s is removed",
    (_name, mark) => {
      expect(normalizeText(`ดำเนิน${mark}การ${mark}`)).toBe("ดำเนินการ");
      expect(readAmount(`๒๐${mark},๐๐๐`)).toEqual({ satang: 2000000, issues: ["text-number"] });
    },
  );

  it("reads an amount such as ๒๐,๐๐๐ with an LRM inside as 20,000", () => {
    expect(readAmount("๒๐,\u200E๐๐๐")).toEqual({ satang: 2000000, issues: ["text-number"] });
    expect(readAmount("\u202B1,500.50 บาท\u202C")).toEqual({ satang: 150050, issues: ["text-number"] });
  });

  const words = [DONE, IN_PROGRESS, NOT_DONE, "ยังไม่ได้ดำเนินการ", "ดำเนินการแล้ว ร้อยละ 40", "Completed"];
  it("reads every status word the same with invisible characters anywhere", () => {
    fc.assert(
      fc.property(fc.constantFrom(...words), places, (word, at) => {
        expect(parseStatus(sprinkle(word, at))).toBe(parseStatus(word));
      }),
    );
  });

  const dimensions = [
    "มิติที่ 2",
    "๒",
    "3",
    "1. การสร้างวัฒนธรรมสุจริต",
    "1.1 การสร้างจิตสำนึก",
    "การบริหารราชการด้วยความโปร่งใส",
    "3,4",
  ];
  it("reads every dimension cell the same with invisible characters anywhere", () => {
    fc.assert(
      fc.property(fc.constantFrom(...dimensions), places, (text, at) => {
        const plain = readDimensionCell(text);
        const read = readDimensionCell(sprinkle(text, at));
        expect(read.kind).toBe(plain.kind);
        if (plain.kind === "dimension" && read.kind === "dimension")
          expect(read.dimension).toBe(plain.dimension);
      }),
    );
  });

  const amounts = ["๒๐,๐๐๐", "20,000.-", "1,500.50 บาท", "฿1,000", "-", "ไม่ใช้งบประมาณ", "10.000", "40%"];
  it("reads every amount the same with invisible characters anywhere", () => {
    fc.assert(
      fc.property(fc.constantFrom(...amounts), places, (text, at) => {
        expect(readAmount(sprinkle(text, at))).toEqual(readAmount(text));
      }),
    );
  });

  const headers = ["มิติ", "ชื่อโครงการ", "งบประมาณ (บาท)", "งบประมาณเบิกจ่าย", "สถานะ", "หมายเหตุ", "ลำดับที่"];
  it("finds the same columns with invisible characters anywhere in the headers", () => {
    const plain = findHeader(grid([headers]));
    fc.assert(
      fc.property(fc.array(places, { minLength: headers.length, maxLength: headers.length }), (at) => {
        const header = findHeader(grid([headers.map((text, i) => sprinkle(text, at[i]))]));
        expect(header?.columns).toEqual(plain?.columns);
      }),
    );
  });

  /** What a report says, leaving out the cells' own text (which keeps the characters, as written). */
  const gist = (report: PlanReport) => ({
    total: report.summary.total,
    dimensions: report.summary.dimensions.map((d) => [d.projects, d.plannedBudget, d.disbursed, d.completed]),
    issues: report.issues.map((i) => [i.code, i.row, i.column]),
    statuses: report.rows.map((r) => [r.row, r.dimension, r.status]),
  });
  const plan = (mark: (text: string, i: number) => string, total: (text: string) => string): Cell[][] => [
    DIM_HEAD.map((cell, i) => mark(String(cell), i)),
    [mark("มิติที่ 1", 1)],
    project(null, "ก", mark("๒๐,๐๐๐", 2), mark("15,000.-", 3), mark(DONE, 4)),
    project(mark("๒", 5), "ข", 1000, mark("-", 6), mark(NOT_DONE, 7), "เหตุผล"),
    // Stated wrongly on purpose: the mismatch must be found however the label is typed.
    [null, total("รวมมิติที่ 1"), 19000, 15000, null, null],
    [null, total("รวมทั้งสิ้น"), mark("21,000", 8), 15000, null, null],
  ];

  it("reads a whole plan the same with invisible characters anywhere in its matched texts", () => {
    expect(
      gist(
        analyze(
          plan(
            (t) => t,
            (t) => `\u200E${t}`,
          ),
        ),
      ),
    ).toEqual(
      gist(
        analyze(
          plan(
            (t) => t,
            (t) => t,
          ),
        ),
      ),
    );
    const plain = gist(
      analyze(
        plan(
          (t) => t,
          (t) => t,
        ),
      ),
    );
    expect(plain.issues).toContainEqual(["control-total-mismatch", 5, 3]);
    fc.assert(
      fc.property(fc.array(places, { minLength: 9, maxLength: 9 }), places, (at, totalAt) => {
        const report = analyze(
          plan(
            (t, i) => sprinkle(t, at[i]),
            (t) => sprinkle(t, totalAt),
          ),
        );
        expect(gist(report)).toEqual(plain);
      }),
    );
  });

  it("keeps the cell's own text, characters and all, where an issue quotes it", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", "\u200Eไม่ทราบ", 0, DONE)]);
    expect(report.issues.find((i) => i.code === "not-a-number")?.text).toBe("\u200Eไม่ทราบ");
    expect(wordKey("\u200Eไม่ทราบ")).toBe("ไม่ทราบ");
  });
});

/**
 * One language at a time (spec §1 "Languages"): English names for the standard dimension wordings,
 * one era per language in every year written, one quotation mark, English plurals.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import {
  MESSAGES,
  SUMMARY_WORDS,
  ROLLUP_SHEET_WORDS,
  SAMPLE_GRID,
  SAMPLE_ROWS,
  type Cell,
  type Lang,
  type PlanReport,
  type Round,
  analyzePlan,
  dimensionName,
  officeSummary,
  plural,
  rollUp,
  rollupLayout,
  summaryLayout,
} from "../../src/core";
import { DIMENSIONS, STANDARD_DIMENSION_NAMES } from "../../src/core/cells/vocabulary";
import { MEMO_WORDS } from "../../src/core/words/memoWords";
import { memoLines } from "../../src/core/layout/memo";
import { DIM_HEAD, analyze, project } from "./helpers";

const THAI = /[\u0E00-\u0E7F]/;
const sample = analyzePlan(SAMPLE_GRID)!;

/** The table's dimension labels, column A of the four rows under its two header rows. */
function dimensionLabels(report: PlanReport, lang: Lang): string[] {
  const layout = summaryLayout(report, { lang });
  const top = layout.table.top + 2;
  return DIMENSIONS.map(
    (_d, i) => layout.cells.find((cell) => cell.row === top + i && cell.column === 0)?.value as string,
  );
}

/** The sample with its four section rows replaced. */
function withSections(sections: readonly string[]): PlanReport {
  let next = 0;
  const rows = SAMPLE_ROWS.map((row) =>
    typeof row[0] === "string" && row[0].startsWith("มิติที่ ") ? [sections[next++], ...row.slice(1)] : row,
  );
  return analyzePlan({ ...SAMPLE_GRID, rows })!;
}

describe("dimension names in English (spec §1)", () => {
  it.each(
    DIMENSIONS.flatMap((d) => STANDARD_DIMENSION_NAMES[d].map((name) => [d, name.th, name.en] as const)),
  )("dimension %i's standard wording %p is %p in English and itself in Thai", (dimension, th, en) => {
    expect(dimensionName(dimension, th, "en")).toBe(en);
    expect(dimensionName(dimension, th, "th")).toBe(th);
    // Spacing the sheet adds does not make it another wording.
    expect(dimensionName(dimension, ` ${th.slice(0, 4)}  ${th.slice(4)} `, "en")).toBe(en);
  });

  it("keeps a name that is not a standard wording, or is another dimension's, as the user wrote it", () => {
    expect(dimensionName(1, "การสร้างวัฒนธรรมสุจริตในองค์กร", "en")).toBe("การสร้างวัฒนธรรมสุจริตในองค์กร");
    expect(dimensionName(2, STANDARD_DIMENSION_NAMES[1][0].th, "en")).toBe(STANDARD_DIMENSION_NAMES[1][0].th);
    expect(dimensionName(3, "Citizens first", "en")).toBe("Citizens first");
  });

  it("shows the sample's dimensions in English in an English summary, and as the sheet says in Thai", () => {
    expect(dimensionLabels(sample, "en")).toEqual([
      "1. Building a culture of integrity",
      "2. Administration with transparency",
      "3. Promoting the role and participation of the public",
      "4. Raising the mechanisms for checking the work of the local administration",
    ]);
    // The seed's own wording, variant of dimension 4 included.
    expect(dimensionLabels(sample, "th")).toEqual([
      "1. การสร้างวัฒนธรรมสุจริต",
      "2. การบริหารราชการด้วยความโปร่งใส",
      "3. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
      "4. ยกระดับกลไกการตรวจสอบการดำเนินงานขององค์การปกครองส่วนท้องถิ่น",
    ]);
  });

  it("names the 2561–2564 wording and a bare 'มิติที่ N' in English too", () => {
    const old = withSections([
      "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต",
      "มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต",
      "มิติที่ 3",
      "มิติที่ 4 การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ",
    ]);
    expect(dimensionLabels(old, "en")).toEqual([
      "1. Building a society that does not tolerate corruption",
      "2. Administration to prevent corruption",
      "3. Promoting the role and participation of the public",
      "4. Strengthening and improving the mechanisms for checking government work",
    ]);
    expect(dimensionLabels(old, "th")[2]).toBe("3. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน");
  });

  it("keeps a sheet's own dimension name in English", () => {
    const own = withSections(["มิติที่ 1 วัฒนธรรมองค์กร", "มิติที่ 2", "มิติที่ 3", "มิติที่ 4"]);
    expect(dimensionLabels(own, "en")[0]).toBe("1. วัฒนธรรมองค์กร");
  });

  it("names the dimensions alike in the roll-up sheet", () => {
    const rollup = rollUp([officeSummary("a.xlsx", sample)], []);
    const layout = rollupLayout(rollup, { lang: "en" });
    for (const d of DIMENSIONS) {
      expect(layout.cells.some((cell) => cell.value === `${d}. ${STANDARD_DIMENSION_NAMES[d][0].en}`)).toBe(
        true,
      );
    }
  });

  it('reads an English section row, "Dimension 2: …", as a dimension heading', () => {
    const report = analyze([DIM_HEAD, ["Dimension 2: Transparency"], project(null, "ก", 100, 100)]);
    expect(report.rows.map((row) => row.dimension)).toEqual([2]);
    expect(report.summary.dimensions[1].name).toBe("Transparency");
  });
});

/**
 * Every text the summary sheet, its memo and the roll-up sheet hold, in one language. Number cells
 * are figures; the roll-up's fiscal-year column is one, under a heading that names its era.
 */
function textsOf(report: PlanReport, lang: Lang): string[] {
  const writtenAt = new Date(2024, 0, 15);
  const layout = summaryLayout(report, { lang, writtenAt, withMemo: true });
  const rollup = rollupLayout(rollUp([officeSummary("a.xlsx", report)], []), { lang, writtenAt });
  const texts = (cells: readonly { value: string | number }[]) =>
    cells.flatMap((cell) => (typeof cell.value === "string" ? [cell.value] : []));
  return [
    ...texts(layout.cells),
    layout.print.footer.left,
    layout.print.footer.right,
    ...texts(rollup.cells),
    rollup.print.footer.left,
    SUMMARY_WORDS[lang].period(report.fiscalYear, report.round, ""),
  ];
}

/** The four-digit numbers a text names as years, each with what follows it. */
const yearsIn = (text: string): { year: number; after: string; before: string }[] =>
  [...text.matchAll(/(?<![\d,.])(\d{4})(?![\d,.])/g)].map((match) => ({
    year: Number(match[1]),
    after: text.slice((match.index ?? 0) + 4),
    before: text.slice(0, match.index),
  }));

describe("one era per language in every year written (spec §1, Years)", () => {
  const reports = fc.record({
    year: fc.integer({ min: 2500, max: 2700 }),
    round: fc.constantFrom<Round>(6, 12),
  });

  it("English marks every Buddhist-era year B.E. and leaves Common-era months and dates unmarked", () => {
    fc.assert(
      fc.property(reports, ({ year, round }) => {
        const report = analyzePlan(SAMPLE_GRID, { fiscalYear: year, round })!;
        for (const text of textsOf(report, "en")) {
          expect(text).not.toMatch(/พ\.ศ\./);
          for (const found of yearsIn(text)) {
            if (found.year >= 2400) expect(found.after.startsWith(" B.E.")).toBe(true);
            else expect(found.after.startsWith(" B.E.")).toBe(false);
          }
        }
        expect(textsOf(report, "en")).toContain("Fiscal year (B.E.)");
        const period = textsOf(report, "en").find((text) => text.startsWith(`FY ${year} B.E., `));
        expect(period).toBe(
          `FY ${year} B.E., ${round}-month round (October ${year - 544} – ${round === 6 ? "March" : "September"} ${year - 543})`,
        );
      }),
      { numRuns: 25 },
    );
  });

  it("Thai writes every year in the Buddhist era, the fiscal year marked พ.ศ.", () => {
    fc.assert(
      fc.property(reports, ({ year, round }) => {
        const report = analyzePlan(SAMPLE_GRID, { fiscalYear: year, round })!;
        const texts = textsOf(report, "th");
        for (const text of texts) {
          for (const found of yearsIn(text)) expect(found.year).toBeGreaterThanOrEqual(2400);
          expect(text).not.toMatch(/B\.E\.|C\.E\./);
        }
        expect(texts).toContain("ปีงบประมาณ (พ.ศ.)");
        expect(texts).toContain(
          `ประจำปีงบประมาณ พ.ศ. ${year} รอบ ${round} เดือน (ตุลาคม ${year - 1} - ${round === 6 ? "มีนาคม" : "กันยายน"} ${year})`,
        );
        expect(memoLines(report, "th")[0]).toContain(`ในปีงบประมาณ พ.ศ. ${year}`);
      }),
      { numRuns: 25 },
    );
  });

  it("keeps the seed's Thai period line and memo opening byte for byte", () => {
    expect(textsOf(sample, "th")).toContain(
      "ประจำปีงบประมาณ พ.ศ. 2566 รอบ 12 เดือน (ตุลาคม 2565 - กันยายน 2566)",
    );
    expect(
      memoLines(sample, "th")[0].startsWith("ในปีงบประมาณ พ.ศ. 2566 องค์การบริหารส่วนตำบลแม่วิน มีโครงการ"),
    ).toBe(true);
  });
});

describe("English plurals (one helper)", () => {
  it("says 1 of a thing and 0 or many things", () => {
    expect([plural(0, "project"), plural(1, "project"), plural(2, "project")]).toEqual([
      "0 projects",
      "1 project",
      "2 projects",
    ]);
    expect(plural(1, "activity", "activities")).toBe("1 activity");
    expect(plural(1234, "row")).toBe("1,234 rows");
  });

  it("never says '1 errors', '1 projects' or '1 offices' in English core words", () => {
    const en = MESSAGES.en;
    const said = [
      SUMMARY_WORDS.en.hasErrors(1),
      SUMMARY_WORDS.en.source("sheet", 1, 3, 4),
      SUMMARY_WORDS.en.footerCheck(1, 1),
      MEMO_WORDS.en.intro(2566, "Office", 1, "1.00"),
      MEMO_WORDS.en.dimension(1, 1, "1.00"),
      MEMO_WORDS.en.total(1, "1.00"),
      en.itemTypes.project(1),
      en.itemTypes.activity(1),
      ROLLUP_SHEET_WORDS.en.offices(1),
      ROLLUP_SHEET_WORDS.en.total(1),
      ROLLUP_SHEET_WORDS.en.footerCounts(1, 0, false),
    ];
    for (const text of said) expect(text).not.toMatch(/\b1 [a-z]+(?:s|ies)\b/);
    expect(SUMMARY_WORDS.en.footerCheck(2, 3)).toBe("Check: 2 errors, 3 warnings");
  });
});

describe("one quotation mark in both languages", () => {
  /** Every source file: user-facing text lives in the message files, but none may bring the other style. */
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? sources(file) : /\.tsx?$/.test(name) ? [file] : [];
    });
  }

  it("uses the straight double quote, never curly or angle quotes, in any product text", () => {
    const root = path.join(__dirname, "../../src");
    const offending = sources(root).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (/[“”‘’«»„]/.test(line) ? [`${path.relative(root, file)}:${i + 1}`] : [])),
    );
    expect(offending).toEqual([]);
  });

  it("quotes names with straight double quotes in both languages", () => {
    for (const lang of ["th", "en"] as const) {
      expect(SUMMARY_WORDS[lang].sheet("แผน")).toMatch(/"แผน"/);
    }
  });
});

describe("Thai characters in English core words", () => {
  it("uses none in the English summary sheet apart from the sheet's own data", () => {
    const layout = summaryLayout(sample, { lang: "en", withMemo: true });
    const userData = new Set(
      SAMPLE_ROWS.flatMap((row) => row.filter((cell): cell is string => typeof cell === "string")),
    );
    // Longest first, so a name is taken whole before a word inside it.
    const own = [
      sample.organisation ?? "",
      "แผน",
      ...[...userData].filter((text) => !text.startsWith("มิติที่")),
    ].sort((a, b) => b.length - a.length);
    for (const cell of layout.cells) {
      const left = own.reduce((text, data) => text.split(data).join(""), String(cell.value));
      expect(left).not.toMatch(THAI);
    }
  });

  it("keeps the Thai vocabulary out of English issue messages", () => {
    const cell: Cell = "";
    const report = analyze([DIM_HEAD, project(cell, "ก", 100, 100)]);
    const message = MESSAGES.en.issues["unknown-dimension"](report.issues[0]);
    expect(message).not.toMatch(THAI);
  });
});

/** The layout's print data: text widths, row heights, looks, footer, sheet name, drop-downs and years. */
import fc from "fast-check";
import {
  FORMAT,
  SAMPLE_GRID,
  analyzePlan,
  columnPoints,
  displayText,
  displayWidth,
  dropDown,
  footerCode,
  listAlert,
  planTemplate,
  readFiscalYear,
  sampleSheetLayout,
  summaryLayout,
  withDefaultFiscalYear,
} from "../../src/core";
import { FOOTER_LIMIT, footerSections } from "../../src/core/layout/footer";
import { MAX_ROW_HEIGHT, fitRowHeights, lineCount, linesHeight } from "../../src/core/layout/rowHeights";
import { SUMMARY_LOOKS } from "../../src/core/layout/styles";
import { fiscalYearOf } from "../../src/core/rows/period";
import { lastEndedRoundYear } from "../../src/core/rows/fiscalYear";
import { textWidth } from "../../src/core/layout/textWidth";
import { TEMPLATE_COLUMNS } from "../../src/core/layout/template";

const sample = analyzePlan(SAMPLE_GRID)!;
const font = { size: 16 };

describe("text width in the official font", () => {
  it("gives Thai vowel and tone marks above or below a letter no width", () => {
    expect(textWidth("กิ่ง", font)).toBe(textWidth("กง", font));
    expect(displayWidth("กิ่ง")).toBe(2);
    expect(displayWidth("ที่มา: แผน")).toBe(displayWidth("ทมา: แผน"));
  });

  it("measures digits as Laksaman sets them at 16 pt (8.7 points, as LibreOffice prints them)", () => {
    expect(textWidth("0123456789", font)).toBeCloseTo(87.04, 1);
    expect(textWidth("ก", { size: 16, bold: true })).toBeGreaterThan(textWidth("ก", font));
  });

  it("takes a character it does not know as a full em, never as nothing", () => {
    expect(textWidth("中", font)).toBe(16);
  });
});

describe("row heights", () => {
  it("converts column characters to points as Excel does: 8.43 characters are 64 pixels", () => {
    expect(columnPoints(8.43)).toBeCloseTo(48, 1);
    expect(columnPoints(10)).toBe(56.25);
  });

  it("wraps at spaces, breaks a run without spaces between letters, and counts line breaks", () => {
    const width = columnPoints(20);
    expect(lineCount("ก", width, font, true)).toBe(1);
    expect(lineCount("ก".repeat(40), width, font, true)).toBeGreaterThan(2);
    expect(lineCount("a\nb\nc", width, font, true)).toBe(3);
    expect(lineCount("ก".repeat(400), width, font, false)).toBe(1);
  });

  it("gives every row at least one line of the sheet's font, and a merged text the rows it spans", () => {
    const heights = fitRowHeights({
      rowCount: 4,
      columnWidths: [10, 10],
      size: 16,
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
      cells: [{ row: 1, column: 0, text: "ก".repeat(60), font, wrap: true }],
    });
    const one = linesHeight(1, 16);
    expect(heights[0]).toBe(one);
    expect(heights[3]).toBe(one);
    const lines = lineCount("ก".repeat(60), columnPoints(10), font, true);
    expect(heights[1] + heights[2]).toBeGreaterThanOrEqual(linesHeight(lines, 16));
    expect(heights[1]).toBe(heights[2]);
  });

  it("never shrinks as a text grows, and never passes Excel's tallest row", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 300 }),
        fc.integer({ min: 3, max: 80 }),
        (a, b, width) => {
          const height = (text: string) =>
            fitRowHeights({
              rowCount: 1,
              columnWidths: [width],
              size: 16,
              merges: [],
              cells: [{ row: 0, column: 0, text, font, wrap: true }],
            })[0];
          const short = height(a);
          const long = height(`${a} ${b}`);
          return long >= short && long <= MAX_ROW_HEIGHT && short >= linesHeight(1, 16);
        },
      ),
    );
  });
});

describe("the summary layout carries what hosts paint", () => {
  const layout = summaryLayout(sample, { withMemo: true });

  it("a height for every row, more for a wrapped memo line than for a short one", () => {
    expect(layout.rowHeights).toHaveLength(layout.rowCount);
    const memo = layout.cells.filter((cell) => cell.style === "memo");
    const heights = memo.map((cell) => layout.rowHeights[cell.row]);
    expect(Math.max(...heights)).toBeGreaterThan(2 * Math.min(...heights));
  });

  it("looks as data: an 18 pt bold title, filled headers, a grey italic source line", () => {
    expect(layout.looks).toBe(SUMMARY_LOOKS);
    expect(layout.looks.title).toMatchObject({ size: 18, bold: true, horizontal: "center" });
    expect(layout.looks.header.fill).toBe("#D9E1F2");
    expect(layout.looks.source).toMatchObject({ italic: true, size: 14, colour: "#595959" });
  });

  it("borders the table and the list of projects not carried out", () => {
    expect(layout.bordered[0]).toEqual(layout.table);
    const list = layout.bordered[1];
    expect(list.bottom - list.top).toBe(sample.notCarriedOut.length);
  });

  it("names the sheet in the report's language", () => {
    expect(layout.sheetName).toBe("สรุปผล");
    expect(summaryLayout(sample, { lang: "en" }).sheetName).toBe("Summary");
  });

  it("gives the footer as Excel's sections, within 255 characters over the whole", () => {
    const written = summaryLayout(sample, { writtenAt: new Date(2023, 9, 5) });
    expect(footerCode(written.print.footerSections)).toBe(
      `&L${written.print.footer.left}&R${written.print.footer.right}`,
    );
  });
});

describe("the footer's length rule", () => {
  it("escapes &, and shortens the right section so the whole footer keeps to Excel's limit", () => {
    expect(footerSections({ left: "A&B", right: "C" })).toEqual({ left: "A&&B", right: "C" });
    const sections = footerSections({ left: "จัดทำเมื่อ 1 ตุลาคม 2566", right: `ที่มา: ${"&".repeat(300)}` });
    expect(footerCode(sections).length).toBeLessThanOrEqual(FOOTER_LIMIT);
    expect(sections.right).toMatch(/^ที่มา: (&&)+…$/);
  });

  it("keeps any footer within the limit and never cuts a doubled & in half", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 400 }), (left, right) => {
        const sections = footerSections({ left, right });
        const code = footerCode(sections);
        const singles =
          sections.right.replace(/&&/g, "").includes("&") || sections.left.replace(/&&/g, "").includes("&");
        return code.length <= FOOTER_LIMIT && !singles;
      }),
    );
  });
});

describe("a cell as a spreadsheet shows it", () => {
  it("under each of the layout's number formats", () => {
    expect(displayText(401900, FORMAT.baht)).toBe("401,900.00");
    expect(displayText(49.07, FORMAT.percent)).toBe("49.07");
    expect(displayText(1234, FORMAT.count)).toBe("1,234");
    expect(displayText(24, "0")).toBe("24");
    expect(displayText("=A1", FORMAT.text)).toBe("=A1");
  });
});

describe("the plan sheets the product writes", () => {
  it("the sample: a height for every row, taller for the long project names", () => {
    const layout = sampleSheetLayout();
    expect(layout.rowHeights).toHaveLength(SAMPLE_GRID.rows.length);
    expect(Math.max(...layout.rowHeights)).toBeGreaterThan(linesHeight(1, 16));
  });

  it("the template: titles, header and body rows, all fitted", () => {
    const template = planTemplate({ withSample: true });
    expect(template.layout.rowHeights).toHaveLength(template.headerRow + template.rows.length);
    expect(template.layout.mergedTitles).toBe(true);
  });

  it("a drop-down list goes into its rule up to 255 characters, else onto the list sheet", () => {
    expect(dropDown(["a", "b"])).toEqual({ kind: "inline", items: "a,b" });
    expect(dropDown(["a,b"]).kind).toBe("listSheet");
    expect(dropDown(['say "x"']).kind).toBe("listSheet");
    expect(dropDown(["ก".repeat(256)]).kind).toBe("listSheet");
    expect(planTemplate().listSheet).toBe("รายการ");
  });

  it("one warning text per drop-down column, in Thai", () => {
    const [dimension, status] = TEMPLATE_COLUMNS.filter((column) => column.list);
    expect(listAlert(dimension)).toEqual({
      title: "ค่านี้ไม่อยู่ในรายการ",
      message: "เลือกมิติจากรายการ หรือใส่เลขมิติ 1–4 ค่าที่พิมพ์เองอาจทำให้ตรวจแผนไม่ผ่าน",
    });
    expect(listAlert(status).message).toMatch(/^เลือก "สถานะ" จากรายการ/);
    expect(listAlert(dimension).title.length).toBeLessThanOrEqual(32);
  });
});

describe("fiscal years", () => {
  it("reads four-digit Buddhist-era years 2500–2700, Thai digits too", () => {
    expect(readFiscalYear("2566")).toBe(2566);
    expect(readFiscalYear(" ๒๕๖๖ ")).toBe(2566);
    expect(readFiscalYear("2023")).toBeNull();
    expect(readFiscalYear("2701")).toBeNull();
    expect(readFiscalYear("25660")).toBeNull();
    expect(readFiscalYear("")).toBeUndefined();
  });

  it("a report without a year is for its round's latest that has ended, said to be assumed", () => {
    const today = new Date(2023, 9, 5);
    expect(fiscalYearOf(today)).toBe(2567);
    const noYear = { ...sample, fiscalYear: undefined };
    expect(withDefaultFiscalYear(noYear, today)).toMatchObject({ fiscalYear: 2566, fiscalYearAssumed: true });
    expect(withDefaultFiscalYear(sample, today)).toBe(sample);
  });

  it.each([
    // 5 December 2569 (2026): FY 2570 runs; both rounds last ended in FY 2569.
    [new Date(2026, 11, 5), 12, 2569],
    [new Date(2026, 11, 5), 6, 2569],
    // 31 March 2570 (2027): the 6-month round of 2570 ends that day, not before.
    [new Date(2027, 2, 31), 6, 2569],
    [new Date(2027, 3, 1), 6, 2570],
    [new Date(2027, 3, 1), 12, 2569],
    [new Date(2027, 8, 30), 12, 2569],
    [new Date(2027, 8, 30), 6, 2570],
    // 1 October 2570 (2027): FY 2570 has just ended, both rounds.
    [new Date(2027, 9, 1), 12, 2570],
    [new Date(2027, 9, 1), 6, 2570],
  ] as const)("on %s the latest round of %i months ended is in FY %i", (today, round, year) => {
    expect(lastEndedRoundYear(round, today)).toBe(year);
  });
});

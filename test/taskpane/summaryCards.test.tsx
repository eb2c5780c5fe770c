/** @jest-environment jsdom */
/**
 * The summary where its table does not fit the pane: a card per dimension holding the layout's own
 * figures, traced as the table's are, and the table one switch away. test/browser/summaryWidth.test.ts
 * measures the cards in Chromium at 350 and 500 px.
 */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import {
  type Lang,
  type SummaryLayout,
  SUMMARY_WORDS,
  displayText,
  summaryLayout,
  tracedCells,
} from "../../src/core";
import { type StackedBlock, type SummaryCard, stackedLayout } from "../../src/taskpane/views/summaryCards";
import { leadingLines } from "../../src/taskpane/views/SummaryPreview";
import { SummaryStep } from "../../src/taskpane/views/SummaryStep";
import { formatCell } from "../../src/taskpane/views/SummaryPreview";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { DONE, NOT_DONE, analyze } from "../core/helpers";
import { previewRow } from "./render";
import { paneReport, renderStep, summaryProps } from "./step";

const th = STRINGS.th;

/**
 * jsdom lays nothing out: here every element is `px` wide, as the pane's box would be. The table
 * needs about 58 em, so 350 px leaves it no room and 1,000 px does.
 */
function paneWidth(px: number): void {
  jest.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(px);
}

afterEach(() => jest.restoreAllMocks());

/** The texts of the layout's row `row`, column by column from the first, as the table shows them. */
function rowTexts(layout: SummaryLayout, row: number): string[] {
  return layout.cells
    .filter((cell) => cell.row === row)
    .sort((a, b) => a.column - b.column)
    .map((cell) => displayText(cell.value, cell.format));
}

function cardTexts(card: SummaryCard): string[] {
  return [formatCell(card.title), ...card.entries.map((entry) => formatCell(entry.cell))];
}

function cardBlocks(blocks: readonly StackedBlock[]): (readonly SummaryCard[])[] {
  return blocks.flatMap((block) => (block.kind === "cards" ? [block.cards] : []));
}

/** The cards of the sample's summary, in `lang`, with its traced figures. */
function sampleCards(lang: Lang) {
  const report = paneReport();
  const layout = summaryLayout(report, { lang });
  const traced = tracedCells(report, layout);
  const figures = { cells: traced, controls: "rows", label: () => "", onChoose: () => undefined };
  const blocks = stackedLayout(layout, leadingLines(layout), figures);
  return { layout, traced, blocks };
}

describe("the summary as cards", () => {
  it.each(["th", "en"] as const)(
    "makes a card of each row of the table, with the layout's figures under their columns' headings (%s)",
    (lang) => {
      const { layout, blocks } = sampleCards(lang);
      const [table] = cardBlocks(blocks);
      const firstBody = layout.table.top + 2;
      expect(table.map(cardTexts)).toEqual([0, 1, 2, 3, 4].map((i) => rowTexts(layout, firstBody + i)));
      expect(cardTexts(table[4]).slice(0, 3)).toEqual([SUMMARY_WORDS[lang].total, "16", "401,900.00"]);
      const words = SUMMARY_WORDS[lang];
      expect(table[0].entries.map((entry) => entry.label)).toEqual([
        words.projects,
        words.plannedBudget,
        words.completed,
        words.disbursed,
        words.notDone,
        `${words.percentDone} — ${words.byProjects}`,
        `${words.percentDone} — ${words.byBudget}`,
      ]);
    },
  );

  it("gives each card's figure the table's trace of the same cell, and no other", () => {
    const { traced, blocks } = sampleCards("th");
    const [table] = cardBlocks(blocks);
    const onCards = table.flatMap((card) => card.entries.flatMap((entry) => (entry.figure ? [entry] : [])));
    expect(onCards.map((entry) => entry.figure)).toEqual(traced);
    for (const entry of onCards) expect(entry.key).toBe(`${entry.figure!.row}:${entry.figure!.column}`);
  });

  it("makes the projects not carried out cards too, and the lines under the table lines that wrap", () => {
    const { blocks } = sampleCards("th");
    const [, list] = cardBlocks(blocks);
    expect(list.map(cardTexts)).toEqual([
      ["1.5 (ชื่อโครงการไม่ปรากฏในรายงานต้นฉบับ)", "1", "15,000.00", "9", "ไม่ระบุเหตุผล"],
    ]);
    expect(list[0].entries.map((entry) => entry.label)).toEqual([
      "มิติ",
      "งบประมาณตามแผนปฏิบัติการ",
      "แถวในแผน",
      "เหตุผล",
    ]);
    const lines = blocks.flatMap((block) => (block.kind === "line" ? [block] : []));
    expect(lines[0]).toMatchObject({ text: "จำแนกเป็น โครงการ 7 กิจกรรม 2 มาตรการ 7", style: "source" });
    expect(lines[lines.length - 1].text).toMatch(/^ที่มา: /);
  });

  it("makes each sub-dimension's subtotals a card under the table's headings", () => {
    const report = analyze(
      [
        ["ที่", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"],
        ["๑.๑ การสร้างจิตสำนึก"],
        ["1.1.1", "โครงการ ก", 100, 100, DONE],
        ["1.1.2", "โครงการ ข", 300, 0, NOT_DONE],
      ],
      { subtotals: true },
    );
    const layout = summaryLayout(report);
    const heading = layout.cells.find((cell) => cell.value === "ผลการดำเนินการจำแนกตามหัวข้อย่อย")!.row;
    const [, subtotals] = cardBlocks(stackedLayout(layout, leadingLines(layout), undefined));
    expect(subtotals.map(cardTexts)).toEqual([rowTexts(layout, heading + 1)]);
    expect(subtotals[0].entries[1].label).toBe("งบประมาณตามแผนปฏิบัติการ");
  });
});

describe("the summary step at a pane's width", () => {
  function showSummary(lang: Lang = "th"): void {
    renderStep(<SummaryStep {...summaryProps(paneReport(), lang)} />, lang);
  }

  it("shows cards where the table does not fit, their figures listing their rows as the table's do", () => {
    paneWidth(350);
    showSummary();
    expect(screen.queryByRole("region", { name: th.summary.previewLabel })).toBeNull();
    const cards = screen.getByRole("region", { name: th.summary.cardsLabel });
    const figure = within(cards).getByRole("button", { name: "โครงการ มิติที่ 1: 5 — แสดงแถว" });
    expect(figure.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(figure);
    expect(figure.getAttribute("aria-expanded")).toBe("true");
    expect(figure.getAttribute("aria-controls")).toBe(
      screen.getByRole("region", { name: "โครงการ มิติที่ 1: 5" }).id,
    );
  });

  it("shows the table as the report prints it with one switch, and the cards again with another", () => {
    paneWidth(350);
    showSummary();
    const toTable = screen.getByRole("switch", { name: th.summary.showTable });
    expect((toTable as HTMLInputElement).checked).toBe(false);
    fireEvent.click(toTable);
    expect(previewRow("รวม")).toEqual(["รวม", "16", "401,900.00", "15", "330,095.00", "1", "93.75", "82.13"]);
    expect(screen.queryByRole("region", { name: th.summary.cardsLabel })).toBeNull();
    fireEvent.click(toTable);
    // The cards back, each figure with its rows a click away.
    const cards = screen.getByRole("region", { name: th.summary.cardsLabel });
    expect(within(cards).getByRole("button", { name: "โครงการ มิติที่ 1: 5 — แสดงแถว" }).textContent).toBe("5");
  });

  it("keeps the table, and offers no switch, where the table fits", () => {
    paneWidth(1000);
    showSummary();
    expect(previewRow("รวม")[1]).toBe("16");
    expect(screen.queryByRole("switch", { name: th.summary.showTable })).toBeNull();
    expect(screen.queryByRole("region", { name: th.summary.cardsLabel })).toBeNull();
  });

  it("names the cards and their figures in English in an English pane", () => {
    paneWidth(350);
    showSummary("en");
    const cards = screen.getByRole("region", { name: STRINGS.en.summary.cardsLabel });
    const first = within(cards).getAllByRole("listitem")[0];
    expect(
      within(first)
        .getAllByRole("term")
        .map((term) => term.textContent),
    ).toContain("Percent done — Budget");
    screen.getByRole("switch", { name: STRINGS.en.summary.showTable });
  });
});

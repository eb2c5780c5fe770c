/**
 * The summary step at the width Excel gives a task pane (350 px) and at 500 px, in Thai and in
 * English, on the built-in sample: the table does not fit there, so each dimension shows as a card
 * whose figures are all in view, none cut, none overflowing, no word broken in two; the official table
 * is one switch away and holds the seed's figures; every traced figure shows a 2 px ring when it has
 * the keyboard's focus.
 */
import type { Locator, Page } from "playwright-core";
import { type Lang, SAMPLE_GRID, analyzePlan, displayText, summaryLayout } from "../../src/core";
import { SUMMARY_WORDS } from "../../src/core/words/summaryWords";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import {
  openPane,
  openStep,
  screenshot,
  seriousViolations,
  servePane,
  type PaneSession,
  type ServedPane,
  chromiumSuite,
  inLanguage,
  PANE_SIZES,
} from "./browser";

const SETUP_MS = 300_000;
/** A page opened, its language switched and its summary step shown, on a busy 2-core machine. */
const OPEN_MS = 120_000;

const suite = chromiumSuite();

const sample = analyzePlan(SAMPLE_GRID)!;

/** Each row of the sample's summary table, dimensions and total, as the layout gives its cells' texts. */
function tableRows(lang: Lang): string[][] {
  const layout = summaryLayout(sample, { lang });
  const { table } = layout;
  const rows: string[][] = [];
  for (let r = table.top + 2; r <= table.bottom; r++) {
    const row: string[] = [];
    for (let c = table.left; c <= table.right; c++) {
      const cell = layout.cells.find((candidate) => candidate.row === r && candidate.column === c);
      row.push(cell ? displayText(cell.value, cell.format) : "");
    }
    rows.push(row);
  }
  return rows;
}

/** What fails to fit: elements wider than the window, cut (their text wider than their box), or sticking out of their card. */
async function misfits(within: Locator): Promise<string[]> {
  return within.evaluate((root) => {
    const found: string[] = [];
    const view = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > view)
      found.push(`the page scrolls sideways to ${document.documentElement.scrollWidth}`);
    for (const element of Array.from(root.querySelectorAll<HTMLElement>("dt, dd, p, li, button"))) {
      const box = element.getBoundingClientRect();
      const text = element.textContent ?? "";
      if (box.left < 0 || box.right > view + 0.5) found.push(`outside the pane: ${text}`);
      if (element.scrollWidth > element.clientWidth + 1) found.push(`cut: ${text}`);
      const card = element.closest("li");
      if (card && card !== element) {
        const edge = card.getBoundingClientRect();
        if (box.left < edge.left - 0.5 || box.right > edge.right + 0.5)
          found.push(`out of its card: ${text}`);
      }
    }
    return found;
  });
}

/**
 * Compound words ICU's dictionary splits in two ("ดำเนิน|การ", "แม่|วิน") though a Thai reader reads
 * each as one: the headline figures and the cards must not break inside them either.
 */
const COMPOUNDS = ["ดำเนินการ", "แม่วิน", "ปฏิบัติการ", "งบประมาณ", "เบิกจ่าย"];

/**
 * Every line break inside the texts under `within` that does not fall at a word boundary, or falls
 * inside one of `compounds`, as the text with a "|" where it broke. Each grapheme's line is found from
 * its own box (Range.getClientRects); the boundaries are ICU's, as Intl.Segmenter gives them for Thai
 * (spaces and English words included).
 */
async function brokenWords(within: Locator, compounds: readonly string[] = []): Promise<string[]> {
  return within.evaluate((root, compounds) => {
    const leaves = Array.from(root.querySelectorAll<HTMLElement>("*")).filter((element) =>
      Array.from(element.childNodes).some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      ),
    );
    const graphemes = new Intl.Segmenter("th", { granularity: "grapheme" });
    const words = new Intl.Segmenter("th", { granularity: "word" });
    const broken: string[] = [];
    for (const element of leaves) {
      let text = "";
      const breaks: number[] = [];
      let lastBottom: number | undefined;
      for (const node of Array.from(element.childNodes)) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const data = node.textContent ?? "";
        for (const { segment, index } of graphemes.segment(data)) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + segment.length);
          const box = range.getClientRects()[0];
          if (box && segment.trim() !== "") {
            if (lastBottom !== undefined && box.top >= lastBottom - 2) breaks.push(text.length + index);
            lastBottom = box.bottom;
          }
        }
        text += data;
      }
      const bounds = new Set(Array.from(words.segment(text), ({ index }) => index));
      const inside = (at: number): boolean =>
        compounds.some((word) => {
          for (let from = text.indexOf(word); from >= 0; from = text.indexOf(word, from + 1)) {
            if (at > from && at < from + word.length) return true;
          }
          return false;
        });
      for (const at of breaks) {
        if (!bounds.has(at) || inside(at)) broken.push(`${text.slice(0, at)}|${text.slice(at)}`);
      }
    }
    return broken;
  }, compounds);
}

/** The focus ring Fluent's createFocusOutlineStyle draws (a ::after border), on the focused element. */
function focusRing(page: Page): Promise<{ name: string; width: string; style: string }> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const ring = getComputedStyle(focused, "::after");
    return { name: focused.textContent ?? "", width: ring.borderTopWidth, style: ring.borderTopStyle };
  });
}

suite("the summary at a task pane's width", () => {
  let served: ServedPane<undefined> | undefined;

  beforeAll(async () => {
    served = await servePane("summary-width");
  }, SETUP_MS);

  afterAll(async () => {
    await served?.close();
  });

  describe.each(PANE_SIZES)("at %i px in %s", (width, lang) => {
    const strings = STRINGS[lang];
    let pane: PaneSession;
    let page: Page;

    beforeAll(async () => {
      pane = await openPane(served!.browser, served!.server.origin, "real", { width });
      page = pane.page;
      await inLanguage(page, lang);
      await openStep(page, strings.steps.summary);
    }, OPEN_MS);

    afterAll(async () => {
      await pane?.context.close();
    });

    it("shows each dimension as a card with all its figures, as the layout gives them", async () => {
      const cards = page.getByRole("region", { name: strings.summary.cardsLabel });
      const shown = await cards
        .getByRole("listitem")
        .evaluateAll((items) =>
          items.map((item) => [
            item.querySelector("p")?.textContent ?? "",
            ...Array.from(item.querySelectorAll("dd"), (figure) => figure.textContent ?? ""),
          ]),
        );
      // The dimensions and the total first, then the project not carried out.
      expect(shown.slice(0, 5)).toEqual(tableRows(lang));
      // Each figure named by its column, the two percentages by the heading over both and their own.
      const words = SUMMARY_WORDS[lang];
      expect(await cards.getByRole("listitem").first().locator("dt").allTextContents()).toEqual([
        words.projects,
        words.plannedBudget,
        words.completed,
        words.disbursed,
        words.notDone,
        `${words.percentDone} — ${words.byProjects}`,
        `${words.percentDone} — ${words.byBudget}`,
      ]);
      expect(await page.getByRole("region", { name: strings.summary.previewLabel }).count()).toBe(0);
      await screenshot(page, `summary-${width}-${lang}.png`);
    });

    it("fits every figure and label in the pane, none cut, no word broken across lines", async () => {
      const step = page.getByRole("tabpanel");
      const compounds: string[] = [];
      for (const name of [strings.summary.figures.heading, strings.summary.cardsLabel]) {
        const region = page.getByRole("region", { name });
        if ((await region.count()) > 0) compounds.push(...(await brokenWords(region, COMPOUNDS)));
      }
      // All three at once, so that a failure shows everything that is wrong.
      expect({ misfits: await misfits(step), broken: await brokenWords(step), compounds }).toEqual({
        misfits: [],
        broken: [],
        compounds: [],
      });
      expect(await page.getByRole("region", { name: strings.summary.cardsLabel }).count()).toBe(1);
    });

    it("rings a figure that has the keyboard's focus, on the cards and in the table", async () => {
      const toTable = page.getByRole("switch", { name: strings.summary.showTable });
      await toTable.focus();
      await page.keyboard.press("Tab");
      expect(await focusRing(page)).toEqual({ name: "5", width: "2px", style: "solid" });
      await page.keyboard.press("Enter");
      const chosen = page.getByRole("button", { expanded: true });
      expect(await chosen.textContent()).toBe("5");
      await chosen.click();
    });

    it("has no serious or critical accessibility violation, on the cards or in the table", async () => {
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("switch", { name: strings.summary.showTable }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("switch", { name: strings.summary.showTable }).click();
    });

    it("shows the official table one click away, with the seed's figures", async () => {
      await page.getByRole("switch", { name: strings.summary.showTable }).click();
      const table = page.getByRole("region", { name: strings.summary.previewLabel });
      const rows = await table
        .getByRole("row")
        .evaluateAll((all) =>
          all.map((row) => Array.from(row.children, (cell) => (cell as HTMLElement).innerText.trim())),
        );
      const [first, ...others] = tableRows(lang);
      expect(rows).toContainEqual(first);
      expect(first.slice(1, 3)).toEqual(["5", "35,000.00"]);
      const total = others[others.length - 1];
      expect(total.slice(1, 3)).toEqual(["16", "401,900.00"]);
      expect(rows).toContainEqual(total);
      await table.focus();
      await page.keyboard.press("Tab");
      expect(await focusRing(page)).toEqual({ name: "5", width: "2px", style: "solid" });
      await page.getByRole("switch", { name: strings.summary.showTable }).click();
    });
  });
});

/**
 * The plan step as a new user first sees it, in Chromium, at 350 × 800 and 500 × 800, in Thai and in
 * English, on the preview's sample: the plan's result (its figures and findings) first, the settings one
 * click away; the host offering only what it can do; a chooser that re-reads the plan only on a
 * deliberate choice, with the browser's own keyboard behaviour of a closed select.
 */
import { STRINGS } from "../../src/taskpane/words/allStrings";
import {
  openPane,
  openSettings,
  seriousViolations,
  servePane,
  type PaneSession,
  type ServedPane,
  chromiumSuite,
  inLanguage,
  PANE_SIZES,
} from "./browser";

const SETUP_MS = 300_000;
const HEIGHT = 800;

const suite = chromiumSuite();

suite("the first screen, in Chromium", () => {
  let served: ServedPane<undefined>;

  beforeAll(async () => {
    served = await servePane("first-screen");
  }, SETUP_MS);

  afterAll(async () => {
    await served?.close();
  });

  describe.each(PANE_SIZES)("at %i px, in %s", (width, lang) => {
    const words = STRINGS[lang];
    let pane: PaneSession;

    beforeAll(async () => {
      pane = await openPane(served.browser, served.server.origin, "real", { width });
      await inLanguage(pane.page, lang);
    }, SETUP_MS);

    afterAll(async () => {
      await pane?.context.close();
    });

    it("shows the plan's result first: its figures and findings within the first screen, settings folded", async () => {
      const { page } = pane;
      const result = page.getByRole("region", { name: words.plan.resultHeading });
      await result.waitFor({ timeout: 60_000 });
      const figures = result.getByRole("region", { name: words.summary.figures.heading });
      for (const shown of ["93.75%", "82.13%"]) {
        const box = await figures.getByText(shown, { exact: true }).boundingBox();
        expect(box).not.toBeNull();
        // Seen without scrolling, and without scrolling sideways.
        expect(box!.y + box!.height).toBeLessThanOrEqual(HEIGHT);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      }
      const check = page.getByRole("button", { name: words.plan.goToCheck });
      const checkBox = await check.boundingBox();
      expect(checkBox!.y + checkBox!.height).toBeLessThanOrEqual(HEIGHT);
      // One primary button on the first screen, the way on: no other visible button has its brand fill.
      const brand = await check.evaluate((button) => getComputedStyle(button).backgroundColor);
      const alike = await page
        .locator("main button:visible")
        .evaluateAll(
          (buttons, fill) =>
            buttons
              .filter((button) => getComputedStyle(button).backgroundColor === fill)
              .map((b) => b.textContent),
          brand,
        );
      expect(alike).toEqual([words.plan.goToCheck]);
      // The settings are one click away, not on the first screen.
      expect(await page.getByRole("combobox", { name: words.plan.choose }).isVisible()).toBe(false);
      await openSettings(page);
      expect(await page.getByRole("combobox", { name: words.plan.choose }).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("offers outside Excel only what it can do: no reading again, the template as a file", async () => {
      const { page } = pane;
      await openSettings(page);
      expect(await page.getByRole("button", { name: words.plan.reread }).count()).toBe(0);
      expect(await page.getByRole("button", { name: words.plan.createTemplate }).count()).toBe(0);
      await page.getByRole("button", { name: words.plan.downloadTemplate }).waitFor();
    });
  });

  it("re-reads on a deliberate choice only: ArrowDown on a closed chooser shows, Escape puts back, Tab chooses", async () => {
    const { page } = await openPane(served.browser, served.server.origin, "real", { width: 350 });
    const th = STRINGS.th;
    await page.getByRole("region", { name: th.plan.resultHeading }).waitFor({ timeout: 60_000 });
    await openSettings(page);
    await page.getByRole("button", { name: /แก้ไขคอลัมน์/ }).click();
    const planned = page.getByRole("combobox", { name: "งบประมาณตามแผน", exact: true });
    const checkTab = page.getByRole("tab", { name: /^ตรวจสอบ/ });
    const before = await checkTab.getAttribute("aria-label");
    const chosen = await planned.inputValue();

    await planned.focus();
    await page.keyboard.press("ArrowDown");
    // Chromium moves a closed select to the next option at once: shown, not read.
    expect(await planned.inputValue()).not.toBe(chosen);
    await page.waitForTimeout(500);
    expect(await checkTab.getAttribute("aria-label")).toBe(before);

    await page.keyboard.press("Escape");
    expect(await planned.inputValue()).toBe(chosen);

    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    // Leaving the chooser chooses what it shows: the plan is read with that column.
    await page.waitForFunction(
      ([name, old]) =>
        document.querySelector(`[role=tab][aria-label^="${name}"]`)?.getAttribute("aria-label") !== old,
      ["ตรวจสอบ", before] as const,
      { timeout: 30_000 },
    );
    await page.context().close();
  });
});

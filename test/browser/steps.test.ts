/**
 * The five step tabs on one line, in Chromium, at the width Excel gives a task pane (350 px) and at a
 * wider 500 px, in Thai and in English, with the longest counts a plan gives them: a CSV of 150
 * projects not carried out without a reason, opened through the pane's file input, so both tabs
 * carry a count badge past its "99+" limit. The line keeps its order and place whatever step is open,
 * and the focus shows (2 px, uncut) and goes where the user went: into a step opened from the menu or
 * by "go to errors", back to the figure whose list of rows was closed.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { MESSAGES, analyzePlan, type PlanReport } from "../../src/core";
import { TEMPLATE_COLUMNS, TEMPLATE_DIMENSIONS, TEMPLATE_STATUSES } from "../../src/core/layout/template";
import { parseCsv } from "../../src/hosts/exceljs/csv";
import { OPEN_FILE_STRINGS } from "../../src/taskpane/words/openFileStrings";
import { type PaneStrings } from "../../src/taskpane/words/strings";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { TRACE_STRINGS } from "../../src/taskpane/words/traceStrings";
import {
  focusRing,
  focusedName,
  openStep,
  MORE_STEPS,
  RING,
  openPane,
  seriousViolations,
  servePane,
  type PaneSession,
  type ServedPane,
  chromiumSuite,
  inLanguage,
} from "./browser";
import type { StaticServer } from "./server";

const SETUP_MS = 300_000;
const NOT_CARRIED_OUT = TEMPLATE_STATUSES[3];
const PROJECTS = 150;
/** axe over five steps, one of them a list of 150 projects, on a busy machine. */
const AXE_ALL_STEPS_MS = 300_000;

const suite = chromiumSuite();

/**
 * 150 projects, none carried out and none with a reason: a finding and a flag on every row, and one
 * amount that is no number.
 */
function longPlan(): string[][] {
  const header = TEMPLATE_COLUMNS.map((column) => column.header);
  const rows = Array.from({ length: PROJECTS }, (_, i) =>
    TEMPLATE_COLUMNS.map((column) => {
      switch (column.field) {
        case "no":
          return String(i + 1);
        case "dimension":
          return TEMPLATE_DIMENSIONS[i % 4];
        case "name":
          return `โครงการที่ ${i + 1}`;
        case "plannedBudget":
          // One amount that is no number: an error, so writing asks first.
          return i === PROJECTS - 1 ? "12,34,5" : "1000";
        case "disbursed":
          return "0";
        case "status":
          return NOT_CARRIED_OUT;
        default:
          return "";
      }
    }),
  );
  return [header, ...rows];
}

function csv(rows: readonly string[][]): string {
  return rows.map((row) => row.map((value) => `"${value.replace(/"/g, '""')}"`).join(",")).join("\r\n");
}

/** Where the tabs and the menu button sit: one line, inside the pane, nothing scrolling sideways. */
async function tabLine(
  page: Page,
): Promise<{ tops: number[]; widths: number[]; right: number; oneLine: boolean; inside: boolean }> {
  return page.getByRole("navigation").evaluate((line) => {
    const boxes = Array.from(line.querySelectorAll('[role="tab"], button'))
      .map((node) => node.getBoundingClientRect())
      .filter((box) => box.width > 0);
    const tops = boxes.map((box) => Math.round(box.top + box.height / 2));
    const right = Math.max(...boxes.map((box) => box.right));
    const sideways =
      line.scrollWidth > line.clientWidth + 1 || document.documentElement.scrollWidth > window.innerWidth;
    return {
      tops,
      widths: boxes.map((box) => Math.round(box.width)),
      right,
      oneLine: Math.max(...tops) - Math.min(...tops) <= 2,
      inside: right <= document.documentElement.clientWidth && !sideways,
    };
  });
}

/** The five steps' accessible names, the counts of `report` in them. */
function stepNames(strings: PaneStrings, report: PlanReport): string[] {
  return [
    strings.steps.plan,
    strings.steps.check(report.issues.length),
    strings.steps.summary,
    strings.steps.memo,
    strings.steps.notCarriedOut(report.notCarriedOut.length),
  ];
}

/** The tabs on the line (not those in the menu) and "more", by name, and where each starts. */
function tabPlaces(page: Page): Promise<{ name: string; left: number }[]> {
  return page.getByRole("navigation").evaluate((line) =>
    Array.from(line.querySelectorAll<HTMLElement>('[role="tab"], button'))
      .filter((node) => node.getBoundingClientRect().width > 0)
      .map((node) => ({
        name: node.getAttribute("aria-label") ?? node.textContent?.trim() ?? "",
        left: Math.round(node.getBoundingClientRect().left),
      })),
  );
}

suite("the steps at 350 and 500 px, in Thai and in English", () => {
  let served: ServedPane<string> | undefined;
  let browser: Browser;
  let server: StaticServer;
  let planFile: string;
  const text = csv(longPlan());
  /** What the pane must count: the file as the same reader reads it. */
  // As the pane reads a CSV file: cells without types (spec §2.3).
  const report = analyzePlan({ rows: parseCsv(text), firstRow: 1, firstColumn: 1, untyped: true })!;

  beforeAll(async () => {
    served = await servePane("steps-test", (scratch: string) => {
      const file = path.join(scratch, "long-plan.csv");
      fs.writeFileSync(file, text);
      return file;
    });
    ({ browser, server, made: planFile } = served);
  }, SETUP_MS);

  afterAll(async () => {
    await served?.close();
  });

  it("has counts past the badge limit on both counted tabs", () => {
    expect(report.issues.length).toBeGreaterThan(99);
    expect(report.notCarriedOut.length).toBe(PROJECTS);
  });

  for (const width of [350, 500]) {
    for (const lang of ["th", "en"] as const) {
      describe(`${width} px, ${lang}`, () => {
        let pane: PaneSession;
        const strings = STRINGS[lang];

        beforeAll(async () => {
          pane = await openPane(browser, server.origin, "real", { width });
          const { page } = pane;
          await inLanguage(page, lang);
          await page.locator('input[type="file"]').setInputFiles(planFile);
          await page
            .getByText(OPEN_FILE_STRINGS[lang].opened("long-plan.csv", "csv"))
            .waitFor({ timeout: 60_000 });
        }, SETUP_MS);

        afterAll(async () => {
          await pane?.context.close();
        });

        /**
         * Whether every step fits on the line at this width. With the Linux fonts this test runs with, at
         * least one does not at 350 px (the manual check in TESTING.md covers Windows' narrower fonts);
         * all do at 500 px.
         */
        const allFit = width >= 500;

        it("keeps the steps on one line inside the pane, every step a tab or in the menu of the others", async () => {
          const { page } = pane;
          const names = stepNames(strings, report);
          await page.getByRole("tab", { name: names[1], exact: true }).waitFor();
          const line = await tabLine(page);
          // The widths are in the object compared, so a failure shows which tab is too wide.
          expect(line).toEqual(expect.objectContaining({ oneLine: true, inside: true }));
          const onLine: string[] = [];
          for (const name of names) {
            if ((await page.getByRole("tab", { name, exact: true }).count()) === 1) onLine.push(name);
          }
          const more = page.getByRole("button", { name: MORE_STEPS });
          let inMenu: string[] = [];
          if (allFit) {
            expect(onLine).toEqual(names);
            expect(await more.count()).toBe(0);
          } else {
            expect(await more.count()).toBe(1);
            await more.click();
            await page.getByRole("menuitemradio").first().waitFor();
            inMenu = (await page.getByRole("menuitemradio").allInnerTexts()).map((text) => text.trim());
            await page.keyboard.press("Escape");
          }
          expect([...onLine, ...inMenu].sort()).toEqual([...names].sort());
          // The last steps are the ones in the menu: the line is the steps in their order.
          expect(onLine).toEqual(names.slice(0, onLine.length));
          expect(await page.getByRole("tab", { selected: true }).count()).toBe(1);
          // A counted tab on the line shows its count cut to the badge's limit; where all fit, both do.
          for (const counted of [names[1], names[4]].filter((name) => onLine.includes(name))) {
            expect(await page.getByRole("tab", { name: counted, exact: true }).innerText()).toMatch(/99\+/);
          }
        });

        it("keeps every tab in its place whatever step is open, a step opened from the menu staying in it", async () => {
          const { page } = pane;
          const places = await tabPlaces(page);
          for (const name of stepNames(strings, report)) {
            await openStep(page, name);
            expect({ name, places: await tabPlaces(page) }).toEqual({ name, places });
            if (places.some((place) => place.name === name)) continue;
            // In the menu, the open step is the checked one.
            await page.getByRole("button", { name: MORE_STEPS }).click();
            const item = page.getByRole("menuitemradio", { name, exact: true });
            expect(await item.getAttribute("aria-checked")).toBe("true");
            await page.keyboard.press("Escape");
          }
          await openStep(page, strings.steps.plan);
        });

        (allFit ? it.skip : it)(
          "puts the focus into the step chosen from the menu with the keyboard, not back on the menu",
          async () => {
            const { page } = pane;
            await page.getByRole("button", { name: MORE_STEPS }).focus();
            await page.keyboard.press("Enter");
            const item = page.getByRole("menuitemradio").first();
            await item.waitFor();
            const name = (await item.innerText()).trim();
            await page.keyboard.press("Enter");
            await page.getByRole("menu").waitFor({ state: "detached" });
            const panel = page.getByRole("tabpanel", { name, exact: true });
            expect(await panel.evaluate((node) => node.contains(document.activeElement))).toBe(true);
            expect(await focusRing(page)).toEqual(expect.objectContaining(RING));
            // Nothing scrolled the line of steps out of sight to show the focus in a long step.
            expect(
              await page.getByRole("navigation").evaluate((line) => line.getBoundingClientRect().top),
            ).toBeGreaterThanOrEqual(0);
            await openStep(page, strings.steps.plan);
          },
        );

        (allFit ? it : it.skip)(
          "opens every step from its tab, all of them staying on the line, with no menu",
          async () => {
            const { page } = pane;
            for (const name of stepNames(strings, report)) {
              await page.getByRole("tab", { name, exact: true }).click();
              await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
              expect({ name, line: await tabLine(page) }).toEqual({
                name,
                line: expect.objectContaining({ oneLine: true, inside: true }),
              });
              expect(await page.locator('[role="tab"]:visible').count()).toBe(5);
              expect(await page.getByRole("button", { name: MORE_STEPS }).count()).toBe(0);
            }
            await page.getByRole("tab", { name: strings.steps.plan, exact: true }).click();
          },
        );

        it("shows a 2 px ring, uncut by the line, on the tab that has the keyboard's focus", async () => {
          const { page } = pane;
          await page.getByRole("tab", { name: strings.steps.plan, exact: true }).focus();
          await page.keyboard.press("ArrowRight");
          expect(await focusRing(page)).toEqual({
            role: "tab",
            text: strings.steps.check(report.issues.length),
            ...RING,
          });
          await page.keyboard.press("Home");
          expect(await focusRing(page)).toEqual({ role: "tab", text: strings.steps.plan, ...RING });
        });

        it("gives the focus back to the figure whose rows were listed when the list is closed", async () => {
          const { page } = pane;
          await openStep(page, strings.steps.summary);
          const figure = page.getByRole("button", { name: /— (แสดงแถว|show the rows)$/ }).first();
          const name = await figure.getAttribute("aria-label");
          await figure.focus();
          await page.keyboard.press("Enter");
          const close = page.getByRole("button", { name: TRACE_STRINGS[lang].close, exact: true });
          await close.focus();
          await page.keyboard.press("Enter");
          await close.waitFor({ state: "detached" });
          expect(await focusRing(page)).toEqual(expect.objectContaining({ text: name }));
          expect(await figure.getAttribute("aria-expanded")).toBe("false");
          await openStep(page, strings.steps.plan);
        });

        // The width changes where things sit, not what they are: accessibility and focus at 350 px.
        const at350 = width === 350 ? it : it.skip;

        at350(
          "has no serious or critical accessibility violation on any step",
          async () => {
            const { page } = pane;
            for (const step of stepNames(strings, report)) {
              await openStep(page, step);
              expect({ step, violations: await seriousViolations(page) }).toEqual({ step, violations: [] });
            }
            await openStep(page, strings.steps.plan);
          },
          AXE_ALL_STEPS_MS,
        );

        at350("moves among the tabs on the line with the arrow keys, past none in the menu", async () => {
          const { page } = pane;
          const plan = page.getByRole("tab", { name: strings.steps.plan, exact: true });
          await plan.focus();
          const onLine = await page.locator('[role="tab"]:visible').count();
          const reached: string[] = [];
          for (let i = 0; i < onLine; i++) {
            await page.keyboard.press("ArrowRight");
            reached.push(await focusedName(page));
          }
          // Round the line: back at the first after as many steps as there are tabs on it.
          expect(reached[onLine - 1]).toBe(strings.steps.plan);
          expect(new Set(reached).size).toBe(onLine);
          const visible = await page
            .locator('[role="tab"]:visible')
            .evaluateAll((tabs) => tabs.map((tab) => tab.textContent?.trim() ?? ""));
          expect([...reached].sort()).toEqual([...visible].sort());
          await page.keyboard.press("End");
          expect(await focusedName(page)).toBe(visible[visible.length - 1]);
          await page.keyboard.press("Home");
          expect(await focusedName(page)).toBe(strings.steps.plan);
        });

        at350(
          "asks before writing over errors with the focus on Cancel, and gives the focus back after",
          async () => {
            const { page } = pane;
            await openStep(page, strings.steps.summary);
            const write = page.getByRole("button", { name: strings.summary.write, exact: true });
            await write.click();
            const dialog = page.getByRole("alertdialog");
            await dialog.waitFor();
            const cancel = dialog.getByRole("button", { name: strings.summary.cancel, exact: true });
            await expect(focusedName(page)).resolves.toBe(strings.summary.cancel);
            expect(await seriousViolations(page)).toEqual([]);
            await cancel.click();
            await dialog.waitFor({ state: "detached" });
            await expect(focusedName(page)).resolves.toBe(strings.summary.write);

            await write.click();
            await dialog.getByRole("button", { name: strings.summary.goToErrors, exact: true }).click();
            await dialog.waitFor({ state: "detached" });
            await page
              .getByRole("tab", { name: strings.steps.check(report.issues.length), selected: true })
              .waitFor();
            expect(pane.pageErrors).toEqual([]);
          },
        );

        /**
         * Closing the question and leaving the summary step at once used to leave the pane aria-hidden
         * where no menu of steps kept Fluent UI's focus manager alive (500 px): a known bug of the focus
         * manager (microsoft/fluentui#35139, microsoft/tabster#530), which the pane now avoids
         * (KeepFocusManager, laterSteps.tsx). The panel is found by its role, as assistive technology finds it.
         */
        it("takes the focus to the errors after 'go to errors', and shows it on their heading", async () => {
          const { page } = pane;
          await openStep(page, strings.steps.summary);
          await page.getByRole("button", { name: strings.summary.write, exact: true }).focus();
          await page.keyboard.press("Enter");
          const dialog = page.getByRole("alertdialog");
          await dialog.waitFor();
          await page.keyboard.press("Tab");
          expect(await focusedName(page)).toBe(strings.summary.goToErrors);
          await page.keyboard.press("Enter");
          await dialog.waitFor({ state: "detached" });
          await page
            .getByRole("tab", { name: strings.steps.check(report.issues.length), selected: true })
            .waitFor();
          await page.getByRole("tabpanel").waitFor();
          // Nothing of the pane is left hidden from assistive technology.
          expect(
            await page.locator("main").evaluate((main) => main.closest('[aria-hidden="true"]')),
          ).toBeNull();
          const errors = new RegExp(`^${MESSAGES[lang].severities.error} \\(`);
          expect(await focusRing(page)).toEqual({ role: "h2", text: expect.stringMatching(errors), ...RING });

          // Outside Excel a card goes to no cell, so it is no button (its ring is tried in pane.test.ts).
          const cards = page.locator("#issues-error").locator("xpath=..").locator("ul");
          await expect(cards.locator("li").count()).resolves.toBeGreaterThan(0);
          await expect(cards.locator("button").count()).resolves.toBe(0);
          expect(pane.pageErrors).toEqual([]);
        });
      });
    }
  }

  describe("when the menu of steps cannot be fetched", () => {
    const MENU_CHUNK = /step-menu\.[0-9a-f]+\.js$/;
    let pane: PaneSession;

    beforeAll(async () => {
      pane = await openPane(browser, server.origin, "real", { width: 350, refuse: MENU_CHUNK });
      const { page } = pane;
      await page.getByText(STRINGS.th.previewBanner).waitFor({ timeout: 30_000 });
      await page.locator('input[type="file"]').setInputFiles(planFile);
      await page.getByText(OPEN_FILE_STRINGS.th.opened("long-plan.csv", "csv")).waitFor({ timeout: 60_000 });
    }, SETUP_MS);

    afterAll(async () => {
      await pane?.context.close();
    });

    it("keeps the line of steps, and opens the menu once the chunk comes", async () => {
      const { page, context } = pane;
      const more = page.getByRole("button", { name: MORE_STEPS });
      await more.waitFor();
      expect(await tabLine(page)).toEqual(expect.objectContaining({ oneLine: true, inside: true }));
      await more.click();
      expect(await page.getByRole("menu").count()).toBe(0);

      await context.unroute(MENU_CHUNK);
      await more.click();
      await page.getByRole("menuitemradio").first().waitFor();
      await page.keyboard.press("Escape");
      expect(pane.pageErrors).toEqual([]);
    });
  });
});

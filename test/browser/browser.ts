/** Chromium for the browser test: where it is, how to launch it here, and what the pane must pass in it. */
import AxeBuilder from "@axe-core/playwright";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { Lang } from "../../src/core";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { buildPane, DIST, ROOT } from "./build";
import LAUNCH from "./chromium.json";
import { keepOffline, type OfficeScript, type OfflineLog } from "./offline";
import { serveFolder, type StaticServer } from "./server";

/**
 * Debian's Chromium, headless on a shared machine with no network: nothing of its own may phone home.
 * One launch for the browser tests and the bench (scripts/bench/pane.js reads the same file).
 */
export const CHROMIUM = LAUNCH.executablePath;
export const INSTALL_HINT = "install chromium: apt-get install -y chromium fonts-thai-tlwg";

/** The widths a task pane is tried at (Excel's narrowest, and a wider one), in each language. */
export const PANE_SIZES = [
  [350, "th"],
  [350, "en"],
  [500, "th"],
  [500, "en"],
] as const;

/**
 * `describe` where Chromium is installed, else `describe.skip` with a warning; with REQUIRE_BROWSER=1
 * (CI) a missing Chromium fails the run instead of skipping it.
 */
export function chromiumSuite(): jest.Describe {
  if (fs.existsSync(CHROMIUM)) return describe;
  if (process.env.REQUIRE_BROWSER === "1") throw new Error(`${CHROMIUM} is missing: ${INSTALL_HINT}`);
  console.warn(`Skipping the browser test: ${CHROMIUM} is missing (${INSTALL_HINT}).`);
  return describe.skip;
}
export const RESULTS = path.join(ROOT, "test-results");

export function launchChromium(): Promise<Browser> {
  return chromium.launch(LAUNCH);
}

/** The built pane served from dist/, a Chromium to open it in, and a scratch folder for a test's files. */
export interface ServedPane<T> {
  readonly browser: Browser;
  readonly server: StaticServer;
  readonly scratch: string;
  /** What the test made in the scratch folder while the pane was built. */
  readonly made: T;
  /** Closes the browser and the server, and removes the scratch folder. */
  readonly close: () => Promise<void>;
}

/**
 * A browser test file's setup: builds the pane (and, meanwhile, whatever `alongside` makes in a fresh
 * scratch folder), serves dist/ and launches Chromium. A failure on the way undoes what was done and is
 * thrown on.
 */
export async function servePane<T = undefined>(
  name: string,
  alongside: (scratch: string) => Promise<T> | T = () => undefined as T,
): Promise<ServedPane<T>> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  let server: StaticServer | undefined;
  try {
    const [, made] = await Promise.all([buildPane(), alongside(scratch)]);
    server = await serveFolder(DIST);
    const browser = await launchChromium();
    const served = server;
    const close = async (): Promise<void> => {
      await browser.close();
      await served.close();
      fs.rmSync(scratch, { recursive: true, force: true });
    };
    return { browser, server, scratch, made, close };
  } catch (error) {
    await server?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

export interface PaneSession {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly network: OfflineLog;
  /** Uncaught exceptions thrown in the page. */
  readonly pageErrors: string[];
}

export interface PaneOptions {
  /** Runs before any of the page's own scripts, in every frame the page opens. */
  readonly initScript?: string;
  /**
   * Puts the page's timers under Playwright's clock. Time still flows as usual; a test may then run
   * the timers ahead (clock.runFor) to see what a debounce would do, without waiting for it.
   */
  readonly clock?: boolean;
  /** The pane's width in CSS pixels: Excel gives a task pane about 350. */
  readonly width?: number;
  /**
   * Requests for these addresses fail, as on a dropped connection, until the test lifts it
   * (`context.unroute(refuse)`).
   */
  readonly refuse?: RegExp;
}

/** Opens taskpane.html in a fresh context the size of a task pane (350 × 800 unless told). */
export async function openPane(
  browser: Browser,
  origin: string,
  office: OfficeScript,
  options: PaneOptions = {},
): Promise<PaneSession> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 350, height: 800 },
    locale: "th-TH",
  });
  const network = await keepOffline(context, origin, office);
  if (options.clock) await context.clock.install();
  if (options.initScript !== undefined) await context.addInitScript({ content: options.initScript });
  if (options.refuse) await context.route(options.refuse, (route) => route.abort("internetdisconnected"));
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/taskpane.html`);
  return { context, page, network, pageErrors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(RESULTS, { recursive: true });
  // Transitions finished, so a switch just turned on is shown on, not halfway.
  await page.screenshot({ path: path.join(RESULTS, name), fullPage: true, animations: "disabled" });
}

export interface Violation {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Fluent UI's focus manager (tabster) puts empty `<i data-tabster-dummy aria-hidden="true" tabindex="0">`
 * at the edges of tab lists and dialogs: they pass focus on the moment they get it, and are hidden so
 * screen readers never announce them. axe's aria-hidden-focus flags them; tabster documents them as
 * intended (microsoft/tabster#288, microsoft/fluentui#25133). Only those nodes of that rule are let go.
 */
function isTabsterDummy(ruleId: string, html: string): boolean {
  return ruleId === "aria-hidden-focus" && /^<i\b[^>]*\bdata-tabster-dummy\b[^>]*><\/i>$/.test(html);
}

/** axe-core's violations of impact serious or critical, in a form that reads well in a failed expect. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes
        .filter((node) => !isTabsterDummy(violation.id, node.html))
        .map((node) => node.target.join(" ")),
    }))
    .filter((violation) => violation.targets.length > 0);
}

/** The menu of the steps that did not fit on the pane's line of tabs (strings.steps.more, both languages). */
export const MORE_STEPS = /^(อื่น ๆ|More) \(\d\)$/;

/**
 * Opens a step from its tab or, when it did not fit on the line, from the menu of the others (where it
 * stays once open), and waits for its panel, which its tab names.
 */
export async function openStep(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if ((await tab.count()) === 0) {
    await page.getByRole("button", { name: MORE_STEPS }).click();
    await page.getByRole("menuitemradio", { name, exact: true }).click();
  } else {
    await tab.click();
  }
  await page.getByRole("tabpanel", { name, exact: true }).waitFor();
}

/** Opens the plan step's settings (which plan, columns, details) where they are folded under its result. */
export async function openSettings(page: Page): Promise<void> {
  const folded = page.locator("details:not([open]) > summary");
  if ((await folded.count()) > 0) await folded.first().click();
}

/** The accessible name (its text) of the element that has the focus. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
}

/**
 * The focus ring of the element that has the focus: its outline as drawn, which element it is, and
 * whether the ring lies inside every box above it that clips what overflows it (the line of tabs).
 */
export function focusRing(
  page: Page,
): Promise<{ role: string; text: string; style: string; width: string; uncut: boolean }> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const style = getComputedStyle(focused);
    const out = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    const box = focused.getBoundingClientRect();
    let uncut = true;
    for (let above = focused.parentElement; above; above = above.parentElement) {
      if (getComputedStyle(above).overflowX === "visible") continue;
      const clip = above.getBoundingClientRect();
      uncut &&=
        box.left - out >= clip.left - 0.5 &&
        box.right + out <= clip.right + 0.5 &&
        box.top - out >= clip.top - 0.5 &&
        box.bottom + out <= clip.bottom + 0.5;
    }
    return {
      role: focused.getAttribute("role") ?? focused.tagName.toLowerCase(),
      text: focused.getAttribute("aria-label") ?? focused.textContent?.trim() ?? "",
      style: style.outlineStyle,
      width: style.outlineWidth,
      uncut,
    };
  });
}

/** What a ring of the pane's own looks like: 2 px, solid, not cut off (WCAG 2.4.7, 2.4.13). */
export const RING = { style: "solid", width: "2px", uncut: true };

/**
 * The preview shown, then the pane in `lang`: Thai first, English by its switch, as a user would; the
 * English words are a chunk of their own, so their banner is waited for.
 */
export async function inLanguage(page: Page, lang: Lang): Promise<void> {
  await page.getByText(STRINGS.th.previewBanner).waitFor({ timeout: 60_000 });
  if (lang === "th") return;
  await page.getByRole("button", { name: STRINGS.th.otherLanguage, exact: true }).click();
  await page.getByText(STRINGS.en.previewBanner).waitFor({ timeout: 30_000 });
}

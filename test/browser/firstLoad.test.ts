/**
 * The pane's first load, in Chromium: the first screen (header, status line, tabs, the Plan step)
 * shows with nothing but the scripts dist/first-load.json counts for its host, the figure the
 * production build holds to its budget and `npm run bench` reports, while every other chunk is held
 * back; the engine, fetched while the plan's cells are read, brings the plan's result. A step opened later then comes, and a step whose chunk cannot be fetched says so and comes
 * once the message is closed.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { servePane, type ServedPane, chromiumSuite } from "./browser";
import { bundleFakeExcel, DIST } from "./build";
import { keepOffline, type OfficeScript } from "./offline";
import type { StaticServer } from "./server";

const SETUP_MS = 300_000;
const th = STRINGS.th;

const suite = chromiumSuite();

interface FirstLoad {
  readonly initial: readonly string[];
  readonly hosts: Readonly<Record<"excel" | "preview", readonly string[]>>;
  readonly later: Readonly<Record<string, readonly string[]>>;
}

interface HeldPane {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The pane's own scripts the page asked for, by file name, in order. */
  readonly asked: string[];
  /** Lets the held scripts through. */
  release(): void;
}

/**
 * Opens the pane with every script of its own but `allowed` held back until release(); a script in
 * `failing` fails to load while `failing` holds it.
 */
async function openHeld(
  browser: Browser,
  origin: string,
  office: OfficeScript,
  allowed: readonly string[],
  failing: Set<string>,
  initScript?: string,
): Promise<HeldPane> {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 }, locale: "th-TH" });
  await keepOffline(context, origin, office);
  if (initScript !== undefined) await context.addInitScript({ content: initScript });
  const page = await context.newPage();
  const asked: string[] = [];
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const own = (url: URL): boolean => url.origin === origin && url.pathname.endsWith(".js");
  await page.route(own, async (route: Route) => {
    const name = path.basename(new URL(route.request().url()).pathname);
    asked.push(name);
    if (failing.has(name)) {
      await route.abort("failed");
      return;
    }
    if (!allowed.includes(name)) await released;
    await route.fallback();
  });
  // Not until "load": the chunks held back, once asked for, would hold that event back as well.
  await page.goto(`${origin}/taskpane.html`, { waitUntil: "domcontentloaded" });
  return { context, page, asked, release };
}

suite("the pane's first load, in Chromium", () => {
  let served: ServedPane<string> | undefined;
  let browser: Browser;
  let server: StaticServer;
  let fakeExcel: string;
  let listing: FirstLoad;

  beforeAll(async () => {
    served = await servePane("first-load-test", bundleFakeExcel);
    ({ browser, server, made: fakeExcel } = served);
    listing = JSON.parse(fs.readFileSync(path.join(DIST, "first-load.json"), "utf8")) as FirstLoad;
  }, SETUP_MS);

  afterAll(async () => {
    await served?.close();
  });

  const steps = (): string[] => Object.values(listing.later).flat();

  it("lists for each host the page's scripts, and puts every step but the plan after them", () => {
    expect(listing.initial).toEqual(["webview-check.js", "taskpane.js"]);
    expect(Object.keys(listing.later)).toEqual(
      expect.arrayContaining(["check-step", "summary-step", "memo-step", "not-carried-out-step", "workbook"]),
    );
    for (const host of ["excel", "preview"] as const) {
      expect(listing.hosts[host].length).toBeGreaterThan(0);
      for (const later of listing.later["check-step"]) expect(listing.hosts[host]).not.toContain(later);
    }
  });

  it.each([
    ["outside Office, on the sample", "preview", "real"],
    ["inside Excel (the fake workbook)", "excel", "stub"],
  ] as const)("shows its first screen %s with only the scripts counted for it", async (_, host, office) => {
    const firstLoad = [...listing.initial, ...listing.hosts[host]];
    const pane = await openHeld(
      browser,
      server.origin,
      office,
      firstLoad,
      new Set(),
      host === "excel" ? fakeExcel : undefined,
    );
    try {
      const { page } = pane;
      await page.getByRole("combobox", { name: th.plan.choose }).waitFor({ timeout: 60_000 });
      await page.getByRole("tab", { name: th.steps.plan, selected: true }).waitFor();
      // The engine that reads the plan is fetched while the host reads its cells: until it comes,
      // the first screen says it is reading.
      await page.getByRole("status").first().waitFor({ timeout: 60_000 });
      for (let waited = 0; !listing.later.engine.every((name) => pane.asked.includes(name)); waited += 100) {
        if (waited > 30_000) throw new Error(`the engine was never asked for: ${pane.asked.join(", ")}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await page.getByRole("button", { name: th.plan.goToCheck }).count()).toBe(0);
      // The English words are not part of the Thai first load.
      for (const name of listing.later["strings-en"]) expect(pane.asked).not.toContain(name);
      // Every script counted was needed, and nothing else was let through.
      const given = pane.asked.filter((name) => firstLoad.includes(name));
      expect(new Set(given)).toEqual(new Set(firstLoad));
      for (const name of pane.asked.filter((asked) => !firstLoad.includes(asked)))
        expect(steps()).toContain(name);

      pane.release();
      await page.getByRole("button", { name: th.plan.goToCheck }).waitFor({ timeout: 60_000 });
      await page.getByRole("tab", { name: /^ตรวจสอบ/ }).click();
      await page.getByRole("list", { name: th.check.heading }).waitFor({ timeout: 30_000 });
      // Switching to English fetches its words, then the pane speaks English.
      await page.getByRole("button", { name: th.otherLanguage, exact: true }).click();
      await page.getByRole("heading", { name: STRINGS.en.appTitle }).waitFor({ timeout: 30_000 });
      for (const name of listing.later["strings-en"]) expect(pane.asked).toContain(name);
    } finally {
      pane.release();
      await pane.context.close();
    }
  });

  it("says so when a step cannot be fetched, and shows it once the message is closed", async () => {
    const checkStep = listing.later["check-step"];
    const failing = new Set(checkStep);
    const everything = [...listing.initial, ...listing.hosts.preview, ...steps()];
    const pane = await openHeld(browser, server.origin, "real", everything, failing);
    try {
      const { page } = pane;
      await page.getByRole("button", { name: th.plan.goToCheck }).waitFor({ timeout: 60_000 });
      await page.getByRole("tab", { name: /^ตรวจสอบ/ }).click();
      await page.getByText(th.failureTitle.failed).waitFor({ timeout: 30_000 });
      expect(await page.getByRole("list", { name: th.check.heading }).count()).toBe(0);
      // The header, the status line and the tabs stay; only the step's place holds the message.
      expect(await page.getByRole("tab", { name: th.steps.plan }).count()).toBe(1);

      failing.clear();
      await page.getByRole("button", { name: th.dismiss, exact: true }).click();
      await page.getByRole("list", { name: th.check.heading }).waitFor({ timeout: 30_000 });
      expect(await page.getByText(th.failureTitle.failed).count()).toBe(0);
    } finally {
      pane.release();
      await pane.context.close();
    }
  });
});

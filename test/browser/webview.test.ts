/**
 * The built pane in old and current webviews: every script parses as ES2019 and avoids runtime methods
 * the oldest supported webviews lack; in Trident and EdgeHTML (Office 2019 and older) the page shows
 * its message in Thai and English instead of the pane, and the pane's bundle starts nothing.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "acorn";
import type { Browser } from "playwright-core";
import { servePane, type ServedPane } from "./browser";
import { DIST } from "./build";
import { keepOffline } from "./offline";
import type { StaticServer } from "./server";

const SETUP_MS = 600_000;
const suite = fs.existsSync("/usr/bin/chromium") || process.env.REQUIRE_BROWSER ? describe : describe.skip;

/** User agents from Office's old webviews, as Microsoft lists them for detection. */
const OLD_WEBVIEWS: readonly (readonly [string, string])[] = [
  ["Trident (Internet Explorer 11)", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko"],
  [
    "EdgeHTML (Edge Legacy)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  ],
];

/**
 * Runtime methods newer than the oldest webviews the pane supports; syntax is acorn's part. Each is
 * matched with the kind of argument the built-in takes, so a library's own method of the same name
 * (Tabster's `findLast({ container })`) is not taken for it.
 */
const NEWER_METHODS = [
  /\.at\(-?\w*\)/,
  /Object\.hasOwn\(/,
  /\.replaceAll\(/,
  /structuredClone\(/,
  /\.(findLast|findLastIndex)\((\w+=>|\(|function)/,
  /\.(toSorted|toReversed|toSpliced)\(/,
];

suite("the built pane and Office's webviews", () => {
  let served: ServedPane<undefined> | undefined;
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    served = await servePane("webview-test");
    ({ browser, server } = served);
  }, SETUP_MS);

  afterAll(async () => {
    await served?.close();
  });

  it("every script parses as ES2019 and uses none of the newer runtime methods", () => {
    const scripts = fs.readdirSync(DIST).filter((name) => name.endsWith(".js"));
    expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "commands.js", "webview-check.js"]));
    for (const name of scripts) {
      const text = fs.readFileSync(path.join(DIST, name), "utf8");
      expect(() => parse(text, { ecmaVersion: 2019, sourceType: "script" })).not.toThrow();
      for (const method of NEWER_METHODS)
        expect({ name, method: String(method), found: method.test(text) }).toEqual({
          name,
          method: String(method),
          found: false,
        });
    }
    // The check itself must parse where nothing else does.
    expect(() =>
      parse(fs.readFileSync(path.join(DIST, "webview-check.js"), "utf8"), { ecmaVersion: 5 }),
    ).not.toThrow();
  });

  it.each(OLD_WEBVIEWS)(
    "in %s the page says what to use instead, and the pane does not start",
    async (_, agent) => {
      const context = await browser.newContext({ userAgent: agent, locale: "th-TH" });
      await keepOffline(context, server.origin, "stub");
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${server.origin}/taskpane.html`);
      await page.waitForLoadState("load");
      const message = page.locator("#unsupported");
      await message.waitFor({ state: "visible" });
      const text = await message.innerText();
      expect(text).toContain("Microsoft 365, Excel 2021 ขึ้นไป หรือ Excel บนเว็บ");
      expect(text).toContain("Microsoft 365, Excel 2021 or later, or Excel on the web");
      expect(text).toContain("integrity-plan");
      // Nothing of the pane: no container, no React root, no Fluent provider.
      expect(await page.locator("#container").count()).toBe(0);
      expect(await page.locator(".fui-FluentProvider").count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it("in a current webview the message stays hidden and the pane starts", async () => {
    const context = await browser.newContext({ locale: "th-TH" });
    await keepOffline(context, server.origin, "stub");
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    await page.locator(".fui-FluentProvider").first().waitFor({ timeout: 60_000 });
    expect(await page.locator("#unsupported").isVisible()).toBe(false);
    await context.close();
  });
});

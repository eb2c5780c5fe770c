/**
 * Keeps a browser context off the network: the pane's own origin passes, the office.js CDN is answered
 * from the npm copy of office.js (or a stub), and every other request is refused and remembered.
 */
import * as fs from "fs";
import * as path from "path";
import type { BrowserContext } from "playwright-core";
import { contentType } from "./server";

export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");

/**
 * "real": office.js and the files it loads from its folder come from the npm copy.
 * "stub": office.js is an empty script, so it cannot replace an Office installed before the page ran.
 */
export type OfficeScript = "real" | "stub";

export interface OfflineLog {
  /** Requests to anywhere but the pane's origin and the office.js folder, all refused. */
  readonly blocked: string[];
  /** Files asked of the office.js folder, answered or not. */
  readonly officeFiles: string[];
  /** Files asked of the office.js folder that were not there to give. */
  readonly officeMissing: string[];
}

export async function keepOffline(
  context: BrowserContext,
  origin: string,
  office: OfficeScript,
): Promise<OfflineLog> {
  const log: OfflineLog = { blocked: [], officeFiles: [], officeMissing: [] };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) {
      await route.continue();
      return;
    }
    if (!url.startsWith(OFFICE_CDN)) {
      log.blocked.push(url);
      await route.abort("blockedbyclient");
      return;
    }
    const name = new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length);
    log.officeFiles.push(name);
    if (office === "stub") {
      if (name === "office.js") {
        await route.fulfill({
          contentType: contentType(name),
          body: "/* office.js stands aside: the page's Office was installed before its scripts ran. */",
        });
      } else {
        log.officeMissing.push(name);
        await route.fulfill({ status: 404, body: "" });
      }
      return;
    }
    const file = path.resolve(OFFICE_DIST, name);
    if (!file.startsWith(OFFICE_DIST + path.sep) || !fs.existsSync(file)) {
      log.officeMissing.push(name);
      await route.fulfill({ status: 404, body: "" });
      return;
    }
    await route.fulfill({ contentType: contentType(file), body: fs.readFileSync(file) });
  });
  return log;
}

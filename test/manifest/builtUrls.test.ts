/**
 * Every address the manifest names is a file the build emits: the pages webpack makes (HtmlWebpackPlugin)
 * and the files it copies (CopyWebpackPlugin), read from webpack.config.js itself. SupportUrl and
 * GetStarted's LearnMoreUrl once led to the site's root, where no page is.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const DEV_ORIGIN = "https://localhost:3000";
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

interface PagePlugin {
  readonly userOptions?: { readonly filename?: string };
}
interface CopyPattern {
  readonly from: string;
  readonly to: string;
}

/** webpack.config.js: a function of the environment and the mode, as webpack calls it. */
type MakeConfig = (
  env: object,
  options: { readonly mode: string },
) => { readonly plugins: readonly (PagePlugin & { readonly patterns?: readonly CopyPattern[] })[] };

/** The files of the built site, as webpack.config.js says it makes and copies them. */
function emittedFiles(): Set<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as MakeConfig;
  const config = makeConfig({}, { mode: "development" });
  const files = new Set<string>();
  for (const plugin of config.plugins) {
    const page = plugin.userOptions?.filename;
    if (page) files.add(page);
    for (const { from, to } of plugin.patterns ?? []) {
      // A pattern's folder, and a "*" in its file name at most: all the config uses.
      const folder = path.dirname(from);
      const name = new RegExp(`^${path.basename(from).replace(/\./g, "\\.").replace(/\*/g, ".*")}$`);
      for (const file of fs.readdirSync(path.join(ROOT, folder)).filter((f) => name.test(f))) {
        const { name: stem, ext } = path.parse(file);
        files.add(to.replace("[name]", stem).replace("[ext]", ext));
      }
    }
  }
  return files;
}

/** Every address in the manifest's attributes on the dev site (AppDomain holds only the origin). */
const manifestUrls = (): string[] =>
  [...MANIFEST.matchAll(/"(https:\/\/localhost:3000[^"]*)"/g)].map((match) => match[1]);

describe("the manifest's addresses", () => {
  const emitted = emittedFiles();

  it("reads the build's pages and copied files from webpack.config.js", () => {
    for (const file of [
      "taskpane.html",
      "commands.html",
      "download.html",
      "assets/icon-16.png",
      "manifest.xml",
    ]) {
      expect(emitted.has(file)).toBe(true);
    }
  });

  it("each name a file the build emits, the support and learn-more pages included", () => {
    const urls = manifestUrls();
    expect(urls.length).toBeGreaterThan(10);
    const missing = urls.filter((url) => !emitted.has(new URL(url).pathname.replace(/^\//, "")));
    expect(missing).toEqual([]);
    for (const id of ["SupportUrl", "GetStarted.LearnMoreUrl"]) {
      const url = new RegExp(`(?:<${id} |id="${id}" )DefaultValue="([^"]*)"`).exec(MANIFEST)?.[1];
      expect(url).toBe(`${DEV_ORIGIN}/help.html`);
    }
  });

  it("the help page loads no script and says where the data stays, in Thai and in English", () => {
    const html = fs.readFileSync(path.join(ROOT, "src/help/help.html"), "utf8");
    expect(html).not.toMatch(/<script\b/i);
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
    expect(html).toContain("ข้อมูลไม่ออกจากสมุดงาน");
    expect(html).toContain("Nothing leaves the workbook");
  });
});

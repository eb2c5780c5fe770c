/**
 * The pane on the user's own file, outside Excel, in Chromium: examples/sample-plan.xlsx (with defined
 * names added, as offices' workbooks have) opened through the file input is read in the browser, its
 * summary is the seed's, and the downloaded workbook holds the summary sheet and every defined name.
 * The workbook reader is a chunk of its own, fetched only when a file is opened, and no request leaves
 * the pane's own origin.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { SUMMARY_WORDS } from "../../src/core";
import { OPEN_FILE_STRINGS } from "../../src/taskpane/words/openFileStrings";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { DOCUMENT_STRINGS } from "../../src/taskpane/words/documentStrings";
import {
  openStep,
  openPane,
  screenshot,
  servePane,
  type PaneSession,
  type ServedPane,
  chromiumSuite,
} from "./browser";
import { DIST, ROOT } from "./build";
import type { StaticServer } from "./server";

const SETUP_MS = 300_000;
const th = STRINGS.th;
const words = OPEN_FILE_STRINGS.th;
const summaryWords = SUMMARY_WORDS.th;
const SAMPLE = path.join(ROOT, "examples/sample-plan.xlsx");
/** The seed's total row as the pane shows it, and as the downloaded sheet holds it. */
const TOTAL_ROW = [summaryWords.total, "16", "401,900.00", "15", "330,095.00", "1", "93.75", "82.13"];
const WRITTEN_TOTAL = [summaryWords.total, 16, 401900, 15, 330095, 1, 93.75, 82.13];
/** Names ExcelJS alone would drop: a constant and one scoped to the plan's sheet. */
const NAMES = [
  '<definedName name="อัตราภาษี">0.07</definedName>',
  '<definedName name="หัวเรื่อง" localSheetId="0">แผน!$A$1</definedName>',
];

/** The sample with NAMES in its workbook.xml, under the sample's own file name in a folder of its own. */
async function sampleWithNames(folder: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const names = `<definedNames>${NAMES.join("")}</definedNames>`;
  zip.file(
    "xl/workbook.xml",
    /<definedNames>/.test(xml)
      ? xml.replace(/<definedNames>[\s\S]*?<\/definedNames>/, names)
      : xml.replace("</sheets>", `</sheets>${names}`),
  );
  const file = path.join(folder, "sample-plan.xlsx");
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

/** Text only ExcelJS carries: the part names it writes into every workbook. */
const EXCELJS_MARK = "xl/sharedStrings.xml";

const suite = chromiumSuite();

/** The summary's table as the report prints it: on a narrow pane, one switch away from the cards. */
async function showTable(page: Page): Promise<void> {
  const toTable = page.getByRole("switch", { name: th.summary.showTable });
  // Whichever shows first: the table where it fits, the switch to it where it does not.
  await page.getByRole("region", { name: th.summary.previewLabel }).or(toTable).first().waitFor();
  if ((await toTable.count()) > 0 && !(await toTable.isChecked())) await toTable.check();
}

async function previewRow(page: Page, label: string): Promise<string[]> {
  await showTable(page);
  const table = page.getByRole("region", { name: th.summary.previewLabel });
  const row = table.getByRole("row").filter({ has: page.getByRole("cell", { name: label, exact: true }) });
  return (await row.locator("th, td").allInnerTexts()).map((text) => text.trim());
}

suite("the pane on a file of one's own, in Chromium", () => {
  let served: ServedPane<string> | undefined;
  let server: StaticServer;
  let pane: PaneSession;
  const scripts: string[] = [];
  let firstLoad: string[] = [];
  let named: string;

  beforeAll(async () => {
    served = await servePane("file-test", sampleWithNames);
    ({ server, made: named } = served);
    pane = await openPane(served.browser, server.origin, "real");
    pane.page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
  }, SETUP_MS);

  afterAll(async () => {
    await pane?.context.close();
    await served?.close();
  });

  it("keeps ExcelJS out of the first load", async () => {
    const { page } = pane;
    await page.getByText(th.previewBanner).waitFor({ timeout: 30_000 });
    await page.getByText(words.privacy).waitFor();
    // Every script the page has loaded so far, wherever the listener above came in.
    firstLoad = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((name) => name.endsWith(".js")),
    );
    expect(firstLoad.some((url) => url.endsWith("/taskpane.js"))).toBe(true);
    for (const url of firstLoad.filter((candidate) => candidate.startsWith(`${server.origin}/`))) {
      const file = path.join(DIST, new URL(url).pathname);
      expect({ url, exceljs: fs.readFileSync(file, "utf8").includes(EXCELJS_MARK) }).toEqual({
        url,
        exceljs: false,
      });
    }
  });

  it("opens the sample workbook through the file input and shows its summary", async () => {
    const { page } = pane;
    await page.locator('input[type="file"]').setInputFiles(named);
    await page.getByText(words.opened("sample-plan.xlsx", "xlsx")).waitFor({ timeout: 60_000 });
    // The reader came as a chunk of its own, from the pane's own origin.
    const chunks = scripts.filter(
      (url) => !/\/(taskpane|webview-check)\.js$/.test(url) && !url.includes("office"),
    );
    expect(chunks.length).toBeGreaterThan(0);
    for (const url of chunks) expect(url.startsWith(`${server.origin}/`)).toBe(true);
    expect(await page.getByText(th.previewBanner).count()).toBe(0);
    await openStep(page, th.steps.summary);
    expect(await previewRow(page, summaryWords.total)).toEqual(TOTAL_ROW);
    // Before the summary is written, the download says it gives the file alone, and how to add it.
    await page.getByText(words.downloadHint(false)).waitFor();
    await screenshot(page, "open-file.png");
  });

  it("downloads the workbook with the summary sheet written and the file's defined names kept", async () => {
    const { page } = pane;
    await page.getByRole("button", { name: th.summary.write, exact: true }).click();
    const sheet = await page.getByText(/^เขียนตารางสรุปลงแผ่นงาน "/).textContent();
    const name = /"(.+)"/.exec(sheet ?? "")?.[1];
    expect(name).toBeDefined();
    await page.getByText(words.downloadHint(true)).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: words.download, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`sample-plan-${name}.xlsx`);
    const bytes = fs.readFileSync((await download.path())!);
    const workbookXml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    for (const definedName of NAMES) expect(workbookXml).toContain(definedName);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const summary = workbook.getWorksheet(name!);
    expect(summary).toBeDefined();
    let total: ExcelJS.CellValue[] | undefined;
    summary!.eachRow((row) => {
      if (row.getCell(1).value === summaryWords.total) {
        total = Array.from({ length: 8 }, (_, c) => row.getCell(c + 1).value);
      }
    });
    expect(total).toEqual(WRITTEN_TOTAL);
    // The plan's own sheets come back too.
    expect(workbook.worksheets.length).toBeGreaterThan(1);
  });

  it("makes the report document in the Memo step, loading its writer only then, and downloads it", async () => {
    const { page } = pane;
    const before = scripts.length;
    await openStep(page, th.steps.memo);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: DOCUMENT_STRINGS.th.download, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("รายงานผลแผนป้องกันการทุจริต-2566-รอบ12.docx");
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const xml = await zip.file("word/document.xml")!.async("string");
    for (const text of ["บันทึกข้อความ", "401,900.00", "330,095.00", "93.75", "82.13"])
      expect(xml).toContain(text);
    // The docx writer came with the document, not before.
    expect(scripts.slice(0, before).some((url) => /\/document\.[0-9a-f]+\.js$/.test(url))).toBe(false);
    expect(scripts.slice(before).some((url) => /\/document\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    await page.getByText(/^ดาวน์โหลด รายงานผลแผนป้องกันการทุจริต-2566-รอบ12\.docx แล้ว/).waitFor();
  });

  it("saves a file from the download page's fragment, as Excel for Mac's route does", async () => {
    const { page } = pane;
    const bytes = new Uint8Array([80, 75, 3, 4, 0, 255, 1, 2, 3]);
    const data = Buffer.from(bytes).toString("base64url");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.goto(
        `${server.origin}/download.html#name=${encodeURIComponent("รายงาน.docx")}&type=x&data=${data}`,
      ),
    ]);
    expect(download.suggestedFilename()).toBe("รายงาน.docx");
    expect(new Uint8Array(fs.readFileSync((await download.path())!))).toEqual(bytes);
  });

  it("sent nothing anywhere and threw nothing", () => {
    expect(pane.network.blocked).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });
});

/**
 * A workbook opened in the pane outside Excel and downloaded keeps its defined names, as the command
 * line's --write copy does: constants, formulas, names scoped to a sheet, hidden names (ExcelJS alone
 * would drop them all). One rule for both (src/hosts/exceljs/definedNames.ts).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { analyzePlan, summaryLayout } from "../../src/core";
import { openFileHost } from "../../src/hosts/exceljs/fileHost";
import { originalNames } from "../../src/hosts/exceljs/definedNames";
import { keepNames, readOriginalNames } from "../../src/hosts/exceljs/keepNames";

const SAMPLE = path.join(__dirname, "../../examples/sample-plan.xlsx");
const HOW = { automatic: false, incomplete: "…", printSetupFailed: "" };

/** Names ExcelJS 4.4 cannot keep: a constant, a formula, one scoped to the first sheet, a hidden one. */
const NAMES = [
  '<definedName name="อัตราภาษี">0.07</definedName>',
  '<definedName name="งบรวม">SUM(แผน!$E$4:$E$24)</definedName>',
  '<definedName name="หัวเรื่อง" localSheetId="0">แผน!$A$1</definedName>',
  '<definedName name="ซ่อน" hidden="1">แผน!$B:$B</definedName>',
];

async function workbookXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
}

/** The sample plan with NAMES added to its workbook.xml, as Excel would save them. */
async function sampleWithNames(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const names = `<definedNames>${NAMES.join("")}</definedNames>`;
  const withNames = /<definedNames>/.test(xml)
    ? xml.replace(/<definedNames>[\s\S]*?<\/definedNames>/, names)
    : xml.replace("</sheets>", `</sheets>${names}`);
  zip.file("xl/workbook.xml", withNames);
  return new Uint8Array(await zip.generateAsync({ type: "arraybuffer", compression: "DEFLATE" }));
}

describe("defined names in the pane's download", () => {
  it("keeps every name of the file opened, and adds the summary sheet's own print titles", async () => {
    const host = await openFileHost("sample-plan.xlsx", await sampleWithNames());
    const [choice] = await host.listPlans();
    const report = analyzePlan(await host.readPlan(choice!), { source: choice! })!;
    const layout = summaryLayout(report, { lang: "th", writtenAt: new Date(2026, 0, 1) });
    // Print titles as core gives them for a table that runs onto a second page (the sample's fits one).
    const name = await host.writeSummary(
      { ...layout, print: { ...layout.print, titleRows: layout.headerRows } },
      HOW,
    );

    const xml = await workbookXml((await host.download()).bytes);

    for (const definedName of NAMES) expect(xml).toContain(definedName);
    expect(originalNames(xml).sheets).toContain(name);
    expect(xml).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">/);
  });

  it("reads a file's names and puts them into a copy that ExcelJS wrote without them", async () => {
    const original = await sampleWithNames();
    const names = await readOriginalNames(original);
    expect(names?.sheets.length).toBeGreaterThan(0);
    const lossy = await JSZip.loadAsync(original);
    const xml = await lossy.file("xl/workbook.xml")!.async("string");
    lossy.file("xl/workbook.xml", xml.replace(/<definedNames>[\s\S]*?<\/definedNames>/, ""));
    const copy = new Uint8Array(await lossy.generateAsync({ type: "arraybuffer" }));
    expect(await workbookXml(copy)).not.toContain(NAMES[0]);

    const kept = await workbookXml(await keepNames(copy, names));

    for (const definedName of NAMES) expect(kept).toContain(definedName);
  });

  it("leaves a file without names, and a CSV file, as ExcelJS writes them", async () => {
    const plain = await openFileHost("sample-plan.xlsx", new Uint8Array(readFileSync(SAMPLE)));
    expect(await workbookXml((await plain.download()).bytes)).not.toContain("อัตราภาษี");
    const csv = await openFileHost(
      "แผน.csv",
      new TextEncoder().encode("ชื่อโครงการ,งบประมาณ,เบิกจ่าย,สถานะ\nก,1,1,ดำเนินการแล้วเสร็จ\n"),
    );
    expect((await csv.download()).bytes.length).toBeGreaterThan(0);
  });
});

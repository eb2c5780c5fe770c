/**
 * The .docx as Word reads it (spec §10.1): A4 with the official margins, TH Sarabun New set for Thai
 * (complex script) as well as Latin text, page numbers from the second page, a landscape page when the
 * table needs one, and the emblem only when one is given.
 */
import JSZip from "jszip";
import { SAMPLE_GRID, analyzePlan } from "../../src/core";
import { memoDocument } from "../../src/core/document/memoDocument";
import { memoDocx } from "../../src/hosts/docx/memoDocx";
import { emblemOf } from "../../src/hosts/docx/emblem";

const report = analyzePlan(SAMPLE_GRID)!;
const TODAY = new Date(2023, 11, 25);

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => name.endsWith(".xml"));
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await zip.file(name)!.async("string")])),
  );
}

/** A 2 × 3 PNG: the signature, then IHDR with its width and height. */
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 2, 0, 0, 0, 3,
  8, 2, 0, 0, 0,
]);

describe("the .docx", () => {
  let xml: Record<string, string>;
  beforeAll(async () => {
    xml = await parts(await memoDocx(memoDocument(report, {}, TODAY)));
  });

  it("sets the official font for Thai too, with its size and weight", () => {
    // The defaults carry the font for every script and the body's size; runs add only what differs.
    const styles = xml["word/styles.xml"];
    for (const attribute of ['w:cs="TH Sarabun New"', 'w:ascii="TH Sarabun New"', 'w:hAnsi="TH Sarabun New"'])
      expect(styles).toContain(attribute);
    expect(styles).toMatch(/<w:szCs w:val="32"\/>/);
    const body = xml["word/document.xml"];
    expect(body).toMatch(/<w:sz w:val="58"\/><w:szCs w:val="58"\/>/); // the 29 pt heading
    expect(body).toMatch(/<w:b\/><w:bCs\/>/);
    expect(body).not.toMatch(/<w:rFonts w:ascii="(?!TH Sarabun New)/);
  });

  it("puts the font on every run of a body for an office's template", async () => {
    const body = (await parts(await memoDocx(memoDocument(report, {}, TODAY), { runFonts: true })))[
      "word/document.xml"
    ];
    const runs = body.match(/<w:r>/g)?.length ?? 0;
    expect(runs).toBeGreaterThan(50);
    expect(body.match(/<w:rFonts w:ascii="TH Sarabun New" w:cs="TH Sarabun New"/g)?.length).toBe(runs);
  });

  it("is A4 with 3 cm at the left and 2 cm at the right, numbered from the second page", () => {
    const body = xml["word/document.xml"];
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(body).toMatch(/<w:pgMar [^>]*w:left="1701"/);
    expect(body).toMatch(/<w:pgMar [^>]*w:right="1134"/);
    expect(body).toContain("<w:titlePg/>");
    const headers = Object.entries(xml).filter(([name]) => /word\/header\d+\.xml/.test(name));
    expect(headers.some(([, header]) => header.includes("PAGE") && header.includes("- "))).toBe(true);
  });

  it("gives the table a landscape page of its own when it does not fit the portrait one", () => {
    const document = memoDocument(report, {}, TODAY);
    const landscape = document.sections.some((section) => section.landscape);
    expect(xml["word/document.xml"].includes('w:orient="landscape"')).toBe(landscape);
  });

  it("embeds the emblem given, and none otherwise", async () => {
    expect(Object.keys(xml).some((name) => name.startsWith("word/media"))).toBe(false);
    const emblem = emblemOf(PNG)!;
    expect(emblem).toMatchObject({ type: "png", width: 2, height: 3 });
    const zip = await JSZip.loadAsync(await memoDocx(memoDocument(report, {}, TODAY), { emblem }));
    expect(Object.keys(zip.files).some((name) => name.startsWith("word/media/"))).toBe(true);
  });

  it("refuses bytes that are not a PNG or JPEG image", () => {
    expect(emblemOf(new TextEncoder().encode("GIF89a......"))).toBeUndefined();
    expect(emblemOf(new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0, 40, 0, 30, 3]))).toMatchObject({
      type: "jpg",
      width: 30,
      height: 40,
    });
  });
});

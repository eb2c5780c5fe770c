/**
 * Defined names kept in a workbook written in the browser: read from the picked file's workbook.xml,
 * put back into the written copy's (definedNames.ts). JSZip is the unzip ExcelJS itself uses; it runs
 * in the browser and in Node alike.
 */
import JSZip from "jszip";
import { type OriginalNames, originalNames, withOriginalNames } from "./definedNames";

const unzip = (bytes: Uint8Array): Promise<JSZip> => JSZip.loadAsync(bytes);

const WORKBOOK_PART = "xl/workbook.xml";

/** The original's names and sheets, or undefined when the zip has no workbook part. */
export async function readOriginalNames(bytes: Uint8Array): Promise<OriginalNames | undefined> {
  const zip = await unzip(bytes);
  const part = zip.file(WORKBOOK_PART);
  return part ? originalNames(await part.async("string")) : undefined;
}

/** The written workbook's bytes with the original's defined names in its workbook.xml. */
export async function keepNames(
  written: Uint8Array<ArrayBuffer>,
  original: OriginalNames | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
  if (original?.definedNames === undefined) return written;
  const zip = await unzip(written);
  const part = zip.file(WORKBOOK_PART);
  if (!part) throw new Error("the workbook written by ExcelJS has no xl/workbook.xml");
  zip.file(WORKBOOK_PART, withOriginalNames(await part.async("string"), original));
  return new Uint8Array(await zip.generateAsync({ type: "arraybuffer", compression: "DEFLATE" }));
}

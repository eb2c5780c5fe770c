/**
 * A workbook's defined names, carried from the file it was read from into the copy written from it.
 *
 * ExcelJS 4.4 keeps a defined name only when it is a plain cell range on a known sheet
 * (lib/doc/defined-names.js drops constants, formulas, whole columns, the sheet scope and the hidden
 * flag), so both the command line's --write and the pane's download put the original's names back
 * into the copy's workbook.xml with this one rule; each unpacks the file its own way (Node's zlib in
 * src/cli/zip.ts, JSZip in the browser, keepNames.ts).
 */

/** What the copy needs of the original workbook.xml. */
export interface OriginalNames {
  /** The original `<definedNames>…</definedNames>` element, verbatim, when there is one. */
  readonly definedNames?: string;
  /** The original workbook's sheets, in order: what a name's localSheetId counts. */
  readonly sheets: readonly string[];
}

const DEFINED_NAMES = /<definedNames>[\s\S]*?<\/definedNames>/;
const DEFINED_NAME = /<definedName\b[^>]*>[\s\S]*?<\/definedName>/g;
const LOCAL_SHEET = /\blocalSheetId="(\d+)"/;
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function definedNamesOf(workbookXml: string): string | undefined {
  return DEFINED_NAMES.exec(workbookXml)?.[0];
}

/** Sheet names in workbook order, as text (entities decoded: writers escape differently). */
function sheetNamesOf(workbookXml: string): string[] {
  const sheets = /<sheets>([\s\S]*?)<\/sheets>/.exec(workbookXml)?.[1] ?? "";
  return [...sheets.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map((match) =>
    match[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]),
  );
}

/** The names and sheets of an original workbook.xml. */
export function originalNames(workbookXml: string): OriginalNames {
  const definedNames = definedNamesOf(workbookXml);
  return { ...(definedNames === undefined ? {} : { definedNames }), sheets: sheetNamesOf(workbookXml) };
}

/**
 * The copy's workbook.xml with the original's defined names, and the copy's own names for the sheets
 * it adds (the summary sheet's print titles). A name scoped to a sheet follows that sheet by name, as
 * sheets the copy cannot keep (chart sheets) shift the others; a name scoped to such a sheet goes with
 * it. Names ExcelJS wrote for the original sheets are its lossy reading of the originals: left out.
 */
export function withOriginalNames(copyXml: string, original: OriginalNames): string {
  if (original.definedNames === undefined) return copyXml;
  const copySheets = sheetNamesOf(copyXml);
  const kept = new Set(original.sheets);
  const carried = (original.definedNames.match(DEFINED_NAME) ?? []).flatMap((name) => {
    const scope = LOCAL_SHEET.exec(name);
    if (!scope) return [name];
    const index = copySheets.indexOf(original.sheets[Number(scope[1])]);
    return index < 0 ? [] : [name.replace(LOCAL_SHEET, `localSheetId="${index}"`)];
  });
  const added = (definedNamesOf(copyXml)?.match(DEFINED_NAME) ?? []).filter((name) => {
    const scope = LOCAL_SHEET.exec(name);
    return scope !== null && !kept.has(copySheets[Number(scope[1])]);
  });
  const names = `<definedNames>${[...carried, ...added].join("")}</definedNames>`;
  if (definedNamesOf(copyXml) !== undefined) return copyXml.replace(DEFINED_NAMES, () => names);
  // The schema puts definedNames right after sheets (ECMA-376 Part 1, §18.2.27 CT_Workbook).
  return copyXml.replace("</sheets>", () => `</sheets>${names}`);
}

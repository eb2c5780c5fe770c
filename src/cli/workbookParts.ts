/**
 * What a --write copy keeps of an .xlsx file beyond what ExcelJS reads, and what it cannot keep.
 *
 * ExcelJS 4.4 reads and writes back sheets, styles, tables, pictures, notes and page setup. It keeps
 * a defined name only when it is a plain cell range on a known sheet (lib/doc/defined-names.js drops
 * constants, formulas, whole columns, the sheet scope and the hidden flag), so the names are carried
 * through from the original workbook.xml instead. Every other part (charts, pivot tables, macros…)
 * it drops: those are named on standard error before the copy is written.
 */
import type { DroppedPart } from "./messages";
import { type ZipPart, partData, writeZip, zipParts } from "./zip";

export interface PartsReport {
  /** The original `<definedNames>…</definedNames>` element, verbatim, when there is one. */
  readonly definedNames?: string;
  /** The original workbook's sheets, in order: what a name's localSheetId counts. */
  readonly sheets: readonly string[];
  readonly dropped: readonly DroppedPart[];
  /** Parts of kinds not known here, by name, so nothing goes unmentioned. */
  readonly others: readonly string[];
}

/** Parts ExcelJS reads and writes back (lib/xlsx/xlsx.js), or that Excel rebuilds on its own. */
const KEPT: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(app|core)\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/(styles|sharedStrings)\.xml$/,
  /^xl\/theme\/[^/]+\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/tables\/table\d+\.xml$/,
  /^xl\/media\/[^/]+$/,
  /^xl\/drawings\/[^/]+\.(xml|vml)$/,
  /^xl\/drawings\/_rels\/[^/]+\.rels$/,
  /^xl\/comments\d*\.xml$/,
  // Excel's record of formula order: it rebuilds it when missing.
  /^xl\/calcChain\.xml$/,
  /^docProps\/thumbnail\.[a-z]+$/,
];

const DROPPED: readonly (readonly [RegExp, DroppedPart])[] = [
  [/^xl\/charts\//, "charts"],
  [/^xl\/chartsheets\//, "chart-sheets"],
  [/^xl\/(pivotTables|pivotCache)\//, "pivot-tables"],
  [/^xl\/vbaProject\.bin$/, "macros"],
  [/^xl\/externalLinks\//, "external-links"],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, "slicers"],
  [/^xl\/(ctrlProps|activeX)\//, "form-controls"],
  [/^xl\/(threadedComments|persons)\//, "threaded-comments"],
  [/^xl\/printerSettings\//, "printer-settings"],
  [/^xl\/(connections\.xml|queryTables\/)/, "connections"],
  [/^customXml\//, "custom-xml"],
  [/^docProps\/custom\.xml$/, "custom-properties"],
  [/^xl\/model\//, "data-model"],
];

/** Drawing anchors ExcelJS keeps are pictures; shapes, text boxes and charts in a drawing are not. */
const DRAWN_SHAPES = /<xdr:(sp|grpSp|cxnSp)\b/;
const SHEET_EXTRAS: readonly (readonly [RegExp, DroppedPart])[] = [
  [/<x14:sparklineGroups\b/, "sparklines"],
  [/<x14:dataValidations\b/, "extended-validations"],
];

function definedNamesOf(workbookXml: string): string | undefined {
  return /<definedNames>[\s\S]*?<\/definedNames>/.exec(workbookXml)?.[0];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Sheet names in workbook order, as text (entities decoded: writers escape differently). */
function sheetNamesOf(workbookXml: string): string[] {
  const sheets = /<sheets>([\s\S]*?)<\/sheets>/.exec(workbookXml)?.[1] ?? "";
  return [...sheets.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map((match) =>
    match[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]),
  );
}

const DEFINED_NAME = /<definedName\b[^>]*>[\s\S]*?<\/definedName>/g;
const LOCAL_SHEET = /\blocalSheetId="(\d+)"/;

/** The parts of an .xlsx file that a copy keeps by carrying them through, and those it drops. */
export function inspectParts(zip: Buffer, parts: readonly ZipPart[]): PartsReport {
  const dropped = new Set<DroppedPart>();
  const others: string[] = [];
  let workbookXml = "";
  for (const part of parts) {
    const name = part.name;
    if (name.endsWith("/")) continue;
    if (name === "xl/workbook.xml") workbookXml = partData(zip, part).toString("utf8");
    if (/^xl\/drawings\/[^/]+\.xml$/.test(name) && DRAWN_SHAPES.test(partData(zip, part).toString("utf8"))) {
      dropped.add("shapes");
    }
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name) && part.size > 0) {
      const text = partData(zip, part).toString("utf8");
      for (const [pattern, kind] of SHEET_EXTRAS) if (pattern.test(text)) dropped.add(kind);
    }
    if (KEPT.some((pattern) => pattern.test(name))) continue;
    const known = DROPPED.find(([pattern]) => pattern.test(name));
    if (known) dropped.add(known[1]);
    // Relationship files only point at parts already named; an unknown part is named as it is.
    else if (!name.endsWith(".rels")) others.push(name);
  }
  if (others.length > 0) dropped.add("other");
  const definedNames = definedNamesOf(workbookXml);
  return {
    ...(definedNames === undefined ? {} : { definedNames }),
    sheets: sheetNamesOf(workbookXml),
    dropped: [...dropped],
    others,
  };
}

/**
 * The copy's workbook.xml with the original's defined names, and the copy's own names for the sheets
 * it adds (the summary sheet's print titles). A name scoped to a sheet follows that sheet by name, as
 * sheets the copy cannot keep (chart sheets) shift the others; a name scoped to such a sheet goes with
 * it. Names ExcelJS wrote for the original sheets are its lossy reading of the originals: left out.
 */
export function withOriginalNames(copyXml: string, parts: PartsReport): string {
  if (parts.definedNames === undefined) return copyXml;
  const copySheets = sheetNamesOf(copyXml);
  const original = new Set(parts.sheets);
  const carried = (parts.definedNames.match(DEFINED_NAME) ?? []).flatMap((name) => {
    const scope = LOCAL_SHEET.exec(name);
    if (!scope) return [name];
    const index = copySheets.indexOf(parts.sheets[Number(scope[1])]);
    return index < 0 ? [] : [name.replace(LOCAL_SHEET, `localSheetId="${index}"`)];
  });
  const added = (definedNamesOf(copyXml)?.match(DEFINED_NAME) ?? []).filter((name) => {
    const scope = LOCAL_SHEET.exec(name);
    return scope !== null && !original.has(copySheets[Number(scope[1])]);
  });
  const names = `<definedNames>${[...carried, ...added].join("")}</definedNames>`;
  if (definedNamesOf(copyXml) !== undefined) {
    return copyXml.replace(/<definedNames>[\s\S]*?<\/definedNames>/, () => names);
  }
  // The schema puts definedNames right after sheets (ECMA-376 Part 1, §18.2.27 CT_Workbook).
  return copyXml.replace("</sheets>", () => `</sheets>${names}`);
}

/** The copy's zip with the original's defined names put back into its workbook.xml. */
export function carryNames(copy: Buffer, parts: PartsReport): Buffer {
  if (parts.definedNames === undefined) return copy;
  const entries = zipParts(copy);
  if (!entries) throw new Error("the copy written by ExcelJS is not a zip");
  return writeZip(
    entries
      .filter((entry) => !entry.name.endsWith("/"))
      .map((entry) => {
        const data = partData(copy, entry);
        return {
          name: entry.name,
          data:
            entry.name === "xl/workbook.xml"
              ? Buffer.from(withOriginalNames(data.toString("utf8"), parts), "utf8")
              : data,
        };
      }),
  );
}

/**
 * What a --write copy keeps of an .xlsx file beyond what ExcelJS reads, and what it cannot keep.
 *
 * ExcelJS 4.4 reads and writes back sheets, styles, tables, pictures, notes and page setup. It keeps
 * a defined name only when it is a plain cell range on a known sheet, so the names are carried
 * through from the original workbook.xml instead, by the rule the pane's download uses too
 * (src/hosts/exceljs/definedNames.ts). Every other part (charts, pivot tables, macros…) it drops: those
 * are named on standard error before the copy is written.
 */
import { type OriginalNames, originalNames, withOriginalNames } from "../hosts/exceljs/definedNames";
import type { DroppedPart } from "./messages";
import { type ZipPart, partData, writeZip, zipParts } from "./zip";

export interface PartsReport extends OriginalNames {
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

/**
 * The parts of an .xlsx file that a copy keeps by carrying them through, and those it drops. `unpacked`:
 * the parts already unpacked by name (classify's), so none is unpacked again.
 */
export function inspectParts(
  zip: Buffer,
  parts: readonly ZipPart[],
  unpacked: ReadonlyMap<string, Buffer> = new Map(),
): PartsReport {
  const dataOf = (part: ZipPart) => unpacked.get(part.name) ?? partData(zip, part);
  const dropped = new Set<DroppedPart>();
  const others: string[] = [];
  let workbookXml = "";
  for (const part of parts) {
    const name = part.name;
    if (name.endsWith("/")) continue;
    if (name === "xl/workbook.xml") workbookXml = dataOf(part).toString("utf8");
    if (/^xl\/drawings\/[^/]+\.xml$/.test(name) && DRAWN_SHAPES.test(dataOf(part).toString("utf8"))) {
      dropped.add("shapes");
    }
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name) && part.size > 0) {
      const text = dataOf(part).toString("utf8");
      for (const [pattern, kind] of SHEET_EXTRAS) if (pattern.test(text)) dropped.add(kind);
    }
    if (KEPT.some((pattern) => pattern.test(name))) continue;
    const known = DROPPED.find(([pattern]) => pattern.test(name));
    if (known) dropped.add(known[1]);
    // Relationship files only point at parts already named; an unknown part is named as it is.
    else if (!name.endsWith(".rels")) others.push(name);
  }
  if (others.length > 0) dropped.add("other");
  return { ...originalNames(workbookXml), dropped: [...dropped], others };
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

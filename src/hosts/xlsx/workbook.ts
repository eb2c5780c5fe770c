/**
 * The workbook's own parts as ExcelJS 4.4 reads them: xl/workbook.xml (its sheets, in order, with their
 * names and visibility, and the 1904 date system), the relationship parts that lead from a sheet to its
 * worksheet part and from a worksheet to its tables, links and notes, and docProps/core.xml's keywords.
 */
import { type XmlElement, decodeAgain, descendants, elements, parseXml, textOf, unsupported } from "./xml";

/** One relationship of a part: where it leads, as written (ExcelJS looks targets up as written). */
export interface Relationship {
  readonly type: string | undefined;
  readonly target: string | undefined;
}

/** A relationships part (…/_rels/….rels) by id; one without a part has none. */
export function readRelationships(xml: string | undefined): ReadonlyMap<string, Relationship> {
  const found = new Map<string, Relationship>();
  if (xml === undefined) return found;
  const root = parseXml(xml);
  if (root.name !== "Relationships") unsupported("a relationships part of another kind");
  for (const child of elements(root)) {
    if (child.name !== "Relationship" || elements(child).length > 0)
      unsupported("a relationship of another kind");
    const { Id, Type, Target } = child.attributes;
    if (Id === undefined || found.has(Id)) unsupported("a relationship without an id of its own");
    found.set(Id, { type: Type, target: Target });
  }
  return found;
}

/** A sheet as workbook.xml lists it. */
export interface SheetEntry {
  readonly name: string;
  readonly id: number;
  /** Its `state`: hidden, veryHidden, visible or none. */
  readonly state: string | undefined;
  readonly relationship: string | undefined;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  /** Print areas by the index of their sheet among the sheets ExcelJS reads (`localSheetId`). */
  readonly printAreas: ReadonlyMap<number, string>;
}

/** The elements ExcelJS's workbook reader takes up wherever they stand outside one it reads. */
const WORKBOOK_PARTS = new Set([
  "fileVersion",
  "workbookPr",
  "bookViews",
  "sheets",
  "definedNames",
  "calcPr",
]);

function onlyChild(root: XmlElement, name: string): XmlElement | undefined {
  const found = elements(root).filter((child) => child.name === name);
  if (found.length > 1) unsupported(`two <${name}> in the workbook`);
  return found[0];
}

export function readWorkbookPart(xml: string): WorkbookPart {
  const root = parseXml(xml);
  if (root.name !== "workbook") unsupported("a workbook part of another kind");
  for (const child of elements(root)) {
    if (!WORKBOOK_PARTS.has(child.name) && descendants(child).some((e) => WORKBOOK_PARTS.has(e.name))) {
      unsupported("a workbook part nested oddly");
    }
  }
  const list = onlyChild(root, "sheets");
  const sheets = (list ? elements(list) : [])
    .filter((child) => child.name === "sheet")
    .map((sheet): SheetEntry => {
      const { name, sheetId, state } = sheet.attributes;
      if (name === undefined || !/^[1-9][0-9]*$/.test(sheetId ?? ""))
        unsupported("a sheet without a name or id");
      // ExcelJS decodes a sheet's name once more (lib/xlsx/xform/book/sheet-xform.js).
      return { name: decodeAgain(name), id: Number(sheetId), state, relationship: sheet.attributes["r:id"] };
    });
  const workbookPr = onlyChild(root, "workbookPr");
  const printAreas = new Map<number, string>();
  const definedNames = onlyChild(root, "definedNames");
  for (const name of definedNames ? elements(definedNames) : []) {
    if (name.name !== "definedName" || name.attributes.name !== "_xlnm.Print_Area") continue;
    const sheet = name.attributes.localSheetId;
    if (sheet !== undefined) printAreas.set(parseInt(sheet, 10), textOf(name));
  }
  return { sheets, date1904: workbookPr?.attributes.date1904 === "1", printAreas };
}

/**
 * Whether ExcelJS reads a print area without failing: it takes the first range it finds in it, and
 * fails when it finds none. A plain list of ranges ("'แผน'!$A$1:$H$40") is read.
 */
export function readablePrintArea(text: string): boolean {
  const sheet = "(?:'(?:[^']|'')+'|[^'!, ]+)";
  const cell = "\\$?[A-Z]{1,3}\\$?[1-9][0-9]*";
  const range = `${sheet}!${cell}(?::${cell})?`;
  return new RegExp(`^${range}(?:,${range})*$`).test(text);
}

/** docProps/core.xml's children ExcelJS reads; any other fails its reader. */
const CORE_PROPERTIES = new Set([
  "dc:creator",
  "dc:title",
  "dc:subject",
  "dc:description",
  "dc:identifier",
  "dc:language",
  "cp:keywords",
  "cp:category",
  "cp:lastModifiedBy",
  "cp:lastPrinted",
  "cp:revision",
  "cp:version",
  "cp:contentStatus",
  "cp:contentType",
  "dcterms:created",
  "dcterms:modified",
]);

/** The workbook's keywords (docProps/core.xml), as ExcelJS reads them; none without the part. */
export function readKeywords(xml: string | undefined): string | undefined {
  if (xml === undefined) return undefined;
  const root = parseXml(xml);
  if (root.name !== "cp:coreProperties" && root.name !== "coreProperties")
    unsupported("core properties of another kind");
  let keywords: string | undefined;
  for (const child of elements(root)) {
    if (!CORE_PROPERTIES.has(child.name) || elements(child).length > 0)
      unsupported("a core property ExcelJS refuses");
    if (child.name === "cp:keywords") keywords = textOf(child);
  }
  return keywords;
}

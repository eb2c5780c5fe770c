/**
 * xl/styles.xml as far as a cell's value depends on it: the number format of each cell style (`s="3"`),
 * found as ExcelJS 4.4 finds it (lib/xlsx/xform/style/styles-xform.js `getStyleModel`): the workbook's
 * own format of that id, else the built-in one of that id; none for style 0.
 */
import { BUILT_IN_FORMATS, formatCode } from "./numberFormats";
import { type XmlElement, elements, parseXml, unsupported } from "./xml";

/** The number format of a cell style, by the style's index (`s`), as ExcelJS reads it. */
export interface Styles {
  numberFormat(style: number | undefined): string | undefined;
}

/** The elements ExcelJS's styles reader takes up wherever they stand outside another it reads. */
const STYLE_PARTS = new Set([
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "dxfs",
  "numFmt",
  "font",
  "fill",
  "border",
  "style",
  "cellStyles",
  "tableStyles",
  "extLst",
]);

/** The one child of the style sheet named so, when there is one. */
function onlyChild(root: XmlElement, name: string): XmlElement | undefined {
  const found = elements(root).filter((child) => child.name === name);
  if (found.length > 1) unsupported(`two <${name}> in the styles`);
  return found[0];
}

/** Whether an unknown element holds one ExcelJS's reader would take up at any depth. */
function hidesStylePart(element: XmlElement): boolean {
  return elements(element).some((child) => STYLE_PARTS.has(child.name) || hidesStylePart(child));
}

export function readStyles(xml: string | undefined): Styles {
  if (xml === undefined) return unsupported("no styles part");
  const root = parseXml(xml);
  if (root.name !== "styleSheet") unsupported("a styles part of another kind");
  for (const child of elements(root)) {
    if (!STYLE_PARTS.has(child.name) && hidesStylePart(child)) unsupported("a styles part nested oddly");
  }
  const formats = new Map<number, string>();
  const numFmts = onlyChild(root, "numFmts");
  for (const numFmt of numFmts ? elements(numFmts).filter((e) => e.name === "numFmt") : []) {
    const code = numFmt.attributes.formatCode;
    if (code === undefined) unsupported("a number format without its code");
    formats.set(parseInt(numFmt.attributes.numFmtId, 10), formatCode(code));
  }
  const cellXfs = onlyChild(root, "cellXfs");
  const xfs = cellXfs ? elements(cellXfs) : [];
  if (xfs.some((xf) => xf.name !== "xf")) unsupported("cell styles holding something else");
  const ids = xfs.map((xf) => parseInt(xf.attributes.numFmtId, 10));
  return {
    numberFormat(style) {
      if (!style) return undefined;
      if (ids.length === 0) unsupported("a cell style and no cell styles");
      if (!(style in ids)) return undefined;
      const id = ids[style];
      if (!id) return undefined;
      return formats.get(id) || BUILT_IN_FORMATS[id] || undefined;
    },
  };
}

/**
 * Writes core's report document (src/core/document/memoDocument.ts) as a Word file with the `docx`
 * library, in Node and in the browser alike. Only this module knows WordprocessingML; what the document
 * says, and its table's widths, are decided in core.
 */
import {
  AlignmentType,
  Document,
  Header,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from "docx";
import type { Align, DocBlock, DocCell, DocTable, MemoDocument } from "../../core/document/memoDocument";
import { PAGE } from "../../core/document/memoDocument";
import type { Emblem } from "./emblem";

/** Twentieths of a point, WordprocessingML's unit for page sizes, margins and indents. */
const twips = (points: number) => Math.round(points * 20);
const CM = 28.3465;
const ALIGN: Readonly<Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]>> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.THAI_DISTRIBUTE,
};
/** The official memo's sizes: the heading 29 pt, the head's labels 20 pt, the body 16 pt. */
const TITLE_SIZE = 29;
const LABEL_SIZE = 20;
const FIRST_LINE_INDENT = 2.5 * CM;
const ITEM_INDENT = 0.75 * CM;

/**
 * The font on every run, for Latin and for Thai: Word sets Thai in the complex-script font (`w:cs`) at
 * the complex-script size and weight (`w:szCs`, `w:bCs`); left out, Thai falls back to another font.
 */
function run(
  document: Target,
  text: string,
  options: { bold?: boolean; size?: number; lineBreak?: boolean } = {},
): TextRun {
  const font = document.font;
  const size = (options.size ?? document.size) * 2;
  // The document's defaults (styles.xml) carry the font and size; a run repeats them only where it
  // differs, or where it must carry them into an office's template. Fewer elements: a 2,000-project
  // annex is written in a fraction of the time.
  const own = document.runFonts || options.size !== undefined;
  return new TextRun({
    // A tab is its own element (w:tab) in WordprocessingML, not a character of the text.
    children: text
      .split("\t")
      .flatMap((part, i) => [...(i > 0 ? [new Tab()] : []), ...(part === "" ? [] : [part])]),
    ...(document.runFonts ? { font: { ascii: font, hAnsi: font, cs: font, eastAsia: font } } : {}),
    ...(own ? { size, sizeComplexScript: size } : {}),
    ...(options.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(options.lineBreak ? { break: 1 } : {}),
  });
}

/** The document as written: with its runs carrying the font themselves, or leaving it to the defaults. */
interface Target extends MemoDocument {
  readonly runFonts: boolean;
}

function paragraphOf(document: Target, block: DocBlock, emblem: Emblem | undefined): Paragraph | Table {
  const width = (PAGE.width - PAGE.left - PAGE.right) * 20;
  switch (block.kind) {
    case "memoTitle":
      // The emblem's 1.5 cm at the left; the heading centred on the same line by a centre tab.
      return new Paragraph({
        tabStops: [{ type: TabStopType.CENTER, position: Math.round(width / 2) }],
        spacing: { line: twips(1.5 * CM), lineRule: "atLeast", after: twips(6) },
        children: [
          ...(emblem ? [emblemRun(emblem)] : []),
          run(document, `\t${block.text}`, { bold: true, size: TITLE_SIZE }),
        ],
      });
    case "fields":
      return new Paragraph({
        children: block.parts.flatMap((part, i) => [
          run(document, `${i > 0 ? "\t" : ""}${part.label}`, { bold: true, size: LABEL_SIZE }),
          run(document, `  ${part.value}`),
        ]),
        tabStops: [{ type: TabStopType.LEFT, position: Math.round(width / 2) }],
      });
    case "heading":
      return new Paragraph({
        alignment: ALIGN[block.align ?? "left"],
        keepNext: true,
        spacing: { before: twips(6) },
        children: [run(document, block.text, { bold: true })],
      });
    case "paragraph":
      return new Paragraph({
        alignment: ALIGN[block.align ?? "left"],
        indent: block.indent ? { firstLine: twips(FIRST_LINE_INDENT) } : undefined,
        children: [run(document, block.text, { bold: block.bold, size: block.size })],
      });
    case "item": {
      // A line of figures sits near the margin, where it fits on one line (417 pt for the longest at 16 pt).
      const left = twips(block.look === "figure" ? 1 * CM : FIRST_LINE_INDENT + ITEM_INDENT);
      return new Paragraph({
        indent: { left, hanging: twips(block.look === "figure" ? 0.5 * CM : ITEM_INDENT) },
        tabStops: [{ type: TabStopType.LEFT, position: left }],
        children: [run(document, `${block.marker}\t${block.text}`)],
      });
    }
    case "table":
      return tableOf(document, block.table);
    case "signature":
      // Centred under the right part of the page, as the official memo signs.
      return new Paragraph({
        indent: { left: Math.round(width * 0.4) },
        alignment: AlignmentType.CENTER,
        keepLines: true,
        children: [run(document, block.name), run(document, block.position, { lineBreak: true })],
      });
    case "blank":
      return new Paragraph({ children: [] });
    case "pageBreak":
      return new Paragraph({ children: [new PageBreak()] });
  }
}

function emblemRun(emblem: Emblem): ImageRun {
  const height = Math.round((1.5 * CM * 96) / 72);
  return new ImageRun({
    type: emblem.type,
    data: emblem.data,
    transformation: { width: Math.round((height * emblem.width) / emblem.height), height },
  });
}

function cellOf(document: Target, cell: DocCell, width: number, size: number): TableCell {
  return new TableCell({
    width: { size: twips(width), type: WidthType.DXA },
    columnSpan: cell.columnSpan,
    rowSpan: cell.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: ALIGN[cell.align],
        children: [run(document, cell.text, { bold: cell.bold, size })],
      }),
    ],
  });
}

/** A table of fixed column widths (core measured them so that no figure wraps). */
function tableOf(document: Target, table: DocTable): Table {
  // A cell's grid column: the cells a row span covers are left out of the rows below it.
  const starts = gridColumns(table);
  return new Table({
    layout: "fixed",
    columnWidths: table.columnWidths.map(twips),
    width: { size: twips(table.columnWidths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    rows: table.rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r < table.headerRows,
          cantSplit: true,
          children: row.map((cell, i) => {
            const first = starts[r][i];
            const span = cell.columnSpan ?? 1;
            const width = table.columnWidths.slice(first, first + span).reduce((a, b) => a + b, 0);
            return cellOf(document, cell, width, table.fontSize);
          }),
        }),
    ),
  });
}

/** The first grid column of each cell, given the columns that row spans from above keep. */
function gridColumns(table: DocTable): number[][] {
  const held = new Map<number, number>(); // grid column → rows still covered
  return table.rows.map((row) => {
    const columns: number[] = [];
    let column = 0;
    for (const cell of row) {
      while ((held.get(column) ?? 0) > 0) column++;
      columns.push(column);
      const span = cell.columnSpan ?? 1;
      if ((cell.rowSpan ?? 1) > 1)
        for (let c = column; c < column + span; c++) held.set(c, cell.rowSpan ?? 1);
      column += span;
    }
    for (const [c, rows] of held) held.set(c, rows - 1);
    return columns;
  });
}

function pageNumberHeader(document: MemoDocument): Header {
  const size = document.size * 2;
  const font = { ascii: document.font, hAnsi: document.font, cs: document.font, eastAsia: document.font };
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ["- ", PageNumber.CURRENT, " -"], font, size, sizeComplexScript: size }),
        ],
      }),
    ],
  });
}

/** The document as .docx bytes. */
export interface DocxOptions {
  readonly emblem?: Emblem;
  /**
   * Every run carries the official font and size itself, for a body pasted into an office's template
   * (whose defaults are its own); otherwise the document's defaults carry them.
   */
  readonly runFonts?: boolean;
}

export async function memoDocx(memo: MemoDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const document: Target = { ...memo, runFonts: options.runFonts === true };
  const emblem = options.emblem;
  const sections: ISectionOptions[] = document.sections.map((section, index) => ({
    properties: {
      page: {
        // docx swaps the portrait sizes itself for a landscape section.
        size: {
          width: twips(PAGE.width),
          height: twips(PAGE.height),
          orientation: section.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          left: twips(PAGE.left),
          right: twips(PAGE.right),
          top: twips(PAGE.top),
          bottom: twips(PAGE.bottom),
          header: twips(0.8 * CM),
        },
      },
      // The first page carries no number; "- 2 -" from the second (the official memo's numbering).
      ...(index === 0 ? { titlePage: true } : {}),
    },
    headers: {
      default: pageNumberHeader(document),
      ...(index === 0 ? { first: new Header({ children: [] }) } : {}),
    },
    children: section.blocks.map((block) => paragraphOf(document, block, emblem)),
  }));
  const file = new Document({
    creator: "Integrity Plan Report",
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: document.font, hAnsi: document.font, cs: document.font, eastAsia: document.font },
            size: document.size * 2,
            sizeComplexScript: document.size * 2,
          },
        },
      },
    },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

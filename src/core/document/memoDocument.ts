/**
 * The report document (บันทึกข้อความ) as data: the memo with the summary table, the projects not carried
 * out, the proposals, the signature and comment blocks, and the per-project annex (spec §10). Built from
 * the one report and the summary sheet's own table, so the document cannot disagree with the sheet.
 * A host writes it as .docx (src/hosts/docx); nothing here knows that format.
 */
import type { Lang } from "../cells/vocabulary";
import { type Satang, formatBaht } from "../cells/money";
import type { PlanReport } from "../plan";
import type { PlanRow } from "../rows/rows";
import { roundPeriod, thaiDate } from "../rows/period";
import { summaryLayout } from "../layout/layout";
import { displayText } from "../layout/display";
import { textWidth } from "../layout/textWidth";
import { memoLines } from "../layout/memo";
import { DOCUMENT_WORDS, type DocumentWords } from "../words/documentWords";
import { SUMMARY_WORDS } from "../words/summaryWords";
import { dimensionName } from "../words/dimensionName";
import { typeSplitLine } from "../words/itemTypeText";
import { effectiveStatus } from "../cells/vocabulary";
import { type NarrativeKind, narrativeColumns, narrativeOf } from "./narrative";

/** A person who signs or comments; either part may be unknown (a dotted line is left for it). */
export interface Signer {
  readonly name?: string;
  readonly position?: string;
}

/** What the document needs that the plan does not hold; every field optional (spec §10.2). */
export interface MemoDetails {
  /** ส่วนราชการ. Default: the office's secretariat. */
  readonly department?: string;
  /** ที่ (the reference number). Default: a dotted line. */
  readonly reference?: string;
  /** วันที่. Default: `today` given to `memoDocument`. */
  readonly date?: Date;
  /** เรียน. Default: the office's chief executive. */
  readonly to?: string;
  readonly author?: Signer;
  readonly divisionHead?: Signer;
  readonly deputy?: Signer;
  readonly executive?: Signer;
  /** ข้อเสนอ, one item each; default: publish, report in e-Plan NACC, carry the unfinished over. */
  readonly proposals?: readonly string[];
  /** The announcement page (ประกาศ); off by default. */
  readonly announcement?: boolean;
}

export type Align = "left" | "center" | "right" | "justify";

export type DocBlock =
  /** The memo's heading line, with the emblem's space at its left. */
  | { readonly kind: "memoTitle"; readonly text: string }
  /** One line of the memo's head: bold labels, each followed by its value. */
  | { readonly kind: "fields"; readonly parts: readonly { readonly label: string; readonly value: string }[] }
  | { readonly kind: "heading"; readonly text: string; readonly align?: Align }
  | {
      readonly kind: "paragraph";
      readonly text: string;
      /** The official 2.5 cm first-line indent. */
      readonly indent?: boolean;
      readonly align?: Align;
      readonly bold?: boolean;
      /** Points; default the body's 16. */
      readonly size?: number;
    }
  /** An item of a list, hanging under its marker ("1)", "☐", "-"). */
  | {
      readonly kind: "item";
      readonly marker: string;
      readonly text: string;
      /** "figure": a line of figures kept on one line where it can be, near the margin (the memo's per-dimension lines). */
      readonly look?: "figure";
    }
  | { readonly kind: "table"; readonly table: DocTable }
  | { readonly kind: "signature"; readonly name: string; readonly position: string }
  | { readonly kind: "blank" }
  /** The next part starts on a new page. */
  | { readonly kind: "pageBreak" };

/** A table cell; cells covered by another's span are left out of their row. */
export interface DocCell {
  readonly text: string;
  readonly bold?: boolean;
  readonly align: Align;
  readonly columnSpan?: number;
  readonly rowSpan?: number;
}

export interface DocTable {
  /** Points, one per grid column. */
  readonly columnWidths: readonly number[];
  readonly fontSize: number;
  /** The first rows repeat at the top of each page the table runs onto. */
  readonly headerRows: number;
  readonly rows: readonly (readonly DocCell[])[];
}

/** A run of pages in one orientation; pages are numbered "- 2 -" from the document's second page. */
export interface DocSection {
  readonly landscape: boolean;
  readonly blocks: readonly DocBlock[];
}

export interface MemoDocument {
  readonly lang: Lang;
  /** The official font, set for Thai (complex script) as well as Latin text. */
  readonly font: string;
  /** Points. */
  readonly size: number;
  readonly sections: readonly DocSection[];
}

/** TH Sarabun New, the government's font; Laksaman is its metric twin where it is not installed. */
export const OFFICIAL_DOCUMENT_FONT = "TH Sarabun New";
export const BODY_SIZE = 16;

/** A4 in points, and the official margins: 3 cm left, 2 cm right. */
export const PAGE = {
  width: 595.3,
  height: 841.9,
  left: 85.05,
  right: 56.7,
  top: 56.7,
  bottom: 56.7,
} as const;
const textWidthOf = (landscape: boolean) => (landscape ? PAGE.height : PAGE.width) - PAGE.left - PAGE.right;
/** Word's default cell margins, left and right (0.19 cm each), and a little air so no number touches. */
const CELL_PADDING = 2 * 5.4 + 4;
const NAME_COLUMN_MIN = 110;
const NUMBER_COLUMN_MIN = 40;

/**
 * The words a line may break between: the runtime's own Thai word breaking where it has one (every
 * current browser and Node), else spaces, which keeps a Thai phrase whole (a wider column, never a cut word).
 */
function wordsOf(text: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return text.split(/\s+/);
  return Array.from(new Segmenter("th", { granularity: "word" }).segment(text), (part) =>
    part.segment.trim(),
  );
}

/** A cell of the table with what its width depends on. */
interface Measured {
  readonly cell: DocCell;
  readonly column: number;
  readonly header: boolean;
}

/** Points each figure column needs at a font size: a figure on one line; a heading's longest word. */
function neededWidths(
  cells: readonly Measured[],
  columns: number,
  size: number,
  headings: boolean,
): number[] {
  const needed = new Array<number>(columns).fill(NUMBER_COLUMN_MIN);
  for (const { cell, column, header } of cells) {
    if (column === 0 || (header && !headings)) continue;
    const font = { size, bold: cell.bold === true };
    const parts = header ? wordsOf(cell.text) : [cell.text];
    const span = cell.columnSpan ?? 1;
    const share = (Math.max(0, ...parts.map((part) => textWidth(part, font))) + CELL_PADDING) / span;
    for (let k = column; k < column + span; k++) needed[k] = Math.max(needed[k], share);
  }
  return needed.slice(1).map(Math.ceil);
}

/** The font sizes a table may take, largest first (TH Sarabun New tables: 14 pt, down to 12). */
const TABLE_SIZES = [14, 13, 12] as const;

export interface TableOptions {
  /**
   * Whether the table may have a landscape page of its own (the generated document); an office's
   * template has one page setup, so its table takes a smaller size instead.
   */
  readonly landscape?: boolean;
}

/**
 * The summary sheet's own table (its header rows, a row per dimension, the total), as text, with
 * column widths measured in the font: no figure wraps, no heading word is cut (spec §10.1).
 */
export function summaryTable(
  report: PlanReport,
  lang: Lang,
  options: TableOptions = {},
): { table: DocTable; landscape: boolean } {
  const layout = summaryLayout(report, { lang });
  const { top, bottom, left, right } = layout.table;
  const at = new Map(layout.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
  const merges = layout.merges.filter((area) => area.top >= top && area.bottom <= bottom);
  const covered = new Set<string>();
  for (const area of merges)
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++)
        if (r !== area.top || c !== area.left) covered.add(`${r}:${c}`);
  const headerRows = layout.headerRows.last - layout.headerRows.first + 1;
  const rows: DocCell[][] = [];
  const measured: Measured[] = [];
  for (let r = top; r <= bottom; r++) {
    const row: DocCell[] = [];
    for (let c = left; c <= right; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const cell = at.get(`${r}:${c}`);
      const header = r - top < headerRows;
      const area = merges.find((m) => m.top === r && m.left === c);
      const columnSpan = area ? area.right - area.left + 1 : 1;
      const docCell: DocCell = {
        text: cell ? displayText(cell.value, cell.format) : "",
        ...(header || r === bottom ? { bold: true } : {}),
        align: header ? "center" : c === left ? "left" : "right",
        ...(columnSpan > 1 ? { columnSpan } : {}),
        ...(area && area.bottom > area.top ? { rowSpan: area.bottom - area.top + 1 } : {}),
      };
      row.push(docCell);
      measured.push({ cell: docCell, column: c - left, header });
    }
    rows.push(row);
  }
  const columns = right - left + 1;
  const fits = (numbers: readonly number[], landscape: boolean) =>
    textWidthOf(landscape) - numbers.reduce((sum, width) => sum + width, 0) >= NAME_COLUMN_MIN;
  const table = (numbers: readonly number[], size: number, landscape: boolean) => {
    const used = numbers.reduce((sum, width) => sum + width, 0);
    return {
      table: {
        columnWidths: [Math.floor(textWidthOf(landscape) - used), ...numbers],
        fontSize: size,
        headerRows,
        rows,
      },
      landscape,
    };
  };
  const sizes = options.landscape === false ? TABLE_SIZES : TABLE_SIZES.slice(0, 1);
  for (const size of sizes) {
    const numbers = neededWidths(measured, columns, size, true);
    if (fits(numbers, false)) return table(numbers, size, false);
  }
  if (options.landscape !== false)
    return table(neededWidths(measured, columns, TABLE_SIZES[0], true), TABLE_SIZES[0], true);
  // No size fits every heading word on the portrait page: the figures still never wrap; headings may.
  const smallest = TABLE_SIZES[TABLE_SIZES.length - 1];
  return table(neededWidths(measured, columns, smallest, false), smallest, false);
}

const organisationOf = (report: PlanReport, words: DocumentWords) =>
  report.organisation ?? words.toFill.slice(0, 40);

function signature(signer: Signer | undefined, position: string, words: DocumentWords): DocBlock[] {
  return [
    { kind: "blank" },
    { kind: "blank" },
    {
      kind: "signature",
      name: signer?.name ? `(${signer.name})` : words.unnamed,
      position: signer?.position || position,
    },
  ];
}

/** The memo head's values (ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน): the generated head and a template's placeholders. */
export interface MemoFields {
  readonly department: string;
  readonly reference: string;
  readonly date: string;
  readonly subject: string;
  readonly to: string;
  readonly organisation: string;
}

export function memoFields(report: PlanReport, details: MemoDetails, today: Date, lang: Lang): MemoFields {
  const words = DOCUMENT_WORDS[lang];
  const organisation = organisationOf(report, words);
  return {
    department: details.department || words.defaultDepartment(organisation),
    reference: details.reference || words.toFill.slice(0, 30),
    date: thaiDate(details.date ?? today, lang),
    subject: words.subjectText(report.fiscalYear, report.round),
    to: details.to || words.defaultTo(organisation),
    organisation,
  };
}

function head(fields: MemoFields, words: DocumentWords): DocBlock[] {
  return [
    { kind: "memoTitle", text: words.memoTitle },
    { kind: "fields", parts: [{ label: words.department, value: fields.department }] },
    {
      kind: "fields",
      parts: [
        { label: words.reference, value: fields.reference },
        { label: words.date, value: fields.date },
      ],
    },
    { kind: "fields", parts: [{ label: words.subject, value: fields.subject }] },
    { kind: "fields", parts: [{ label: words.to, value: fields.to }] },
  ];
}

/** The memo's body: 1. เรื่องเดิม, 2. ข้อเท็จจริง (with the table), 3. ข้อเสนอ, signatures and comments. */
function memoBody(
  report: PlanReport,
  details: MemoDetails,
  lang: Lang,
): { before: DocBlock[]; after: DocBlock[] } {
  const words = DOCUMENT_WORDS[lang];
  const organisation = organisationOf(report, words);
  const lines = memoLines(report, lang);
  const results = lines[lines.length - 1];
  const months = report.fiscalYear === undefined ? "" : roundPeriod(report.fiscalYear, report.round, lang);
  const errors = report.issues.filter((issue) => issue.severity === "error").length;
  const before: DocBlock[] = [
    { kind: "heading", text: words.background },
    { kind: "paragraph", text: words.backgroundText(organisation), indent: true },
    ...lines
      .slice(0, -1)
      .map((text, i): DocBlock =>
        i === 0
          ? { kind: "paragraph", text, indent: true }
          : { kind: "item", marker: "-", text, look: "figure" },
      ),
    { kind: "heading", text: words.facts },
    {
      kind: "paragraph",
      text: words.factsText(organisation, report.fiscalYear, report.round, months),
      indent: true,
    },
    // Where the sheet says its figures rest on a plan with errors, the document says it too.
    ...(errors > 0
      ? [{ kind: "paragraph", text: SUMMARY_WORDS[lang].hasErrors(errors), bold: true } as const]
      : []),
  ];
  const split = typeSplitLine(report.itemTypes, lang);
  const proposals =
    details.proposals ??
    words.defaultProposals(organisation, report.fiscalYear, report.round, report.notCarriedOut.length);
  const after: DocBlock[] = [
    ...(split === "" ? [] : [{ kind: "paragraph", text: split, indent: true } as const]),
    { kind: "paragraph", text: results, indent: true },
    { kind: "heading", text: words.proposals },
    ...proposals.map((text, i): DocBlock => ({ kind: "item", marker: `${i + 1})`, text })),
    { kind: "paragraph", text: words.closing, indent: true },
    ...signature(details.author, words.authorPosition, words),
    { kind: "blank" },
    {
      kind: "paragraph",
      text: words.divisionComment(details.divisionHead?.position || words.divisionPosition),
    },
    { kind: "paragraph", text: words.toFill },
    ...signature(details.divisionHead, words.divisionPosition, words),
    { kind: "blank" },
    { kind: "paragraph", text: words.deputyComment(organisation) },
    { kind: "item", marker: "☐", text: words.agree },
    { kind: "item", marker: "☐", text: words.other },
    ...signature(details.deputy, words.deputyPosition(organisation), words),
    { kind: "blank" },
    { kind: "paragraph", text: words.executiveComment(organisation) },
    { kind: "item", marker: "☐", text: words.approve },
    { kind: "item", marker: "☐", text: words.other },
    ...signature(details.executive, words.executivePosition(organisation), words),
  ];
  return { before, after };
}

const amount = (satang: Satang) => formatBaht(satang);

/** One project of the annex: what was done, its result, the budget set and used. */
function annexProject(
  row: PlanRow,
  index: string,
  report: PlanReport,
  lang: Lang,
  columns: Partial<Record<NarrativeKind, number>>,
): DocBlock[] {
  const words = DOCUMENT_WORDS[lang];
  const status = effectiveStatus(row.status, report.round);
  const result = status === null ? words.toFill : SUMMARY_WORDS[lang][status];
  // What the plan says of the project in words, where it has such columns; a line to fill in otherwise.
  const done = narrativeOf(row, columns, "activity");
  const outcome = narrativeOf(row, columns, "result");
  return [
    { kind: "paragraph", text: `${row.no || index} ${row.name}`, bold: true },
    { kind: "paragraph", text: words.whatWasDone, indent: true },
    { kind: "paragraph", text: done || words.toFill, ...(done ? { indent: true } : {}) },
    {
      kind: "paragraph",
      text: `${words.result} ${result}${row.reason ? ` (${row.reason})` : ""}`,
      indent: true,
    },
    ...(outcome ? [{ kind: "paragraph", text: outcome, indent: true } as const] : []),
    ...(row.plannedBudget === 0 && row.disbursed === 0
      ? [{ kind: "paragraph", text: words.noBudget, indent: true } as const]
      : [
          { kind: "paragraph", text: words.budgetSet(amount(row.plannedBudget)), indent: true } as const,
          { kind: "paragraph", text: words.budgetUsed(amount(row.disbursed)), indent: true } as const,
        ]),
  ];
}

/** ภาคผนวก: per dimension and project, then supporting factors, problems and suggestions to fill in. */
function annex(report: PlanReport, lang: Lang): DocBlock[] {
  const words = DOCUMENT_WORDS[lang];
  const columns = narrativeColumns(report.header);
  const blocks: DocBlock[] = [
    { kind: "heading", text: words.annex, align: "center" },
    { kind: "heading", text: words.annexTitle(report.fiscalYear), align: "center" },
    ...(report.organisation
      ? [{ kind: "heading", text: report.organisation, align: "center" } as const]
      : []),
    { kind: "heading", text: words.annexResults },
  ];
  for (const dimension of report.summary.dimensions) {
    blocks.push({
      kind: "heading",
      text: words.dimensionHeading(
        dimension.dimension,
        dimensionName(dimension.dimension, dimension.name, lang),
      ),
    });
    const rows = report.rows.filter((row) => row.dimension === dimension.dimension);
    if (rows.length === 0)
      blocks.push({ kind: "paragraph", text: words.noProjectsInDimension, indent: true });
    rows.forEach((row, i) =>
      blocks.push(...annexProject(row, `${dimension.dimension}.${i + 1}`, report, lang, columns)),
    );
  }
  const sections = [
    [words.supportFactors, "support"],
    [words.problems, "problems"],
    [words.suggestions, "suggestions"],
  ] as const;
  for (const [heading, kind] of sections) {
    // Each text once, in the plan's order; lines to fill in where the plan says nothing.
    const said = [...new Set(report.rows.map((row) => narrativeOf(row, columns, kind)).filter(Boolean))];
    blocks.push(
      { kind: "heading", text: heading },
      ...(said.length > 0
        ? said.map((text): DocBlock => ({ kind: "item", marker: "-", text }))
        : [
            { kind: "paragraph", text: words.toFill } as const,
            { kind: "paragraph", text: words.toFill } as const,
          ]),
    );
  }
  return blocks;
}

/** ประกาศ: the page that publishes the result, signed by the chief executive. */
function announcement(report: PlanReport, details: MemoDetails, today: Date, lang: Lang): DocBlock[] {
  const words = DOCUMENT_WORDS[lang];
  const organisation = organisationOf(report, words);
  const lines = memoLines(report, lang);
  return [
    { kind: "heading", text: words.announcementTitle(organisation), align: "center" },
    { kind: "heading", text: words.announcementSubject(report.fiscalYear, report.round), align: "center" },
    { kind: "paragraph", text: "* * * * * * * * * * * * * * * * * * * *", align: "center" },
    {
      kind: "paragraph",
      text: words.announcementText(organisation, report.fiscalYear, report.round),
      indent: true,
    },
    { kind: "paragraph", text: lines[lines.length - 1], indent: true },
    { kind: "paragraph", text: words.announcementClosing, indent: true },
    { kind: "paragraph", text: words.announcedOn(thaiDate(details.date ?? today, lang)), align: "center" },
    ...signature(details.executive, words.executivePosition(organisation), words),
  ];
}

export interface DocumentOptions {
  /**
   * The body for an office's own template (spec §10.3): no memo head (the template holds it) and one
   * page setup (the table takes a smaller size rather than a landscape page; parts start on new pages).
   */
  readonly forTemplate?: boolean;
}

/**
 * The whole report document for a plan: the memo, its table in the sheet's own figures, the annex,
 * and (when asked) the announcement. `today` dates the memo when no date is given.
 */
export function memoDocument(
  report: PlanReport,
  details: MemoDetails,
  today: Date,
  lang: Lang = "th",
  options: DocumentOptions = {},
): MemoDocument {
  const forTemplate = options.forTemplate === true;
  const { table, landscape } = summaryTable(report, lang, forTemplate ? { landscape: false } : {});
  const body = memoBody(report, details, lang);
  const memoHead = forTemplate ? [] : head(memoFields(report, details, today, lang), DOCUMENT_WORDS[lang]);
  const tableBlock: DocBlock = { kind: "table", table };
  const parts: DocBlock[][] = [
    [...memoHead, ...body.before, tableBlock, ...body.after],
    ...(details.announcement ? [announcement(report, details, today, lang)] : []),
    annex(report, lang),
  ];
  const document = (sections: DocSection[]): MemoDocument => ({
    lang,
    font: OFFICIAL_DOCUMENT_FONT,
    size: BODY_SIZE,
    sections,
  });
  if (forTemplate)
    return document([
      {
        landscape: false,
        blocks: parts.flatMap((blocks, i) =>
          i === 0 ? blocks : [{ kind: "pageBreak" } as const, ...blocks],
        ),
      },
    ]);
  // A table too wide for the portrait page gets a landscape page of its own (spec §10.1).
  const [memo, ...rest] = parts;
  const memoSections: DocSection[] = landscape
    ? [
        { landscape: false, blocks: [...memoHead, ...body.before] },
        { landscape: true, blocks: [tableBlock] },
        { landscape: false, blocks: body.after },
      ]
    : [{ landscape: false, blocks: memo }];
  return document([...memoSections, ...rest.map((blocks) => ({ landscape: false, blocks }))]);
}

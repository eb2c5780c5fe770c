/**
 * The report document as HTML with inline styles: what the pane copies as formatted text to paste into
 * Word where a download cannot be saved (spec §10.4), and its preview. Word keeps inline font, size,
 * indent, borders and page breaks from pasted HTML; the text is escaped, never markup from the sheet.
 */
import type { Align, DocBlock, DocTable, MemoDocument } from "./memoDocument";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const ALIGN: Readonly<Record<Align, string>> = {
  left: "left",
  center: "center",
  right: "right",
  justify: "justify",
};

function tableHtml(table: DocTable, font: string): string {
  const rows = table.rows
    .map((row, r) => {
      const tag = r < table.headerRows ? "th" : "td";
      const cells = row
        .map((cell) => {
          const spans =
            (cell.columnSpan ? ` colspan="${cell.columnSpan}"` : "") +
            (cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : "");
          const style =
            `border:1px solid #000;padding:0 4pt;text-align:${ALIGN[cell.align]};` +
            `font-weight:${cell.bold ? "bold" : "normal"};white-space:${cell.align === "right" ? "nowrap" : "normal"}`;
          return `<${tag}${spans} style="${style}">${escape(cell.text)}</${tag}>`;
        })
        .join("");
      return `<tr>${cells}</tr>`;
    })
    .join("");
  const widths = table.columnWidths.map((width) => `<col style="width:${width}pt">`).join("");
  return (
    `<table style="border-collapse:collapse;font-family:'${font}';font-size:${table.fontSize}pt">` +
    `<colgroup>${widths}</colgroup>${rows}</table>`
  );
}

function blockHtml(block: DocBlock, document: MemoDocument): string {
  const p = (style: string, html: string) => `<p style="margin:0;${style}">${html}</p>`;
  switch (block.kind) {
    case "memoTitle":
      return p("text-align:center;font-size:29pt;font-weight:bold", escape(block.text));
    case "fields":
      return p(
        "",
        block.parts
          .map((part) => `<b style="font-size:20pt">${escape(part.label)}</b> ${escape(part.value)}`)
          .join("&nbsp;&nbsp;&nbsp;&nbsp;"),
      );
    case "heading":
      return p(`font-weight:bold;text-align:${ALIGN[block.align ?? "left"]}`, escape(block.text));
    case "paragraph":
      return p(
        `text-align:${ALIGN[block.align ?? "left"]};${block.indent ? "text-indent:2.5cm;" : ""}` +
          `${block.bold ? "font-weight:bold;" : ""}${block.size ? `font-size:${block.size}pt;` : ""}`,
        escape(block.text),
      );
    case "item":
      return p(
        block.look === "figure"
          ? "margin-left:1cm;text-indent:-0.5cm"
          : "margin-left:3.25cm;text-indent:-0.75cm",
        `${escape(block.marker)}&nbsp;&nbsp;${escape(block.text)}`,
      );
    case "table":
      return tableHtml(block.table, document.font);
    case "signature":
      return p("margin-left:40%;text-align:center", `${escape(block.name)}<br>${escape(block.position)}`);
    case "blank":
      return p("", "&nbsp;");
    case "pageBreak":
      return `<br style="page-break-before:always">`;
  }
}

/** The whole document as one HTML fragment; each section after the first starts on a new page. */
export function documentHtml(document: MemoDocument): string {
  const body = document.sections
    .map(
      (section, i) =>
        (i > 0 ? `<br style="page-break-before:always">` : "") +
        section.blocks.map((block) => blockHtml(block, document)).join(""),
    )
    .join("");
  return `<div style="font-family:'${document.font}';font-size:${document.size}pt">${body}</div>`;
}

/** The document as plain text, for the clipboard's text form beside the HTML. */
export function documentText(document: MemoDocument): string {
  const lines = (block: DocBlock): string[] => {
    switch (block.kind) {
      case "fields":
        return [block.parts.map((part) => `${part.label} ${part.value}`).join("    ")];
      case "table":
        return block.table.rows.map((row) => row.map((cell) => cell.text).join("\t"));
      case "item":
        return [`${block.marker} ${block.text}`];
      case "signature":
        return [block.name, block.position];
      case "blank":
      case "pageBreak":
        return [""];
      default:
        return [block.text];
    }
  };
  return document.sections.flatMap((section) => section.blocks.flatMap(lines)).join("\n");
}

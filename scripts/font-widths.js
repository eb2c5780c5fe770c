#!/usr/bin/env node
/**
 * Prints the advance widths (thousandths of an em) of Laksaman, the metric twin of TH Sarabun New
 * that fontconfig substitutes on Linux, for the characters the product writes: the source of
 * src/core/layout/fontWidths.ts. Usage: node scripts/font-widths.js [Laksaman.ttf] [Laksaman-Bold.ttf]
 */
const fs = require("node:fs");

const DIR = "/usr/share/fonts/truetype/tlwg/";

function tables(buf) {
  const count = buf.readUInt16BE(4);
  const out = {};
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    out[buf.toString("latin1", at, at + 4)] = buf.readUInt32BE(at + 8);
  }
  return out;
}

/** Code point → glyph index, from the cmap's Unicode BMP subtable (format 4). */
function cmap4(buf, start) {
  const count = buf.readUInt16BE(start + 2);
  for (let i = 0; i < count; i++) {
    const platform = buf.readUInt16BE(start + 4 + i * 8);
    const encoding = buf.readUInt16BE(start + 6 + i * 8);
    const offset = buf.readUInt32BE(start + 8 + i * 8);
    const table = start + offset;
    if (buf.readUInt16BE(table) !== 4 || !((platform === 3 && encoding === 1) || platform === 0)) continue;
    const segments = buf.readUInt16BE(table + 6) / 2;
    const ends = table + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const ranges = deltas + segments * 2;
    return (code) => {
      for (let s = 0; s < segments; s++) {
        const end = buf.readUInt16BE(ends + s * 2);
        if (code > end) continue;
        const first = buf.readUInt16BE(starts + s * 2);
        if (code < first) return 0;
        const delta = buf.readInt16BE(deltas + s * 2);
        const range = buf.readUInt16BE(ranges + s * 2);
        if (range === 0) return (code + delta) & 0xffff;
        const glyph = buf.readUInt16BE(ranges + s * 2 + range + (code - first) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  throw new Error("no Unicode cmap");
}

function widths(file) {
  const buf = fs.readFileSync(file);
  const t = tables(buf);
  const unitsPerEm = buf.readUInt16BE(t.head + 18);
  const longMetrics = buf.readUInt16BE(t.hhea + 34);
  const glyphOf = cmap4(buf, t.cmap);
  const advance = (glyph) => buf.readUInt16BE(t.hmtx + Math.min(glyph, longMetrics - 1) * 4);
  const ascender = buf.readInt16BE(t.hhea + 4);
  const descender = buf.readInt16BE(t.hhea + 6);
  const lineGap = buf.readInt16BE(t.hhea + 8);
  const winAscent = buf.readUInt16BE(t["OS/2"] + 74);
  const winDescent = buf.readUInt16BE(t["OS/2"] + 76);
  return {
    unitsPerEm,
    vertical: { ascender, descender, lineGap, winAscent, winDescent },
    of: (code) => {
      const glyph = glyphOf(code);
      return glyph === 0 ? null : Math.round((advance(glyph) * 1000) / unitsPerEm);
    },
  };
}

const CODES = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0x0e5c - 0x0e01 }, (_, i) => 0x0e01 + i),
  0x2013,
  0x2014,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2026,
  0x00b7,
];
const regular = widths(process.argv[2] ?? `${DIR}Laksaman.ttf`);
const bold = widths(process.argv[3] ?? `${DIR}Laksaman-Bold.ttf`);
const row = (font) => CODES.map((code) => font.of(code) ?? -1);
process.stdout.write(
  JSON.stringify({
    codes: CODES.map((c) => c.toString(16)).join(" "),
    regular: row(regular),
    bold: row(bold),
    verticalRegular: regular.vertical,
    unitsPerEm: regular.unitsPerEm,
  }) + "\n",
);

#!/usr/bin/env node
/**
 * Draws the add-in's icon (a clipboard holding a small bar chart, with a check mark) into
 * assets/icon-<size>.png. Shapes are signed distance functions, so every size is drawn from the same
 * geometry with smooth edges; the smallest sizes drop details that would only blur at a few pixels.
 * Uses only Node built-ins: run `node scripts/make-icons.js` after changing the drawing.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/**
 * Every size the manifest's Icon element takes for a ribbon button (16, 32 and 80 required; 20, 24, 40,
 * 48 and 64 for 125 %–200 % display scaling, https://learn.microsoft.com/javascript/api/manifest/icon),
 * and 128 for the store's listing.
 */
const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const OUT_DIR = path.join(__dirname, "..", "assets");

const COLOURS = {
  board: [31, 90, 153], // government blue
  clip: [20, 60, 107],
  paper: [255, 255, 255],
  lines: [176, 190, 207],
  bars: [74, 127, 193],
  check: [46, 156, 94], // calm green
  halo: [255, 255, 255],
};

// Signed distances in canvas units (0..1); negative inside.
function roundedRect(x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hw = (x1 - x0) / 2 - r;
  const hh = (y1 - y0) / 2 - r;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hw;
    const qy = Math.abs(y - cy) - hh;
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function polyline(points, r) {
  return (x, y) => {
    let best = Infinity;
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
    return best - r;
  };
}

/** The layers, back to front, for the sizes that show every detail. */
function fullLayers() {
  return [
    { shape: roundedRect(0.1, 0.1, 0.8, 0.96, 0.08), colour: COLOURS.board },
    { shape: roundedRect(0.17, 0.2, 0.73, 0.89, 0.03), colour: COLOURS.paper },
    { shape: roundedRect(0.31, 0.03, 0.59, 0.17, 0.04), colour: COLOURS.clip },
    { shape: roundedRect(0.24, 0.29, 0.66, 0.33, 0.02), colour: COLOURS.lines },
    { shape: roundedRect(0.24, 0.39, 0.56, 0.43, 0.02), colour: COLOURS.lines },
    { shape: roundedRect(0.24, 0.62, 0.32, 0.82, 0.015), colour: COLOURS.bars },
    { shape: roundedRect(0.36, 0.51, 0.44, 0.82, 0.015), colour: COLOURS.bars },
    { shape: roundedRect(0.48, 0.56, 0.56, 0.82, 0.015), colour: COLOURS.bars },
    ...checkMark(
      [
        [0.55, 0.7],
        [0.67, 0.83],
        [0.9, 0.54],
      ],
      0.06,
      0.045,
    ),
  ];
}

/**
 * At 16 pixels the same drawing on a 16-unit grid, edges on whole pixels so they stay sharp:
 * no text lines, two bars.
 */
function smallLayers() {
  const u = (n) => n / 16;
  return [
    { shape: roundedRect(u(1), u(2), u(13), u(16), u(1.5)), colour: COLOURS.board },
    { shape: roundedRect(u(3), u(4), u(11), u(14), u(0.5)), colour: COLOURS.paper },
    { shape: roundedRect(u(5), u(0.5), u(9), u(3), u(0.75)), colour: COLOURS.clip },
    { shape: roundedRect(u(4), u(9), u(6), u(13), 0), colour: COLOURS.bars },
    { shape: roundedRect(u(7), u(7), u(9), u(13), 0), colour: COLOURS.bars },
    ...checkMark(
      [
        [u(8.5), u(11)],
        [u(10.5), u(13.3)],
        [u(14.8), u(8)],
      ],
      u(1.1),
      u(1),
    ),
  ];
}

/** A green check mark with a white halo that parts it from what lies beneath. */
function checkMark(points, stroke, halo) {
  return [
    { shape: polyline(points, stroke + halo), colour: COLOURS.halo },
    { shape: polyline(points, stroke), colour: COLOURS.check },
  ];
}

/** RGBA pixels, straight alpha, painted with "source over". */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const list = size <= 20 ? smallLayers() : fullLayers();
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const { shape, colour } of list) {
        // Coverage from the distance to the edge, in pixels: a one-pixel ramp is the anti-aliasing.
        const coverage = Math.min(1, Math.max(0, 0.5 - shape(x, y) * size));
        if (coverage === 0) continue;
        const outA = coverage + a * (1 - coverage);
        r = (colour[0] * coverage + r * a * (1 - coverage)) / outA;
        g = (colour[1] * coverage + g * a * (1 - coverage)) / outA;
        b = (colour[2] * coverage + b * a * (1 - coverage)) / outA;
        a = outA;
      }
      const i = (py * size + px) * 4;
      pixels[i] = Math.round(r);
      pixels[i + 1] = Math.round(g);
      pixels[i + 2] = Math.round(b);
      pixels[i + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter byte 0 (none) before each row.
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT_DIR, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, size, render(size)));
  console.log(`${path.relative(process.cwd(), file)} ${size}x${size}`);
}

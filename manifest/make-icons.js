#!/usr/bin/env node
// Draws the two Teams app icons and writes them next to this script:
//   color.png   192×192, opaque, a white task sheet with a red tick on the accent red (manifest accentColor);
//   outline.png  32×32, white strokes of the same sheet and tick on a transparent background (Teams tints it).
// No dependencies: shapes are signed-distance functions, sampled 4×4 per pixel for smooth edges, and the PNG is
// encoded by hand with Node's zlib. The pixels are deterministic (the compressed bytes may vary with zlib).
//   node manifest/make-icons.js
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const RED = [0xb2, 0x22, 0x22];
const DARK_RED = [0x7f, 0x16, 0x16];
const WHITE = [0xff, 0xff, 0xff];

// Geometry on a 192-unit canvas; the outline icon scales it down.
const SHEET = { x0: 50, y0: 34, x1: 142, y1: 162, r: 12 };
const CLIP = { x0: 74, y0: 24, x1: 118, y1: 46, r: 7 };
const TICK = [[70, 104], [90, 126], [124, 80]];

// Math.sqrt, not Math.hypot: sqrt is exactly rounded everywhere, so every Node draws the same pixels.
const length = (x, y) => Math.sqrt(x * x + y * y);

function roundedBox(px, py, b) {
  const cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
  const qx = Math.abs(px - cx) - ((b.x1 - b.x0) / 2 - b.r);
  const qy = Math.abs(py - cy) - ((b.y1 - b.y0) / 2 - b.r);
  return length(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - b.r;
}

function polyline(px, py, points) {
  let best = Infinity;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i], [bx, by] = points[i + 1];
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, length(px - ax - t * dx, py - ay - t * dy));
  }
  return best;
}

// Each layer: a colour and a test "is this point (in 192-unit coordinates) covered".
function render(size, background, layers) {
  const scale = 192 / size, n = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = background ? [...background, 1] : [0, 0, 0, 0];
      for (const layer of layers) {
        let hits = 0;
        for (let sy = 0; sy < n; sy++) {
          for (let sx = 0; sx < n; sx++) {
            if (layer.covers((x + (sx + 0.5) / n) * scale, (y + (sy + 0.5) / n) * scale)) hits++;
          }
        }
        const c = hits / (n * n);
        if (c === 0) continue;
        // "over" compositing, straight alpha
        const outA = c + a * (1 - c);
        [r, g, b] = [0, 1, 2].map(i => (layer.color[i] * c + [r, g, b][i] * a * (1 - c)) / outA);
        a = outA;
      }
      rgba.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)], (y * size + x) * 4);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4), crc = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

// withAlpha: colour type 6 (RGBA), else 2 (RGB, alpha dropped).
function png(size, rgba, withAlpha) {
  const channels = withAlpha ? 4 : 3;
  const raw = Buffer.alloc(size * (1 + size * channels));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * channels);   // filter byte 0 (None) starts each row
    for (let x = 0; x < size; x++) {
      for (let i = 0; i < channels; i++) raw[row + 1 + x * channels + i] = rgba[(y * size + x) * 4 + i];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, withAlpha ? 6 : 2, 0, 0, 0], 8);   // bit depth, colour type, compression, filter, interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const colour = render(192, RED, [
  { color: WHITE, covers: (x, y) => roundedBox(x, y, SHEET) <= 0 },
  { color: DARK_RED, covers: (x, y) => roundedBox(x, y, CLIP) <= 0 },
  { color: RED, covers: (x, y) => polyline(x, y, TICK) <= 9 },
]);

// Outline strokes are ~2 px wide at 32×32 (12 units); Teams asks for white on transparent.
const outline = render(32, null, [
  { color: WHITE, covers: (x, y) => Math.abs(roundedBox(x, y, SHEET)) <= 6 || roundedBox(x, y, CLIP) <= 0 },
  { color: WHITE, covers: (x, y) => polyline(x, y, TICK) <= 7 },
]);

const dir = process.argv[2] || __dirname;
fs.writeFileSync(path.join(dir, 'color.png'), png(192, colour, false));
fs.writeFileSync(path.join(dir, 'outline.png'), png(32, outline, true));
console.log(`wrote ${path.join(dir, 'color.png')} and ${path.join(dir, 'outline.png')}`);

#!/usr/bin/env node
// Draws the extension icon (media/icon.png, 128×128 RGBA) from shapes, so it needs no image
// tools or downloads: a page with text lines on a dark tile, crossed by one red line.
// Re-run after changing the drawing: `node scripts/make-icon.js`.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZE = 128;
/** Samples per pixel edge: 4×4 sub-pixels give smooth (anti-aliased) edges. */
const SS = 4;

const TILE = [0x1b, 0x1f, 0x2a];
const PAGE = [0xf4, 0xf1, 0xea];
const TEXT = [0x9a, 0xa0, 0xad];
const RED = [0xe5, 0x39, 0x35];

/** Inside a rectangle with rounded corners (x, y, w, h, corner radius r)? */
function inRoundRect(px, py, x, y, w, h, r) {
  if (px < x || py < y || px > x + w || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** Distance from a point to the segment (ax, ay)–(bx, by). */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at a sub-pixel, or undefined for transparent: later shapes paint over earlier ones. */
function colourAt(x, y) {
  let colour;
  if (inRoundRect(x, y, 4, 4, 120, 120, 22)) colour = TILE;
  if (inRoundRect(x, y, 30, 18, 68, 92, 7)) colour = PAGE;
  const lines = [
    [40, 34, 88],
    [40, 46, 80],
    [40, 58, 86],
    [40, 82, 76],
    [40, 94, 84],
  ];
  for (const [x0, ly, x1] of lines) if (inRoundRect(x, y, x0, ly - 2.5, x1 - x0, 5, 2.5)) colour = TEXT;
  // The red line: across the page where the sixth text line would be, over the page's edges.
  if (segmentDistance(x, y, 20, 70, 108, 70) <= 5) colour = RED;
  return colour;
}

function render() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = colourAt(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const o = (py * SIZE + px) * 4;
      if (covered) {
        rgba[o] = Math.round(r / covered);
        rgba[o + 1] = Math.round(g / covered);
        rgba[o + 2] = Math.round(b / covered);
      }
      rgba[o + 3] = Math.round((255 * covered) / (SS * SS));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file: 8-bit RGBA, no interlace, every row with filter type 0. */
function encodePng(rgba, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, '..', 'media', 'icon.png');
fs.writeFileSync(out, encodePng(render(), SIZE, SIZE));
console.log(`wrote ${path.relative(process.cwd(), out)}`);

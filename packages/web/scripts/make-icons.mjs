// Draws the app icons (a figure in a bridge hold) as PNG and SVG into public/. Run once: node scripts/make-icons.mjs
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BG = [0x1d, 0x5c, 0x57];
const FG = [0xff, 0xff, 0xff];
/** The figure, in units of the icon's side: capsules [x1, y1, x2, y2, radius] and the head circle. */
const limbs = [
  [0.3, 0.66, 0.52, 0.5, 0.04],
  [0.52, 0.5, 0.67, 0.42, 0.04],
  [0.67, 0.42, 0.73, 0.68, 0.035],
  [0.73, 0.68, 0.8, 0.68, 0.03],
  [0.3, 0.66, 0.42, 0.68, 0.03],
  [0.15, 0.74, 0.85, 0.74, 0.012],
];
const head = [0.22, 0.64, 0.065];

function segmentDistance(px, py, [x1, y1, x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

function inside(x, y) {
  if (Math.hypot(x - head[0], y - head[1]) <= head[2]) return true;
  return limbs.some((l) => segmentDistance(x, y, l) <= l[4]);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const rows = [];
  const samples = 4;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++)
          if (inside((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size)) hits++;
      const a = hits / (samples * samples);
      for (let c = 0; c < 3; c++) row[1 + x * 3 + c] = Math.round(BG[c] * (1 - a) + FG[c] * a);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg() {
  const s = (v) => Math.round(v * 512);
  const lines = limbs
    .map(
      ([x1, y1, x2, y2, r]) =>
        `<line x1="${s(x1)}" y1="${s(y1)}" x2="${s(x2)}" y2="${s(y2)}" stroke-width="${s(r * 2)}"/>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">` +
    `<rect width="512" height="512" rx="96" fill="#1d5c57"/>` +
    `<g stroke="#fff" stroke-linecap="round">${lines}</g>` +
    `<circle cx="${s(head[0])}" cy="${s(head[1])}" r="${s(head[2])}" fill="#fff"/></svg>\n`
  );
}

const out = path.resolve(import.meta.dirname, '../public');
fs.mkdirSync(out, { recursive: true });
for (const [name, size] of [
  ['icon-192.png', 192],
  ['icon-512.png', 512],
  ['apple-touch-icon.png', 180],
]) {
  fs.writeFileSync(path.join(out, name), png(size));
}
fs.writeFileSync(path.join(out, 'icon.svg'), svg());

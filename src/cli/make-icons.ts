// Draws the app icons (a white page with text lines on the brand red) into public/ as PNG, with no
// image library and no network: `npx tsx src/cli/make-icons.ts`. The PNGs are committed; rerun only
// to change the design.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const RED: Rgba = [0x9b, 0x1c, 0x1c, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const FOLD: Rgba = [0xf3, 0xd0, 0xd0, 255];
const LINE: Rgba = [0x9b, 0x1c, 0x1c, 255];
const NONE: Rgba = [0, 0, 0, 0];

/** The glyph in unit coordinates (0..1), before any scaling for the maskable safe zone. */
function glyph(x: number, y: number): Rgba | null {
  const [l, r, t, b, f] = [0.27, 0.73, 0.17, 0.83, 0.13];
  if (x < l || x > r || y < t || y > b) return null;
  if (x > r - f && y < t + f) {
    const dx = x - (r - f);
    const dy = y - t;
    if (dx > dy) return null; // the cut-off corner shows the background
    return FOLD;
  }
  // Text lines: a short centred title, then body lines like a report.
  const lines: [number, number, number][] = [
    [0.3, 0.4, 0.6],
    [0.42, 0.34, 0.66],
    [0.51, 0.34, 0.66],
    [0.6, 0.34, 0.66],
    [0.69, 0.34, 0.54],
  ];
  for (const [ly, x0, x1] of lines) if (Math.abs(y - ly) < 0.02 && x >= x0 && x <= x1) return LINE;
  return WHITE;
}

function roundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** 'any' icons sit on a rounded square; maskable ones fill the square and keep the glyph in the safe zone. */
function paint(kind: 'any' | 'maskable' | 'apple', x: number, y: number): Rgba {
  const scale = kind === 'maskable' ? 0.78 : 1;
  const g = glyph(0.5 + (x - 0.5) / scale, 0.5 + (y - 0.5) / scale);
  if (g) return g;
  if (kind === 'any' && !roundedSquare(x, y, 0.18)) return NONE;
  return RED;
}

function render(size: number, kind: 'any' | 'maskable' | 'apple'): Buffer {
  const ss = 4; // 4×4 supersampling for smooth edges
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 = none
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = paint(kind, (px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          // Premultiply so transparent samples don't darken the edge colour.
          for (let i = 0; i < 3; i++) acc[i]! += c[i]! * c[3];
          acc[3]! += c[3];
        }
      const a = acc[3]!;
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = a ? Math.round(acc[i]! / a) : 0;
      row[1 + px * 4 + 3] = Math.round(a / (ss * ss));
    }
    rows.push(row);
  }
  return png(size, deflateSync(Buffer.concat(rows), { level: 9 }));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size: number, idat: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

const out = new URL('../../public/', import.meta.url);
const icons: [string, number, 'any' | 'maskable' | 'apple'][] = [
  // The tab's icon: a PNG, not an SVG, whose image document took 15 ms of the page's main thread at
  // start (Lighthouse counts it four times over).
  ['favicon-32.png', 32, 'any'],
  ['icon-192.png', 192, 'any'],
  ['icon-512.png', 512, 'any'],
  ['icon-maskable-512.png', 512, 'maskable'],
  ['apple-touch-icon.png', 180, 'apple'],
];
for (const [name, size, kind] of icons) {
  const data = render(size, kind);
  writeFileSync(new URL(name, out), data);
  console.log(`${name}: ${size}×${size} ${kind}, ${data.length} bytes`);
}

/**
 * Draws the app icons (no downloads, no native image library): a green tile with "JMO" in white
 * strokes, rasterised from signed distances and written as PNG with node:zlib.
 * Run after changing the design: `npm run icons -w @jmo/web`. The outputs are committed in public/.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [0x00, 0x9a, 0x4e] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
/** Half the stroke width, in units of the icon's side. */
const STROKE = 0.026;
const DX = 0.0075;

type Point = readonly [number, number];

function segment(p: Point, a: Point, b: Point): number {
  const [px, py] = p;
  const [ax, ay] = a;
  const [bx, by] = b;
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - ax - t * vx, py - ay - t * vy);
}

/** Distance to the lower half of a circle (y grows downwards). */
function lowerArc(p: Point, c: Point, radius: number): number {
  const [px, py] = p;
  const [cx, cy] = c;
  if (py >= cy) return Math.abs(Math.hypot(px - cx, py - cy) - radius);
  return Math.min(Math.hypot(px - cx - radius, py - cy), Math.hypot(px - cx + radius, py - cy));
}

const s = (x: number, y: number): Point => [x + DX, y];

/** Distance from p to the centre lines of the letters J, M and O. */
function glyph(p: Point): number {
  return Math.min(
    // J
    segment(p, s(0.325, 0.38), s(0.325, 0.56)),
    lowerArc(p, s(0.27, 0.56), 0.055),
    // M
    segment(p, s(0.42, 0.62), s(0.42, 0.38)),
    segment(p, s(0.42, 0.38), s(0.49, 0.53)),
    segment(p, s(0.49, 0.53), s(0.56, 0.38)),
    segment(p, s(0.56, 0.38), s(0.56, 0.62)),
    // O: a stadium outline
    Math.abs(segment(p, s(0.71, 0.44), s(0.71, 0.56)) - 0.06),
  );
}

/** Signed distance to a rounded square filling the unit box (negative inside). */
function roundedSquare(p: Point, radius: number): number {
  const qx = Math.abs(p[0] - 0.5) - (0.5 - radius);
  const qy = Math.abs(p[1] - 0.5) - (0.5 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));

/** fullBleed: a maskable tile (letters inside the safe circle); otherwise a rounded tile, larger letters. */
function render(size: number, fullBleed: boolean): Buffer {
  const zoom = fullBleed ? 1 : 1.3;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p: Point = [(x + 0.5) / size, (y + 0.5) / size];
      const tile = fullBleed ? 1 : clamp01(0.5 - roundedSquare(p, 0.2) * size);
      const g: Point = [0.5 + (p[0] - 0.5) / zoom, 0.5 + (p[1] - 0.5) / zoom];
      const ink = clamp01(0.5 - (glyph(g) - STROKE) * zoom * size);
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(GREEN[c]! * (1 - ink) + WHITE[c]! * ink);
      rgba[i + 3] = Math.round(tile * 255);
    }
  }
  return png(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/', import.meta.url);
const files: [string, number, boolean][] = [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
];
for (const [name, size, fullBleed] of files) {
  const bytes = render(size, fullBleed);
  writeFileSync(new URL(name, out), bytes);
  console.log(`${name}: ${size}×${size}, ${bytes.length} bytes`);
}

// Draws the add-in's icons (assets/icon-16/32/64/80.png) with zlib only: `npm run icons` regenerates them.
// A blue rounded square (#0F6CBD, the Fluent brand blue) with a white key, the "key account" motif.
// Shapes are signed-distance functions sampled 8x8 per pixel, so edges stay smooth even at 16 px.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { Buffer } = require('buffer');

const SIZES = [16, 32, 64, 80];
const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const SUBSAMPLES = 8;

// ---- PNG encoding (RGBA, 8 bits per channel, no interlace) ----

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** rgba: Uint8Array of width * height * 4 bytes, row-major. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  // Each scanline starts with its filter type; 0 (none) keeps the encoder trivial, icons are tiny anyway.
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(
      raw,
      y * (1 + width * 4) + 1,
    );
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Shapes, in unit coordinates (0..1 across the icon); negative distance = inside ----

function roundedBox(x, y, cx, cy, halfW, halfH, radius) {
  const qx = Math.abs(x - cx) - halfW + radius;
  const qy = Math.abs(y - cy) - halfH + radius;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function circle(x, y, cx, cy, r) {
  return Math.hypot(x - cx, y - cy) - r;
}

/**
 * The key: a ring (bow) on the left, a shaft to the right with two teeth below it.
 * Small icons get relatively thicker strokes, or the hole and teeth would vanish at 16 px.
 */
function keyShape(size) {
  const stroke = Math.max(0.12, 2 / size);
  const ringCx = 0.3;
  const ringR = 0.2;
  const shaftY = 0.5;
  const shaftEnd = 0.86;
  const toothDepth = Math.max(0.14, 2.5 / size);
  return (x, y) => {
    const ring = Math.abs(circle(x, y, ringCx, shaftY, ringR - stroke / 2)) - stroke / 2;
    const shaft = roundedBox(
      x,
      y,
      (ringCx + ringR + shaftEnd) / 2,
      shaftY,
      (shaftEnd - ringCx - ringR) / 2 + stroke / 4,
      stroke / 2,
      0,
    );
    const toothW = stroke * 0.9;
    const tooth1 = roundedBox(
      x,
      y,
      shaftEnd - toothW / 2,
      shaftY + toothDepth / 2,
      toothW / 2,
      toothDepth / 2,
      0,
    );
    const tooth2 = roundedBox(
      x,
      y,
      shaftEnd - toothW * 2.4,
      shaftY + toothDepth * 0.4,
      toothW / 2,
      toothDepth * 0.4,
      0,
    );
    return Math.min(ring, shaft, tooth1, tooth2);
  };
}

/** The icon's pixels: size * size RGBA bytes. */
function renderIcon(size) {
  const rgba = new Uint8Array(size * size * 4);
  const key = keyShape(size);
  const corner = 0.19;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let mark = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          if (roundedBox(x, y, 0.5, 0.5, 0.5, 0.5, corner) <= 0) {
            tile++;
            if (key(x, y) <= 0) mark++;
          }
        }
      }
      const samples = SUBSAMPLES * SUBSAMPLES;
      const o = (py * size + px) * 4;
      if (tile === 0) continue; // transparent outside the rounded square
      const t = mark / tile; // white share of the covered part
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(BLUE[c] * (1 - t) + WHITE[c] * t);
      rgba[o + 3] = Math.round((255 * tile) / samples);
    }
  }
  return rgba;
}

function drawIcon(size) {
  return encodePng(size, size, renderIcon(size));
}

function main() {
  const dir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, renderIcon, drawIcon, SIZES };

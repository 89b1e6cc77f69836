/**
 * Checks what came back is an image for real, by decoding it:
 * - PNG: every chunk's length and CRC, IHDR first and valid, IDAT chunks
 *   consecutive, IEND last; the IDAT stream inflated (node:zlib) to exactly
 *   the bytes the IHDR's size, colour type, bit depth and interlacing need,
 *   with a valid filter byte on every scanline.
 * - JPEG: the marker segments, one frame header (SOF) with the size, at least
 *   one scan with entropy-coded data, and EOI; then a full decode with
 *   jpeg-js (baseline and progressive Huffman JPEGs).
 * - WebP: the RIFF size and every chunk's bounds; the VP8 key-frame header
 *   (start code, size, first partition inside the chunk, data after it), the
 *   VP8L header (signature, size, version 0, data after it), or VP8X with the
 *   image chunk whose size matches its canvas. WebP pixel data is not decoded.
 */
import { createRequire } from 'node:module';
import { crc32, inflateSync } from 'node:zlib';

export type ImageFormat = 'png' | 'jpeg' | 'webp';

export interface ImageInfo {
  format: ImageFormat;
  width: number;
  height: number;
  bytes: number;
}

/** A reason the bytes are not a usable image, or the image's header facts. */
export type Sniffed = { ok: true; info: ImageInfo } | { ok: false; reason: string };

/**
 * Decodes strict base64 (a `data:image/...;base64,` prefix is allowed);
 * undefined when it is not base64. Strict: the standard alphabet, padded to a
 * multiple of 4, no whitespace or line breaks, and no stray bits in the last
 * character (what the API sends: one unbroken line).
 */
export function decodeBase64(text: string): Buffer | undefined {
  return base64Problem(text) === undefined ? Buffer.from(text.replace(DATA_URL, ''), 'base64') : undefined;
}

const DATA_URL = /^data:[\w/+.-]+;base64,/;

/** Why `text` is not strict base64, or undefined when it is. */
export function base64Problem(text: string): string | undefined {
  const body = text.replace(DATA_URL, '');
  if (body.length === 0) return 'it is empty';
  const space = /\s/.exec(body);
  if (space) return `it has ${space[0] === '\n' || space[0] === '\r' ? 'a line break' : 'whitespace'} at character ${space.index}`;
  const bad = /[^A-Za-z0-9+/=]/.exec(body);
  if (bad) return `it has a character outside the base64 alphabet at character ${bad.index}`;
  if (body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return `its length (${body.length}) or padding is not that of base64`;
  if (Buffer.from(body, 'base64').toString('base64') !== body) return 'its last character carries bits that are not data';
  return undefined;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The image format the first bytes announce (`PNG`, `JPEG`, `WebP`, `GIF`), whole or not; undefined otherwise. */
export function signatureOf(b: Buffer): string | undefined {
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE)) return 'PNG';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'JPEG';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'WebP';
  if (b.length >= 6 && /^GIF8[79]a$/.test(b.toString('latin1', 0, 6))) return 'GIF';
  return undefined;
}

/** Decodes the bytes as a PNG, JPEG or WebP (see the header of this file for exactly what is checked). */
export function decodeImage(b: Buffer): Sniffed {
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE)) return png(b);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpeg(b);
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return webp(b);
  const head = b.subarray(0, 8).toString('hex').replace(/(..)/g, '$1 ').trim();
  return { ok: false, reason: `no PNG, JPEG or WebP signature (first bytes: ${head || 'none'})` };
}

const fail = (reason: string): Sniffed => ({ ok: false, reason });

/** The largest raw image verify inflates; the API's largest images are far below it. */
const MAX_RAW = 512 * 1024 * 1024;

/** Colour type -> channels, and the bit depths the PNG spec allows for it. */
const PNG_COLOUR: Record<number, { channels: number; depths: number[]; name: string }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16], name: 'greyscale' },
  2: { channels: 3, depths: [8, 16], name: 'RGB' },
  3: { channels: 1, depths: [1, 2, 4, 8], name: 'palette' },
  4: { channels: 2, depths: [8, 16], name: 'greyscale+alpha' },
  6: { channels: 4, depths: [8, 16], name: 'RGBA' },
};

/** Adam7 passes: x start, y start, x step, y step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

function png(b: Buffer): Sniffed {
  let at = 8;
  let ihdr: Buffer | undefined;
  const idat: Buffer[] = [];
  let idatDone = false;
  let plte = false;
  let ended = false;
  while (at < b.length) {
    if (at + 12 > b.length) return fail(`PNG is truncated (a chunk header at byte ${at} of ${b.length})`);
    const len = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) return fail(`PNG chunk at byte ${at} has an invalid type`);
    if (at + 12 + len > b.length) return fail(`PNG is truncated (the ${type} chunk at byte ${at} needs ${len} bytes)`);
    if (crc32(b.subarray(at + 4, at + 8 + len)) !== b.readUInt32BE(at + 8 + len)) {
      return fail(`PNG ${type} checksum does not match (corrupted ${type === 'IHDR' ? 'header' : 'chunk'})`);
    }
    const data = b.subarray(at + 8, at + 8 + len);
    if (!ihdr && type !== 'IHDR') return fail('PNG signature but no IHDR header chunk first');
    if (type === 'IHDR') {
      if (ihdr) return fail('PNG has a second IHDR chunk');
      if (len !== 13) return fail('PNG IHDR chunk is not 13 bytes');
      ihdr = data;
    } else if (type === 'IDAT') {
      if (idatDone) return fail('PNG IDAT chunks are not consecutive');
      idat.push(data);
    } else if (idat.length) {
      idatDone = true;
    }
    if (type === 'PLTE') plte = true;
    at += 12 + len;
    if (type === 'IEND') {
      ended = true;
      break;
    }
    // An unknown critical chunk (upper-case first letter) cannot be skipped.
    if (/^[A-Z]/.test(type) && !['IHDR', 'PLTE', 'IDAT'].includes(type)) return fail(`PNG has an unknown critical chunk '${type}'`);
  }
  if (!ihdr) return fail('PNG signature but no IHDR header chunk');
  if (!ended) return fail(`PNG is truncated (no IEND chunk in ${b.length} bytes)`);
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [depth, colourType, compression, filter, interlace] = [ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]];
  const colour = PNG_COLOUR[colourType];
  if (!width || !height || width > 0x7fffffff || height > 0x7fffffff) return fail(`PNG IHDR size ${width}x${height} is invalid`);
  if (!colour || !colour.depths.includes(depth)) return fail(`PNG IHDR colour type ${colourType} with bit depth ${depth} is invalid`);
  if (compression !== 0 || filter !== 0 || interlace > 1) return fail('PNG IHDR compression, filter or interlace method is invalid');
  if (colourType === 3 && !plte) return fail('PNG palette image without a PLTE chunk');
  if (!idat.length) return fail('PNG has no image data (IDAT)');

  const bits = colour.channels * depth;
  const rowBytes = (w: number) => 1 + Math.ceil((w * bits) / 8);
  const passes = interlace
    ? ADAM7.map(([xs, ys, dx, dy]) => ({ w: width > xs ? Math.ceil((width - xs) / dx) : 0, h: height > ys ? Math.ceil((height - ys) / dy) : 0 })).filter((p) => p.w && p.h)
    : [{ w: width, h: height }];
  const expected = passes.reduce((n, p) => n + p.h * rowBytes(p.w), 0);
  if (expected > MAX_RAW) return fail(`PNG ${width}x${height} is too large to check (${expected} bytes of pixel data)`);
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1 });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) return fail(`PNG image data inflates to more than the ${expected} bytes ${width}x${height} needs`);
    return fail(`PNG image data does not inflate (${code ?? (e as Error).message}): corrupted or cut short`);
  }
  const what = `${width}x${height} ${colour.name} at ${depth} bits${interlace ? ', interlaced' : ''}`;
  if (raw.length !== expected) return fail(`PNG image data inflates to ${raw.length} bytes, but ${what} needs ${expected}`);
  let row = 0;
  for (const p of passes) {
    for (let y = 0; y < p.h; y++, row += rowBytes(p.w)) {
      if (raw[row] > 4) return fail(`PNG scanline ${y} has an invalid filter type ${raw[row]}`);
    }
  }
  return { ok: true, info: { format: 'png', width, height, bytes: b.length } };
}

/** Start-of-frame markers that carry the frame size (not DHT C4, JPG C8, DAC CC). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
/** The Huffman-coded frames jpeg-js decodes: baseline, extended, progressive. */
const DECODABLE = new Set([0xc0, 0xc1, 0xc2]);

type JpegDecode = (data: Uint8Array, opts: Record<string, unknown>) => { width: number; height: number };
let jpegDecode: JpegDecode | undefined;

function jpeg(b: Buffer): Sniffed {
  let at = 2;
  let frame: { marker: number; width: number; height: number } | undefined;
  let scans = 0;
  let eoi = false;
  while (at < b.length) {
    if (b[at] !== 0xff) return fail(`JPEG marker expected at byte ${at}`);
    if (at + 1 >= b.length) break;
    const marker = b[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xd9) {
      eoi = true;
      break;
    }
    if (marker === 0xd8) return fail(`JPEG has a second start-of-image marker at byte ${at}`);
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (at + 4 > b.length) break;
    const len = b.readUInt16BE(at + 2);
    if (len < 2) return fail(`JPEG segment at byte ${at} has an invalid length`);
    if (at + 2 + len > b.length) return fail(`JPEG is truncated (the segment at byte ${at} needs ${len} bytes)`);
    if (SOF.has(marker)) {
      if (frame) return fail('JPEG has more than one frame header (SOF)');
      if (len < 8) return fail('JPEG frame header (SOF) is too short');
      frame = { marker, height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) };
      if (!frame.width || !frame.height) return fail(`JPEG frame header gives the size ${frame.width}x${frame.height}`);
    }
    at += 2 + len;
    if (marker === 0xda) {
      if (!frame) return fail('JPEG scan (SOS) before any frame header (SOF)');
      // The entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart marker.
      let i = at;
      while (i < b.length) {
        if (b[i] !== 0xff) {
          i++;
          continue;
        }
        const next = b[i + 1];
        if (next === 0x00 || (next !== undefined && next >= 0xd0 && next <= 0xd7)) i += 2;
        else if (next === 0xff) i++;
        else break;
      }
      if (i >= b.length) return fail('JPEG is truncated (the scan data runs to the end without an EOI marker)');
      if (i === at) return fail('JPEG scan has no entropy-coded data');
      scans++;
      at = i;
    }
  }
  if (!frame) return fail('JPEG without a frame header (SOF): truncated or not a JPEG');
  if (!scans) return fail('JPEG has a header but no scan (SOS): no image data');
  if (!eoi) return fail('JPEG is truncated (no EOI marker)');
  if (DECODABLE.has(frame.marker)) {
    jpegDecode ??= createRequire(import.meta.url)('jpeg-js').decode as JpegDecode;
    try {
      const img = jpegDecode(b, { useTArray: true, formatAsRGBA: false, tolerantDecoding: false, maxResolutionInMP: 100, maxMemoryUsageInMB: 1024 });
      if (img.width !== frame.width || img.height !== frame.height) return fail(`JPEG decodes to ${img.width}x${img.height}, but its frame header says ${frame.width}x${frame.height}`);
    } catch (e) {
      return fail(`JPEG does not decode: ${(e as Error).message}`);
    }
  }
  return { ok: true, info: { format: 'jpeg', width: frame.width, height: frame.height, bytes: b.length } };
}

interface RiffChunk {
  id: string;
  data: Buffer;
}

function webp(b: Buffer): Sniffed {
  const riffEnd = 8 + b.readUInt32LE(4);
  if (riffEnd > b.length) return fail(`WebP is truncated (RIFF says ${riffEnd} bytes, ${b.length} came)`);
  const chunks: RiffChunk[] = [];
  for (let at = 12; at < riffEnd; ) {
    if (at + 8 > riffEnd) return fail(`WebP is truncated (a chunk header at byte ${at})`);
    const id = b.toString('latin1', at, at + 4);
    const size = b.readUInt32LE(at + 4);
    if (at + 8 + size > riffEnd) return fail(`WebP is truncated (the '${id}' chunk at byte ${at} needs ${size} bytes)`);
    chunks.push({ id, data: b.subarray(at + 8, at + 8 + size) });
    at += 8 + size + (size & 1);
  }
  const first = chunks[0];
  if (!first) return fail('WebP without any chunk');
  let frame: Sniffed;
  if (first.id === 'VP8X') {
    if (first.data.length < 10) return fail('WebP VP8X chunk is too short');
    const width = first.data.readUIntLE(4, 3) + 1;
    const height = first.data.readUIntLE(7, 3) + 1;
    if (first.data[0] & 0x02) {
      if (!chunks.some((c) => c.id === 'ANMF')) return fail('WebP VP8X animation without any frame (ANMF)');
      return { ok: true, info: { format: 'webp', width, height, bytes: b.length } };
    }
    const image = chunks.find((c) => c.id === 'VP8 ' || c.id === 'VP8L');
    if (!image) return fail('WebP VP8X header without an image chunk (VP8 or VP8L): no image data');
    frame = bitstream(image);
    if (frame.ok && (frame.info.width !== width || frame.info.height !== height)) {
      return fail(`WebP canvas is ${width}x${height}, but its image is ${frame.info.width}x${frame.info.height}`);
    }
  } else {
    frame = bitstream(first);
  }
  return frame.ok ? { ok: true, info: { ...frame.info, bytes: b.length } } : frame;
}

/** A VP8 (lossy) or VP8L (lossless) chunk: its header, and data beyond it. */
function bitstream(c: RiffChunk): Sniffed {
  const d = c.data;
  if (c.id === 'VP8 ') {
    if (d.length < 10) return fail('WebP VP8 chunk is too short');
    const tag = d.readUIntLE(0, 3);
    if (tag & 1) return fail('WebP VP8 frame is not a key frame');
    if (((tag >> 1) & 7) > 3) return fail('WebP VP8 frame has an unknown version');
    if (!((tag >> 4) & 1)) return fail('WebP VP8 frame is not shown');
    if (d[3] !== 0x9d || d[4] !== 0x01 || d[5] !== 0x2a) return fail('WebP VP8 frame without its start code');
    const partition = tag >>> 5;
    if (!partition || 10 + partition >= d.length) return fail(`WebP VP8 first partition (${partition} bytes) does not fit in the ${d.length}-byte chunk with data after it`);
    const width = d.readUInt16LE(6) & 0x3fff;
    const height = d.readUInt16LE(8) & 0x3fff;
    if (!width || !height) return fail('WebP VP8 frame has a zero size');
    return { ok: true, info: { format: 'webp', width, height, bytes: 0 } };
  }
  if (c.id === 'VP8L') {
    if (d.length < 5) return fail('WebP VP8L chunk is too short');
    if (d[0] !== 0x2f) return fail('WebP VP8L without its signature byte');
    const bits = d.readUInt32LE(1);
    if (bits >>> 29 !== 0) return fail('WebP VP8L has an unknown version');
    if (d.length <= 5) return fail('WebP VP8L has a header but no image data');
    return { ok: true, info: { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, bytes: 0 } };
  }
  return fail(`WebP with an unknown or short '${c.id}' chunk`);
}

/** "WxH" -> numbers; undefined for `auto` or anything else. */
export function parseSize(size: string | undefined): { width: number; height: number } | undefined {
  const m = size ? /^(\d+)x(\d+)$/.exec(size) : null;
  return m ? { width: Number(m[1]), height: Number(m[2]) } : undefined;
}

/**
 * Checks what came back is an image for real: strict base64, a PNG, JPEG or
 * WebP signature, dimensions read from the header, and, for PNG, the IHDR
 * checksum and the closing IEND chunk.
 */
import { crc32 } from 'node:zlib';

export type ImageFormat = 'png' | 'jpeg' | 'webp';

export interface ImageInfo {
  format: ImageFormat;
  width: number;
  height: number;
  bytes: number;
}

/** A reason the bytes are not a usable image, or the image's header facts. */
export type Sniffed = { ok: true; info: ImageInfo } | { ok: false; reason: string };

/** Decodes strict base64 (a `data:image/...;base64,` prefix is allowed); undefined when it is not base64. */
export function decodeBase64(text: string): Buffer | undefined {
  const body = text.replace(/^data:[\w/+.-]+;base64,/, '').replace(/\s+/g, '');
  if (body.length === 0 || body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return undefined;
  const bytes = Buffer.from(body, 'base64');
  return bytes.toString('base64') === body ? bytes : undefined;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function sniffImage(b: Buffer): Sniffed {
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE)) return png(b);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpeg(b);
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return webp(b);
  const head = b.subarray(0, 8).toString('hex').replace(/(..)/g, '$1 ').trim();
  return { ok: false, reason: `no PNG, JPEG or WebP signature (first bytes: ${head || 'none'})` };
}

function png(b: Buffer): Sniffed {
  if (b.length < 33 || b.toString('latin1', 12, 16) !== 'IHDR' || b.readUInt32BE(8) !== 13) {
    return { ok: false, reason: 'PNG signature but no IHDR header chunk' };
  }
  const crc = crc32(b.subarray(12, 29));
  if (crc !== b.readUInt32BE(29)) return { ok: false, reason: 'PNG IHDR checksum does not match (corrupted header)' };
  // Walk the chunks to the end: a PNG without IEND was cut off.
  let at = 8;
  let ended = false;
  while (at + 12 <= b.length) {
    const len = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    if (at + 12 + len > b.length) break;
    if (type === 'IEND') {
      ended = true;
      break;
    }
    at += 12 + len;
  }
  if (!ended) return { ok: false, reason: `PNG is truncated (no IEND chunk in ${b.length} bytes)` };
  return { ok: true, info: { format: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20), bytes: b.length } };
}

/** Start-of-frame markers that carry the frame size (not DHT C4, JPG C8, DAC CC). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpeg(b: Buffer): Sniffed {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return { ok: false, reason: `JPEG marker expected at byte ${at}` };
    const marker = b[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const len = b.readUInt16BE(at + 2);
    if (SOF.has(marker)) {
      if (at + 9 > b.length) break;
      return { ok: true, info: { format: 'jpeg', height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7), bytes: b.length } };
    }
    if (marker === 0xda || marker === 0xd9) break;
    at += 2 + len;
  }
  return { ok: false, reason: 'JPEG without a frame header (SOF): truncated or not a JPEG' };
}

function webp(b: Buffer): Sniffed {
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8 ' && b.length >= 30) {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return { ok: false, reason: 'WebP VP8 frame without its start code' };
    return { ok: true, info: { format: 'webp', width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff, bytes: b.length } };
  }
  if (chunk === 'VP8L' && b.length >= 25) {
    if (b[20] !== 0x2f) return { ok: false, reason: 'WebP VP8L without its signature byte' };
    const bits = b.readUInt32LE(21);
    return { ok: true, info: { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1, bytes: b.length } };
  }
  if (chunk === 'VP8X' && b.length >= 30) {
    return { ok: true, info: { format: 'webp', width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1, bytes: b.length } };
  }
  return { ok: false, reason: `WebP with an unknown or short '${chunk}' chunk` };
}

/** "WxH" -> numbers; undefined for `auto` or anything else. */
export function parseSize(size: string | undefined): { width: number; height: number } | undefined {
  const m = size ? /^(\d+)x(\d+)$/.exec(size) : null;
  return m ? { width: Number(m[1]), height: Number(m[2]) } : undefined;
}

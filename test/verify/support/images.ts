/**
 * Real images built in the test: a valid PNG (IHDR, IDAT, IEND with correct
 * CRCs, deflated with node:zlib), a real JPEG (jpeg-js), real WebP files made
 * by cwebp, and broken ones that only look like images.
 */
import jpegJs from 'jpeg-js';
import { crc32, deflateSync } from 'node:zlib';

const encodeJpeg = jpegJs.encode;

export function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

/** A PNG from its parts: IHDR fields, the raw (filtered) scanlines, and chunks before IDAT. */
export function pngOf(o: { width: number; height: number; depth?: number; colourType?: number; interlace?: number; raw: Buffer; before?: Buffer[] }): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(o.width, 0);
  ihdr.writeUInt32BE(o.height, 4);
  ihdr[8] = o.depth ?? 8;
  ihdr[9] = o.colourType ?? 2;
  ihdr[12] = o.interlace ?? 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...(o.before ?? []),
    chunk('IDAT', deflateSync(o.raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A solid-blue RGB PNG of width x height. */
export function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row[1 + x * 3 + 2] = 0xff;
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const jpegs = new Map<string, Buffer>();

/** A real baseline JPEG of width x height (solid blue), encoded by jpeg-js; cached per size. */
export function jpeg(width: number, height: number): Buffer {
  const key = `${width}x${height}`;
  let out = jpegs.get(key);
  if (!out) {
    const data = Buffer.alloc(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      data[i * 4 + 2] = 0xff;
      data[i * 4 + 3] = 0xff;
    }
    out = encodeJpeg({ width, height, data }, 50).data;
    jpegs.set(key, out);
  }
  return out;
}

/** SOI, a JFIF APP0 segment, a baseline SOF0 frame header with the size, EOI: a header with no image in it. */
export function jpegHeaderOnly(width: number, height: number): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01];
  return Buffer.from([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

/** Real WebP files of a 1024x640 solid blue image, made with cwebp 1.x (`-lossless`, and `-q 50`). */
export const WEBP_LOSSLESS_1024x640 = Buffer.from(
  'UklGRj4AAABXRUJQVlA4TDEAAAAv/8OfAAcQ0f/+BwQCyf7kGxTR/4z//Oc///nPf/7zn//85z//+c9//vOf//znP/8XAA==',
  'base64',
);
export const WEBP_LOSSY_1024x640 = Buffer.from(
  [
    'UklGRjQFAABXRUJQVlA4ICgFAAAwjgCdASoABIACPtFosVMoJiSioAgBABoJaW7hd2Efg+AAnsA99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snI/55RWyLrt',
    'qcIL61poX2E0Y3N+worY99D94DfX/S2/GyMt0rQ8XJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtzL9PbJyHvtk5',
    'D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32yciIHk5D32ych77ZOQ99snIe',
    '+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99uZfp7ZOQ99snIe+2TkPfbJyHvtk5D32',
    'ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2Tkf88nIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2T',
    'kPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvwBAPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych',
    '77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32yc4iLk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPf',
    'bJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ+A/S7Xi5OQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77Z',
    'OQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2UDLxcnIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJy',
    'Hvtk5D32ych77ZOQ99snIe+2TkPfbJyH0L6Xa8XJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ9',
    '9snIe+2TkPfbJyHvtk5D32zGWntk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvt',
    'k5D32ych77ZOREDych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99sn',
    'Ie+3Mv09snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJiAA/v+4',
    'Hv///Qk///E2f/+Js+EV/pPW3QoMVvdOz2jp2e0dOz2jp2e0dOz2jp2e0dOz2jp2e0dOz2jp2e0dOz2jp2e0dOz2jp2e0dOz2jWGZZMACvgQXTRgQTSQMqBA',
    'AAtwoEJAgAAW4UCEgQAALcKBCQIAAFuFAhIEAAC3CgQkCAABbhQISBAAAtwoEJAgAAW4UCEgQAALcKBCQIAAFuFAhIEAAC3CgQkCAAAAAAA=',
  ].join(''),
  'base64',
);

function riff(chunks: Buffer[]): Buffer {
  const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), ...chunks]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(body.length);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), size, body]);
}

function riffChunk(id: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(id, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length & 1 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

/** The VP8L chunk of the real lossless file, its header set to width x height (the entropy-coded data is kept). */
function vp8l(width: number, height: number): Buffer {
  const data = Buffer.from(WEBP_LOSSLESS_1024x640.subarray(20));
  data.writeUInt32LE((((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14)) >>> 0, 1);
  return data;
}

/** A lossless (VP8L) WebP of width x height. */
export function webpLossless(width: number, height: number): Buffer {
  return riff([riffChunk('VP8L', vp8l(width, height))]);
}

/** An extended-format WebP: a VP8X canvas of width x height holding a VP8L image of the same size. */
export function webp(width: number, height: number): Buffer {
  const vp8x = Buffer.alloc(10);
  vp8x.writeUIntLE(width - 1, 4, 3);
  vp8x.writeUIntLE(height - 1, 7, 3);
  return riff([riffChunk('VP8X', vp8x), riffChunk('VP8L', vp8l(width, height))]);
}

/** A VP8X header with no image chunk: what a header-only sniff used to accept. */
export function webpHeaderOnly(width: number, height: number): Buffer {
  const vp8x = Buffer.alloc(10);
  vp8x.writeUIntLE(width - 1, 4, 3);
  vp8x.writeUIntLE(height - 1, 7, 3);
  return riff([riffChunk('VP8X', vp8x)]);
}

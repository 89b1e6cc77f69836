/**
 * A generated corpus of hostile inputs, deterministic (no randomness beyond a
 * fixed-seed generator), written to a directory for the lint and migrate
 * robustness tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prng } from '../../bench/generate.mjs';

const LEGACY = `client.images.generate({ model: "dall-e-3", prompt: "p", style: "vivid", response_format: "url" });`;

export interface CorpusFile {
  name: string;
  bytes: Buffer;
  /** Whether the file parses as what its extension says. */
  parses: boolean;
  /** Legacy image calls in it (each is one no-legacy-model report when it parses). */
  legacyCalls: number;
}

function minifiedBundle(targetBytes: number): string {
  const parts: string[] = ['"use strict";'];
  let size = parts[0].length;
  let i = 0;
  while (size < targetBytes) {
    const chunk =
      i % 500 === 0
        ? `async function g${i}(c){return ${LEGACY.replace(/;$/, '').replace('client', 'c')}}`
        : `function f${i}(a,b){var r=a*${i}+b;return r>${i}?{k:"v${i}",n:[r,a,b]}:f${(i || 1) - 1}(b,a)}`;
    parts.push(chunk);
    size += chunk.length;
    i++;
  }
  return parts.join(';');
}

export function corpusFiles(): CorpusFile[] {
  const rand = prng(7);
  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = Math.floor(rand() * 256);
  binary[0] = 0x7f; // ELF-ish start, NUL bytes inside
  binary[1] = 0x45;
  binary[2] = 0;

  const bundle = minifiedBundle(5 * 1024 * 1024);
  const bundleCalls = (bundle.match(/images\.generate/g) ?? []).length;
  const manyCalls = Array.from({ length: 1000 }, (_, i) => `export const c${i} = () => ${LEGACY.replace('"p"', `"prompt ${i}"`)}`).join('\n');

  return [
    { name: 'syntax-error.ts', bytes: Buffer.from(`export const broken = () => client.images.generate({ model: "dall-e-3", prompt: \n`), parses: false, legacyCalls: 0 },
    { name: 'bundle.min.js', bytes: Buffer.from(bundle), parses: true, legacyCalls: bundleCalls },
    { name: 'bom.ts', bytes: Buffer.from(`\uFEFFexport async function a(client: any) {\n  return ${LEGACY}\n}\n`), parses: true, legacyCalls: 1 },
    { name: 'crlf.js', bytes: Buffer.from(`export async function a(client) {\r\n  return client.images.generate({\r\n    model: "dall-e-3",\r\n    prompt: "p",\r\n    style: "vivid",\r\n  });\r\n}\r\n`), parses: true, legacyCalls: 1 },
    {
      name: 'latin1.js',
      bytes: Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from(`\nexport const a = (client) => ${LEGACY}\n`)]),
      parses: true,
      legacyCalls: 1,
    },
    { name: 'binary.js', bytes: binary, parses: false, legacyCalls: 0 },
    { name: 'empty.ts', bytes: Buffer.alloc(0), parses: true, legacyCalls: 0 },
    {
      name: 'cjk-emoji.ts',
      bytes: Buffer.from(`\uFEFF// 画像を生成する 🎨\r\n/* 😀😀 絵文字 */\r\nexport const a = (client: any) => /* 猫 🐱 */ ${LEGACY}\r\n`),
      parses: true,
      legacyCalls: 1,
    },
    // Ten thousand parentheses: valid, and flat once parsed (no ParenthesizedExpression nodes).
    { name: 'deep.js', bytes: Buffer.from(`export const x = ${'('.repeat(10_000)}1${')'.repeat(10_000)};\n${LEGACY}\n`), parses: true, legacyCalls: 1 },
    {
      name: 'flow.js',
      bytes: Buffer.from(`// @flow\ntype Opts = {| size: string |};\nexport function a(client: any, o: Opts): Promise<mixed> {\n  return ${LEGACY}\n}\n`),
      parses: false,
      legacyCalls: 0,
    },
    {
      name: 'decorators.ts',
      bytes: Buffer.from(`function log(_t: unknown, _k: string) {}\nexport class Svc {\n  constructor(private client: any) {}\n  @log\n  async run() {\n    return this.${LEGACY}\n  }\n}\n`),
      parses: true,
      legacyCalls: 1,
    },
    {
      name: 'jsx-in.js',
      bytes: Buffer.from(`export function Preview({ client }) {\n  const go = () => ${LEGACY}\n  return <button onClick={go}>dall-e-3</button>;\n}\n`),
      parses: true,
      legacyCalls: 1,
    },
    { name: 'many-calls.ts', bytes: Buffer.from(`declare const client: any;\n${manyCalls}\n`), parses: true, legacyCalls: 1000 },
  ];
}

export function writeCorpus(dir: string): CorpusFile[] {
  mkdirSync(dir, { recursive: true });
  const files = corpusFiles();
  for (const f of files) writeFileSync(path.join(dir, f.name), f.bytes);
  return files;
}

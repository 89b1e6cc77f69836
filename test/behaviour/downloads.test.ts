/**
 * Downloads in the shapes real code writes them (issue 18): after
 * `gpt-image migrate`, each one is a write of the decoded `b64_json` bytes
 * (or a stream of them where a stream was read), the download and its
 * `res.ok` check are gone, and the file the program writes is the image.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES } from './support/api.js';
import { program } from './support/programs.js';
import { type MigratedProgram, cleanupPrograms, migrateProgram } from './support/project.js';

afterAll(cleanupPrograms);

const DECODED = "Buffer.from(image.data[0].b64_json, 'base64')";

describe('seven download shapes in one ES module', () => {
  let p: MigratedProgram;
  beforeAll(async () => {
    p = await migrateProgram({ 'save.mjs': program('downloads.mjs') });
  });

  const body = (fn: string) => {
    const text = p.after['save.mjs'];
    const start = text.indexOf(`export async function ${fn}(`);
    return text.slice(start, text.indexOf('\n}\n', start));
  };

  it('rewrites each shape, drops the download and its res.ok check, and leaves no TODO', () => {
    expect(p.todos('save.mjs')).toEqual([]);
    expect(body('viaPipeline')).toContain(`await pipeline(Readable.from([${DECODED}]), createWriteStream(file));`);
    expect(body('viaPipe')).toContain(`Readable.from([${DECODED}]).pipe(createWriteStream(file))`);
    expect(body('viaFromWeb')).toContain(`await pipeline(Readable.from([${DECODED}]), createWriteStream(file));`);
    expect(body('viaArrayBuffer')).toContain(`const bytes = new Uint8Array(${DECODED}).buffer;`);
    expect(body('viaBlob')).toContain(`const blob = new Blob([${DECODED}], { type: 'image/png' });`);
    expect(body('viaAxiosStream')).toContain(`const data = Readable.from([${DECODED}]);`);
    expect(body('viaGot')).toContain(`const buffer = ${DECODED};`);
    for (const fn of ['viaPipeline', 'viaPipe', 'viaFromWeb', 'viaArrayBuffer', 'viaBlob', 'viaAxiosStream', 'viaGot']) {
      expect(body(fn), fn).not.toMatch(/fetch\(|axios\.get|got\(|res\.ok|\.url\b/);
    }
  });

  it('lint finds nothing left, and a second run changes nothing', async () => {
    expect(await p.uncoveredLint()).toEqual([]);
    expect(await p.rerun()).toEqual({});
  });

  it('every shape writes the image the API returned, and the request is accepted', async () => {
    for (const fn of ['viaPipeline', 'viaPipe', 'viaFromWeb', 'viaArrayBuffer', 'viaBlob', 'viaAxiosStream', 'viaGot']) {
      const run = await p.run('save.mjs', { args: [fn] });
      expect(run.stderr, fn).toBe('');
      expect(run.file('out.png').equals(IMAGES.png), fn).toBe(true);
      expect(run.api.requests.map((r) => `${r.method} ${r.status}`), fn).toEqual(['POST 200']);
    }
  });
});

describe('a CommonJS worker piping node-fetch 2 body to disk', () => {
  it('requires Readable once and pipes the decoded bytes', async () => {
    const p = await migrateProgram({ 'worker.cjs': program('save-stream.cjs') });
    const after = p.after['worker.cjs'];
    expect(after).toContain("const fs = require('node:fs');\nconst { Readable } = require('node:stream');\n");
    expect(after).toContain("Readable.from([Buffer.from(result.data[0].b64_json, 'base64')]).pipe(out);");
    expect(after).not.toContain('download failed');
    expect(p.todos('worker.cjs')).toEqual([]);
    expect(await p.uncoveredLint()).toEqual([]);
    expect(await p.rerun()).toEqual({});
    const run = await p.run('worker.cjs');
    expect(run.stderr).toBe('');
    expect(run.file('out.png').equals(IMAGES.png)).toBe(true);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/verify.js';
import { type FakeOpenAI, KEY, startServer } from './support/server.js';

let server: FakeOpenAI;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

describe('gpt-image verify never prints the key', () => {
  it('in stdout, stderr or --json, whatever the server echoes', async () => {
    const gatewayKey = 'gw_live_4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c';
    const echo = (key: string) => [
      `Incorrect API key provided: ${key}.`,
      `Authorization: Bearer ${key}`,
      `key=${key.slice(0, 20)}... (truncated by the server)`,
      `partial ...${key.slice(-12)}`,
    ].join(' | ');
    const outputs: string[] = [];
    const scenarios: { key: string; args: string[]; setup: () => void }[] = [];
    for (const key of [KEY, gatewayKey]) {
      for (const json of [[], ['--json']]) {
        const gen = ['--base-url', server.baseUrl, '--generate', ...json];
        scenarios.push(
          { key, args: gen, setup: () => server.on('POST /v1/images/generations', { status: 401, json: { error: { message: echo(key), type: 'invalid_request_error', param: null, code: 'invalid_api_key' } } }) },
          { key, args: gen, setup: () => server.on('POST /v1/images/generations', { status: 400, json: { error: { message: echo(key), type: 'invalid_request_error', param: 'size', code: 'invalid_value' } } }) },
          { key, args: gen, setup: () => server.on('POST /v1/images/generations', { status: 502, raw: `<pre>upstream said ${echo(key)}</pre>` }) },
          { key, args: gen, setup: () => server.on('POST /v1/images/generations', { raw: `not json ${echo(key)}` }) },
          { key, args: [...gen, '--api', 'tasks'], setup: () => server.on('GET /v1/tasks/task_01', { json: { data: { status: 'failed', error: echo(key) } } }) },
          { key, args: ['--base-url', `http://user:${key}@example.com/v1`, ...json], setup: () => undefined },
          { key, args: ['--base-url', server.baseUrl, '--model', key, ...json], setup: () => undefined },
          { key, args: gen, setup: () => server.on('POST /v1/images/generations', { json: { data: [{ b64_json: key }] } }) },
        );
      }
    }
    server.keys.add(gatewayKey);
    for (const s of scenarios) {
      s.setup();
      const io = memoryIo({ OPENAI_API_KEY: s.key });
      const code = await run(s.args, io, { sleep: async () => undefined });
      expect(code).toBeGreaterThan(1);
      outputs.push(io.stdout.join('\n'), io.stderr.join('\n'));
    }
    const all = outputs.join('\n');
    expect(all.length).toBeGreaterThan(10_000);
    expect(all).toContain('[REDACTED]');
    for (const key of [KEY, gatewayKey]) {
      expect(all).not.toContain(key);
      // Not even a recognisable piece of it.
      for (let i = 0; i + 10 <= key.length; i += 5) expect(all).not.toContain(key.slice(i, i + 10));
    }
    expect(all).not.toMatch(/Bearer (?!\[REDACTED\])\S+/);
  });
});

describe('what a failing run prints per scenario', () => {
  it('gives one failure line with its cause and one line of what to do', async () => {
    server.on('POST /v1/images/generations', { status: 400, json: { error: { message: "Unknown parameter: 'response_format'.", type: 'invalid_request_error', param: 'response_format', code: 'unknown_parameter' } } });
    const io = memoryIo({ OPENAI_API_KEY: KEY });
    const code = await run(['--base-url', server.baseUrl, '--generate'], io, { sleep: async () => undefined });
    expect(code).toBe(7);
    const lines = io.stdout.join('\n').split('\n');
    const fail = lines.findIndex((l) => l.startsWith('FAIL'));
    expect(lines.filter((l) => l.startsWith('FAIL'))).toHaveLength(1);
    expect(lines[fail]).toContain("400 unknown_parameter on parameter `response_format`");
    expect(lines[fail + 1]).toMatch(/^\s+-> This server or model does not accept `response_format`: remove it\.$/);
  });
});

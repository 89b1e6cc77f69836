import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';
import { MODELS } from '../../src/catalog/index.js';

describe('gpt-image models', () => {
  it('prints every catalog model with status, shutdown date, days left and replacement', async () => {
    const io = memoryIo();
    expect(await main(['models', '--today', '2026-11-22'], io)).toBe(0);
    const lines = io.stdout.join('\n').split('\n');
    expect(lines[0]).toMatch(/^ID\s+FAMILY\s+STATUS\s+SHUTDOWN\s+LEFT\s+REPLACEMENT$/);
    for (const m of MODELS) expect(lines.some((l) => l.startsWith(`${m.id} `))).toBe(true);
    expect(lines.find((l) => l.startsWith('dall-e-3 '))).toMatch(/shut-down\s+2026-05-12\s+194 days ago\s+gpt-image-2\.5-sunburst/);
    expect(lines.find((l) => l.startsWith('gpt-image-1.5 '))).toMatch(/deprecated\s+2026-12-01\s+9 days\s+gpt-image-2\.6-sunburst, gpt-image-2\.6-flare/);
    expect(lines.find((l) => l.startsWith('gpt-image-2-2026-04-21 '))).toMatch(/gpt-image-2\s+active\s+-\s+-\s+-/);
  });

  it('prints JSON for machines', async () => {
    const io = memoryIo();
    expect(await main(['models', '--json', '--today', '2026-11-22'], io)).toBe(0);
    const parsed = JSON.parse(io.stdout.join('')) as { today: string; models: { id: string; status: string; daysLeft: number | null }[] };
    expect(parsed.today).toBe('2026-11-22');
    expect(parsed.models).toHaveLength(MODELS.length);
    expect(parsed.models.find((m) => m.id === 'chatgpt-image-latest')).toMatchObject({ status: 'deprecated', daysLeft: 9 });
  });

  it('lists the gateways, the ids each serves, and the legacy ids each still serves', async () => {
    const io = memoryIo();
    expect(await main(['models', '--today', '2026-12-02'], io)).toBe(0);
    const lines = io.stdout.join('\n').split('\n');
    expect(lines.some((l) => /^GATEWAY\s+HOST\s+OWN IDS\s+SERVES\s+STILL SERVES/.test(l))).toBe(true);
    expect(lines.find((l) => l.startsWith('APIYI '))).toMatch(/apiyi\.com\s+gpt-image-2-all.*gpt-image-2\.6-sunburst\s+gpt-image-1\.5, gpt-image-1, gpt-image-1-mini$/);
    expect(lines.find((l) => l.startsWith('HiAPI '))).toMatch(/hiapi\.ai\s+.*\s+gpt-image-2\s+-$/);
    const json = memoryIo();
    expect(await main(['models', '--json', '--today', '2026-12-02'], json)).toBe(0);
    const parsed = JSON.parse(json.stdout.join('')) as { gateways: { name: string; host: string; stillServes: string[]; sources: string[] }[] };
    expect(parsed.gateways.find((g) => g.name === 'APIYI')).toMatchObject({ host: 'apiyi.com', stillServes: ['gpt-image-1.5', 'gpt-image-1', 'gpt-image-1-mini'] });
    expect(parsed.gateways.find((g) => g.name === 'APIYI')!.sources.length).toBeGreaterThan(0);
  });

  it('rejects bad options with exit code 2', async () => {
    const io = memoryIo();
    expect(await main(['models', '--today', 'tomorrow'], io)).toBe(2);
    expect(io.stderr.join('')).toMatch(/--today: 'tomorrow' is not a date: use YYYY-MM-DD/);
    const impossible = memoryIo();
    expect(await main(['models', '--today', '2026-13-45'], impossible)).toBe(2);
    expect(impossible.stderr.join('')).toMatch(/'2026-13-45' is not a date/);
    const io2 = memoryIo();
    expect(await main(['models', '--bogus'], io2)).toBe(2);
    expect(io2.stderr.join('')).toMatch(/gpt-image models: .*bogus/);
  });

  it('counts one day as "1 day", before and after a shutdown', async () => {
    const before = memoryIo();
    expect(await main(['models', '--today', '2026-10-22'], before)).toBe(0);
    expect(before.stdout.join('\n')).toMatch(/^gpt-image-1 .* 2026-10-23 +1 day  /m);
    const after = memoryIo();
    expect(await main(['models', '--today', '2026-10-24'], after)).toBe(0);
    expect(after.stdout.join('\n')).toMatch(/^gpt-image-1 .* 2026-10-23 +1 day ago  /m);
    expect(after.stdout.join('\n')).not.toMatch(/\b1 days\b/);
  });

  it('names its commands and refuses unknown ones', async () => {
    const io = memoryIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr.join('')).toMatch(/unknown command 'frobnicate'[\s\S]*models[\s\S]*migrate[\s\S]*verify/);
  });
});

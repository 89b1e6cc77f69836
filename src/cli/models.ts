/**
 * `gpt-image models [--json] [--today YYYY-MM-DD]`: the catalog as a table.
 */
import { KNOWN_GATEWAYS, MODELS, daysBetween, sources, statusOn, todayIso, todayProblem, type Sourced } from '../catalog/index.js';
import { parseOrUsage } from './args.js';
import type { Io } from './io.js';

export interface ModelRow {
  id: string;
  family: string;
  status: string;
  shutdown: string | null;
  daysLeft: number | null;
  replacements: string[];
  inSdk: boolean;
  endpoints: string[];
  /** Where the shutdown date and the replacements come from: URLs, `npm:` specs, or the facts sheet in the repository. */
  sources: string[];
}

/** A gateway whose documentation names what it serves. */
export interface GatewayRow {
  name: string;
  /** The host its base URL has (a pattern over the host name). */
  host: string;
  /** Its own ids. */
  ids: string[];
  /** OpenAI ids it serves under their own names. */
  serves: string[];
  /** Ids OpenAI shut down (or is shutting down) that it still serves: a recommended upgrade there, not a failing request. */
  stillServes: string[];
  sources: string[];
}

export function gatewayRows(): GatewayRow[] {
  return KNOWN_GATEWAYS.map((g) => ({
    name: g.name,
    host: g.host.source.replace(/^\(\?:\^\|\\\.\)/, '').replace(/\$$/, '').replace(/\\\./g, '.'),
    ids: [...g.ids],
    serves: [...g.serves],
    stillServes: [...(g.stillServes?.value ?? [])],
    sources: refs(g, g.stillServes),
  }));
}

function refs(...facts: (Sourced | undefined)[]): string[] {
  return [...new Set(facts.flatMap((f) => f?.src ?? []).map((k) => sources[k].ref))];
}

export function modelRows(today: string): ModelRow[] {
  return MODELS.map((m) => {
    const shutdown = m.shutdown?.value ?? null;
    return {
      id: m.id,
      family: m.family,
      status: statusOn(m, today),
      shutdown,
      daysLeft: shutdown ? daysBetween(today, shutdown) : null,
      replacements: [...m.replacements.value],
      inSdk: m.inSdk,
      endpoints: Object.keys(m.endpoints),
      sources: refs(m.shutdown, m.replacements),
    };
  });
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parseOrUsage(
    'models',
    argv,
    {
        json: { type: 'boolean' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (values.help) {
    io.out('Usage: gpt-image models [--json] [--today YYYY-MM-DD]\n\nLists every image model id in the catalog: family, status, shutdown date with days left, and OpenAI\'s recommended replacement; then the gateways the catalog knows, with the ids each serves and the legacy ids it still serves.');
    return 0;
  }
  const today = typeof values.today === 'string' ? values.today : todayIso();
  if (todayProblem(today)) {
    io.err(`gpt-image models: --today: ${todayProblem(today)}`);
    return 2;
  }
  const rows = modelRows(today);
  const gateways = gatewayRows();
  if (values.json) {
    io.out(JSON.stringify({ today, models: rows, gateways }, null, 2));
    return 0;
  }
  const body = rows.map((r) => [
    r.id,
    r.family,
    r.status,
    r.shutdown ?? '-',
    r.daysLeft === null ? '-' : r.daysLeft < 0 ? `${days(-r.daysLeft)} ago` : days(r.daysLeft),
    r.replacements.join(', ') || '-',
  ]);
  io.out(table([['ID', 'FAMILY', 'STATUS', 'SHUTDOWN', 'LEFT', 'REPLACEMENT'], ...body]));
  io.out('\nGateways (a client whose baseURL points at the host):\n');
  io.out(
    table([
      ['GATEWAY', 'HOST', 'OWN IDS', 'SERVES', 'STILL SERVES (legacy ids)'],
      ...gateways.map((g) => [g.name, g.host, g.ids.join(', ') || '-', g.serves.join(', ') || '-', g.stillServes.join(', ') || '-']),
    ]),
  );
  io.out(`\nStatus as of ${today}. The sources of each date, replacement and gateway: gpt-image models --json.`);
  return 0;
}

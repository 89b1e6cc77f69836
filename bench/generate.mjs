/**
 * Deterministic generator of a large, realistic tree for the benchmark:
 * React components (.tsx), services (.ts), utilities (.js/.mjs), about 1% of
 * files with image calls of the shapes the package handles. Same seed, same
 * bytes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small fixed-seed PRNG (mulberry32): same seed, same sequence. */
export function prng(seed) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['order', 'user', 'cart', 'invoice', 'product', 'review', 'session', 'report', 'team', 'asset', 'gallery', 'plan'];
const pick = (rand, xs) => xs[Math.floor(rand() * xs.length)];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

function component(rand, i) {
  const noun = pick(rand, WORDS);
  const N = cap(noun);
  const fields = Array.from({ length: 3 + Math.floor(rand() * 5) }, (_, k) => `${pick(rand, WORDS)}${k}`);
  return `import { useEffect, useMemo, useState } from 'react';
import type { ${N}Dto } from '../api/types';

export interface ${N}ListProps {
  items: ${N}Dto[];
  onSelect?: (id: string) => void;
  pageSize?: number;
}

/** Lists ${noun}s with client-side paging (${i}). */
export function ${N}List${i}({ items, onSelect, pageSize = ${10 + Math.floor(rand() * 40)} }: ${N}ListProps) {
  const [page, setPage] = useState(0);
  const [query, setQuery] = useState('');
  const filtered = useMemo(
    () => items.filter((item) => item.name.toLowerCase().includes(query.toLowerCase())),
    [items, query],
  );
  useEffect(() => setPage(0), [query]);
  const visible = filtered.slice(page * pageSize, (page + 1) * pageSize);
  return (
    <section className="${noun}-list">
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search ${noun}s" />
      <ul>
        {visible.map((item) => (
          <li key={item.id} onClick={() => onSelect?.(item.id)}>
${fields.map((f) => `            <span className="${f}">{String(item.${f} ?? '')}</span>`).join('\n')}
          </li>
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage(page - 1)}>Previous</button>
      <button disabled={(page + 1) * pageSize >= filtered.length} onClick={() => setPage(page + 1)}>Next</button>
    </section>
  );
}
`;
}

function service(rand, i) {
  const noun = pick(rand, WORDS);
  const N = cap(noun);
  const withImages = rand() < 0.1; // the word "images" without any image API call
  return `import type { HttpClient } from '../http';

export interface ${N}Record {
  id: string;
  name: string;
  createdAt: string;
  tags: string[];${withImages ? '\n  images: { src: string; alt: string }[];' : ''}
}

export class ${N}Service${i} {
  private cache = new Map<string, ${N}Record>();

  constructor(private readonly http: HttpClient, private readonly baseUrl = '/api/${noun}s') {}

  async list(params: { limit?: number; cursor?: string } = {}): Promise<${N}Record[]> {
    const query = new URLSearchParams({ limit: String(params.limit ?? ${20 + Math.floor(rand() * 80)}) });
    if (params.cursor) query.set('cursor', params.cursor);
    const res = await this.http.get<${N}Record[]>(\`\${this.baseUrl}?\${query}\`);
    for (const r of res) this.cache.set(r.id, r);
    return res;
  }

  async get(id: string): Promise<${N}Record | undefined> {
    if (this.cache.has(id)) return this.cache.get(id);
    const r = await this.http.get<${N}Record>(\`\${this.baseUrl}/\${id}\`);
    this.cache.set(id, r);
    return r;
  }

  async update(id: string, patch: Partial<${N}Record>): Promise<${N}Record> {
    const next = await this.http.patch<${N}Record>(\`\${this.baseUrl}/\${id}\`, patch);
    this.cache.set(id, next);${withImages ? '\n    next.images.sort((a, b) => a.alt.localeCompare(b.alt));' : ''}
    return next;
  }
}
`;
}

function util(rand, i) {
  const noun = pick(rand, WORDS);
  return `// Helpers for ${noun} formatting (${i}).
export function format${cap(noun)}Id(id) {
  return String(id).padStart(${6 + Math.floor(rand() * 6)}, '0');
}

export function group${cap(noun)}s(items, key = 'type') {
  const out = {};
  for (const item of items) {
    const k = item[key] ?? 'other';
    (out[k] ||= []).push(item);
  }
  return out;
}

export const ${noun.toUpperCase()}_LIMIT = ${Math.floor(rand() * 1000)};

export function debounce(fn, ms = ${50 + Math.floor(rand() * 400)}) {
  let t;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}
`;
}

const IMAGE_FILES = [
  (i) => `import OpenAI from 'openai';
const openai = new OpenAI();
export async function poster${i}(prompt: string) {
  const res = await openai.images.generate({ model: 'dall-e-3', prompt, size: '1792x1024', quality: 'hd', style: 'vivid', response_format: 'url' });
  return res.data?.[0]?.url;
}
`,
  (i) => `const MODEL = 'dall-e-2';
export async function thumbs${i}(client, prompt) {
  const out = await client.images.generate({ model: process.env.IMAGE_MODEL ?? MODEL, prompt, n: 4, size: '256x256' });
  return out.data.map((d) => d.b64_json);
}
`,
  (i) => `export async function illustrate${i}(client: any, input: string) {
  return client.responses.create({ model: 'gpt-5.5', input, tools: [{ type: 'image_generation', model: 'gpt-image-1', quality: 'medium' }] });
}
`,
  (i) => `const BASE = { quality: 'standard', n: 1 } as const;
export class Banner${i} {
  constructor(private client: any) {}
  render(prompt: string) {
    return this.client.images.edit({ ...BASE, model: 'gpt-image-1.5', image: null, prompt, input_fidelity: 'high' });
  }
}
`,
];

export function generate(root, count = 5000, seed = 42) {
  rmSync(root, { recursive: true, force: true });
  const rand = prng(seed);
  const files = [];
  for (let i = 0; i < count; i++) {
    const dir = path.join(root, 'packages', `pkg${i % 25}`, 'src', pick(rand, ['components', 'services', 'lib']));
    let name;
    let text;
    if (i % 100 === 37) {
      const kind = (i / 100) | 0;
      const ts = kind % 4 !== 1;
      name = `image-${i}.${ts ? 'ts' : 'js'}`;
      text = IMAGE_FILES[kind % IMAGE_FILES.length](i);
    } else {
      const r = rand();
      if (r < 0.4) [name, text] = [`List${i}.tsx`, component(rand, i)];
      else if (r < 0.8) [name, text] = [`service${i}.ts`, service(rand, i)];
      else [name, text] = [`util${i}.${r < 0.9 ? 'js' : 'mjs'}`, util(rand, i)];
    }
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, name);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'bench/out/tree';
  const files = generate(root, Number(process.argv[3] ?? 5000));
  console.log(`generated ${files.length} files under ${root}`);
}

/**
 * Which version of a dependency a source file runs with: the range in the
 * nearest package.json, and the versions a lockfile next to it pins
 * (package-lock.json, pnpm-lock.yaml, yarn.lock). Read once per directory.
 * Also the one edit the codemod makes outside source files: a dependency's
 * range in package.json, changed in place (the rest of the file byte for byte).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface DependencyInfo {
  /** The package.json that declares it (absolute). */
  packageJson: string;
  /** The range it declares (dependencies, devDependencies, peerDependencies, optionalDependencies). */
  range?: string;
  /** Versions a lockfile beside that package.json pins for it (empty when there is no lockfile or no entry). */
  locked: string[];
}

const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

interface PackageDir {
  file: string;
  json: Record<string, unknown>;
  lock?: { kind: 'npm' | 'pnpm' | 'yarn'; text: string };
}

const dirCache = new Map<string, PackageDir | null>();

function readPackageDir(dir: string): PackageDir | null {
  const cached = dirCache.get(dir);
  if (cached !== undefined) return cached;
  let found: PackageDir | null = null;
  const file = path.join(dir, 'package.json');
  if (existsSync(file)) {
    try {
      const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      found = { file, json };
      for (const [name, kind] of [
        ['package-lock.json', 'npm'],
        ['pnpm-lock.yaml', 'pnpm'],
        ['yarn.lock', 'yarn'],
      ] as const) {
        const lock = path.join(dir, name);
        if (existsSync(lock)) {
          found.lock = { kind, text: readFileSync(lock, 'utf8') };
          break;
        }
      }
    } catch {
      found = null;
    }
  }
  dirCache.set(dir, found);
  return found;
}

/** Forgets what was read (tests write package.json files between runs). */
export function clearPackageCache(): void {
  dirCache.clear();
}

/** The nearest package.json above `file` that declares `name`, with the lockfile's versions; undefined when none does. */
export function dependencyInfo(file: string, name: string): DependencyInfo | undefined {
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    const pkg = readPackageDir(dir);
    if (pkg) {
      const range = declaredRange(pkg.json, name);
      if (range !== undefined) return { packageJson: pkg.file, range, locked: pkg.lock ? lockedVersions(pkg.lock, name) : [] };
    }
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function declaredRange(json: Record<string, unknown>, name: string): string | undefined {
  for (const s of SECTIONS) {
    const deps = json[s];
    if (deps && typeof deps === 'object' && typeof (deps as Record<string, unknown>)[name] === 'string') return (deps as Record<string, string>)[name];
  }
  return undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The versions of `name` a lockfile pins (the root's own entry first for npm). */
export function lockedVersions(lock: { kind: 'npm' | 'pnpm' | 'yarn'; text: string }, name: string): string[] {
  const out = new Set<string>();
  if (lock.kind === 'npm') {
    try {
      const json = JSON.parse(lock.text) as { packages?: Record<string, { version?: string }>; dependencies?: Record<string, { version?: string }> };
      for (const [key, entry] of Object.entries(json.packages ?? {})) {
        if ((key === `node_modules/${name}` || key.endsWith(`/node_modules/${name}`)) && entry.version) out.add(entry.version);
      }
      const v1 = json.dependencies?.[name]?.version;
      if (v1) out.add(v1);
    } catch {
      /* an unreadable lockfile pins nothing */
    }
  } else if (lock.kind === 'pnpm') {
    // `/@ai-sdk/openai@2.0.110:` (v6-v9 package keys), `/@ai-sdk/openai/2.0.110:` (v5), `version: 2.0.110(zod@3.25.0)` under an importer.
    const n = escape(name);
    for (const m of lock.text.matchAll(new RegExp(`['"/ ]${n}[@/](\\d+\\.\\d+\\.\\d+[-+.\\w]*)`, 'g'))) out.add(m[1]);
    for (const m of lock.text.matchAll(new RegExp(`^\\s+['"]?${n}['"]?:\\s*\\n\\s+specifier:[^\\n]*\\n\\s+version:\\s*(\\d+\\.\\d+\\.\\d+[-+.\\w]*)`, 'gm'))) out.add(m[1]);
  } else {
    // yarn v1: `"@ai-sdk/openai@^2.0.0":` then `  version "2.0.110"`; berry: `version: 2.0.110`.
    const n = escape(name);
    for (const m of lock.text.matchAll(new RegExp(`^"?${n}@[^\\n]*:\\s*\\n\\s+version:?\\s+"?(\\d+\\.\\d+\\.\\d+[-+.\\w]*)"?`, 'gm'))) out.add(m[1]);
  }
  return [...out];
}

// ---- versions ----------------------------------------------------------------

export type Version = readonly [number, number, number, string];

export function parseVersion(v: string): Version | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ?? ''] : undefined;
}

/** Semver order, prereleases before their release (`4.0.0-beta.40` < `4.0.0`). */
export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  if (a[3] === b[3]) return 0;
  if (!a[3]) return 1;
  if (!b[3]) return -1;
  const pa = a[3].split('.');
  const pb = b[3].split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    const na = /^\d+$/.test(pa[i]) ? Number(pa[i]) : NaN;
    const nb = /^\d+$/.test(pb[i]) ? Number(pb[i]) : NaN;
    if (!Number.isNaN(na) && !Number.isNaN(nb)) {
      if (na !== nb) return na - nb;
    } else if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return 0;
}

/**
 * The lowest version a range lets a fresh install pick, and the highest
 * major it allows, for the range shapes package.json files use: `1.2.3`,
 * `^1.2.3`, `~1.2.3`, `>=1.2.3`, `1.2.x`, `1.x`, `1`, `*`, `latest`.
 * Undefined for shapes it does not read (`||`, hyphen ranges, tags, URLs).
 */
export function rangeFloor(range: string): { min: Version; maxMajor: number | 'any' } | undefined {
  const r = range.trim();
  if (r === '*' || r === '' || r === 'latest' || r === 'x') return { min: [0, 0, 0, ''], maxMajor: 'any' };
  if (r.includes('||') || / - /.test(r) || /\s/.test(r.replace(/^([<>=~^]+)\s+/, '$1'))) return undefined;
  const m = /^(\^|~|>=|>|=)?v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?(?:-([0-9A-Za-z.-]+))?$/.exec(r);
  if (!m) return undefined;
  const [, op = '', maj, min, pat, pre] = m;
  const num = (s: string | undefined) => (s === undefined || s === 'x' || s === '*' ? 0 : Number(s));
  const version: Version = [Number(maj), num(min), num(pat), pre ?? ''];
  if (op === '>=' || op === '>') return { min: version, maxMajor: 'any' };
  // `^0.x` ranges stay in their minor, which is still major 0.
  return { min: version, maxMajor: Number(maj) };
}

/**
 * Whether every version `dep` can run with is at least `first(major)`
 * (`first` gives, per major line, the first version that qualifies, or
 * undefined when none in that line does). Locked versions decide when there
 * are any; otherwise the range's floor, which must stay in one major.
 * Undefined when the versions cannot be read.
 */
export function allAtLeast(dep: DependencyInfo, first: (major: number) => Version | undefined): boolean | undefined {
  const ok = (v: Version) => {
    const f = first(v[0]);
    // A prerelease counts only on the release `first` names (as npm ranges treat them): 2.1.0-beta.16 is not on the 2.0.x line.
    if (!f || (v[3] && (v[0] !== f[0] || v[1] !== f[1] || v[2] !== f[2]))) return false;
    return compareVersions(v, f) >= 0;
  };
  const locked = dep.locked.map(parseVersion).filter((v): v is Version => !!v);
  if (locked.length) return locked.every(ok);
  const floor = dep.range !== undefined ? rangeFloor(dep.range) : undefined;
  if (!floor) return undefined;
  // A range open above (`>=x`, `*`) may install anything from its floor up: only the floor's line can be judged.
  return ok(floor.min);
}

// ---- package.json edits ---------------------------------------------------------

export interface PackageEdit {
  /** The package.json (absolute). */
  packageJson: string;
  dependency: string;
  /** The new range. */
  range: string;
}

/**
 * `text` with `dependency`'s range set to `range` wherever a dependency
 * section declares it; everything else byte for byte. Undefined when no
 * section declares it.
 */
export function setDependencyRange(text: string, dependency: string, range: string): string | undefined {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (declaredRange(json, dependency) === undefined) return undefined;
  const pattern = new RegExp(`("${escape(dependency)}"\\s*:\\s*)"[^"]*"`, 'g');
  let out = text;
  for (const s of SECTIONS) {
    const start = new RegExp(`"${s}"\\s*:\\s*\\{`).exec(out);
    if (!start) continue;
    const open = start.index + start[0].length;
    const close = out.indexOf('}', open);
    if (close < 0) continue;
    const body = out.slice(open, close).replace(pattern, `$1${JSON.stringify(range)}`);
    out = out.slice(0, open) + body + out.slice(close);
  }
  try {
    const after = JSON.parse(out) as Record<string, unknown>;
    if (declaredRange(after, dependency) !== range) return undefined;
  } catch {
    return undefined;
  }
  return out;
}

export interface PackageChange extends PackageEdit {
  /** The range before. */
  from: string;
  /** The package.json text before and after (for diffs). */
  before: string;
  after: string;
}

/**
 * The changes `edits` make (one per package.json and dependency), read from
 * disk now; a package.json already at the range, or unreadable, gives none.
 */
export function packageChanges(edits: readonly PackageEdit[]): PackageChange[] {
  const out: PackageChange[] = [];
  const texts = new Map<string, string>();
  for (const e of edits) {
    let before: string;
    try {
      before = texts.get(e.packageJson) ?? readFileSync(e.packageJson, 'utf8');
    } catch {
      continue;
    }
    let from: string | undefined;
    try {
      from = declaredRange(JSON.parse(before) as Record<string, unknown>, e.dependency);
    } catch {
      continue;
    }
    if (from === undefined || from === e.range) continue;
    const after = setDependencyRange(before, e.dependency, e.range);
    if (after === undefined) continue;
    texts.set(e.packageJson, after);
    const earlier = out.find((c) => c.packageJson === e.packageJson);
    out.push({ ...e, from, before: earlier ? earlier.before : before, after });
  }
  return out;
}

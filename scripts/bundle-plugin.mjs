/**
 * The plugin's entry as one module: `dist/plugin.js`, bundled from tsc's
 * `dist/src/index.js` (run by `npm run build`, after tsc). A host that loads
 * the plugin in a fresh process (oxlint, ESLint, an editor) then resolves and
 * reads one file rather than the eighty of the analysis, which was most of
 * what importing the plugin cost. Packages (dependencies, peers) and Node's
 * own modules stay imports; what they load still loads on first use.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const packages = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.devDependencies });
const external = (id) => id.startsWith('node:') || builtinModules.includes(id) || packages.some((p) => id === p || id.startsWith(`${p}/`));

const bundle = await rolldown({ input: path.join(ROOT, 'dist/src/index.js'), platform: 'node', external, logLevel: 'warn' });
await bundle.write({ file: path.join(ROOT, 'dist/plugin.js'), format: 'esm' });
await bundle.close();

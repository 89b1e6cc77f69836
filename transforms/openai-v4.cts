/**
 * CommonJS entry for jscodeshift (`-t dist/transforms/openai-v4.cjs`): works with
 * jscodeshift's default `--babel`, which compiles required files to CommonJS
 * and so cannot load the ESM `openai-v4.js` itself. Loads it with a real `import()`.
 */
import path = require('node:path');
import url = require('node:url');

type Transform = (file: unknown, api: unknown, options: unknown) => unknown;
// A Function body keeps `import()` out of reach of Babel's module transform.
const load = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{ default: Transform }>;
let impl: Promise<{ default: Transform }> | undefined;

async function transform(file: unknown, api: unknown, options: unknown): Promise<unknown> {
  impl ??= load(url.pathToFileURL(path.join(__dirname, 'openai-v4.js')).href);
  return (await impl).default(file, api, options);
}

export = transform;

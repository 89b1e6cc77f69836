import path from 'node:path';
import { expect, it } from 'vitest';
import { FIXTURES, realEslint } from '../support/eslint.js';

it('reports legacy models in .ts, .mjs, .cjs and .js files and nothing in files that only mention ids', async () => {
  const cwd = path.join(FIXTURES, 'no-legacy-model');
  const eslint = realEslint(cwd, { 'gpt-image/no-legacy-model': ['error', { today: '2026-11-22' }] });
  const results = await eslint.lintFiles(['.']);
  const byFile = Object.fromEntries(
    results.map((r) => [path.basename(r.filePath), r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? 'fatal'} ${m.message}`)]),
  );
  expect(Object.keys(byFile).sort()).toEqual(['Picker.tsx', 'current.ts', 'edit.mjs', 'generate.ts', 'tool.js', 'worker.cjs']);
  expect(byFile).toEqual({
    'generate.ts': ['7:53 gpt-image/no-legacy-model `dall-e-3` was shut down on 2026-05-12; requests fail. Migrate to `gpt-image-2` (OpenAI\'s own recommendation: `gpt-image-2.5-sunburst`).'],
    'edit.mjs': [
      '2:38 gpt-image/no-legacy-model `gpt-image-1.5` is deprecated and shuts down on 2026-12-01 (9 days). Migrate to `gpt-image-2` (OpenAI\'s own recommendation: `gpt-image-2.6-sunburst` or `gpt-image-2.6-flare`).',
    ],
    'worker.cjs': ['4:35 gpt-image/no-legacy-model `dall-e-2` was shut down on 2026-05-12; requests fail. Migrate to `gpt-image-2` (OpenAI\'s own recommendation: `gpt-image-2.5-sunburst`).'],
    'tool.js': [
      '5:48 gpt-image/no-legacy-model `gpt-image-1` was shut down on 2026-10-23; requests fail. Migrate to `gpt-image-2` (OpenAI\'s own recommendation: `gpt-image-2.5-sunburst` or `gpt-image-2.5-flare`).',
    ],
    'Picker.tsx': [],
    'current.ts': [],
  });
  // every report carries the migration suggestion
  for (const r of results) for (const m of r.messages) expect(m.suggestions?.[0]?.desc).toBe('Migrate this call to `gpt-image-2` (and the parameters it does not accept).');
});

it('enables no-legacy-model as an error in the recommended preset', async () => {
  const eslint = realEslint(path.join(FIXTURES, 'no-legacy-model'));
  const [result] = await eslint.lintFiles(['generate.ts']);
  expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['gpt-image/no-legacy-model', 2]]);
});

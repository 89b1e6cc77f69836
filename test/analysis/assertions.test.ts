/**
 * Which keys of an asserted request a migration changes comes from the
 * catalog: an assertion that spells one of them gets a TODO, not the new id.
 */
import { expect, it } from 'vitest';
import { type AssertionSpot, keysTheMigrationChanges } from '../../src/analysis/assertions.js';

const spot = (keys: Record<string, string | undefined>): AssertionSpot => ({ call: { type: 'CallExpression' }, edits: [], keys: new Map(Object.entries(keys)) });

it('names the parameters and values gpt-image-2 does not take, and url', () => {
  const asserted = spot({ model: 'dall-e-3', prompt: 'p', style: 'vivid', response_format: 'url', quality: 'hd', size: '256x256', url: undefined });
  expect(keysTheMigrationChanges(asserted, 'gpt-image-2').sort()).toEqual(['quality', 'response_format', 'size', 'style', 'url']);
});

it('leaves what the target takes as written, and keys that are not image parameters', () => {
  // 1792x1024 is a valid flexible size for gpt-image-2: the migration keeps it.
  const asserted = spot({ model: 'dall-e-3', prompt: 'p', n: undefined, quality: 'high', size: '1792x1024', signal: undefined });
  expect(keysTheMigrationChanges(asserted, 'gpt-image-2')).toEqual([]);
  // A GPT-1x target takes only its three fixed sizes.
  expect(keysTheMigrationChanges(asserted, 'gpt-image-1.5')).toEqual(['size']);
});

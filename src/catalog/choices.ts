/**
 * What a user's choice of a parameter that only shut-down models accepted
 * did, and what a GPT image model offers instead. The migration removes or
 * maps such a parameter; where the value was the user's (a variable, a
 * parameter, a prop, a declared union, a branch on the model id), the TODO it
 * leaves says this. Data only.
 */
import type { Fact } from './types.js';

export interface LostChoice {
  /** What the parameter chose, on the models that took it. */
  did: string;
  /** What a GPT image model offers instead, as a clause after its id ("nothing replaces it" when nothing does). */
  instead: string;
}

export const LOST_CHOICES: Fact<Readonly<Record<string, LostChoice>>> = {
  value: {
    style: {
      did: "picked DALL-E 3's `vivid` or `natural` look",
      instead: 'has no `style` parameter: describe the look in the prompt',
    },
    response_format: {
      did: 'chose between a URL and base64 in the response',
      instead: 'always returns base64 (`b64_json`): nothing replaces the URL',
    },
    quality: {
      did: "picked DALL-E's `standard` or `hd` quality",
      instead: 'takes `low`, `medium`, `high` or `auto` instead (`standard` -> `medium`, `hd` -> `high`)',
    },
    size: {
      did: 'picked a DALL-E size',
      instead: 'takes other sizes: `1024x1024`, `1536x1024`, `1024x1536`, and on the flexible-size models any edges that are multiples of 16 within its limits',
    },
  },
  src: ['SDK-7.57', 'N', 'facts'],
  note: 'Facts sheet §10.3 (quality and size mapping); the SDK marks `style` and `response_format` as DALL-E only.',
};

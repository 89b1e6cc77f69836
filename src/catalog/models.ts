/**
 * Every image model id the pinned `openai` SDK's `ImageModel` type lists, plus
 * the dated snapshots OpenAI documents, with lifecycle dates, replacements,
 * endpoints with their parameters, and prices. Data only.
 */
import {
  DALLE2_EDIT,
  DALLE2_GENERATE,
  DALLE2_VARIATION,
  DALLE3_GENERATE,
  gpt1Tables,
  gpt25Tables,
  gpt26Tables,
  gpt2Tables,
} from './params.js';
import type { Fact, ModelRecord, PerImagePrice, TokenPrice } from './types.js';

const DALLE_SHUTDOWN: Fact<string> = { value: '2026-05-12', src: ['nerova', 'M-dalle2', 'M-dalle3'] };
const DALLE_DEPRECATED: Fact<string> = { value: '2025-11-14', src: ['nerova'], unconfirmed: true };
const DALLE_REPLACEMENT: Fact<readonly string[]> = {
  value: ['gpt-image-2.5-sunburst'],
  src: ['M-dalle2', 'M-dalle3'],
  note: 'At notice time OpenAI named gpt-image-1 / gpt-image-1-mini; the model pages now name GPT-Image-2.5 Sunburst.',
};

const JUNE_DEPRECATION: Fact<string> = { value: '2026-06-02', src: ['DEP-zh', 'aiweekly'] };
const DECEMBER_SHUTDOWN: Fact<string> = { value: '2026-12-01', src: ['DEP-zh', 'aiweekly'] };
const TO_26: Fact<readonly string[]> = {
  value: ['gpt-image-2.6-sunburst', 'gpt-image-2.6-flare'],
  src: ['DEP-zh'],
  note: 'Earlier versions of the deprecations page named gpt-image-2 (June) and then the 2.5 models (October).',
};
const NONE: Fact<readonly string[]> = { value: [], src: ['facts'] };

const dalle2: ModelRecord = {
  id: 'dall-e-2',
  family: 'dall-e-2',
  line: 'dall-e',
  inSdk: true,
  deprecated: DALLE_DEPRECATED,
  shutdown: DALLE_SHUTDOWN,
  replacements: DALLE_REPLACEMENT,
  endpoints: { generations: DALLE2_GENERATE, edits: DALLE2_EDIT, variations: DALLE2_VARIATION },
  defaults: { response_format: 'url' },
  perImage: {
    usd: { standard: { '1024x1024': 0.02, '512x512': 0.018, '256x256': 0.016 } },
    src: ['pricing-dalle'],
    unconfirmed: true,
  },
};

const dalle3: ModelRecord = {
  id: 'dall-e-3',
  family: 'dall-e-3',
  line: 'dall-e',
  inSdk: true,
  released: { value: '2023-11-06', src: ['N-changelog'] },
  deprecated: DALLE_DEPRECATED,
  shutdown: DALLE_SHUTDOWN,
  replacements: DALLE_REPLACEMENT,
  endpoints: { generations: DALLE3_GENERATE },
  defaults: { response_format: 'url' },
  perImage: {
    usd: {
      standard: { '1024x1024': 0.04, '1792x1024': 0.08, '1024x1792': 0.08 },
      hd: { '1024x1024': 0.08, '1792x1024': 0.12, '1024x1792': 0.12 },
    },
    src: ['pricing-dalle'],
    unconfirmed: true,
  },
};

const perImage = (
  low: [number, number, number],
  medium: [number, number, number],
  high: [number, number, number],
): PerImagePrice => {
  const row = ([square, portrait, landscape]: [number, number, number]) => ({
    '1024x1024': square,
    '1024x1536': portrait,
    '1536x1024': landscape,
  });
  return { usd: { low: row(low), medium: row(medium), high: row(high) }, src: ['G-0727'] };
};

const GPT1_PRICE = perImage([0.011, 0.016, 0.016], [0.042, 0.063, 0.063], [0.167, 0.25, 0.25]);
const GPT1_MINI_PRICE = perImage([0.005, 0.006, 0.006], [0.011, 0.015, 0.015], [0.036, 0.052, 0.052]);
const GPT15_PRICE = perImage([0.009, 0.013, 0.013], [0.034, 0.05, 0.05], [0.133, 0.2, 0.2]);
const GPT2_PRICE = perImage([0.006, 0.005, 0.005], [0.053, 0.041, 0.041], [0.211, 0.165, 0.165]);

const TOKENS_25: TokenPrice = {
  textIn: 5,
  textCached: 1.25,
  imageIn: 8,
  imageCached: 2,
  imageOut: 30,
  src: ['apiyi-2.5'],
  unconfirmed: true,
};
const TOKENS_26: TokenPrice = { textIn: 5, textCached: 1.25, imageIn: 8, imageCached: 2, imageOut: 30, src: ['M-gi26', 'apidog-2.6'] };
/** The flare prices: only said to be the same as sunburst's (facts sheet §6b), on no OpenAI page. */
const TOKENS_26_FLARE: TokenPrice = {
  ...TOKENS_26,
  src: ['apidog-2.6', 'facts'],
  unconfirmed: true,
  note: 'The official model page prices gpt-image-2.6-sunburst; flare is "said to be the same" by secondary sources only.',
};

const gpt1 = gpt1Tables({ kind: 'enum', values: ['high', 'low'], src: ['SDK-7.57', 'N'] });
const gpt1mini = gpt1Tables({
  kind: 'enum',
  values: ['low'],
  src: ['SDK-7.57'],
  note: '"`gpt-image-1-mini` supports only `low`" (SDK 7.57 doc comment).',
});
const gpt1Unknown = gpt1Tables(undefined);
const gpt2 = gpt2Tables();
const gpt25 = gpt25Tables();
const gpt26 = gpt26Tables();

const gpt15: Omit<ModelRecord, 'id' | 'inSdk'> = {
  family: 'gpt-image-1.5',
  line: 'gpt-image',
  released: { value: '2025-12-16', src: ['N-changelog'] },
  deprecated: JUNE_DEPRECATION,
  shutdown: DECEMBER_SHUTDOWN,
  replacements: TO_26,
  endpoints: gpt1,
  perImage: GPT15_PRICE,
};

const gpt2base: Omit<ModelRecord, 'id'> = {
  family: 'gpt-image-2',
  line: 'gpt-image',
  inSdk: true,
  released: { value: '2026-04-21', src: ['M-gi2', 'vercel-gateway'] },
  replacements: NONE,
  endpoints: gpt2,
  perImage: GPT2_PRICE,
  tokens: { textIn: 5, imageIn: 8, imageOut: 30, src: ['vercel-gateway', 'apiyi-2.5'], unconfirmed: true },
};

const gen25 = (family: string): Omit<ModelRecord, 'id'> => ({
  family,
  line: 'gpt-image',
  inSdk: true,
  released: { value: '2026-09-08', src: ['apiyi-2.5', 'REF-cn'], unconfirmed: true },
  replacements: NONE,
  endpoints: gpt25,
  tokens: TOKENS_25,
});

const gen26 = (family: string): Omit<ModelRecord, 'id'> => ({
  family,
  line: 'gpt-image',
  inSdk: true,
  released: {
    value: '2026-11-04',
    src: ['apiyi-2.6', 'vercel-gateway'],
    unconfirmed: true,
    note: 'From APIYI, muapi and the Vercel gateway\'s release date (facts sheet §1b); no OpenAI page in the sources gives the date.',
  },
  replacements: NONE,
  endpoints: gpt26,
  tokens: family.endsWith('-flare') ? TOKENS_26_FLARE : TOKENS_26,
});

export const MODELS: readonly ModelRecord[] = [
  dalle2,
  dalle3,
  {
    id: 'gpt-image-1',
    family: 'gpt-image-1',
    line: 'gpt-image',
    inSdk: true,
    released: { value: '2025-04-23', src: ['N-changelog'] },
    shutdown: { value: '2026-10-23', src: ['SDK-7.57', 'M-gi1'] },
    replacements: { value: ['gpt-image-2.5-sunburst', 'gpt-image-2.5-flare'], src: ['SDK-7.57', 'M-gi1'] },
    endpoints: gpt1,
    perImage: GPT1_PRICE,
    tokens: { textIn: 5, textCached: 1.25, imageIn: 10, imageCached: 2.5, imageOut: 40, src: ['M-gi1'] },
  },
  {
    id: 'gpt-image-1-mini',
    family: 'gpt-image-1-mini',
    line: 'gpt-image',
    inSdk: true,
    released: { value: '2025-10-06', src: ['N-changelog'] },
    deprecated: JUNE_DEPRECATION,
    shutdown: DECEMBER_SHUTDOWN,
    replacements: TO_26,
    endpoints: gpt1mini,
    perImage: GPT1_MINI_PRICE,
    tokens: { textIn: 2, textCached: 0.2, imageIn: 2.5, imageCached: 0.25, imageOut: 8, src: ['M-gi1mini'] },
  },
  { id: 'gpt-image-1.5', inSdk: true, ...gpt15 },
  { id: 'gpt-image-1.5-2025-12-16', inSdk: false, ...gpt15 },
  {
    id: 'chatgpt-image-latest',
    family: 'chatgpt-image-latest',
    line: 'gpt-image',
    inSdk: true,
    deprecated: JUNE_DEPRECATION,
    shutdown: DECEMBER_SHUTDOWN,
    replacements: TO_26,
    endpoints: gpt1Unknown,
  },
  { id: 'gpt-image-2', ...gpt2base },
  { id: 'gpt-image-2-2026-04-21', ...gpt2base },
  { id: 'gpt-image-2.5-sunburst', ...gen25('gpt-image-2.5-sunburst') },
  { id: 'gpt-image-2.5-sunburst-2026-09-08', ...gen25('gpt-image-2.5-sunburst') },
  { id: 'gpt-image-2.5-flare', ...gen25('gpt-image-2.5-flare') },
  { id: 'gpt-image-2.5-flare-2026-09-08', ...gen25('gpt-image-2.5-flare') },
  { id: 'gpt-image-2.6-sunburst', ...gen26('gpt-image-2.6-sunburst') },
  { id: 'gpt-image-2.6-flare', ...gen26('gpt-image-2.6-flare') },
];

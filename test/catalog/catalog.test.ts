import { describe, expect, it } from 'vitest';
import { HTTP_PATHS } from '../../src/catalog/index.js';
import {
  DEFAULT_MODEL_WHEN_OMITTED,
  DEFAULT_TEXT_MODEL,
  ENDPOINTS,
  KNOWN_GATEWAYS,
  TEXT_MODELS,
  activeTextModels,
  isShuttingDownTextModel,
  knownGatewayOf,
  responsesTopLevelError,
  vercelSupportFrom,
  FLEXIBLE_SIZES_FOR_TEST,
  MODELS,
  checkSize,
  daysBetween,
  getModel,
  sizeRule,
  sources,
  statusOn,
} from './catalog-under-test.js';

const today = '2026-11-22';

describe('model lifecycle', () => {
  it('reports shut-down, deprecated and active models as of a date', () => {
    expect(statusOn(getModel('dall-e-3')!, today)).toBe('shut-down');
    expect(statusOn(getModel('gpt-image-1')!, today)).toBe('shut-down');
    expect(statusOn(getModel('gpt-image-1.5')!, today)).toBe('deprecated');
    expect(statusOn(getModel('gpt-image-1-mini')!, today)).toBe('deprecated');
    expect(statusOn(getModel('chatgpt-image-latest')!, today)).toBe('deprecated');
    expect(statusOn(getModel('gpt-image-2')!, today)).toBe('active');
    expect(statusOn(getModel('gpt-image-2.6-sunburst')!, today)).toBe('active');
    // the day a shutdown takes effect, and the day before the June deprecation notice
    expect(statusOn(getModel('gpt-image-1.5')!, '2026-12-01')).toBe('shut-down');
    expect(statusOn(getModel('gpt-image-1.5')!, '2026-06-01')).toBe('active');
    // a shutdown date without a known notice date counts as deprecated until it passes
    expect(statusOn(getModel('gpt-image-1')!, '2026-10-22')).toBe('deprecated');
    expect(statusOn(getModel('gpt-image-2')!, '2030-01-01')).toBe('active');
  });

  it('counts days to a shutdown', () => {
    expect(daysBetween(today, '2026-12-01')).toBe(9);
    expect(daysBetween(today, '2026-05-12')).toBe(-194);
  });

  it('maps snapshots to their family', () => {
    expect(getModel('gpt-image-2-2026-04-21')!.family).toBe('gpt-image-2');
    expect(getModel('gpt-image-2.5-flare-2026-09-08')!.family).toBe('gpt-image-2.5-flare');
    expect(getModel('gpt-image-1.5-2025-12-16')!.family).toBe('gpt-image-1.5');
    for (const m of MODELS) expect(getModel(m.family), `${m.id} -> ${m.family}`).toBeDefined();
  });

  it('names replacements that are themselves active models', () => {
    for (const m of MODELS) {
      for (const r of m.replacements.value) expect(statusOn(getModel(r)!, today), `${m.id} -> ${r}`).toBe('active');
    }
  });
});

describe('catalog data hygiene', () => {
  it('names, for each image API path, a last segment that every URL it matches contains', () => {
    for (const p of HTTP_PATHS.value) {
      const url = `https://api.example.com/v1${p.pattern.source.replace(/\\\//g, '/').replace(/\/\?\$$/, '').replace(/^\/v1/, '')}`;
      expect(p.pattern.test(url), url).toBe(true);
      expect(p.pattern.test(url.replace(p.last, p.last.slice(0, -1))), url).toBe(false);
    }
  });


  it('gives every model a known source for each dated fact and dates in ISO form', () => {
    for (const m of MODELS) {
      for (const fact of [m.released, m.deprecated, m.shutdown, m.replacements]) {
        if (!fact) continue;
        expect(fact.src.length, m.id).toBeGreaterThan(0);
        for (const s of fact.src) expect(sources).toHaveProperty(s);
      }
      for (const d of [m.released, m.deprecated, m.shutdown]) if (d) expect(d.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (m.released && m.shutdown) expect(m.released.value < m.shutdown.value).toBe(true);
    }
  });

  it('gives every parameter rule a known source', () => {
    for (const m of MODELS) {
      for (const e of ENDPOINTS) {
        for (const [param, rule] of Object.entries(m.endpoints[e] ?? {})) {
          expect(rule.src.length, `${m.id} ${e} ${param}`).toBeGreaterThan(0);
          for (const s of rule.src) expect(sources).toHaveProperty(s);
        }
      }
    }
  });

  it('accepts DALL-E 3 only on generations, variations only for dall-e-2, and no DALL-E in the Responses tool', () => {
    expect(Object.keys(getModel('dall-e-3')!.endpoints)).toEqual(['generations']);
    expect(MODELS.filter((m) => m.endpoints.variations).map((m) => m.id)).toEqual(['dall-e-2']);
    expect(MODELS.filter((m) => m.endpoints['responses-tool'] && m.line === 'dall-e')).toEqual([]);
  });
});

describe('size rules', () => {
  const flexible = sizeRule(getModel('gpt-image-2')!, 'generations')!;
  const fixed = sizeRule(getModel('gpt-image-1.5')!, 'generations')!;

  it('explains why a flexible size is rejected', () => {
    expect(checkSize(flexible, '1000x1008')).toEqual({ ok: false, reason: '1000 is not divisible by 16' });
    expect(checkSize(flexible, '3840x1024')).toEqual({ ok: false, reason: '3840x1024 is wider than 3:1' });
    expect(checkSize(flexible, '1024x3840')).toEqual({ ok: false, reason: '1024x3840 is taller than 3:1' });
    expect(checkSize(flexible, '256x256')).toEqual({ ok: false, reason: '256x256 is below the 655,360-pixel minimum' });
    expect(checkSize(flexible, '4096x2048').reason).toBe('4096 is above the 3840-pixel edge limit');
    expect(checkSize(flexible, '9:16').ok).toBe(false);
  });

  it('accepts sizes inside the budget and marks those above 2560x1440 experimental', () => {
    expect(checkSize(flexible, '1792x1024')).toEqual({ ok: true, experimental: false });
    expect(checkSize(flexible, '2560x1440')).toEqual({ ok: true, experimental: false });
    expect(checkSize(flexible, '3840x2160')).toEqual({ ok: true, experimental: true });
    expect(checkSize(flexible, '1024x640')).toEqual({ ok: true, experimental: false });
    expect(checkSize(flexible, 'auto')).toEqual({ ok: true });
    expect(FLEXIBLE_SIZES_FOR_TEST.minPixels).toBe(655_360);
  });

  it('checks fixed lists', () => {
    expect(checkSize(fixed, '1536x1024').ok).toBe(true);
    expect(checkSize(fixed, '1792x1024')).toEqual({ ok: false, reason: '1792x1024 is not one of 1024x1024, 1536x1024, 1024x1536, auto' });
  });
});

describe('issue 21: certain and uncertain parts, hosts, text models', () => {
  const size26 = sizeRule(getModel('gpt-image-2.6-sunburst')!, 'generations')!;

  it('checks on 2.6 only what every GPT image model rejects', () => {
    expect(checkSize(size26, '9:16').ok).toBe(false);
    expect(checkSize(size26, '256x256')).toEqual({ ok: false, reason: '256x256 is a DALL-E 2 size; the smallest standard size of the GPT image models is 1024x1024' });
    expect(checkSize(size26, '512x512').ok).toBe(false);
    // The flexible limits are unconfirmed for 2.6: neither rejected nor flagged experimental.
    expect(checkSize(size26, '4096x4096')).toEqual({ ok: true });
    expect(checkSize(size26, '1000x1000')).toEqual({ ok: true });
    expect(checkSize(size26, 'auto')).toEqual({ ok: true });
    const quality = getModel('gpt-image-2.6-flare')!.endpoints.generations!.quality;
    expect(quality).toMatchObject({ kind: 'enum', values: ['low', 'medium', 'high', 'auto'], unconfirmedValues: ['xhigh', 'max'] });
    expect(quality.unconfirmed).toBeFalsy();
  });

  it('marks the 2.6 release date and the flare token prices unconfirmed, and keeps the sunburst page price', () => {
    expect(getModel('gpt-image-2.6-sunburst')!.released).toMatchObject({ value: '2026-11-04', unconfirmed: true });
    expect(getModel('gpt-image-2.6-flare')!.tokens).toMatchObject({ imageOut: 30, unconfirmed: true });
    expect(getModel('gpt-image-2.6-sunburst')!.tokens!.unconfirmed).toBeFalsy();
    expect(getModel('gpt-image-2.6-sunburst')!.tokens!.src).toContain('M-gi26');
  });

  it('knows that APIYI still serves the legacy ids and HiAPI does not', () => {
    expect(knownGatewayOf('https://api.apiyi.com/v1')!.stillServes!.value).toEqual(['gpt-image-1.5', 'gpt-image-1', 'gpt-image-1-mini']);
    expect(knownGatewayOf('https://api.hiapi.ai')!.stillServes).toBeUndefined();
    for (const g of KNOWN_GATEWAYS) for (const s of [...g.src, ...(g.stillServes?.src ?? [])]) expect(sources).toHaveProperty(s);
  });

  it('never offers a text model that is shutting down', () => {
    const active = activeTextModels('2026-12-02');
    for (const id of ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-5', 'o3']) {
      expect(isShuttingDownTextModel(id), id).toBe(true);
      expect(active).not.toContain(id);
    }
    expect(active).toEqual(expect.arrayContaining(['gpt-5.5', 'gpt-5.4', 'gpt-5.4-mini', 'gpt-5.4-nano']));
    expect(isShuttingDownTextModel(DEFAULT_TEXT_MODEL.value)).toBe(false);
    expect(TEXT_MODELS.find((m) => m.id === 'gpt-4.1')!.shutdown!.value).toBe('2027-01-14');
    for (const m of TEXT_MODELS) for (const s of [...m.supportsImageTool.src, ...(m.shutdown?.src ?? [])]) expect(sources).toHaveProperty(s);
  });

  it('quotes the Responses error each id gets at the top level', () => {
    expect(responsesTopLevelError('dall-e-2')).toBe(`400 "The requested model, 'dall-e-2' was not found."`);
    expect(responsesTopLevelError('gpt-image-1.5')).toBe(`400 "The requested model, 'gpt-image-1.5' was not found."`);
    expect(responsesTopLevelError('gpt-image-1')).toBe(`400 "The requested model 'gpt-image-1' is not supported with the Responses API"`);
  });

  it('says which @ai-sdk/openai releases send 2.5/2.6 ids without response_format, and when the chatgpt-image- prefix arrives', () => {
    expect(vercelSupportFrom('gpt-image-2', 3)).toEqual({ full: ['3.0.54', '3.0.88'], noResponseFormat: ['3.0.54', '3.0.88'] });
    expect(vercelSupportFrom('gpt-image-2.6-sunburst', 3)).toEqual({ full: ['3.0.88'], noResponseFormat: ['3.0.88', '3.0.54'] });
    expect(vercelSupportFrom('gpt-image-2.6-sunburst', 2)).toEqual({ full: ['2.0.115'], noResponseFormat: ['2.0.115'] });
    expect(vercelSupportFrom('chatgpt-image-latest', 2)).toEqual({ full: [], noResponseFormat: [] });
    expect(vercelSupportFrom('chatgpt-image-latest', 4)).toEqual({ full: ['4.0.19'], noResponseFormat: ['4.0.19'] });
  });

  it('names no default model for images.edit (SDK 7.57), only its line', () => {
    expect(DEFAULT_MODEL_WHEN_OMITTED.edits.value).toBeUndefined();
    expect(DEFAULT_MODEL_WHEN_OMITTED.edits.line).toBe('gpt-image');
  });
});

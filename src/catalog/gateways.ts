/**
 * How third-party gateways spell OpenAI image model ids (facts sheet §9).
 * None of these spellings is accepted by api.openai.com; each works only with
 * the gateway's own `baseURL`. Data only: the `no-unknown-model` check strips
 * these affixes and looks the rest up in the catalog.
 */
import type { Fact, Sourced } from './types.js';

export interface GatewayAffix extends Sourced {
  /** Where the affix sits on the id. */
  at: 'prefix' | 'suffix';
  /** Matched against the id; the matched part is stripped. */
  pattern: RegExp;
  /** Who spells ids this way, for the message. */
  usedBy: string;
}

export const GATEWAY_AFFIXES: readonly GatewayAffix[] = [
  { at: 'prefix', pattern: /^(?:openai|fal-ai)\//i, usedBy: 'Vercel AI Gateway, OpenRouter and fal.ai', src: ['gw-vercel', 'gw-fal'] },
  { at: 'suffix', pattern: /\/(?:text-to-image|image-to-image|edit)$/i, usedBy: 'HiAPI and fal.ai', src: ['gw-hiapi', 'gw-fal'] },
  { at: 'suffix', pattern: /@[a-z0-9._-]+$/i, usedBy: 'HiAPI', src: ['gw-hiapi'] },
  { at: 'suffix', pattern: /:[a-z0-9._-]+$/i, usedBy: 'AceDataCloud', src: ['gw-acedata'] },
  {
    at: 'suffix',
    pattern: /-(?:all|vip|web|beta|edit|ext)$/i,
    usedBy: 'APIYI, LaoZhang, APIMart and Evolink',
    src: ['gw-apiyi', 'gw-laozhang', 'gw-evolink'],
  },
];

/**
 * Path-style ids put the flavour in its own segment
 * (`openai/gpt-image-2.5/flare/text-to-image` on fal.ai): once the affixes are
 * stripped, remaining slashes stand for the hyphen of the OpenAI id.
 */
export const GATEWAY_PATH_SEPARATOR: Sourced & { value: string; standsFor: string } = {
  value: '/',
  standsFor: '-',
  src: ['gw-fal'],
};

/**
 * How a client is pointed somewhere other than OpenAI: the SDK's `baseURL`
 * option (anything but OpenAI's host), or an Azure client, whose `model` is a
 * deployment name. Calls through such a client are not checked against
 * OpenAI's model ids.
 */
export const CUSTOM_ENDPOINT: Sourced & { baseUrlOption: string; openaiHost: string; azureClient: RegExp } = {
  baseUrlOption: 'baseURL',
  openaiHost: 'api.openai.com',
  azureClient: /Azure/,
  src: ['N', 'facts'],
  note: 'openai-node: `new OpenAI({ baseURL })`; `AzureOpenAI` maps `model` to a deployment (facts sheet §8, §9).',
};

/**
/**
 * Gateways whose documentation names the ids they serve. On a client pointed
 * at one of their hosts, their own ids (`ids`) are not reported as unknown
 * (no `allow` needed), and a legacy id is migrated only when the gateway
 * serves the target under OpenAI's own name (`serves`); any other gateway
 * (or a `baseURL` the file does not spell) is left to a person with a TODO.
 */
export interface KnownGateway extends Sourced {
  name: string;
  /** Matched against the host of the client's base URL. */
  host: RegExp;
  /** The gateway's own ids its documentation names. */
  ids: readonly string[];
  /** OpenAI ids it documents serving under their own names. */
  serves: readonly string[];
  /**
   * Ids OpenAI shut down (or is shutting down) that the gateway documents
   * still serving: there a request works, and moving off is a recommended
   * upgrade, not a fix for a failing request.
   */
  stillServes?: Fact<readonly string[]>;
}

export const KNOWN_GATEWAYS: readonly KnownGateway[] = [
  {
    name: 'APIYI',
    host: /(?:^|\.)apiyi\.com$/i,
    ids: ['gpt-image-2-all', 'gpt-image-2-vip', 'gpt-image-2.5-all', 'gpt-image-2.6-all'],
    serves: ['gpt-image-2', 'gpt-image-2.5-flare', 'gpt-image-2.5-sunburst', 'gpt-image-2.6-flare', 'gpt-image-2.6-sunburst'],
    stillServes: {
      value: ['gpt-image-1.5', 'gpt-image-1', 'gpt-image-1-mini'],
      src: ['apiyi-legacy', 'facts'],
      note: 'Its legacy-models page: "available; upgrade to gpt-image-2 recommended" (facts sheet §13, restated in §14).',
    },
    src: ['gw-apiyi', 'facts'],
    note: 'Facts sheet §9 and §13: base_url https://api.apiyi.com/v1; gpt-image-2 is its official channel and gpt-image-2-all its reverse channel; it also relays the official gpt-image-2.5 and 2.6 ids.',
  },
  {
    name: 'HiAPI',
    host: /(?:^|\.)hiapi\.ai$/i,
    ids: ['gpt-image-2/text-to-image@beta', 'gpt-image-2.5-flare@pro'],
    serves: ['gpt-image-2'],
    src: ['gw-hiapi', 'hiapi-tasks', 'facts'],
    note: 'Facts sheet §9 (model pages) and §13: it hosts GPT Image 2 as `gpt-image-2` (not gpt-image-1 or 1.5); OpenAI-style clients work with baseURL https://api.hiapi.ai. Its task API takes the plain id only; that rule is checked separately.',
  },
];

/** The known gateway a base URL (or host) points at. */
export function knownGatewayOf(baseUrl: string | undefined): KnownGateway | undefined {
  if (!baseUrl) return undefined;
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(baseUrl)?.[1] ?? baseUrl.split(/[/:]/)[0];
  return KNOWN_GATEWAYS.find((g) => g.host.test(host));
}

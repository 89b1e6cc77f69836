/**
 * How third-party gateways spell OpenAI image model ids (facts sheet §9).
 * None of these spellings is accepted by api.openai.com; each works only with
 * the gateway's own `baseURL`. Data only: the `no-unknown-model` check strips
 * these affixes and looks the rest up in the catalog.
 */
import type { Sourced } from './types.js';

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
 * Gateways documented to serve OpenAI image model ids through an
 * OpenAI-compatible client pointed at them (`baseURL`). A legacy id on a
 * client of one of these is migrated when the gateway serves the target;
 * any other gateway (or a `baseURL` the file does not spell) is left to a
 * person with a TODO.
 */
export interface GatewayRecord extends Sourced {
  name: string;
  /** Matched against the host of the `baseURL`. */
  host: RegExp;
  /** The OpenAI ids it serves under their own names. */
  serves: readonly string[];
}

export const GATEWAYS: readonly GatewayRecord[] = [
  {
    name: 'HiAPI',
    host: /(?:^|\.)hiapi\.ai$/i,
    serves: ['gpt-image-2'],
    src: ['hiapi-tasks', 'facts'],
    note: 'Facts sheet §13: HiAPI hosts GPT Image 2 as `gpt-image-2` and does not host gpt-image-1 or gpt-image-1.5; OpenAI-style clients work with baseURL https://api.hiapi.ai.',
  },
  {
    name: 'APIYI',
    host: /(?:^|\.)apiyi\.com$/i,
    serves: ['gpt-image-2', 'gpt-image-2.5-flare', 'gpt-image-2.5-sunburst', 'gpt-image-2.6-flare', 'gpt-image-2.6-sunburst'],
    src: ['gw-apiyi', 'facts'],
    note: 'Facts sheet §13: base_url https://api.apiyi.com/v1, target gpt-image-2 (official channel); §9: also relays the official gpt-image-2.5 and 2.6 ids.',
  },
];

/** The documented gateway a `baseURL` (or host) points at, if any. */
export function gatewayFor(baseUrl: string | undefined): GatewayRecord | undefined {
  if (!baseUrl) return undefined;
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(baseUrl)?.[1] ?? baseUrl.split(/[/:]/)[0];
  return GATEWAYS.find((g) => g.host.test(host));
}

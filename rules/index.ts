/** Every rule of the plugin, by name. */
import noImageModelInResponses from './no-image-model-in-responses.js';
import noLegacyModel from './no-legacy-model.js';
import noOutdatedUsage from './no-outdated-usage.js';
import noPreviewFeature from './no-preview-feature.js';
import noUnknownModel from './no-unknown-model.js';
import noUnsupportedParam from './no-unsupported-param.js';
import noUrlResponse from './no-url-response.js';
import requireModel from './require-model.js';

export const rules = {
  'no-image-model-in-responses': noImageModelInResponses,
  'no-legacy-model': noLegacyModel,
  'no-outdated-usage': noOutdatedUsage,
  'no-preview-feature': noPreviewFeature,
  'no-unknown-model': noUnknownModel,
  'no-unsupported-param': noUnsupportedParam,
  'no-url-response': noUrlResponse,
  'require-model': requireModel,
};

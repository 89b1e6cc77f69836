/** Every rule of the plugin, by name. */
import noLegacyModel from './no-legacy-model.js';

export const rules = {
  'no-legacy-model': noLegacyModel,
};

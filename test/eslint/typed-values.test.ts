/**
 * Typed values never take the lint run down: when TypeScript's checker throws
 * (seen once inside TypeScript while it named a module symbol), the value is
 * left to the syntactic analysis.
 */
import type { ParserServicesWithTypeInformation } from '@typescript-eslint/utils';
import { expect, it } from 'vitest';
import { typedValues } from '../../src/eslint/typed-values.js';

it('answers "unknown here" instead of throwing when the checker fails', () => {
  const node = { type: 'Identifier', name: 'IMAGE_MODEL' };
  const services = {
    program: {
      getTypeChecker: () => ({
        getTypeAtLocation: () => {
          throw new TypeError("Cannot read properties of undefined (reading 'includes')");
        },
      }),
    },
    esTreeNodeToTSNodeMap: new Map([[node, { kind: 80 }]]),
  } as unknown as ParserServicesWithTypeInformation;
  expect(() => typedValues(services).valueOf(node as never)).not.toThrow();
  expect(typedValues(services).valueOf(node as never)).toBeUndefined();
});

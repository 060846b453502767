import { describe } from 'vitest';
import { buildManifest, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const never = buildManifest({ modules: { a: { imagePullPolicy: 'never' }, b: { imagePullPolicy: 'on-create' } } });

describe('image-pull-policy', () => {
  testRule('image-pull-policy', {
    valid: [{ name: 'not set', manifest: buildManifest({ modules: { a: {} } }) }],
    invalid: [
      {
        name: 'never and on-create',
        manifest: never,
        errors: [
          { messageId: 'never', severity: 'warning', path: `${modulePointer('a')}/imagePullPolicy`, ...positionOf(never, '"imagePullPolicy": "never"') },
          { messageId: 'onCreate', severity: 'info', path: `${modulePointer('b')}/imagePullPolicy`, ...positionOf(never, '"imagePullPolicy": "on-create"') },
        ],
      },
    ],
  });
});

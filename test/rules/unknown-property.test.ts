import { describe } from 'vitest';
import { buildManifest, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const keys = buildManifest({ modules: { m: { _comment: 'sensor', restartpolicy: 'always' } } }).replace('"image": "mcr.microsoft.com/azureiotedge-simulated', '"imagePullPolicy": "never",\n          "image": "mcr.microsoft.com/azureiotedge-simulated');

describe('unknown-property', () => {
  testRule('unknown-property', {
    valid: [{ name: 'known keys', manifest: buildManifest({ modules: { m: { startupOrder: 1 } } }) }],
    invalid: [
      {
        name: 'comment, typo and misplaced field',
        manifest: keys,
        errors: [
          { messageId: 'comment', severity: 'info', path: `${modulePointer('m')}/_comment`, ...positionOf(keys, '"_comment"') },
          { messageId: 'unknown', path: `${modulePointer('m')}/restartpolicy`, ...positionOf(keys, '"restartpolicy"') },
          { messageId: 'misplaced', path: `${modulePointer('m')}/settings/imagePullPolicy`, ...positionOf(keys, '"imagePullPolicy"') },
        ],
      },
    ],
  });
});

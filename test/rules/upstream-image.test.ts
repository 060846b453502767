import { describe } from 'vitest';
import { buildManifest, EDGE_HUB_POINTER } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const nested = buildManifest({ edgeHub: { image: '$upstream:443/azureiotedge-hub:1.4' } });

describe('upstream-image', () => {
  testRule('upstream-image', {
    valid: [{ name: 'registry images and template placeholders', manifest: buildManifest({ modules: { a: { image: '${MODULES.a}' } } }) }],
    invalid: [{ name: 'a nested-edge image', manifest: nested, errors: [{ messageId: 'upstream', path: `${EDGE_HUB_POINTER}/settings/image`, ...positionOf(nested, '"image": "$upstream') }] }],
  });
});

import { describe } from 'vitest';
import { buildManifest } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const image = '"image": "mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.0"';
const chunked = (keys: Record<string, string>) =>
  buildManifest({ modules: { m: {} } }).replace(image, [image, ...Object.entries(keys).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)].join(',\n          '));
const gap = chunked({ createOptions: '{"Env":', createOptions02: '[]}' });
const noBase = chunked({ createOptions01: '{}' });

describe('create-options-chunks', () => {
  testRule('create-options-chunks', {
    valid: [{ name: 'a complete sequence', manifest: chunked({ createOptions: '{"Env"', createOptions01: ':[]', createOptions02: '}' }) }],
    invalid: [
      { name: 'a gap', manifest: gap, errors: [{ messageId: 'gap', path: '/modulesContent/$edgeAgent/properties.desired/modules/m/settings/createOptions02', ...positionOf(gap, '"createOptions02"'), data: { expected: 'createOptions01' } }] },
      { name: 'no base key', manifest: noBase, errors: [{ messageId: 'missingBase', path: '/modulesContent/$edgeAgent/properties.desired/modules/m/settings/createOptions01', ...positionOf(noBase, '"createOptions01"') }] },
    ],
  });
});

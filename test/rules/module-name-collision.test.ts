import { describe } from 'vitest';
import { buildManifest, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const pair = buildManifest({ modules: { tempSensor: {}, tempsensor: {} } });
const hub = buildManifest({ modules: { EdgeHub: {} } });

describe('module-name-collision', () => {
  testRule('module-name-collision', {
    valid: [{ name: 'distinct names', manifest: buildManifest({ modules: { tempSensor: {}, filter: {} } }) }],
    invalid: [
      {
        name: 'names that differ only in case',
        manifest: pair,
        errors: [
          { messageId: 'collision', path: modulePointer('tempSensor'), ...positionOf(pair, '"tempSensor": {'), data: { name: 'tempsensor', others: '"tempsensor"' } },
          { messageId: 'collision', path: modulePointer('tempsensor'), ...positionOf(pair, '"tempsensor": {'), data: { others: '"tempSensor"' } },
        ],
      },
      {
        name: 'a user module named like edgeHub',
        manifest: hub,
        errors: [
          { messageId: 'collision', path: '/modulesContent/$edgeAgent/properties.desired/systemModules/edgeHub', ...positionOf(hub, '"edgeHub": {'), data: { module: '$edgeHub', name: 'edgehub' } },
          { messageId: 'collision', path: modulePointer('EdgeHub'), ...positionOf(hub, '"EdgeHub": {'), data: { module: 'EdgeHub' } },
        ],
      },
    ],
  });
});

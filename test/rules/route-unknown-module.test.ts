import { describe } from 'vitest';
import { buildManifest } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const routes = {
  toFilter: 'FROM /messages/modules/tempSensor/outputs/temperatureOutput INTO BrokeredEndpoint("/modules/Filter/inputs/input1")',
  ghost: 'FROM /messages/modules/ghost/* INTO $upstream',
};
const manifest = buildManifest({ modules: { tempSensor: {}, filter: {} }, routes });

describe('route-unknown-module', () => {
  testRule('route-unknown-module', {
    valid: [{ name: 'routes that name existing modules', manifest: buildManifest({ modules: { tempSensor: {}, filter: {} }, routes: { a: 'FROM /messages/modules/tempSensor/* INTO BrokeredEndpoint("/modules/filter/inputs/in")', b: 'FROM /messages/modules/*/outputs/* INTO $upstream' } }) }],
    invalid: [
      {
        name: 'a case mismatch and an unknown module, at the name inside the route',
        manifest,
        errors: [
          { messageId: 'caseMismatch', path: '/modulesContent/$edgeHub/properties.desired/routes/toFilter', ...positionOf(manifest, 'Filter/inputs'), data: { name: 'Filter', actual: 'filter' } },
          { messageId: 'unknown', path: '/modulesContent/$edgeHub/properties.desired/routes/ghost', ...positionOf(manifest, 'ghost/*'), data: { name: 'ghost' } },
        ],
      },
    ],
  });
});

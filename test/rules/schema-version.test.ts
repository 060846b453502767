import { describe } from 'vitest';
import { buildManifest, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const v14 = buildManifest({ agentSchemaVersion: '1.4', hubSchemaVersion: '1.4' });
const oldHub = buildManifest({ hubSchemaVersion: '1.0', agentSchemaVersion: '1.0', routes: { r: { route: 'FROM /* INTO $upstream', priority: 0 } }, modules: { a: { startupOrder: 1 } } });

describe('schema-version', () => {
  testRule('schema-version', {
    valid: [
      { name: 'supported versions', manifest: buildManifest({ agentSchemaVersion: '1.1.0', hubSchemaVersion: '1.2' }) },
      { name: 'an unresolved placeholder is left to unresolved-placeholder', manifest: buildManifest({ agentSchemaVersion: '${EDGEAGENT_SCHEMA_VERSION}' }) },
    ],
    invalid: [
      {
        name: 'versions the runtime rejects (as VS Code writes for runtime 1.4)',
        manifest: v14,
        errors: [
          { messageId: 'agentUnsupported', path: '/modulesContent/$edgeAgent/properties.desired/schemaVersion', ...positionOf(v14, '"schemaVersion": "1.4"') },
          { messageId: 'hubUnsupported', path: '/modulesContent/$edgeHub/properties.desired/schemaVersion', ...positionOf(v14, '"schemaVersion": "1.4"', 2) },
        ],
      },
      {
        name: 'features newer than the declared version',
        manifest: oldHub,
        errors: [
          { messageId: 'startupOrderNeeds11', severity: 'warning', path: `${modulePointer('a')}/startupOrder`, ...positionOf(oldHub, '"startupOrder"') },
          { messageId: 'routeObjectNeeds11', severity: 'warning', path: '/modulesContent/$edgeHub/properties.desired/routes/r', ...positionOf(oldHub, '"r": {') },
        ],
      },
    ],
  });
});

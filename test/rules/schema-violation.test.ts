import { describe } from 'vitest';
import { buildManifest, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const bad = buildManifest({ modules: { m: { type: 'rkt', restartPolicy: 'sometimes' } }, routes: { r: { route: 'FROM /* INTO $upstream', priority: 12 } } });

describe('schema-violation', () => {
  testRule('schema-violation', {
    valid: [{ name: 'a valid manifest', manifest: buildManifest({ modules: { m: { startupOrder: 3 } } }) }],
    invalid: [
      {
        name: 'enums and ranges',
        manifest: bad,
        errors: [
          { messageId: 'enum', path: `${modulePointer('m')}/type`, ...positionOf(bad, '"type": "rkt"'), data: { allowed: '"docker"' } },
          { messageId: 'enum', path: `${modulePointer('m')}/restartPolicy`, ...positionOf(bad, '"restartPolicy": "sometimes"') },
          { messageId: 'range', path: '/modulesContent/$edgeHub/properties.desired/routes/r/priority', ...positionOf(bad, '"priority"'), data: { detail: 'at most 9' } },
        ],
      },
    ],
  });
});

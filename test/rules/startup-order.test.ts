import { describe } from 'vitest';
import { buildManifest, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const ordered = buildManifest({ modules: { db: { startupOrder: 1 }, app: { startupOrder: 2 } } });
const same = buildManifest({ modules: { db: { startupOrder: 1 } } });

describe('startup-order', () => {
  testRule('startup-order', {
    valid: [{ name: 'no startupOrder', manifest: buildManifest({ modules: { a: {} } }) }],
    invalid: [
      {
        name: 'an ordering that Kubernetes ignores',
        manifest: ordered,
        errors: [
          { messageId: 'ignored', severity: 'warning', path: `${modulePointer('db')}/startupOrder`, ...positionOf(ordered, '"startupOrder": 1') },
          { messageId: 'ignored', severity: 'warning', path: `${modulePointer('app')}/startupOrder`, ...positionOf(ordered, '"startupOrder": 2') },
        ],
      },
      { name: 'a single order expresses nothing', manifest: same, errors: [{ messageId: 'ignored', severity: 'info', path: `${modulePointer('db')}/startupOrder`, ...positionOf(same, '"startupOrder": 1') }] },
    ],
  });
});

import { describe } from 'vitest';
import { buildManifest, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const never = buildManifest({ modules: { job: { restartPolicy: 'never' } } });

describe('restart-policy', () => {
  testRule('restart-policy', {
    valid: [{ name: 'always', manifest: buildManifest({ modules: { a: { restartPolicy: 'always' } } }) }],
    invalid: [{ name: 'never', manifest: never, errors: [{ messageId: 'notHonoured', path: `${modulePointer('job')}/restartPolicy`, ...positionOf(never, '"restartPolicy": "never"'), data: { policy: 'never' } }] }],
  });
});

import { describe } from 'vitest';
import { buildManifest, buildManifestObject } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const object = buildManifestObject();
(object.modulesContent as any).$edgeAgent['properties.desired'].integrity = { header: { signercert: ['x'] }, signature: { bytes: 'y', algorithm: 'ES256' } };
const signed = JSON.stringify(object, null, 2);

describe('signed-manifest', () => {
  testRule('signed-manifest', {
    valid: [{ name: 'unsigned', manifest: buildManifest() }],
    invalid: [{ name: 'integrity on $edgeAgent', manifest: signed, errors: [{ messageId: 'signed', path: '/modulesContent/$edgeAgent/properties.desired/integrity', ...positionOf(signed, '"integrity"') }] }],
  });
});

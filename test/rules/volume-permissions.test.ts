import { describe } from 'vitest';
import { buildManifest, createOptionsPointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const claim = { Type: 'volume', Source: 'db-data', Target: '/var/lib/db' };
const noGroup = buildManifest({ modules: { db: { createOptions: { HostConfig: { Mounts: [claim] } } } } });

describe('volume-permissions', () => {
  testRule('volume-permissions', {
    valid: [
      { name: 'fsGroup is set', manifest: buildManifest({ modules: { db: { createOptions: { HostConfig: { Mounts: [claim] }, 'k8s-experimental': { securityContext: { fsGroup: 999 } } } } } }) },
      { name: 'read-only claims and host paths', manifest: buildManifest({ modules: { db: { createOptions: { HostConfig: { Binds: ['/d:/d'], Mounts: [{ ...claim, ReadOnly: true }] } } } } }) },
    ],
    invalid: [{ name: 'a writable claim without fsGroup', manifest: noGroup, errors: [{ messageId: 'noFsGroup', severity: 'info', path: createOptionsPointer('db'), innerPath: '/HostConfig/Mounts/0', ...positionOf(noGroup, '{\\"Type'), data: { claim: 'db-data' } }] }],
  });
});

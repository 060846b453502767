import { describe, expect, it } from 'vitest';
import { buildManifest, createOptionsPointer, modulePointer } from '../helpers/manifest-builder.js';
import { findingsOf, positionOf, testRule } from '../helpers/rule-tester.js';
import { applyEdits, collectEdits } from '../../src/fix/apply.js';

const colonEnv = buildManifest({ modules: { api: { env: { 'Logging:LogLevel:Default': { value: 'Warning' } } } } });
const colonInCreateOptions = buildManifest({ modules: { grid: { createOptions: { Env: ['inbound:serverAuth:tlsPolicy=enabled'] } } } });

describe('env-name-colon', () => {
  testRule('env-name-colon', {
    valid: [
      { name: 'plain names', manifest: buildManifest({ modules: { api: { env: { Logging__LogLevel: { value: 'x' } }, createOptions: { Env: ['A_B=1'] } } } }) },
      { name: 'colon in a value only', manifest: buildManifest({ modules: { api: { env: { URL: { value: 'http://a:80' } } } } }) },
      { name: 'edgeAgent is not translated', manifest: buildManifest({ edgeAgent: { env: { 'a:b': { value: '1' } } } }) },
    ],
    invalid: [
      {
        name: 'module env map before 1.32',
        manifest: colonEnv,
        options: { kubernetesVersion: { major: 1, minor: 30 } },
        errors: [{ messageId: 'rejected', severity: 'error', path: `${modulePointer('api')}/env/Logging:LogLevel:Default`, ...positionOf(colonEnv, '"Logging:LogLevel:Default"'), data: { renamed: 'Logging_LogLevel_Default' } }],
      },
      {
        name: 'beta on 1.33 (the default target)',
        manifest: colonEnv,
        errors: [{ messageId: 'beta', severity: 'warning', path: `${modulePointer('api')}/env/Logging:LogLevel:Default`, ...positionOf(colonEnv, '"Logging:LogLevel:Default"') }],
      },
      {
        name: 'accepted from 1.34',
        manifest: colonEnv,
        options: { kubernetesVersion: { major: 1, minor: 34 } },
        errors: [{ messageId: 'accepted', severity: 'info', path: `${modulePointer('api')}/env/Logging:LogLevel:Default`, ...positionOf(colonEnv, '"Logging:LogLevel:Default"') }],
      },
      {
        name: 'createOptions Env, located inside the string',
        manifest: colonInCreateOptions,
        options: { envColonReplacement: '__' },
        errors: [{ messageId: 'beta', path: createOptionsPointer('grid'), innerPath: '/Env/0', ...positionOf(colonInCreateOptions, '\\"inbound:'), data: { renamed: 'inbound__serverAuth__tlsPolicy' } }],
      },
    ],
  });

  it('fixes only the colons, in the env map and inside createOptions strings', async () => {
    for (const [manifest, before, after] of [
      [colonEnv, '"Logging:LogLevel:Default"', '"Logging__LogLevel__Default"'],
      [colonInCreateOptions, 'inbound:serverAuth:tlsPolicy=enabled', 'inbound__serverAuth__tlsPolicy=enabled'],
    ] as const) {
      const [finding] = await findingsOf('env-name-colon', manifest, { envColonReplacement: '__' });
      const fixed = applyEdits(manifest, collectEdits([finding!]));
      expect(fixed).toBe(manifest.replace(before, after));
      expect(await findingsOf('env-name-colon', fixed)).toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { buildManifest } from '../helpers/manifest-builder.js';
import { findingsOf, positionOf, testRule } from '../helpers/rule-tester.js';

const secret = 'S3cr3t-Passw0rd';
const plain = buildManifest({ registryCredentials: { acr: { address: 'acr.azurecr.io', username: 'acr', password: secret } } });

describe('registry-password', () => {
  testRule('registry-password', {
    valid: [
      { name: 'a ${VAR} placeholder', manifest: buildManifest({ registryCredentials: { acr: { address: 'acr.azurecr.io', username: 'acr', password: '${ACR_PASSWORD}' } } }) },
      { name: 'a $VAR placeholder', manifest: buildManifest({ registryCredentials: { acr: { address: 'acr.azurecr.io', username: 'acr', password: '$CONTAINER_REGISTRY_PASSWORD' } } }) },
      { name: 'a pipeline token', manifest: buildManifest({ registryCredentials: { acr: { address: 'acr.azurecr.io', username: 'acr', password: '<CR.Password>' } } }) },
    ],
    invalid: [
      {
        name: 'a literal password',
        manifest: plain,
        errors: [{ messageId: 'plainText', path: '/modulesContent/$edgeAgent/properties.desired/runtime/settings/registryCredentials/acr/password', ...positionOf(plain, '"password"'), data: { name: 'acr' } }],
      },
    ],
  });

  it('never prints the password', async () => {
    const findings = await findingsOf('registry-password', plain);
    expect(JSON.stringify(findings)).not.toContain(secret);
  });
});

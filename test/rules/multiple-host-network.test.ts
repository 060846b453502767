import { describe, expect, it } from 'vitest';
import { buildManifest, createOptionsPointer } from '../helpers/manifest-builder.js';
import { findingsOf, positionOf, testRule } from '../helpers/rule-tester.js';

const two = buildManifest({ modules: { lora: { createOptions: { HostConfig: { NetworkMode: 'host' } } }, can: { createOptions: { HostConfig: { networkmode: 'Host' } } } } });

describe('multiple-host-network', () => {
  testRule('multiple-host-network', {
    valid: [
      { name: 'one host-network module is fine', manifest: buildManifest({ modules: { lora: { createOptions: { HostConfig: { NetworkMode: 'host' } } }, b: {} } }) },
      { name: 'other network modes', manifest: buildManifest({ modules: { a: { createOptions: { HostConfig: { NetworkMode: 'bridge' } } }, b: { createOptions: { HostConfig: { NetworkMode: 'bridge' } } } } }) },
    ],
    invalid: [
      {
        name: 'two modules, any case',
        manifest: two,
        errors: [{ messageId: 'several', path: createOptionsPointer('lora'), innerPath: '/HostConfig/NetworkMode', ...positionOf(two, '\\"NetworkMode'), data: { count: 2, modules: 'lora, can' } }],
      },
    ],
  });

  it('points at every other module with a related location', async () => {
    const [finding] = await findingsOf('multiple-host-network', two);
    expect(finding!.related).toEqual([
      { message: 'Module "can" also uses host networking here.', path: createOptionsPointer('can'), innerPath: '/HostConfig/networkmode', location: expect.objectContaining(positionOf(two, '\\"networkmode')) },
    ]);
  });
});

import { describe } from 'vitest';
import { buildManifest, createOptionsPointer, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const image = buildManifest({ modules: { filter: { image: '${MODULES.filter}' } } });
const several = buildManifest({ modules: { m: { env: { A: { value: 'x=$HOME_DIR and <Your Key>' } }, createOptions: { HostConfig: { Binds: ['__DATA_DIR__:/data'] } } } } });

describe('unresolved-placeholder', () => {
  testRule('unresolved-placeholder', {
    valid: [
      {
        name: 'system names, $upstream images and route properties are not placeholders',
        manifest: buildManifest({
          modules: { m: { image: '$upstream:443/azureiotedge-simulated-temperature-sensor:1.0', env: { Mode: { value: 'Logging__LogLevel' } } } },
          routes: { r: 'FROM /messages/* WHERE $connectionModuleId = "m" AND temperature < 20 INTO $upstream' },
        }),
      },
    ],
    invalid: [
      { name: 'an image placeholder', manifest: image, errors: [{ messageId: 'unresolved', path: `${modulePointer('filter')}/settings/image`, ...positionOf(image, '${MODULES.filter}'), data: { placeholder: '${MODULES.filter}' } }] },
      {
        name: 'each placeholder at its own characters, inside createOptions too',
        manifest: several,
        errors: [
          { messageId: 'unresolved', path: createOptionsPointer('m'), innerPath: '/HostConfig/Binds/0', ...positionOf(several, '__DATA_DIR__'), data: { placeholder: '__DATA_DIR__' } },
          { messageId: 'unresolved', path: `${modulePointer('m')}/env/A/value`, ...positionOf(several, '$HOME_DIR'), data: { placeholder: '$HOME_DIR' } },
          { messageId: 'unresolved', path: `${modulePointer('m')}/env/A/value`, ...positionOf(several, '<Your Key>'), data: { placeholder: '<Your Key>' } },
        ],
      },
    ],
  });
});

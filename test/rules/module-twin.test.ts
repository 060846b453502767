import { describe } from 'vitest';
import { buildManifest } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const twins = buildManifest({ modules: { filter: {} }, twins: { filter: { 'properties.desired': { threshold: 25 } }, Filtr: { 'properties.desired': {} } } });

describe('module-twin', () => {
  testRule('module-twin', {
    valid: [{ name: 'no twin sections', manifest: buildManifest({ modules: { filter: {} } }) }],
    invalid: [
      {
        name: 'a twin for a module, and one for a module that is not there',
        manifest: twins,
        errors: [
          { messageId: 'twin', severity: 'info', path: '/modulesContent/filter', ...positionOf(twins, '"filter": {\n      "properties.desired"') },
          { messageId: 'noModule', severity: 'warning', path: '/modulesContent/Filtr', ...positionOf(twins, '"Filtr"') },
        ],
      },
    ],
  });
});

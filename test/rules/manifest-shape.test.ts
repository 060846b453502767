import { describe } from 'vitest';
import { buildManifest, buildManifestObject } from '../helpers/manifest-builder.js';
import { testRule } from '../helpers/rule-tester.js';

const content = buildManifestObject().modulesContent;

describe('manifest-shape', () => {
  testRule('manifest-shape', {
    valid: [
      { name: 'modulesContent', manifest: buildManifest() },
      { name: 'content.modulesContent', manifest: JSON.stringify({ content: { modulesContent: content } }) },
    ],
    invalid: [
      { name: 'legacy moduleContent', manifest: JSON.stringify({ moduleContent: content }, null, 2), errors: [{ messageId: 'legacyModuleContent', path: '/moduleContent', line: 2, column: 3 }] },
      { name: 'bare twins', manifest: JSON.stringify(content, null, 2), errors: [{ messageId: 'bareTwins', path: '', line: 1, column: 1 }] },
      { name: 'not a manifest', manifest: '{\n  "kind": "Pod"\n}\n', errors: [{ messageId: 'noModulesContent', path: '', line: 1, column: 1 }] },
      { name: 'no $edgeAgent', manifest: '{\n  "modulesContent": {\n    "$edgeHub": {}\n  }\n}\n', errors: [{ messageId: 'noEdgeAgent', path: '/modulesContent', line: 2, column: 3 }] },
    ],
  });
});

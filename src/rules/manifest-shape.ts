import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'manifest-shape',
  severity: 'warning',
  category: 'input',
  summary: 'The document is not wrapped the way IoT Hub and the az CLI expect a deployment manifest.',
  messages: {
    legacyModuleContent: '"moduleContent" is the 2018 preview name; tools rename it, but write "modulesContent".',
    bareTwins: '"$edgeAgent" is at the top level without a "modulesContent" wrapper; az iot edge set-modules rejects this file.',
    noModulesContent: 'No "modulesContent" (or "content.modulesContent") found: this does not look like an IoT Edge deployment manifest.',
    contentNotObject: '"modulesContent" must be an object, but it is {{found}}.',
    noEdgeAgent: 'There is no "$edgeAgent" section; every deployment (a layered one too, possibly empty) needs one.',
  },
});

import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'create-options-chunks',
  severity: 'error',
  category: 'input',
  summary: 'createOptions split into createOptions01…99 chunks has a gap or no base key, which the runtime rejects.',
  messages: {
    missingBase: '"{{key}}" continues createOptions, but there is no "createOptions" key to continue.',
    gap: '"{{key}}" is out of sequence: the next chunk must be "{{expected}}"; the runtime rejects the module.',
    tooMany: 'createOptions is split into {{count}} chunks; the runtime reads at most 100.',
  },
});

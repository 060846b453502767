import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'duplicate-key',
  severity: 'warning',
  category: 'input',
  summary: 'A key appears twice in one object; only the last value is used.',
  messages: {
    duplicate: 'Key "{{key}}" appears more than once in this object; only the last value is used.',
    duplicateInCreateOptions: 'Key "{{key}}" appears more than once in createOptions; only the last value is used.',
  },
});

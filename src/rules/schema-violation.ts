import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'schema-violation',
  severity: 'error',
  category: 'input',
  summary: 'A value has a type or content the IoT Edge runtime does not accept.',
  messages: {
    required: 'Missing required property "{{property}}".',
    enum: 'Value must be one of {{allowed}}.',
    type: 'Value must be {{expected}}.',
    range: 'Value must be {{detail}}.',
    other: 'Value is invalid: {{detail}}.',
  },
});

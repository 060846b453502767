import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'invalid-create-options',
  severity: 'error',
  category: 'input',
  summary: 'A module createOptions value is not a JSON object in a string, so the runtime cannot create the container.',
  messages: {
    syntax: 'createOptions is not valid JSON: {{detail}}.',
    notObject: 'createOptions must hold a JSON object, but it holds {{found}}.',
    notString: '"{{key}}" must be a string holding JSON, but it is {{found}}.',
  },
});

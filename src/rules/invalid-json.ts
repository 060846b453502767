import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'invalid-json',
  severity: 'error',
  category: 'input',
  summary: 'The file is not a valid JSON document, so nothing in it can be deployed.',
  messages: {
    syntax: 'Invalid JSON: {{detail}}.',
    notObject: 'A deployment manifest is a JSON object, but this document is {{found}}.',
  },
});

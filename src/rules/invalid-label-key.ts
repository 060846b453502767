import { sanitizeAnnotationKey } from '../mapping/names.js';
import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';

export default defineRule({
  id: 'invalid-label-key',
  severity: 'error',
  category: 'compatibility',
  summary: 'A Docker label key cannot become a Kubernetes annotation key.',
  messages: {
    invalid: 'Label "{{key}}" cannot be made a valid annotation key (the reference failed the deployment on it); translate drops it.',
    renamed: 'Label "{{key}}" becomes annotation "{{annotation}}" on the pod and Service.',
    notObject: 'Labels must be an object of strings; it is ignored.',
    notString: 'Label "{{key}}" must have a string value; it is dropped.',
  },
  check(context) {
    for (const module of translatedModules(context.manifest)) {
      const labels = context.createOptionsOf(module)?.labels;
      const at = module.createOptions?.at;
      if (!labels || at === undefined) continue;
      if (typeof labels.value !== 'object' || labels.value === null || Array.isArray(labels.value)) {
        context.report({ at, inner: labels.pointer, module: module.name, messageId: 'notObject' });
        continue;
      }
      for (const [key, value] of Object.entries(labels.value)) {
        const inner = `${labels.pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const annotation = sanitizeAnnotationKey(key);
        if (annotation === undefined) context.report({ at, inner, module: module.name, messageId: 'invalid', data: { key } });
        else if (typeof value !== 'string') context.report({ at, inner, module: module.name, messageId: 'notString', data: { key }, severity: 'warning' });
        else if (annotation !== key) context.report({ at, inner, module: module.name, messageId: 'renamed', data: { key, annotation }, severity: 'info' });
      }
    }
  },
});

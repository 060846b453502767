import { isUpstreamImage } from '../mapping/images.js';
import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';

export default defineRule({
  id: 'upstream-image',
  severity: 'error',
  category: 'compatibility',
  summary: 'An image is pulled through the parent device ($upstream), which does not exist on Kubernetes.',
  messages: {
    upstream: 'Image "{{image}}" is pulled through the parent device\'s API proxy ($upstream, nested edge); a Kubernetes node cannot resolve it. Use the registry address itself.',
  },
  check(context) {
    for (const module of translatedModules(context.manifest)) {
      const image = module.image;
      if (typeof image?.value === 'string' && isUpstreamImage(image.value)) context.report({ messageId: 'upstream', at: image.at, module: module.name, data: { image: image.value } });
    }
  },
});

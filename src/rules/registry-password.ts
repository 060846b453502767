import { defineRule } from './define-rule.js';
import { isPlaceholder } from '../manifest/placeholders.js';

export default defineRule({
  id: 'registry-password',
  severity: 'warning',
  category: 'security',
  summary: 'A registry password is written in plain text in the manifest.',
  messages: {
    plainText:
      'Registry credential "{{name}}" has a plain-text password; it is stored in the module twin and in every copy of this file. Substitute it at deploy time (for example ${CONTAINER_REGISTRY_PASSWORD}) or create the image pull Secret in the cluster.',
  },
  check(context) {
    for (const credential of context.manifest.registryCredentials) {
      // A template's password comes from .env or the environment; judge what the file itself says.
      const password = credential.password ? context.loaded.writtenValueAt(credential.password.at) : undefined;
      if (typeof password !== 'string' || password === '' || isPlaceholder(password)) continue;
      // The finding names the credential, never the password.
      context.report({ messageId: 'plainText', at: credential.password!.at, data: { name: credential.name } });
    }
  },
});

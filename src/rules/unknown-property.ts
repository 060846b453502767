import { isObject } from '../manifest/normalize.js';
import { joinPointer } from '../manifest/pointer.js';
import { defineRule } from './define-rule.js';

const MODULE_KEYS = new Set(['version', 'type', 'status', 'restartPolicy', 'imagePullPolicy', 'startupOrder', 'settings', 'env', 'configuration']);
const SETTINGS_KEY = /^(image|digest|createoptions\d*)$/i;

export default defineRule({
  id: 'unknown-property',
  severity: 'warning',
  category: 'input',
  summary: 'A key the runtime does not read: a comment, a typo, or a field in the wrong place.',
  messages: {
    comment: '"{{key}}" is not read by the runtime; it is kept as a comment.',
    misplaced: '"{{key}}" is not read inside settings; it belongs on the module itself, next to "settings".',
    unknown: '"{{key}}" is not a module property the runtime reads; it is ignored.',
    unknownSetting: '"{{key}}" is not a module setting the runtime reads; it is ignored.',
  },
  check(context) {
    for (const module of context.manifest.modules) {
      const raw = context.loaded.valueAt(module.at);
      if (!isObject(raw)) continue;
      for (const key of Object.keys(raw)) {
        if (MODULE_KEYS.has(key)) continue;
        const at = joinPointer(module.at, key);
        if (key.startsWith('_')) context.report({ messageId: 'comment', at, module: module.name, severity: 'info', data: { key } });
        else context.report({ messageId: 'unknown', at, module: module.name, data: { key } });
      }
      const settings = module.settings;
      if (!settings) continue;
      for (const key of Object.keys(settings.value)) {
        if (SETTINGS_KEY.test(key)) continue;
        const at = joinPointer(settings.at, key);
        if (key.startsWith('_')) context.report({ messageId: 'comment', at, module: module.name, severity: 'info', data: { key } });
        else if (MODULE_KEYS.has(key)) context.report({ messageId: 'misplaced', at, module: module.name, data: { key } });
        else context.report({ messageId: 'unknownSetting', at, module: module.name, data: { key } });
      }
    }
  },
});

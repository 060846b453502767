import { parseHostPort, parsePortKey } from '../mapping/create-options.js';
import { escapeSegment } from '../manifest/pointer.js';
import { defineRule } from './define-rule.js';
import { translatedCreateOptions } from './helpers.js';

export default defineRule({
  id: 'invalid-port',
  severity: 'warning',
  category: 'networking',
  summary: 'An ExposedPorts or PortBindings entry cannot become a Service port and is dropped.',
  messages: {
    badKey: 'Port "{{key}}" is not "<port>/<tcp|udp|sctp>"; it is dropped.',
    badHostPort: 'HostPort {{value}} of "{{key}}" is not a port number; this binding is dropped.',
    hostIp: 'HostIp is ignored: the port is published by a Service, not bound on one node address.',
    notObject: '{{field}} must be an object keyed by "<port>/<protocol>"; it is ignored.',
  },
  check(context) {
    for (const { module, view, at } of translatedCreateOptions(context)) {
      const base = { at, module: module.name };
      for (const field of [view.exposedPorts, view.portBindings]) {
        if (!field) continue;
        if (typeof field.value !== 'object' || field.value === null || Array.isArray(field.value)) {
          context.report({ ...base, inner: field.pointer, messageId: 'notObject', data: { field: field.key } });
          continue;
        }
        for (const [key, bindings] of Object.entries(field.value)) {
          const inner = `${field.pointer}/${escapeSegment(key)}`;
          if (!parsePortKey(key)) {
            context.report({ ...base, inner, messageId: 'badKey', data: { key } });
            continue;
          }
          if (field !== view.portBindings || !Array.isArray(bindings)) continue;
          bindings.forEach((binding: unknown, index) => {
            const entry = (typeof binding === 'object' && binding !== null ? binding : {}) as Record<string, unknown>;
            if (parseHostPort(entry.HostPort) === undefined) {
              context.report({ ...base, inner: `${inner}/${index}`, messageId: 'badHostPort', data: { key, value: JSON.stringify(entry.HostPort ?? null) } });
            }
            if (typeof entry.HostIp === 'string' && entry.HostIp !== '' && entry.HostIp !== '0.0.0.0') {
              context.report({ ...base, inner: `${inner}/${index}/HostIp`, messageId: 'hostIp', severity: 'info' });
            }
          });
        }
      }
    }
  },
});

import { isPlaceholder } from '../manifest/placeholders.js';
import { defineRule } from './define-rule.js';

function isTemplated(field: { value: unknown } | undefined): boolean {
  return typeof field?.value === 'string' && isPlaceholder(field.value);
}

function parseVersion(value: unknown): number[] | undefined {
  if (typeof value !== 'string' || !/^\d+(\.\d+){1,3}$/.test(value.trim())) return undefined;
  return value.trim().split('.').map(Number);
}

function atMost(version: number[], limit: number[]): boolean {
  for (let i = 0; i < Math.max(version.length, limit.length); i++) {
    const a = version[i] ?? 0;
    const b = limit[i] ?? 0;
    if (a !== b) return a < b;
  }
  return true;
}

export default defineRule({
  id: 'schema-version',
  severity: 'error',
  category: 'compatibility',
  summary: 'A schemaVersion the runtime rejects, or a feature used with a schemaVersion that lacks it.',
  messages: {
    agentUnsupported: '$edgeAgent schemaVersion "{{version}}" is rejected by edgeAgent, which accepts 1.0 and 1.1 (status 412).',
    hubUnsupported: '$edgeHub schemaVersion "{{version}}" is rejected by edgeHub, which accepts 1.0, 1.1, 1.2 and 1.3.',
    missing: '{{twin}} has no schemaVersion; the runtime rejects desired properties without one.',
    routeObjectNeeds11: 'Route "{{route}}" uses the object form (priority, timeToLiveSecs), which needs $edgeHub schemaVersion 1.1 or later (this is {{version}}).',
    startupOrderNeeds11: 'startupOrder needs $edgeAgent schemaVersion 1.1 (this is {{version}}).',
    mqttBrokerNeeds12: 'mqttBroker needs $edgeHub schemaVersion 1.2 (this is {{version}}); the broker preview was removed in IoT Edge 1.3.',
  },
  check(context) {
    const { manifest } = context;
    const agent = manifest.edgeAgent;
    const agentVersion = parseVersion(agent?.schemaVersion?.value);
    if (isTemplated(agent?.schemaVersion)) {
      // unresolved-placeholder reports it.
    } else if (agent?.schemaVersion) {
      if (!agentVersion || agentVersion[0] !== 1 || !atMost(agentVersion, [1, 1, 0])) {
        context.report({ messageId: 'agentUnsupported', at: agent.schemaVersion.at, data: { version: String(agent.schemaVersion.value) } });
      } else if (atMost(agentVersion, [1, 0, 9])) {
        for (const module of manifest.modules) {
          if (module.startupOrder) context.report({ messageId: 'startupOrderNeeds11', at: module.startupOrder.at, module: module.name, severity: 'warning', data: { version: String(agent.schemaVersion.value) } });
        }
      }
    } else if (agent && !manifest.layered) {
      context.report({ messageId: 'missing', at: agent.at, data: { twin: '$edgeAgent' } });
    }
    const hub = manifest.edgeHub;
    if (isTemplated(hub?.schemaVersion)) {
      // unresolved-placeholder reports it.
    } else if (hub?.schemaVersion) {
      const version = parseVersion(hub.schemaVersion.value);
      const text = String(hub.schemaVersion.value);
      const supported = version !== undefined && version[0] === 1 && (version[1] ?? 0) <= 3 && version.slice(2).every((part) => part === 0);
      if (!supported) {
        context.report({ messageId: 'hubUnsupported', at: hub.schemaVersion.at, data: { version: text } });
        return;
      }
      if (version[1] === 0) {
        for (const route of manifest.routes) {
          if (route.form === 'object') context.report({ messageId: 'routeObjectNeeds11', at: route.at, severity: 'warning', data: { route: route.name, version: text } });
        }
      }
      if ((version[1] ?? 0) < 2 && hub.mqttBrokerAt) context.report({ messageId: 'mqttBrokerNeeds12', at: hub.mqttBrokerAt, severity: 'warning', data: { version: text } });
    } else if (hub && !manifest.layered) {
      context.report({ messageId: 'missing', at: hub.at, data: { twin: '$edgeHub' } });
    }
  },
});

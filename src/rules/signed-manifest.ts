import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'signed-manifest',
  severity: 'warning',
  category: 'security',
  summary: 'The manifest is signed (integrity section); the signature is not checked on Kubernetes.',
  messages: {
    signed: '{{twin}} carries an integrity signature; IoT Edge on Kubernetes does not verify manifest signatures, and the translated objects are not covered by it.',
  },
  check(context) {
    const { edgeAgent, edgeHub } = context.manifest;
    if (edgeAgent?.integrityAt) context.report({ messageId: 'signed', at: edgeAgent.integrityAt, data: { twin: '$edgeAgent' } });
    if (edgeHub?.integrityAt) context.report({ messageId: 'signed', at: edgeHub.integrityAt, data: { twin: '$edgeHub' } });
  },
});

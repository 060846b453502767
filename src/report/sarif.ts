import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../findings.js';
import type { Formatter, RuleInfo } from './formatter.js';
import { displayPath } from './paths.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Stable across edits elsewhere in the file: it hashes what the finding is about (rule, file, module,
 * pointer), never its line number.
 */
export function findingFingerprint(finding: Finding, file: string): string {
  const identity = [finding.ruleId, file, finding.module ?? '', finding.path, finding.innerPath ?? ''].join('\u0000');
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

function artifactUri(file: string): string {
  if (file === '<stdin>' || file === '<input>') return 'stdin';
  return file.split('/').map(encodeURIComponent).join('/');
}

function region(location: Finding['location']) {
  return location
    ? { startLine: location.line, startColumn: location.column, endLine: location.endLine, endColumn: location.endColumn }
    : undefined;
}

function ruleDescriptor(rule: RuleInfo) {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_match, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.summary },
    helpUri: rule.docsUrl,
    help: { text: `${rule.summary} See ${rule.docsUrl}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { category: rule.category, tags: [rule.category], fixable: rule.fixable === true },
  };
}

/** SARIF 2.1.0 with the whole catalogue in tool.driver.rules and real regions for every result. */
export const formatSarif: Formatter = (findings, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const files = [...new Set(context.files.map((file) => displayPath(file, context.cwd ?? process.cwd())))];
  const results = findings.map((finding) => {
    const file = displayPath(finding.file ?? '<input>', context.cwd ?? process.cwd());
    const physical = (path: string, location: Finding['location'], otherFile?: string) => {
      const uriFile = otherFile ? displayPath(otherFile, context.cwd ?? process.cwd()) : file;
      return {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(uriFile), ...(uriFile === '<stdin>' ? {} : { uriBaseId: 'SRCROOT' }) },
          ...(location ? { region: region(location) } : {}),
        },
        ...(otherFile ? {} : { logicalLocations: [{ fullyQualifiedName: path + (finding.innerPath ?? ''), kind: 'member' }] }),
      };
    };
    return {
      ruleId: finding.ruleId,
      ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [physical(finding.path, finding.location)],
      ...(finding.related && finding.related.length > 0
        ? {
            relatedLocations: finding.related.map((related, index) => ({
              id: index + 1,
              message: { text: related.message },
              ...physical(related.path, related.location, related.file),
            })),
          }
        : {}),
      partialFingerprints: { 'iotedgeK8sFinding/v1': findingFingerprint(finding, file) },
      ...(finding.suppressed ? { suppressions: [{ kind: 'external', status: 'accepted', justification: finding.suppressed.reason }] } : {}),
      properties: { pointer: finding.path, ...(finding.innerPath !== undefined ? { innerPointer: finding.innerPath } : {}), ...(finding.module !== undefined ? { module: finding.module } : {}) },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: context.toolName,
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: 'https://github.com/iotedge-k8s/iotedge-k8s',
            rules: context.rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: `${pathToFileUri(context.cwd ?? process.cwd())}/` } },
        artifacts: files.filter((file) => !file.startsWith('<')).map((file) => ({ location: { uri: artifactUri(file), uriBaseId: 'SRCROOT' } })),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function pathToFileUri(path: string): string {
  return `file://${path.split('/').map(encodeURIComponent).join('/')}`;
}

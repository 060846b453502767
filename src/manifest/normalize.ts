import { isObject } from '../json.js';
import type {
  CreateOptions,
  DocumentShape,
  EdgeAgentDesired,
  EdgeHubDesired,
  EdgeModule,
  EnvVar,
  Field,
  Manifest,
  RegistryCredential,
  Route,
  TwinSection,
} from './model.js';
import { joinPointer } from './pointer.js';
import type { LoadProblem } from './problems.js';
import { decodeStringLiterals, parseJsonWithPositions, type ParsedJson, type TextSpan } from './read.js';

const DESIRED = 'properties.desired';
const DESIRED_PREFIX = DESIRED + '.';

export { isObject };

/**
 * A twin's desired properties as IoT Hub sees them: `"properties.desired"` as a whole, overlaid by
 * layered dot-path keys such as `"properties.desired.modules.sensor"`. Each member keeps the pointer
 * of the key it was written under.
 */
interface DesiredNode {
  value: unknown;
  at: string;
  overlay?: Map<string, DesiredNode>;
}

function member(node: DesiredNode | undefined, key: string): DesiredNode | undefined {
  if (!node) return undefined;
  const overlaid = node.overlay?.get(key);
  if (overlaid) return overlaid;
  if (isObject(node.value) && Object.hasOwn(node.value, key)) return { value: node.value[key], at: joinPointer(node.at, key) };
  return undefined;
}

function memberKeys(node: DesiredNode | undefined): string[] {
  if (!node) return [];
  const keys = isObject(node.value) ? Object.keys(node.value) : [];
  for (const key of node.overlay?.keys() ?? []) if (!keys.includes(key)) keys.push(key);
  return keys;
}

function field(node: DesiredNode | undefined): Field | undefined {
  return node ? { value: node.value, at: node.at } : undefined;
}

function readDesired(twin: DesiredNode): { desired: DesiredNode | undefined; layered: boolean } {
  if (!isObject(twin.value)) return { desired: undefined, layered: false };
  const whole = member(twin, DESIRED);
  let desired: DesiredNode | undefined = whole ? { value: whole.value, at: whole.at } : undefined;
  let layered = false;
  for (const key of Object.keys(twin.value)) {
    if (!key.startsWith(DESIRED_PREFIX)) continue;
    layered = true;
    const segments = key.slice(DESIRED_PREFIX.length).split('.');
    desired ??= { value: undefined, at: joinPointer(twin.at, key) };
    let node = desired;
    segments.forEach((segment, index) => {
      node.overlay ??= new Map();
      if (index === segments.length - 1) {
        node.overlay.set(segment, { value: twin.value && (twin.value as Record<string, unknown>)[key], at: joinPointer(twin.at, key) });
        return;
      }
      let next = node.overlay.get(segment) ?? member(node, segment);
      if (!next) next = { value: undefined, at: joinPointer(twin.at, key) };
      node.overlay.set(segment, next);
      node = next;
    });
  }
  return { desired, layered };
}

export interface NormalizeResult {
  manifest: Manifest;
  problems: LoadProblem[];
  /** Parsed createOptions strings by the pointer of their (first) chunk, for locating inner pointers. */
  embedded: Map<string, ParsedJson>;
}

function findContent(doc: Record<string, unknown>): { shape: DocumentShape; at: string; value: unknown } {
  if (Object.hasOwn(doc, 'modulesContent')) return { shape: 'modulesContent', at: '/modulesContent', value: doc.modulesContent };
  const content = doc.content;
  if (isObject(content) && Object.hasOwn(content, 'modulesContent')) {
    return { shape: 'content', at: '/content/modulesContent', value: content.modulesContent };
  }
  if (Object.hasOwn(doc, 'moduleContent')) return { shape: 'moduleContent', at: '/moduleContent', value: doc.moduleContent };
  if (isObject(content) && Object.hasOwn(content, 'moduleContent')) {
    return { shape: 'moduleContent', at: '/content/moduleContent', value: content.moduleContent };
  }
  if (Object.hasOwn(doc, '$edgeAgent') || Object.hasOwn(doc, '$edgeHub')) return { shape: 'bare', at: '', value: doc };
  return { shape: 'unknown', at: '', value: undefined };
}

const CHUNK_KEY = /^createoptions(\d*)$/i;

function envValue(raw: unknown): Pick<EnvVar, 'value' | 'rawType'> {
  const value = isObject(raw) ? raw.value : undefined;
  if (typeof value === 'string') return { value, rawType: 'string' };
  if (typeof value === 'number') return { value: String(value), rawType: 'number' };
  if (typeof value === 'boolean') return { value: String(value), rawType: 'boolean' };
  if (value === undefined) return { value: '', rawType: 'missing' };
  return { value: JSON.stringify(value) ?? '', rawType: 'other' };
}

class Normalizer {
  readonly problems: LoadProblem[] = [];
  readonly embedded = new Map<string, ParsedJson>();

  constructor(private readonly outer: ParsedJson) {}

  run(doc: unknown): Manifest {
    const manifest: Manifest = {
      shape: 'unknown',
      contentAt: '',
      layered: false,
      template: isObject(doc) && Object.hasOwn(doc, '$schema-template'),
      modules: [],
      registryCredentials: [],
      routes: [],
      twins: [],
    };
    if (!isObject(doc)) {
      this.problems.push({ ruleId: 'invalid-json', messageId: 'notObject', data: { found: describeType(doc) }, path: '' });
      return manifest;
    }
    const content = findContent(doc);
    manifest.shape = content.shape;
    manifest.contentAt = content.at;
    if (content.shape === 'unknown') {
      this.problems.push({ ruleId: 'manifest-shape', messageId: 'noModulesContent', data: {}, path: '' });
      return manifest;
    }
    if (content.shape === 'moduleContent') {
      this.problems.push({ ruleId: 'manifest-shape', messageId: 'legacyModuleContent', data: {}, path: content.at });
    } else if (content.shape === 'bare') {
      this.problems.push({ ruleId: 'manifest-shape', messageId: 'bareTwins', data: {}, path: '' });
    }
    if (!isObject(content.value)) {
      this.problems.push({ ruleId: 'manifest-shape', messageId: 'contentNotObject', data: { found: describeType(content.value) }, path: content.at });
      return manifest;
    }

    const root: DesiredNode = { value: content.value, at: content.at };
    const agentTwin = member(root, '$edgeAgent');
    const hubTwin = member(root, '$edgeHub');
    if (!agentTwin) {
      this.problems.push({ ruleId: 'manifest-shape', messageId: 'noEdgeAgent', data: {}, path: content.at });
    }
    if (agentTwin) this.readAgent(agentTwin, manifest);
    if (hubTwin) this.readHub(hubTwin, manifest);
    for (const key of Object.keys(content.value)) {
      if (key === '$edgeAgent' || key === '$edgeHub' || (content.shape === 'bare' && key.startsWith('$schema'))) continue;
      if (content.shape === 'bare' && !isObject(content.value[key])) continue;
      manifest.twins.push({ name: key, at: joinPointer(content.at, key) } satisfies TwinSection);
    }
    return manifest;
  }

  private readAgent(twin: DesiredNode, manifest: Manifest): void {
    const { desired, layered } = readDesired(twin);
    manifest.layered ||= layered;
    if (!desired) return;
    const runtime = member(desired, 'runtime');
    const runtimeSettings = member(runtime, 'settings');
    const agent: EdgeAgentDesired = { at: desired.at };
    const schemaVersion = field(member(desired, 'schemaVersion'));
    if (schemaVersion) agent.schemaVersion = schemaVersion;
    const runtimeType = field(member(runtime, 'type'));
    if (runtimeType) agent.runtimeType = runtimeType;
    if (runtimeSettings) agent.runtimeSettingsAt = runtimeSettings.at;
    const integrity = member(desired, 'integrity');
    if (integrity) agent.integrityAt = integrity.at;
    manifest.edgeAgent = agent;

    const credentials = member(runtimeSettings, 'registryCredentials');
    for (const name of memberKeys(credentials)) {
      const node = member(credentials, name)!;
      const credential: RegistryCredential = { name, at: node.at };
      const address = field(member(node, 'address'));
      const username = field(member(node, 'username'));
      const password = field(member(node, 'password'));
      if (address) credential.address = address;
      if (username) credential.username = username;
      if (password) credential.password = password;
      manifest.registryCredentials.push(credential);
    }

    const system = member(desired, 'systemModules');
    for (const name of ['edgeAgent', 'edgeHub']) {
      const node = member(system, name);
      if (node) manifest.modules.push(this.readModule(name, '$' + name, true, node));
    }
    const modules = member(desired, 'modules');
    for (const name of memberKeys(modules)) {
      manifest.modules.push(this.readModule(name, name, false, member(modules, name)!));
    }
  }

  private readHub(twin: DesiredNode, manifest: Manifest): void {
    const { desired, layered } = readDesired(twin);
    manifest.layered ||= layered;
    if (!desired) return;
    const hub: EdgeHubDesired = { at: desired.at };
    const schemaVersion = field(member(desired, 'schemaVersion'));
    if (schemaVersion) hub.schemaVersion = schemaVersion;
    const storeAndForward = field(member(desired, 'storeAndForwardConfiguration'));
    if (storeAndForward) hub.storeAndForward = storeAndForward;
    const mqttBroker = member(desired, 'mqttBroker');
    if (mqttBroker) hub.mqttBrokerAt = mqttBroker.at;
    const integrity = member(desired, 'integrity');
    if (integrity) hub.integrityAt = integrity.at;
    manifest.edgeHub = hub;

    const routes = member(desired, 'routes');
    for (const name of memberKeys(routes)) {
      const node = member(routes, name)!;
      const route: Route = { name, at: node.at, textAt: node.at, form: 'other' };
      if (typeof node.value === 'string') {
        route.form = 'string';
        route.text = node.value;
      } else if (isObject(node.value)) {
        route.form = 'object';
        const text = member(node, 'route');
        if (text) {
          route.textAt = text.at;
          if (typeof text.value === 'string') route.text = text.value;
        }
        const priority = field(member(node, 'priority'));
        const ttl = field(member(node, 'timeToLiveSecs'));
        if (priority) route.priority = priority;
        if (ttl) route.timeToLiveSecs = ttl;
      }
      manifest.routes.push(route);
    }
  }

  private readModule(name: string, identity: string, system: boolean, node: DesiredNode): EdgeModule {
    const span = this.outer.spanOf(node.at);
    const module: EdgeModule = { name, identity, system, at: node.at, env: [], sourceLength: span ? span.end - span.start : 0 };
    for (const key of ['type', 'status', 'restartPolicy', 'imagePullPolicy', 'startupOrder', 'version'] as const) {
      const value = field(member(node, key));
      if (value) module[key] = value;
    }
    const settings = member(node, 'settings');
    if (settings && isObject(settings.value)) {
      module.settings = { value: settings.value, at: settings.at };
      const image = field(member(settings, 'image'));
      if (image) module.image = image;
      const createOptions = this.readCreateOptions(module, settings.value, settings.at);
      if (createOptions) module.createOptions = createOptions;
    }
    const env = member(node, 'env');
    if (env) {
      module.envAt = env.at;
      for (const envName of memberKeys(env)) {
        const entry = member(env, envName)!;
        module.env.push({ name: envName, at: entry.at, ...envValue(entry.value) });
      }
    }
    return module;
  }

  /** Joins `createOptions`, `createOptions01`… exactly as the agent's chunk reader does, then parses. */
  private readCreateOptions(module: EdgeModule, settings: Record<string, unknown>, settingsAt: string): CreateOptions | undefined {
    const keys = Object.keys(settings)
      .filter((key) => CHUNK_KEY.test(key))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (keys.length === 0) return undefined;
    const chunks = keys.map((key) => joinPointer(settingsAt, key));
    const first = keys[0]!;
    const at = chunks[0]!;
    const baseValue = settings[first];

    if (keys.length === 1 && isObject(baseValue)) {
      return { at, form: 'object', chunks, value: baseValue, ok: true };
    }

    this.checkChunkSequence(module, keys, chunks);
    const spans: TextSpan[] = [];
    for (const [index, key] of keys.entries()) {
      const value = settings[key];
      const pointer = chunks[index]!;
      if (typeof value !== 'string') {
        this.problems.push({
          ruleId: 'invalid-create-options',
          messageId: 'notString',
          data: { key, found: describeType(value) },
          path: pointer,
          module: module.name,
        });
        return { at, form: keys.length > 1 ? 'chunked' : 'string', chunks, value: {}, ok: false };
      }
      spans.push(this.outer.valueSpanOf(pointer) ?? { start: 0, end: 0 });
    }
    const joined = keys.map((key) => settings[key] as string).join('');
    let decoded = decodeStringLiterals(this.outer.text, spans);
    if (decoded.text !== joined) {
      // A resolved template: the text differs from the file, so everything maps to the string's start.
      decoded = { text: joined, offsets: new Int32Array(joined.length + 1).fill(spans[0]?.start ?? 0) };
    }
    const form = keys.length > 1 ? 'chunked' : 'string';
    const trimmed = decoded.text.trim();
    if (trimmed === '' || trimmed === 'null') return { at, form, chunks, value: {}, ok: true };

    const offsets = decoded.offsets;
    const inner = parseJsonWithPositions(decoded.text, (offset) => offsets[Math.min(Math.max(offset, 0), offsets.length - 1)]!);
    this.embedded.set(at, inner);
    for (const problem of inner.syntaxProblems) {
      this.problems.push({
        ruleId: 'invalid-create-options',
        messageId: 'syntax',
        data: { detail: problem.message },
        path: at,
        span: { start: inner.toOuterOffset(problem.offset), end: inner.toOuterOffset(problem.offset + Math.max(problem.length, 1)) },
        module: module.name,
      });
    }
    for (const duplicate of inner.duplicateKeys) {
      this.problems.push({
        ruleId: 'duplicate-key',
        messageId: 'duplicateInCreateOptions',
        data: { key: duplicate.key },
        path: at,
        innerPath: duplicate.pointer,
        span: { start: inner.toOuterOffset(duplicate.offset), end: inner.toOuterOffset(duplicate.offset + duplicate.length) },
        module: module.name,
      });
    }
    if (!inner.ok) return { at, form, chunks, value: {}, ok: false };
    if (!isObject(inner.value)) {
      this.problems.push({
        ruleId: 'invalid-create-options',
        messageId: 'notObject',
        data: { found: describeType(inner.value) },
        path: at,
        module: module.name,
      });
      return { at, form, chunks, value: {}, ok: false };
    }
    return { at, form, chunks, value: inner.value, ok: true };
  }

  private checkChunkSequence(module: EdgeModule, keys: readonly string[], chunks: readonly string[]): void {
    keys.forEach((key, index) => {
      const suffix = CHUNK_KEY.exec(key)?.[1] ?? '';
      if (index === 0 && suffix !== '') {
        this.problems.push({
          ruleId: 'create-options-chunks',
          messageId: 'missingBase',
          data: { key },
          path: chunks[index]!,
          module: module.name,
        });
      } else if (index > 0 && Number(suffix) !== index) {
        this.problems.push({
          ruleId: 'create-options-chunks',
          messageId: 'gap',
          data: { key, expected: `createOptions${String(index).padStart(2, '0')}` },
          path: chunks[index]!,
          module: module.name,
        });
      }
    });
    if (keys.length > 100) {
      this.problems.push({
        ruleId: 'create-options-chunks',
        messageId: 'tooMany',
        data: { count: keys.length },
        path: chunks[100]!,
        module: module.name,
      });
    }
  }
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return 'nothing';
}

export function normalizeManifest(outer: ParsedJson): NormalizeResult {
  const normalizer = new Normalizer(outer);
  const manifest = normalizer.run(outer.value);
  return { manifest, problems: normalizer.problems, embedded: normalizer.embedded };
}

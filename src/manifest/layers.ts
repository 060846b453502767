import type { SourceRange } from '../findings.js';
import { LoadedManifest } from './load.js';
import type { EdgeModule, Manifest, RegistryCredential, Route, TwinSection } from './model.js';
import { isObject } from './normalize.js';
import { escapeSegment } from './pointer.js';
import { ParsedJson, type TextSpan } from './read.js';

/** A layered deployment applied on top of the base, in priority order (higher wins; equal: later wins). */
export interface Layer {
  loaded: LoadedManifest;
  priority: number;
}

/** The first pointer segment that says which document a value came from: not a key a manifest has. */
const docKey = (index: number) => `\u0000${index}`;
const DOC_PREFIX = /^\/\u0000(\d+)(?=\/|$)/;

/** Prefixes every pointer of a model with its document; field values (user data) are left alone. */
function prefixModel<T>(node: T, prefix: string): T {
  if (Array.isArray(node)) return node.map((item) => prefixModel(item, prefix)) as T;
  if (!isObject(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'value') out[key] = value;
    else if ((key === 'at' || key.endsWith('At')) && typeof value === 'string') out[key] = prefix + value;
    else if (key === 'chunks' && Array.isArray(value)) out[key] = value.map((chunk: string) => prefix + chunk);
    else out[key] = prefixModel(value, prefix);
  }
  return out as T;
}

/** True when the layer sets the whole map (`properties.desired.modules`) rather than single entries. */
function setsWholeMap(loaded: LoadedManifest, twin: '$edgeAgent' | '$edgeHub', section: 'modules' | 'routes'): boolean {
  const content = loaded.manifest?.contentAt;
  if (content === undefined) return false;
  const twinValue = loaded.valueAt(`${content}/${escapeSegment(twin)}`);
  return isObject(twinValue) && Object.hasOwn(twinValue, `properties.desired.${section}`);
}

function byName<T extends { name: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.name, item]));
}

/**
 * The effective deployment: the base, then each layer applied as IoT Hub applies layered
 * deployments. A module, route, twin section or registry credential a layer names replaces the
 * one of the same name; a layer that sets the whole `properties.desired.modules` (or `routes`) map
 * replaces the map. Every value keeps pointing into the file it came from.
 */
export function composeDeployment(base: LoadedManifest, layers: readonly Layer[]): LayeredManifest {
  const ordered = layers.map((layer, index) => ({ ...layer, index: index + 1 })).sort((a, b) => a.priority - b.priority || a.index - b.index);
  const documents = [base, ...layers.map((layer) => layer.loaded)];
  const prefix = (index: number) => `/${docKey(index)}`;
  const baseModel = base.manifest ? prefixModel(base.manifest, prefix(0)) : undefined;

  let manifest: Manifest | undefined;
  if (baseModel) {
    const users = byName(baseModel.modules.filter((module) => !module.system));
    const system = baseModel.modules.filter((module) => module.system);
    const routes = byName(baseModel.routes);
    const twins = byName(baseModel.twins);
    const credentials = byName(baseModel.registryCredentials);
    for (const layer of ordered) {
      if (!layer.loaded.manifest) continue;
      const model = prefixModel(layer.loaded.manifest, prefix(layer.index));
      if (setsWholeMap(layer.loaded, '$edgeAgent', 'modules')) users.clear();
      for (const module of model.modules) {
        if (!module.system) {
          users.set(module.name, module);
          continue;
        }
        const index = system.findIndex((candidate) => candidate.identity === module.identity);
        if (index >= 0) system[index] = module;
        else system.push(module);
      }
      if (setsWholeMap(layer.loaded, '$edgeHub', 'routes')) routes.clear();
      for (const route of model.routes) routes.set(route.name, route);
      for (const twin of model.twins) {
        // A whole "properties.desired" replaces the twin; "properties.desired.<section>" keys patch it,
        // so a twin the base already has stays where it is.
        const written = layer.loaded.valueAt(twin.at.slice(prefix(layer.index).length));
        const patchesSections = isObject(written) && !Object.hasOwn(written, 'properties.desired');
        if (!(patchesSections && twins.has(twin.name))) twins.set(twin.name, twin);
      }
      for (const credential of model.registryCredentials) credentials.set(credential.name, credential);
    }
    manifest = {
      ...baseModel,
      modules: [...system, ...users.values()] as EdgeModule[],
      routes: [...routes.values()] as Route[],
      twins: [...twins.values()] as TwinSection[],
      registryCredentials: [...credentials.values()] as RegistryCredential[],
    };
  }
  return new LayeredManifest(documents, manifest);
}

/** A deployment made of several files; every position question goes to the file a pointer names. */
export class LayeredManifest extends LoadedManifest {
  constructor(
    readonly documents: readonly LoadedManifest[],
    manifest: Manifest | undefined,
  ) {
    const base = documents[0]!;
    const value = Object.fromEntries(documents.map((document, index) => [docKey(index), document.json.value]));
    const embedded = new Map(documents.flatMap((document, index) => [...document.embedded].map(([at, json]) => [`/${docKey(index)}${at}`, json] as const)));
    const problems = documents.flatMap((document, index) =>
      document.problems.map((problem) => ({ ...problem, path: `/${docKey(index)}${problem.path}` })),
    );
    super(base.file, base.text, new ParsedJson('', value, undefined, [], []), manifest, problems, embedded, base.solution, base.platform);
  }

  private split(path: string): { document: LoadedManifest; rest: string } {
    const match = DOC_PREFIX.exec(path);
    if (!match) return { document: this.documents[0]!, rest: path };
    return { document: this.documents[Number(match[1])]!, rest: path.slice(match[0].length) };
  }

  override get files(): string[] {
    return this.documents.map((document) => document.file);
  }

  override fileOf(path: string): string {
    return this.split(path).document.file;
  }

  override localPath(path: string): string {
    return this.split(path).rest;
  }

  override spanOf(path: string, innerPath?: string): TextSpan | undefined {
    const { document, rest } = this.split(path);
    return document.spanOf(rest, innerPath);
  }

  override rangeOf(span: TextSpan, path?: string): SourceRange {
    return (path === undefined ? this.documents[0]! : this.split(path).document).rangeOf(span);
  }

  override locate(path: string, innerPath?: string): SourceRange | undefined {
    const { document, rest } = this.split(path);
    return document.locate(rest, innerPath);
  }

  override isEmbedded(path: string): boolean {
    const { document, rest } = this.split(path);
    return document.isEmbedded(rest);
  }

  override stringAt(path: string, innerPath: string | undefined, part: 'key' | 'value') {
    const { document, rest } = this.split(path);
    return document.stringAt(rest, innerPath, part);
  }

  override writtenValueAt(pointer: string): unknown {
    const { document, rest } = this.split(pointer);
    return document.writtenValueAt(rest);
  }

  override solutionModuleOf(module: { name: string; image?: { at: string } }) {
    const { document, rest } = this.split(module.image?.at ?? '');
    return document.solutionModuleOf({ name: module.name, ...(module.image ? { image: { at: rest } } : {}) });
  }
}

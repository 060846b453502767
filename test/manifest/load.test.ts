import { describe, expect, it } from 'vitest';
import { loadManifestText } from '../../src/manifest/load.js';
import { findModule } from '../../src/manifest/model.js';
import { readCreateOptions } from '../../src/mapping/create-options.js';
import { buildManifest, buildManifestObject, createOptionsPointer } from '../helpers/manifest-builder.js';

const load = (text: string) => loadManifestText(text, 'deployment.json');

function problemsOf(loaded: Awaited<ReturnType<typeof load>>, ruleId: string) {
  return loaded.problems.filter((problem) => problem.ruleId === ruleId);
}

describe('document shapes', () => {
  const inner = buildManifestObject({ modules: { sensor: {} } }).modulesContent;

  it('reads modulesContent', async () => {
    const loaded = await load(buildManifest({ modules: { sensor: {} } }));
    expect(loaded.manifest?.shape).toBe('modulesContent');
    expect(loaded.manifest?.modules.map((module) => module.identity)).toEqual(['$edgeAgent', '$edgeHub', 'sensor']);
    expect(loaded.problems).toEqual([]);
  });

  it('reads content.modulesContent (at-scale deployments)', async () => {
    const loaded = await load(JSON.stringify({ content: { modulesContent: inner }, targetCondition: "tags.env='prod'" }));
    expect(loaded.manifest?.shape).toBe('content');
    expect(findModule(loaded.manifest!, 'sensor')?.at).toBe('/content/modulesContent/$edgeAgent/properties.desired/modules/sensor');
  });

  it('reads legacy moduleContent and says it is deprecated', async () => {
    const loaded = await load(JSON.stringify({ moduleContent: inner }));
    expect(loaded.manifest?.modules).toHaveLength(3);
    expect(problemsOf(loaded, 'manifest-shape')).toMatchObject([{ messageId: 'legacyModuleContent', path: '/moduleContent' }]);
  });

  it('reads bare $edgeAgent/$edgeHub twins and says az CLI rejects them', async () => {
    const loaded = await load(JSON.stringify(inner));
    expect(loaded.manifest?.shape).toBe('bare');
    expect(findModule(loaded.manifest!, 'sensor')?.at).toBe('/$edgeAgent/properties.desired/modules/sensor');
    expect(problemsOf(loaded, 'manifest-shape')).toMatchObject([{ messageId: 'bareTwins' }]);
  });

  it('reports a document that is not a manifest', async () => {
    const loaded = await load('{"apiVersion": "v1", "kind": "Pod"}');
    expect(loaded.manifest?.shape).toBe('unknown');
    expect(problemsOf(loaded, 'manifest-shape')).toMatchObject([{ messageId: 'noModulesContent' }]);
  });

  it('reads layered dot-path keys as the modules and routes they name', async () => {
    const layered = {
      content: {
        modulesContent: {
          $edgeAgent: { 'properties.desired.modules.filter': { type: 'docker', settings: { image: 'acr.io/filter:1' } } },
          $edgeHub: { 'properties.desired.routes.filterToCloud': 'FROM /messages/modules/filter/* INTO $upstream' },
          filter: { 'properties.desired': { threshold: 3 } },
        },
      },
    };
    const loaded = await load(JSON.stringify(layered, null, 2));
    const manifest = loaded.manifest!;
    expect(manifest.layered).toBe(true);
    expect(manifest.modules.map((module) => [module.name, module.at])).toEqual([
      ['filter', '/content/modulesContent/$edgeAgent/properties.desired.modules.filter'],
    ]);
    expect(manifest.routes).toMatchObject([{ name: 'filterToCloud', text: 'FROM /messages/modules/filter/* INTO $upstream' }]);
    expect(manifest.twins).toEqual([{ name: 'filter', at: '/content/modulesContent/filter' }]);
  });

  it('overlays a whole-map dot-path key', async () => {
    const loaded = await load(JSON.stringify({ modulesContent: { $edgeAgent: { 'properties.desired.modules': { a: { type: 'docker', settings: { image: 'x/a' } } } } } }));
    expect(loaded.manifest?.modules.map((module) => module.at)).toEqual(['/modulesContent/$edgeAgent/properties.desired.modules/a']);
  });
});

describe('model', () => {
  it('keeps every module field with its pointer', async () => {
    const loaded = await load(
      buildManifest({ modules: { sensor: { status: 'stopped', restartPolicy: 'on-failure', imagePullPolicy: 'never', startupOrder: 2, env: { A: { value: 'x' } } } } }),
    );
    const sensor = findModule(loaded.manifest!, 'sensor')!;
    expect(sensor.status).toEqual({ value: 'stopped', at: '/modulesContent/$edgeAgent/properties.desired/modules/sensor/status' });
    expect(sensor.restartPolicy?.value).toBe('on-failure');
    expect(sensor.imagePullPolicy?.value).toBe('never');
    expect(sensor.startupOrder?.value).toBe(2);
    expect(sensor.env).toEqual([{ name: 'A', value: 'x', rawType: 'string', at: '/modulesContent/$edgeAgent/properties.desired/modules/sensor/env/A' }]);
  });

  it('reads numbers and booleans in env as the runtime passes them', async () => {
    const loaded = await load(buildManifest({ modules: { m: { env: { N: { value: 5 }, B: { value: true } } } } }));
    expect(findModule(loaded.manifest!, 'm')!.env.map((variable) => [variable.name, variable.value, variable.rawType])).toEqual([
      ['N', '5', 'number'],
      ['B', 'true', 'boolean'],
    ]);
  });

  it('reads registry credentials, routes in both forms, store-and-forward and schema versions', async () => {
    const loaded = await load(
      buildManifest({
        registryCredentials: { acr: { address: 'acr.azurecr.io', username: 'u', password: 'p' } },
        routes: { a: 'FROM /messages/* INTO $upstream', b: { route: 'FROM /messages/* INTO $upstream', priority: 1, timeToLiveSecs: 60 } },
      }),
    );
    const manifest = loaded.manifest!;
    expect(manifest.registryCredentials).toMatchObject([{ name: 'acr', address: { value: 'acr.azurecr.io' }, username: { value: 'u' } }]);
    expect(manifest.routes).toMatchObject([
      { name: 'a', form: 'string' },
      { name: 'b', form: 'object', priority: { value: 1 }, timeToLiveSecs: { value: 60 }, textAt: '/modulesContent/$edgeHub/properties.desired/routes/b/route' },
    ]);
    expect(manifest.edgeHub?.storeAndForward?.value).toEqual({ timeToLiveSecs: 7200 });
    expect(manifest.edgeAgent?.schemaVersion?.value).toBe('1.1');
    expect(manifest.edgeHub?.schemaVersion?.value).toBe('1.1');
  });

  it('keeps __proto__, constructor and prototype as plain data', async () => {
    const text = buildManifest({ modules: { m: { env: { ['__proto__']: { value: 'x' }, constructor: { value: 'y' } } } } }).replace('"m"', '"__proto__"');
    const loaded = await load(text);
    expect(loaded.manifest!.modules.map((module) => module.name)).toContain('__proto__');
    const module = findModule(loaded.manifest!, '__proto__')!;
    expect(module.env.map((variable) => variable.name)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).value).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('value');
  });
});

describe('createOptions', () => {
  it('parses the JSON string and locates nodes inside it in the outer file', async () => {
    const text = buildManifest({ modules: { m: { createOptions: { HostConfig: { Privileged: true } } } } });
    const loaded = await load(text);
    const module = findModule(loaded.manifest!, 'm')!;
    expect(module.createOptions).toMatchObject({ form: 'string', ok: true, value: { HostConfig: { Privileged: true } } });
    const location = loaded.locate(createOptionsPointer('m'), '/HostConfig/Privileged')!;
    const line = text.split('\n')[location.line - 1]!;
    expect(line.slice(location.column - 1)).toMatch(/^\\"Privileged\\":true/);
  });

  it('maps positions through escapes', async () => {
    const text = buildManifest({ modules: { m: { createOptions: { Env: ['A="q"', 'B=\\x'], Labels: { k: 'v' } } } } });
    const loaded = await load(text);
    const location = loaded.locate(createOptionsPointer('m'), '/Labels/k')!;
    const line = text.split('\n')[location.line - 1]!;
    expect(line.slice(location.column - 1)).toMatch(/^\\"k\\":\\"v\\"/);
  });

  it('takes the object form of templates as is', async () => {
    const object = buildManifestObject({ modules: { m: {} } });
    const settings = (object.modulesContent as any).$edgeAgent['properties.desired'].modules.m.settings;
    settings.createOptions = { ExposedPorts: { '80/tcp': {} } };
    const loaded = await load(JSON.stringify(object, null, 2));
    expect(findModule(loaded.manifest!, 'm')!.createOptions).toMatchObject({ form: 'object', value: { ExposedPorts: { '80/tcp': {} } } });
    expect(loaded.locate(createOptionsPointer('m'), '/ExposedPorts')?.line).toBeGreaterThan(1);
  });

  it('joins createOptions01… chunks the way the agent does, even when cut inside an escape', async () => {
    const full = JSON.stringify({ Env: ['A=1'], HostConfig: { Binds: ['/data:/data'] } });
    const cut = full.indexOf('Binds') + 2;
    const object = buildManifestObject({ modules: { m: {} } });
    const settings = (object.modulesContent as any).$edgeAgent['properties.desired'].modules.m.settings;
    settings.createOptions02 = full.slice(cut + 5);
    settings.createOptions = full.slice(0, cut);
    settings.createOptions01 = full.slice(cut, cut + 5);
    const loaded = await load(JSON.stringify(object, null, 2));
    const module = findModule(loaded.manifest!, 'm')!;
    expect(module.createOptions).toMatchObject({ form: 'chunked', ok: true, value: JSON.parse(full) });
    expect(module.createOptions!.chunks.map((chunk) => chunk.split('/').pop())).toEqual(['createOptions', 'createOptions01', 'createOptions02']);
    expect(loaded.problems).toEqual([]);
    // "/data:/data" lies in the last chunk: its location is on that chunk's line.
    const location = loaded.locate(createOptionsPointer('m'), '/HostConfig/Binds/0')!;
    expect(loaded.text.split('\n')[location.line - 1]).toContain('"createOptions02"');
  });

  it('reports a gap in the chunk sequence and a missing base key', async () => {
    const object = buildManifestObject({ modules: { m: {}, n: {} } });
    const modules = (object.modulesContent as any).$edgeAgent['properties.desired'].modules;
    Object.assign(modules.m.settings, { createOptions: '{"Env":', createOptions02: '[]}' });
    Object.assign(modules.n.settings, { createOptions01: '{}' });
    const loaded = await load(JSON.stringify(object, null, 2));
    expect(problemsOf(loaded, 'create-options-chunks')).toMatchObject([
      { messageId: 'gap', module: 'm', data: { key: 'createOptions02', expected: 'createOptions01' } },
      { messageId: 'missingBase', module: 'n', data: { key: 'createOptions01' } },
    ]);
  });

  it('reports invalid JSON inside the string at the character, in outer line and column', async () => {
    const text = buildManifest({ modules: { m: { createOptions: '{"HostConfig": {"Privileged": tru}}' } } });
    const loaded = await load(text);
    const [problem] = problemsOf(loaded, 'invalid-create-options');
    expect(problem).toMatchObject({ messageId: 'syntax', module: 'm' });
    const range = loaded.rangeOf(problem!.span!);
    const line = text.split('\n')[range.line - 1]!;
    expect(line.slice(range.column - 1)).toMatch(/^tru\}/);
  });

  it('treats "", "null" and "{}" as no options', async () => {
    for (const value of ['', 'null', '{}']) {
      const loaded = await load(buildManifest({ modules: { m: { createOptions: value } } }));
      expect(findModule(loaded.manifest!, 'm')!.createOptions).toMatchObject({ ok: true, value: {} });
      expect(loaded.problems).toEqual([]);
    }
  });

  it('reports createOptions that hold something other than an object', async () => {
    const loaded = await load(buildManifest({ modules: { m: { createOptions: '[1]' } } }));
    expect(problemsOf(loaded, 'invalid-create-options')).toMatchObject([{ messageId: 'notObject', data: { found: 'an array' } }]);
  });

  it('reads typed fields case-insensitively, as the agent does', () => {
    const view = readCreateOptions({ hostconfig: { networkmode: 'Host', runtime: 'nvidia', privileged: 'true' }, cmd: ['run'], 'k8s-experimental': {} });
    expect(view.networkMode?.value).toBe('Host');
    expect(view.privileged?.value).toBe('true');
    expect(view.cmd?.pointer).toBe('/cmd');
    expect(view.k8sExperimental?.pointer).toBe('/k8s-experimental');
    expect(view.dropped).toMatchObject([{ path: 'HostConfig.Runtime', kind: 'unsupported', pointer: '/hostconfig/runtime', ownedBy: 'device-access' }]);
  });

  it('says where a misplaced field belongs', () => {
    const view = readCreateOptions({ PortBindings: {}, HostConfig: { Env: [] } });
    expect(view.dropped).toMatchObject([
      { path: 'PortBindings', kind: 'misplaced', belongsIn: 'HostConfig.PortBindings' },
      { path: 'HostConfig.Env', kind: 'misplaced', belongsIn: 'Env' },
    ]);
  });
});

describe('text encodings and syntax errors', () => {
  it('gives the same positions with a BOM and CRLF line endings', async () => {
    const text = buildManifest({ modules: { m: { env: { 'A:B': { value: '1' } } } } });
    const plain = await load(text);
    const windows = await load(`\ufeff${text.replace(/\n/g, '\r\n')}`);
    const pointer = '/modulesContent/$edgeAgent/properties.desired/modules/m/env/A:B';
    expect(windows.manifest?.modules).toHaveLength(3);
    expect(windows.locate(pointer)).toEqual(plain.locate(pointer));
  });

  it('reports invalid JSON with its position', async () => {
    const loaded = await load('{\n  "modulesContent": {\n    "a": 1,\n  }\n}\n');
    expect(loaded.manifest).toBeUndefined();
    const [problem] = problemsOf(loaded, 'invalid-json');
    expect(loaded.rangeOf(problem!.span!)).toMatchObject({ line: 3, column: 11 });
    expect(problem!.data.detail).toBe('trailing comma before "}" is not allowed in JSON');
  });

  it('names an unquoted template placeholder once', async () => {
    const loaded = await load('{\n  "modulesContent": {\n    "m": __TOKEN__\n  }\n}\n');
    expect(problemsOf(loaded, 'invalid-json')).toMatchObject([{ data: { detail: expect.stringContaining('unquoted template placeholder __TOKEN__') } }]);
  });

  it('reports empty and whitespace-only input', async () => {
    for (const text of ['', '  \n\t ']) {
      const loaded = await load(text);
      expect(problemsOf(loaded, 'invalid-json')).toMatchObject([{ data: { detail: 'the input is empty' } }]);
    }
  });

  it('reports a document that is not an object', async () => {
    const loaded = await load('[1, 2]');
    expect(problemsOf(loaded, 'invalid-json')).toMatchObject([{ messageId: 'notObject', data: { found: 'an array' } }]);
  });

  it('refuses absurd nesting without overflowing the stack', async () => {
    const loaded = await load(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(problemsOf(loaded, 'invalid-json')[0]?.data.detail).toMatch(/nesting deeper than/);
  });

  it('reports duplicate keys at the second occurrence', async () => {
    const loaded = await load('{\n  "modulesContent": {},\n  "modulesContent": {}\n}\n');
    const [problem] = problemsOf(loaded, 'duplicate-key');
    expect(problem).toMatchObject({ path: '/modulesContent', data: { key: 'modulesContent' } });
    expect(loaded.rangeOf(problem!.span!)).toMatchObject({ line: 3, column: 3 });
  });
});

describe('schema validation', () => {
  it('reports values the runtime rejects, with their pointer', async () => {
    const loaded = await load(buildManifest({ modules: { m: { status: 'paused', startupOrder: -1 } } }));
    expect(problemsOf(loaded, 'schema-violation')).toMatchObject([
      { path: '/modulesContent/$edgeAgent/properties.desired/modules/m/status', messageId: 'enum' },
      { path: '/modulesContent/$edgeAgent/properties.desired/modules/m/startupOrder', messageId: 'range' },
    ]);
  });

  it('accepts what the runtime accepts: numeric env values, unknown keys, storeLimits', async () => {
    const object = buildManifestObject({ modules: { m: { env: { N: { value: 1 } }, _comment: 'hi' } } });
    (object.modulesContent as any).$edgeHub['properties.desired'].storeAndForwardConfiguration.storeLimits = { maxSizeBytes: 10 };
    const loaded = await load(JSON.stringify(object));
    expect(problemsOf(loaded, 'schema-violation')).toEqual([]);
  });

  it('reports a missing image', async () => {
    const object = buildManifestObject({ modules: { m: {} } });
    delete (object.modulesContent as any).$edgeAgent['properties.desired'].modules.m.settings.image;
    const loaded = await load(JSON.stringify(object));
    expect(problemsOf(loaded, 'schema-violation')).toMatchObject([{ messageId: 'required', data: { property: 'image' } }]);
  });
});

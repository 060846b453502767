import { readFile, stat } from 'node:fs/promises';
import type { SourceRange } from '../findings.js';
import { LineIndex } from './locate.js';
import type { Manifest } from './model.js';
import { normalizeManifest } from './normalize.js';
import { valueAtPointer } from './pointer.js';
import type { LoadProblem } from './problems.js';
import { decodeStringLiterals, parseJsonWithPositions, type ParsedJson, type TextSpan } from './read.js';
import { validateManifest } from './validate.js';
import { loadSolution, type Solution, type SolutionModule } from './solution.js';
import { isTemplate, resolveTemplate } from './template.js';

/**
 * Default largest input accepted. Real manifests are kilobytes (IoT Hub limits each twin's desired
 * properties to tens of kilobytes); parsing with positions costs about 40 times the input in memory.
 */
export const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** A problem with the input itself (missing, unreadable, too large): the CLI exits 2 on it. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export interface LoadOptions {
  /** Largest input in bytes; larger inputs are refused with an InputError. */
  maxInputBytes?: number;
  /** Skip JSON Schema validation (faster; structural problems are then found by rules only). */
  validate?: boolean;
  /** Environment for template variables (default: none). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Platform for `${MODULES.Name}` images in templates (default amd64). */
  platform?: string;
  /** Resolve templates (`*.template.json` or `$schema-template`); default true for files on disk. */
  resolveTemplates?: boolean;
}

/** A loaded manifest: its text, parsed JSON with positions, the typed model and the load problems. */
export class LoadedManifest {
  private lines: LineIndex | undefined;

  constructor(
    /** The name used in reports: the path as given, or `<stdin>`. */
    readonly file: string,
    readonly text: string,
    readonly json: ParsedJson,
    /** Absent when the file is not valid JSON. */
    readonly manifest: Manifest | undefined,
    readonly problems: readonly LoadProblem[],
    /** Parsed createOptions strings, by the pointer of the createOptions key. */
    readonly embedded: ReadonlyMap<string, ParsedJson>,
    /** The solution folder around a template, when the file is one. */
    readonly solution?: Solution,
    /** The platform template images were resolved for. */
    readonly platform = 'amd64',
    /** For templates: the solution module each `settings.image` placeholder named, by the image's pointer. */
    readonly imageModules: ReadonlyMap<string, SolutionModule> = new Map(),
    /** The file's own JSON, before template resolution (the same as `json` for deployments). */
    readonly written: ParsedJson = json,
  ) {}

  /** The solution module folder of a manifest module: named by its image placeholder, or by its name. */
  solutionModuleOf(module: { name: string; image?: { at: string } }): SolutionModule | undefined {
    if (!this.solution) return undefined;
    const byImage = module.image ? this.imageModules.get(module.image.at) : undefined;
    if (byImage) return byImage;
    for (const candidate of this.solution.modules.values()) if (candidate.name.toLowerCase() === module.name.toLowerCase()) return candidate;
    return undefined;
  }

  /** The value at a pointer (of the resolved template, for templates). */
  valueAt(pointer: string): unknown {
    return valueAtPointer(this.json.value, pointer);
  }

  /** The value at a pointer as written in the file, before template resolution. */
  writtenValueAt(pointer: string): unknown {
    return valueAtPointer(this.written.value, pointer);
  }

  /** The outer-file span of a pointer, optionally continued inside a createOptions string. */
  spanOf(path: string, innerPath?: string): TextSpan | undefined {
    if (innerPath !== undefined) {
      const inner = this.embedded.get(path);
      if (inner) {
        const span = inner.spanOf(innerPath);
        if (span) return { start: inner.toOuterOffset(span.start), end: inner.toOuterOffset(span.end) };
      } else {
        return this.json.spanOf(path + innerPath);
      }
    }
    return this.json.spanOf(path);
  }

  /** Line and column of offsets in the file that holds `path` (one file here; several for layers). */
  rangeOf(span: TextSpan, _path?: string): SourceRange {
    this.lines ??= new LineIndex(this.text);
    return this.lines.range(span);
  }

  /** Every file this manifest was read from. */
  get files(): string[] {
    return [this.file];
  }

  /** The file a pointer belongs to. */
  fileOf(_path: string): string {
    return this.file;
  }

  /** The pointer as shown to users, within its own file. */
  localPath(path: string): string {
    return path;
  }

  locate(path: string, innerPath?: string): SourceRange | undefined {
    const span = this.spanOf(path, innerPath);
    return span ? this.rangeOf(span) : undefined;
  }

  /**
   * A string key or value decoded, with the offset in the file of each character (and one past the
   * end), through createOptions string escapes too. Fixes use it to edit single characters.
   */
  stringAt(path: string, innerPath: string | undefined, part: 'key' | 'value'): { text: string; offsets: Int32Array } | undefined {
    const inner = innerPath !== undefined ? this.embedded.get(path) : undefined;
    const source = inner ?? this.json;
    const pointer = inner ? innerPath! : path + (innerPath ?? '');
    const span = part === 'key' ? source.keySpanOf(pointer) : source.valueSpanOf(pointer);
    if (!span || source.text[span.start] !== '"') return undefined;
    const decoded = decodeStringLiterals(source.text, [span]);
    if (!inner) return decoded;
    return { text: decoded.text, offsets: decoded.offsets.map((offset) => inner.toOuterOffset(offset)) };
  }

  /** True when `innerPath` for `path` lives inside a JSON string (rather than an object in a template). */
  isEmbedded(path: string): boolean {
    return this.embedded.has(path);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Parses manifest text that is already in memory. */
export async function loadManifestText(text: string, file = '<input>', options: LoadOptions = {}): Promise<LoadedManifest> {
  // A byte-order mark becomes a space of the same length, so offsets still match the file.
  const json = parseJsonWithPositions(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);
  const problems: LoadProblem[] = json.syntaxProblems.map((problem) => ({
    ruleId: 'invalid-json',
    messageId: 'syntax',
    data: { detail: problem.message },
    path: '',
    span: { start: problem.offset, end: problem.offset + Math.max(problem.length, 1) },
  }));
  for (const duplicate of json.duplicateKeys) {
    problems.push({
      ruleId: 'duplicate-key',
      messageId: 'duplicate',
      data: { key: duplicate.key },
      path: duplicate.pointer,
      span: { start: duplicate.offset, end: duplicate.offset + duplicate.length },
    });
  }
  if (!json.ok) return new LoadedManifest(file, text, json, undefined, problems, new Map());
  let model = json;
  let solution: Solution | undefined;
  let imageModules = new Map<string, SolutionModule>();
  const platform = options.platform ?? 'amd64';
  if (options.resolveTemplates !== false && file !== '<stdin>' && file !== '<input>' && isTemplate(file, json.value)) {
    solution = loadSolution(file, options.env ?? {});
    const resolved = resolveTemplate(json.value, solution, platform);
    model = json.withValue(resolved.value);
    imageModules = resolved.imageModules;
  }
  const normalized = normalizeManifest(model);
  problems.push(...normalized.problems);
  if (options.validate !== false) {
    problems.push(...(await validateManifest(normalized.manifest, (at) => valueAtPointer(model.value, at))));
  }
  return new LoadedManifest(file, text, model, normalized.manifest, problems, normalized.embedded, solution, platform, imageModules, json);
}

/** Decodes input bytes as UTF-8 (a BOM is kept in the text and skipped by the parser's whitespace rules). */
export function decodeInput(bytes: Uint8Array, file: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const badAt = firstInvalidUtf8Byte(bytes);
    throw new InputError(`${file}: not valid UTF-8 text (first bad byte at offset ${badAt})`);
  }
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const width = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (width === 0) return i;
    for (let k = 1; k < width; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += width;
  }
  return i;
}

/** Reads a manifest from a path, or from standard input when the path is `-`. */
export async function loadManifest(path: string, options: LoadOptions & { stdin?: () => Promise<Uint8Array> } = {}): Promise<LoadedManifest> {
  const limit = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  let bytes: Uint8Array;
  let file = path;
  if (path === '-') {
    file = '<stdin>';
    if (!options.stdin) throw new InputError('reading standard input is not available here');
    bytes = await options.stdin();
  } else {
    let size: number;
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw new InputError(`${path}: is a directory, expected a deployment manifest file`);
      size = info.size;
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`${path}: ${describeFsError(error)}`);
    }
    if (size > limit) throw new InputError(`${path}: ${size} bytes is over the input limit of ${limit} bytes (--max-input-size)`);
    try {
      bytes = await readFile(path);
    } catch (error) {
      throw new InputError(`${path}: ${describeFsError(error)}`);
    }
  }
  if (bytes.length > limit) throw new InputError(`${file}: ${bytes.length} bytes is over the input limit of ${limit} bytes (--max-input-size)`);
  return loadManifestText(decodeInput(bytes, file), file, options);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a deployment manifest file';
    default:
      return (error as Error).message;
  }
}

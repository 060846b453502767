import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { escapeSegment, parsePointer } from './pointer.js';

/** Deeper documents are refused before parsing: the parser recurses, and no manifest nests this far. */
export const MAX_NESTING_DEPTH = 512;

/** Where a node sits in the text it was parsed from; `start` covers the key for object members. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface SyntaxProblem {
  offset: number;
  length: number;
  message: string;
}

export interface DuplicateKey {
  key: string;
  /** Pointer of the member that appears twice (its last occurrence wins, as in JSON.parse). */
  pointer: string;
  offset: number;
  length: number;
  firstOffset: number;
}

/**
 * A JSON text parsed into plain values while keeping where every node came from.
 * `toOuterOffset` maps offsets in `text` to offsets in the file the user edits: the identity for a
 * file, and through the string escapes for JSON held inside a JSON string (createOptions).
 */
export class ParsedJson {
  /** Child lookup tables, built on first use per object node (a manifest can have 10 000 modules). */
  private readonly children = new WeakMap<JsonNode, Map<string, JsonNode>>();

  constructor(
    readonly text: string,
    readonly value: unknown,
    private readonly tree: JsonNode | undefined,
    readonly syntaxProblems: readonly SyntaxProblem[],
    readonly duplicateKeys: readonly DuplicateKey[],
    readonly toOuterOffset: (offset: number) => number = (offset) => offset,
  ) {}

  get ok(): boolean {
    return this.syntaxProblems.length === 0;
  }

  /** The same text and positions with another value of the same shape (a resolved template). */
  withValue(value: unknown): ParsedJson {
    return new ParsedJson(this.text, value, this.tree, this.syntaxProblems, this.duplicateKeys, this.toOuterOffset);
  }

  /**
   * The node at `pointer`: for an object member its property node (key and value), for an array
   * item the item itself. `exact` is false when only an ancestor exists.
   */
  private resolve(pointer: string): { node: JsonNode; exact: boolean } | undefined {
    if (!this.tree) return undefined;
    let node: JsonNode = this.tree;
    let value: JsonNode = this.tree;
    if (pointer === '') return { node, exact: true };
    for (const segment of parsePointer(pointer)) {
      let next: JsonNode | undefined;
      if (value.type === 'object') {
        let table = this.children.get(value);
        if (!table) {
          table = new Map();
          for (const property of value.children ?? []) {
            const key = property.children?.[0]?.value;
            // The last of duplicate keys wins, as for the value.
            if (typeof key === 'string') table.set(key, property);
          }
          this.children.set(value, table);
        }
        next = table.get(segment);
        if (next) {
          node = next;
          value = next.children?.[1] ?? next;
          continue;
        }
      } else if (value.type === 'array' && /^\d+$/.test(segment)) {
        next = value.children?.[Number(segment)];
        if (next) {
          node = next;
          value = next;
          continue;
        }
      }
      return { node, exact: false };
    }
    return { node, exact: true };
  }

  /** The span of the node at `pointer` (from its key for object members), or of its closest existing ancestor. */
  spanOf(pointer: string): TextSpan | undefined {
    const found = this.resolve(pointer);
    return found ? { start: found.node.offset, end: found.node.offset + found.node.length } : undefined;
  }

  /** The value span only (no key), for edits that replace a value. */
  valueSpanOf(pointer: string): TextSpan | undefined {
    const found = this.resolve(pointer);
    if (!found?.exact) return undefined;
    const value = found.node.type === 'property' ? found.node.children?.[1] : found.node;
    return value ? { start: value.offset, end: value.offset + value.length } : undefined;
  }

  /** The span of an object member's key literal, quotes included. */
  keySpanOf(pointer: string): TextSpan | undefined {
    const found = this.resolve(pointer);
    const key = found?.exact && found.node.type === 'property' ? found.node.children?.[0] : undefined;
    return key ? { start: key.offset, end: key.offset + key.length } : undefined;
  }
}

function nestingDepthExceeds(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}

/** Sets a member so that keys such as `__proto__` stay plain data and never touch prototypes. */
function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

function toValue(root: JsonNode, duplicates: DuplicateKey[]): unknown {
  // Explicit stack instead of recursion, for the same reason as indexSpans.
  const convert = (node: JsonNode): unknown => {
    if (node.type === 'object') return {};
    if (node.type === 'array') return [];
    return node.value;
  };
  const rootValue = convert(root);
  const stack: [JsonNode, unknown, string][] = [[root, rootValue, '']];
  while (stack.length > 0) {
    const [node, target, pointer] = stack.pop()!;
    if (node.type === 'object') {
      const object = target as Record<string, unknown>;
      const seen = new Map<string, number>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || typeof keyNode.value !== 'string' || !valueNode) continue;
        const key = keyNode.value;
        const childPointer = pointer + '/' + escapeSegment(key);
        const firstOffset = seen.get(key);
        if (firstOffset !== undefined) {
          duplicates.push({ key, pointer: childPointer, offset: keyNode.offset, length: keyNode.length, firstOffset });
        } else {
          seen.set(key, keyNode.offset);
        }
        const child = convert(valueNode);
        setMember(object, key, child);
        if (valueNode.type === 'object' || valueNode.type === 'array') stack.push([valueNode, child, childPointer]);
      }
    } else if (node.type === 'array') {
      const array = target as unknown[];
      (node.children ?? []).forEach((item, index) => {
        const child = convert(item);
        array.push(child);
        if (item.type === 'object' || item.type === 'array') stack.push([item, child, pointer + '/' + index]);
      });
    }
  }
  return rootValue;
}

function describeSyntaxError(text: string, error: ParseError): string {
  const found = error.offset < text.length ? JSON.stringify(text.slice(error.offset, error.offset + 1)) : 'end of input';
  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol':
      return `unexpected character ${found}`;
    case 'InvalidNumberFormat':
      return 'invalid number';
    case 'PropertyNameExpected':
      return `expected a property name in double quotes, found ${found}`;
    case 'ValueExpected':
      return `expected a value, found ${found}`;
    case 'ColonExpected':
      return `expected ':', found ${found}`;
    case 'CommaExpected':
      return `expected ',' or a closing bracket, found ${found}`;
    case 'CloseBraceExpected':
      return `expected '}', found ${found}`;
    case 'CloseBracketExpected':
      return `expected ']', found ${found}`;
    case 'EndOfFileExpected':
      return `unexpected content after the JSON value: ${found}`;
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'comments are not allowed in JSON';
    case 'UnexpectedEndOfString':
      return 'unterminated string';
    case 'UnexpectedEndOfNumber':
      return 'unterminated number';
    case 'InvalidUnicode':
      return 'invalid \\u escape';
    case 'InvalidEscapeCharacter':
      return 'invalid escape sequence in string';
    case 'InvalidCharacter':
      return 'control character in string (escape it)';
    default:
      return 'invalid JSON';
  }
}

const UNQUOTED_PLACEHOLDER = /^(__[A-Za-z0-9_]+__|\$\{[^}\s]*\}|\$[A-Za-z_][A-Za-z0-9_]*|<[A-Za-z][^<>\n]{0,80}>|#\{[^}\s]*\}#?)/;

/**
 * One problem per real mistake: an unquoted template placeholder (`__TOKEN__`, `${VAR}`) is named
 * as such, and the parser's follow-on complaints about the same spot are dropped.
 */
function describeSyntaxErrors(text: string, errors: readonly ParseError[]): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  let skipUntil = -1;
  for (const error of errors) {
    if (error.offset <= skipUntil) continue;
    const closing = text[error.offset];
    if ((closing === '}' || closing === ']') && /,\s*$/.test(text.slice(Math.max(0, error.offset - 200), error.offset))) {
      const comma = text.lastIndexOf(',', error.offset);
      problems.push({ offset: comma, length: 1, message: `trailing comma before "${closing}" is not allowed in JSON` });
      skipUntil = error.offset;
      continue;
    }
    // The parser often reports a second error at the same character; one is enough.
    skipUntil = error.offset;
    const placeholder = UNQUOTED_PLACEHOLDER.exec(text.slice(error.offset, error.offset + 100))?.[1];
    if (placeholder && printParseErrorCode(error.error) === 'InvalidSymbol') {
      problems.push({
        offset: error.offset,
        length: placeholder.length,
        message: `unquoted template placeholder ${placeholder} where a JSON value belongs; resolve the template before linting or translating it`,
      });
      const after = /^\s*/.exec(text.slice(error.offset + placeholder.length))![0].length;
      skipUntil = error.offset + placeholder.length + after;
      continue;
    }
    problems.push({ offset: error.offset, length: error.length, message: describeSyntaxError(text, error) });
  }
  return problems;
}

/** Parses JSON text strictly (no comments, no trailing commas) while keeping positions. */
export function parseJsonWithPositions(text: string, toOuterOffset?: (offset: number) => number): ParsedJson {
  if (text.trim() === '') {
    return new ParsedJson(text, undefined, undefined, [{ offset: 0, length: 0, message: 'the input is empty' }], [], toOuterOffset);
  }
  const tooDeepAt = nestingDepthExceeds(text, MAX_NESTING_DEPTH);
  if (tooDeepAt !== undefined) {
    return new ParsedJson(
      text,
      undefined,
      undefined,
      [{ offset: tooDeepAt, length: 1, message: `nesting deeper than ${MAX_NESTING_DEPTH} levels is not supported` }],
      [],
      toOuterOffset,
    );
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems = describeSyntaxErrors(text, errors);
  if (problems.length > 0 || !tree) {
    return new ParsedJson(text, undefined, tree, problems.length > 0 ? problems : [{ offset: 0, length: 0, message: 'invalid JSON' }], [], toOuterOffset);
  }
  const duplicates: DuplicateKey[] = [];
  const value = toValue(tree, duplicates);
  return new ParsedJson(text, value, tree, [], duplicates, toOuterOffset);
}

/**
 * Decodes the JSON string literals at `spans` of `source` (each span includes its quotes) into one
 * string, and returns a map from each decoded UTF-16 index to its offset in `source`. Chunked
 * createOptions are several literals joined; a chunk may end mid-escape of the *inner* JSON, which
 * is fine because only the outer literal's escapes are decoded here.
 */
export function decodeStringLiterals(source: string, spans: readonly TextSpan[]): { text: string; offsets: Int32Array } {
  let text = '';
  const offsets: number[] = [];
  for (const span of spans) {
    let i = span.start + 1;
    const end = span.end - 1;
    while (i < end) {
      const c = source[i]!;
      if (c !== '\\') {
        text += c;
        offsets.push(i);
        i++;
        continue;
      }
      const next = source[i + 1];
      let decoded: string;
      let width = 2;
      switch (next) {
        case 'n': decoded = '\n'; break;
        case 't': decoded = '\t'; break;
        case 'r': decoded = '\r'; break;
        case 'b': decoded = '\b'; break;
        case 'f': decoded = '\f'; break;
        case 'u': decoded = String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)); width = 6; break;
        default: decoded = next ?? '';
      }
      text += decoded;
      offsets.push(i);
      i += width;
    }
  }
  // One past the end maps to just after the last literal's closing quote.
  const last = spans[spans.length - 1];
  offsets.push(last ? last.end - 1 : 0);
  return { text, offsets: Int32Array.from(offsets) };
}

/** Names the IoT Edge tools never expand: system identities, the upstream sink, template markers. */
const NOT_PLACEHOLDERS = new Set(['$edgeAgent', '$edgeHub', '$upstream', '$schema', '$schema-template', '$schema-version']);

const PATTERNS: readonly { kind: string; pattern: RegExp }[] = [
  { kind: '${…}', pattern: /\$\{[^}\s]*\}/g },
  { kind: '$VAR', pattern: /\$[A-Za-z_][A-Za-z0-9_]*/g },
  { kind: '<…>', pattern: /<[A-Za-z][^<>\n]{0,80}>/g },
  { kind: '__X__', pattern: /(?<![A-Za-z0-9])__[A-Z][A-Z0-9_]*__(?![A-Za-z0-9])/g },
];

export interface PlaceholderMatch {
  text: string;
  index: number;
}

/** Placeholders left in a string value: `${VAR}`, `$VAR`, `<Name>` and `__TOKEN__`. */
export function findPlaceholders(value: string, options: { inRoute?: boolean } = {}): PlaceholderMatch[] {
  // Most strings have none of the marker characters; skip the regular expressions for them.
  if (!value.includes('$') && !value.includes('<') && !value.includes('__')) return [];
  const matches: PlaceholderMatch[] = [];
  for (const { kind, pattern } of PATTERNS) {
    // Routes use `$`-prefixed system properties ($connectionModuleId, $body.x) and `<`/`>` comparisons.
    if (options.inRoute && kind !== '${…}' && kind !== '__X__') continue;
    for (const match of value.matchAll(pattern)) {
      const text = match[0];
      if (kind === '$VAR' && (NOT_PLACEHOLDERS.has(text) || value[match.index + text.length] === '{' || value[match.index - 1] === '$')) continue;
      if (kind === '$VAR' && matches.some((m) => m.index <= match.index && match.index < m.index + m.text.length)) continue;
      matches.push({ text, index: match.index });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

export function isPlaceholder(value: string): boolean {
  return findPlaceholders(value).length > 0;
}

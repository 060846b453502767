import type { Formatter } from './formatter.js';
import { formatJson } from './json.js';
import { formatText } from './text.js';

export const FORMATS = ['text', 'json'] as const;
export type FormatName = (typeof FORMATS)[number];

export const FORMATTERS = { json: formatJson, text: formatText } satisfies Record<FormatName, Formatter>;

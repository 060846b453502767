import type { Formatter } from './formatter.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

export const FORMATTERS = {
  github: formatGithub,
  json: formatJson,
  junit: formatJunit,
  sarif: formatSarif,
  text: formatText,
} satisfies Record<FormatName, Formatter>;

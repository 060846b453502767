import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build script
import { generateValidators } from '../../scripts/compile-schemas.js';

describe('generated files', () => {
  it('the precompiled manifest validators match schemas/deployment-manifest.schema.json (npm run schemas)', () => {
    expect(readFileSync('src/manifest/validators.generated.ts', 'utf8')).toBe(generateValidators());
  });
});

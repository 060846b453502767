// Bundles the CLI (src/cli/main.ts and what it loads) into dist/cli/: the bin starts by resolving a
// handful of files instead of ~80, which is most of its start-up time on Node 20. Commands that are
// loaded lazily stay separate chunks. commander and jsonc-parser, needed on every run, are bundled
// in; the dependencies loaded only on some paths (ajv, js-yaml, chalk) stay external. The library
// (dist/index.js) is tsc's output, unbundled.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear the old ones so a rebuild leaves no stale files to pack.
rmSync('dist/cli/chunks', { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['ajv', 'ajv/*', 'js-yaml', 'chalk'],
  // jsonc-parser's ESM build (its UMD build requires files dynamically).
  mainFields: ['module', 'main'],
  // commander is CommonJS and requires Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});

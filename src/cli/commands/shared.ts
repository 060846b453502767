import type { CliIo } from '../io.js';
import { UsageError } from '../errors.js';
import { loadManifest, type LoadedManifest } from '../../manifest/load.js';
import { parseByteSize } from '../options.js';

/** The inputs to read: the named files, or standard input when none is named and it is not a terminal. */
export function resolveInputs(files: readonly string[], io: CliIo): string[] {
  if (files.length > 0) {
    if (files.filter((file) => file === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
    return [...files];
  }
  if (io.stdinIsTTY) throw new UsageError('no input: name a deployment manifest, or pipe one in');
  return ['-'];
}

export async function loadInput(file: string, flags: { maxInputSize?: unknown }, io: CliIo): Promise<LoadedManifest> {
  const maxInputBytes = parseByteSize(String(flags.maxInputSize ?? '64MiB'));
  return loadManifest(file, { maxInputBytes, stdin: () => io.readStdin() });
}

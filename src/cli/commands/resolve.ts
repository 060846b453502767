import { generateDeployment } from '../../manifest/generate.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { loadInput } from './shared.js';

/** Prints the deployment a template generates; problems are left to lint. */
export async function runResolve(template: string, flags: Record<string, unknown>, io: CliIo): Promise<number> {
  if (template === '-') throw new UsageError('resolve needs a template file: placeholders are resolved from the files beside it');
  const loaded = await loadInput(template, flags, io);
  if (!loaded.manifest) {
    io.stderr(`iotedge-k8s: ${template} is not valid JSON; run "iotedge-k8s lint ${template}" for details\n`);
    return 1;
  }
  io.stdout(`${JSON.stringify(generateDeployment(loaded.json.value), null, 2)}\n`);
  if (!loaded.solution) io.stderr(`${template} is not a template (no $schema-template, not *.template.json); printed as is\n`);
  return 0;
}

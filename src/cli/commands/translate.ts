import { resolve } from 'node:path';
import { translateManifest } from '../../api.js';
import { writeObjectFiles } from '../../emit/files.js';
import { emitJson, emitYaml } from '../../emit/yaml.js';
import { formatText } from '../../report/text.js';
import { RULES } from '../../rules/index.js';
import { useColor, type CliIo } from '../io.js';
import { toolVersion } from '../main.js';
import { exitCodeFor, parseFailOn, translateOptions, type TranslateFlags } from '../options.js';
import { loadInput, resolveInputs } from './shared.js';

export async function runTranslate(file: string | undefined, flags: Record<string, unknown>, io: CliIo): Promise<number> {
  const failOn = parseFailOn(String(flags.failOn));
  const options = translateOptions(flags as TranslateFlags);
  const [input] = resolveInputs(file === undefined ? [] : [file], io);
  const loaded = await loadInput(input!, flags, io);
  const { objects, findings } = translateManifest(loaded, options);

  const outDir = flags.outDir as string | undefined;
  if (outDir !== undefined) {
    const written = await writeObjectFiles(resolve(io.cwd, outDir), objects);
    io.stderr(`Wrote ${written.length} files to ${outDir}\n`);
  } else if (objects.length > 0) {
    io.stdout(flags.output === 'json' ? emitJson(objects) : emitYaml(objects));
  }

  const shown = flags.quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
  if (shown.length > 0) {
    const colorFlag = flags.color as boolean | undefined;
    io.stderr(
      formatText(shown, {
        rules: RULES,
        toolName: 'iotedge-k8s',
        toolVersion: toolVersion(),
        files: [loaded.file],
        color: useColor(colorFlag, io.stderrIsTTY, io.env),
        failOn,
      }),
    );
  }
  return exitCodeFor(findings, failOn);
}

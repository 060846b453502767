import { resolve } from 'node:path';
import { translateManifest } from '../../api.js';
import { applyIgnores } from '../../config/config.js';
import { writeObjectFiles } from '../../emit/files.js';
import { emitJson, emitYaml } from '../../emit/yaml.js';
import { formatText } from '../../report/text.js';
import { RULES } from '../../rules/index.js';
import { loadChalk, useColor, type CliIo } from '../io.js';
import { toolVersion } from '../main.js';
import { exitCodeFor } from '../options.js';
import { ConfigResolver, effective, loadWithLayers, printableConfig, resolveInputs } from './shared.js';

export async function runTranslate(file: string | undefined, flags: Record<string, unknown>, io: CliIo): Promise<number> {
  const [input] = resolveInputs(file === undefined ? [] : [file], io);
  const settings = effective(await new ConfigResolver(flags, io).for(input!), flags);
  if (flags.printConfig) {
    io.stdout(printableConfig(settings));
    return 0;
  }
  const loaded = await loadWithLayers(input!, flags, io);
  const result = translateManifest(loaded, settings.options, { severities: settings.severities });
  const findings = applyIgnores(result.findings, settings.config, (name) => resolve(io.cwd, name));

  const outDir = flags.outDir as string | undefined;
  if (outDir !== undefined) {
    const written = await writeObjectFiles(resolve(io.cwd, outDir), result.objects);
    io.stderr(`Wrote ${written.length} files to ${outDir}\n`);
  } else if (result.objects.length > 0) {
    io.stdout(flags.output === 'json' ? emitJson(result.objects) : emitYaml(result.objects));
  }

  const shown = flags.quiet ? findings.filter((finding) => finding.severity === 'error' && !finding.suppressed) : findings;
  if (shown.some((finding) => !finding.suppressed)) {
    const color = useColor(flags.color as boolean | undefined, io.stderrIsTTY, io.env);
    const chalk = await loadChalk(color);
    io.stderr(
      formatText(shown, {
        rules: RULES,
        toolName: 'iotedge-k8s',
        toolVersion: toolVersion(),
        files: [loaded.file],
        color,
        ...(chalk ? { chalk } : {}),
        failOn: settings.failOn,
        cwd: io.cwd,
      }),
    );
  }
  return exitCodeFor(findings.filter((finding) => !finding.suppressed), settings.failOn);
}

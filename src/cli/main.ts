import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../manifest/load.js';
import { packageFile } from '../package-root.js';
import { EXIT_ERROR, UsageError } from './errors.js';
import type { CliIo } from './io.js';

export { nodeIo, type CliIo } from './io.js';

export function toolVersion(): string {
  return (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Flags shared by lint and translate: what the target cluster and agent accept. */
// No commander defaults on these: a flag given on the command line must be told apart from an absent
// one, so that it overrides the configuration file. Defaults are applied after merging.
function addTargetOptions(command: Command): Command {
  return command
    .option('--kubernetes-version <version>', 'Kubernetes version of the target cluster, MAJOR.MINOR (default: 1.33)')
    .option('--storage-class <name>', 'StorageClass for volume Mounts; PVCs are created only when set')
    .option('--port-mapping-service-type <type>', 'Service type for modules with PortBindings: ClusterIP, NodePort or LoadBalancer (default: ClusterIP)')
    .option('--env-colon-replacement <text>', 'what replaces ":" in env names on clusters that reject it (default: "_")')
    .option('--k8s-extensions', 'honour k8s-experimental in createOptions (default)')
    .option('--no-k8s-extensions', 'ignore k8s-experimental in createOptions')
    .option('--fail-on <severity>', 'exit 1 when a finding is at or above: error, warning, info or none (default: error)')
    .option('--config <file>', 'use this configuration file instead of searching for .iotedge-k8s.yaml')
    .option('--no-config', 'ignore configuration files')
    .option('--print-config', 'print the effective configuration and exit')
    .option('--max-input-size <bytes>', 'refuse inputs larger than this, such as 64MiB (default: 16MiB)')
    .option('--platform <platform>', 'platform of ${MODULES.Name} images in templates, such as arm64v8 (default: amd64)')
    .option('--layer <file[:priority]>', 'apply a layered deployment on top of the base; repeatable, higher priority wins', collect)
    .option('--color', 'force coloured diagnostics')
    .option('--no-color', 'never colour diagnostics');
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code; never exits the process. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('iotedge-k8s')
    .description('Translate Azure IoT Edge deployment manifests into Kubernetes objects, and lint them for what breaks on Kubernetes.')
    .version(toolVersion(), '-V, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  addTargetOptions(
    program
      .command('lint')
      .description('check deployment manifests for what will not work on Kubernetes')
      .argument('[files...]', 'deployment manifests; "-" or no file reads standard input')
      .option('-f, --format <format[=file]>', 'report format: text, json, sarif, github or junit, optionally written to a file; repeatable', collect)
      .option('-q, --quiet', 'report errors only')
      .option('--max-warnings <count>', 'exit 1 when there are more warnings than this')
      .option('--baseline <file>', 'report only findings that are not in this baseline')
      .option('--update-baseline', 'write the current findings to the --baseline file')
      .option('--fix', 'apply safe fixes to the files in place (standard input: print the fixed document)')
      .option('--fix-dry-run', 'print the fixes as a unified diff and change nothing'),
  ).action(async (files: string[], flags: Record<string, unknown>) => {
    const { runLint } = await import('./commands/lint.js');
    exitCode = await runLint(files, flags, io);
  });

  addTargetOptions(
    program
      .command('translate')
      .description('print the Kubernetes objects for a deployment manifest; findings go to standard error')
      .argument('[file]', 'deployment manifest; "-" or no file reads standard input')
      .addOption(new Option('-o, --output <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
      .option('--out-dir <dir>', 'write one file per object and a kustomization.yaml into this folder')
      .option('-n, --namespace <namespace>', 'namespace of the device, on every object (default: default)')
      .option('--device-id <id>', 'IoT Edge device id (default: edge-device)')
      .option('--iothub-hostname <host>', 'IoT Hub host name (default: example-hub.azure-devices.net)')
      .option('--pvc-size <MiB>', 'size of created PersistentVolumeClaims in MiB (default: 100)')
      .option('--proxy-image <image>', 'image of the proxy sidecar (default: azureiotedge/azureiotedge-proxy:0.1.0-beta15)')
      .option('--run-as-non-root', 'run pods as user 1000 unless k8s-experimental sets a securityContext')
      .option('-q, --quiet', 'print error findings only'),
  ).action(async (file: string | undefined, flags: Record<string, unknown>) => {
    const { runTranslate } = await import('./commands/translate.js');
    exitCode = await runTranslate(file, flags, io);
  });

  program
    .command('resolve')
    .description('print a deployment template with its placeholders resolved, as the IoT Edge tooling generates it')
    .argument('<template>', 'deployment template, such as deployment.template.json')
    .option('--platform <platform>', 'platform of ${MODULES.Name} images (default: amd64)')
    .option('--max-input-size <bytes>', 'refuse inputs larger than this (default: 16MiB)')
    .action(async (template: string, flags: Record<string, unknown>) => {
      const { runResolve } = await import('./commands/resolve.js');
      exitCode = await runResolve(template, flags, io);
    });

  program
    .command('rules')
    .description('list the rule catalogue')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action(async (flags: { format: 'text' | 'json' | 'markdown' }) => {
      const { runRulesCommand } = await import('./commands/rules.js');
      exitCode = runRulesCommand(flags.format, io);
    });

  program
    .command('completion')
    .description('print a shell completion script (bash or zsh)')
    .addOption(new Option('--shell <shell>', 'shell').choices(['bash', 'zsh']))
    .argument('[shell]', 'bash or zsh')
    .action(async (shell: string | undefined, flags: { shell?: string }) => {
      const { runCompletion } = await import('./commands/completion.js');
      exitCode = runCompletion(shell ?? flags.shell ?? 'bash', program, io);
    });

  program
    .command('explain')
    .description("print a rule's documentation")
    .argument('<rule>', 'rule id, such as env-name-colon')
    .action(async (rule: string) => {
      const { runExplain } = await import('./commands/rules.js');
      exitCode = runExplain(rule, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with code 0.
      return error.exitCode === 0 ? 0 : EXIT_ERROR;
    }
    if (error instanceof UsageError || error instanceof InputError || (error instanceof Error && (error.name === 'ConfigError' || error.name === 'BaselineError'))) {
      io.stderr(`iotedge-k8s: ${error.message}\n`);
      return EXIT_ERROR;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`iotedge-k8s: internal error, please report it with the input that caused it:\n${detail}\n`);
    return EXIT_ERROR;
  }
}

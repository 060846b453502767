import type { Command } from 'commander';
import { FORMATS } from '../../report/index.js';
import { RULES } from '../../rules/index.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';

/** Values offered after an option that takes one. */
const OPTION_VALUES: Readonly<Record<string, readonly string[]>> = {
  '--format': FORMATS,
  '-f': FORMATS,
  '--fail-on': ['error', 'warning', 'info', 'none'],
  '--output': ['yaml', 'json'],
  '-o': ['yaml', 'json'],
  '--port-mapping-service-type': ['ClusterIP', 'NodePort', 'LoadBalancer'],
  '--kubernetes-version': ['1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35'],
};

function bashScript(program: Command): string {
  const commands = program.commands.map((command) => command.name());
  const cases = program.commands
    .map((command) => {
      const flags = command.options.flatMap((option) => [option.long, option.short].filter((flag): flag is string => Boolean(flag)));
      return `    ${command.name()}) opts="${[...flags, '--help'].join(' ')}" ;;`;
    })
    .join('\n');
  const values = Object.entries(OPTION_VALUES)
    .map(([flag, list]) => `    ${flag}) COMPREPLY=( $(compgen -W "${list.join(' ')}" -- "$cur") ); return ;;`)
    .join('\n');
  return `# bash completion for iotedge-k8s; load with: source <(iotedge-k8s completion bash)
_iotedge_k8s() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" opts=""
  if [[ \${COMP_CWORD} -eq 1 ]]; then
    COMPREPLY=( $(compgen -W "${commands.join(' ')} --help --version" -- "$cur") )
    return
  fi
  case "$prev" in
${values}
  esac
  case "\${COMP_WORDS[1]}" in
${cases}
  esac
  if [[ "\${COMP_WORDS[1]}" == explain && "$cur" != -* ]]; then
    COMPREPLY=( $(compgen -W "${RULES.map((rule) => rule.id).join(' ')}" -- "$cur") )
  elif [[ "\${COMP_WORDS[1]}" == completion && "$cur" != -* ]]; then
    COMPREPLY=( $(compgen -W "bash zsh" -- "$cur") )
  elif [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -o default -F _iotedge_k8s iotedge-k8s
`;
}

export function runCompletion(shell: string, program: Command, io: CliIo): number {
  if (shell === 'bash') {
    io.stdout(bashScript(program));
  } else if (shell === 'zsh') {
    // zsh runs the bash function through bashcompinit, so both shells complete the same words.
    io.stdout(`#compdef iotedge-k8s\n# zsh completion for iotedge-k8s; load with: source <(iotedge-k8s completion zsh)\nautoload -U +X bashcompinit && bashcompinit\n${bashScript(program)}`);
  } else {
    throw new UsageError(`completion: unknown shell "${shell}" (use bash or zsh)`);
  }
  return 0;
}

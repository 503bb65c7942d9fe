import { runCheck, type Io } from './check';
import { runRules } from './rules';
import { AUDIT_HELP, runAudit } from './audit';
import { DAEMON_HELP, runDaemon } from './daemon';
import { SCENARIO_HELP, runScenarioCommand } from './scenario';
import { SMOKE_HELP, runSmokeTest } from './smoke-test';
import { SCAN_HELP, runScan } from './scan';
import { LSP_HELP, runLsp } from './lsp';
import { CHECK_HELP, MAIN_HELP, RULES_HELP } from './help';
import { UsageError } from './usage-error';

declare const PACKAGE_VERSION: string | undefined;

type Command = (argv: string[], io: Io) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  check: { run: runCheck, help: CHECK_HELP },
  rules: { run: runRules, help: RULES_HELP },
  audit: { run: runAudit, help: AUDIT_HELP },
  daemon: { run: runDaemon, help: DAEMON_HELP },
  scenario: { run: runScenarioCommand, help: SCENARIO_HELP },
  'smoke-test': { run: runSmokeTest, help: SMOKE_HELP },
  scan: { run: runScan, help: SCAN_HELP },
  lsp: { run: runLsp, help: LSP_HELP },
};

/** Dispatches `soc-agents <command>`; resolves to the exit code. Usage errors never show a stack trace. */
export async function main(argv: string[], io: Io, errWrite: (s: string) => void): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help') {
    io.write(MAIN_HELP);
    return 0;
  }
  if (name === '-v' || name === '--version') {
    io.write(`${typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev'}\n`);
    return 0;
  }
  if (name === 'help') {
    const topic = rest[0] ? COMMANDS[rest[0]] : undefined;
    io.write(topic ? topic.help : MAIN_HELP);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    errWrite(`soc-agents: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. See soc-agents --help.\n`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.write(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (e instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      errWrite(`soc-agents ${name}: ${(e as Error).message}\n`);
      return 2;
    }
    errWrite(`soc-agents ${name}: ${(e as Error).message}\n`);
    return 1;
  }
}

/** Runs the CLI on this process's arguments and streams; sets the exit code. */
export function runCli(): void {
  const io: Io = { stdin: process.stdin, write: (s) => process.stdout.write(s) };
  main(process.argv.slice(2), io, (s) => process.stderr.write(s)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`soc-agents: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runCli();

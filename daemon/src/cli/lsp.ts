import { parseArgs, format } from 'node:util';
import { createConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import type { DaemonConfig } from '../api/daemon-context';
import { startDaemon } from '../daemon/start-daemon';
import { bindLanguageServer } from '../lsp/connection';
import { DaemonBridge } from '../lsp/daemon-bridge';
import { documentScanner } from '../lsp/documents-binding';
import { resolveDataDir } from '../store/data-dir';
import { JsonLogger, type LogLevel } from '../util/logger';
import type { Io } from './check';
import { UsageError } from './usage-error';

export const LSP_HELP = `soc-agents lsp — the language server: diagnostics and fixes for prompts and agent code

Usage:
  soc-agents lsp --stdio                  Speak LSP on stdin/stdout (any LSP client: Neovim, Helix, Zed, ...).
  soc-agents lsp --node-ipc               Speak LSP over the Node IPC channel (how the VS Code extension runs it).

Options:
  --http-port N      Also run the SOC daemon (HTTP API, agents, dashboard) in this process on port N
                     (a free port is taken when N is busy; 0 = any free port). Without it: language server only.
  --data-dir DIR     The daemon's data folder (default $SOC_AGENTS_DATA_DIR or ~/.soc-agents).
  --host ADDR        The daemon's bind address (default 127.0.0.1).
  --upstream URL     OpenAI-compatible upstream for the daemon's proxy and chat endpoint.
  --log-level LEVEL  debug | info | warn | error (default info). Logs go to stderr, never stdout.

Files checked: *.prompt, *.prompt.md, *.prompty, *.mdc, Markdown/text under prompts/, AGENTS.md,
CLAUDE.md, GEMINI.md, .cursorrules, .windsurfrules, .clinerules, .github/copilot-instructions.md,
.github/prompts/*, .cursor/rules/*, MCP configs, and TypeScript/JavaScript/Python agent code.
Settings are read from the client's \`socAgents\` section (workspace/configuration).

Diagnostics: code = rule id, source "SOC AI Agents", range = the exact characters; codeDescription.href
links the rule's page shipped with the package (file://…/docs/rules/<id>.md), or
<socAgents.rules.docsBaseUrl>/<id>.md when that setting is set. Quick fixes, soc-ignore comments and
a "Show documentation" action (command socAgents.showRuleDocs, handled by the client) per finding.

Custom requests: soc/scanWorkspace, soc/exportSarif, soc/daemonConnection, soc/dashboardLogin;
notifications: soc/daemonStatus (server → client), soc/setOpenAiKey (client → server).
`;

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** `soc-agents lsp`: serves until the client disconnects (the LSP library exits the process then). */
export function runLsp(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      stdio: { type: 'boolean' },
      'node-ipc': { type: 'boolean' },
      // vscode-languageclient appends this; the library watches the parent process itself.
      clientProcessId: { type: 'string' },
      'http-port': { type: 'string' },
      'data-dir': { type: 'string' },
      host: { type: 'string' },
      upstream: { type: 'string' },
      'log-level': { type: 'string' },
    },
  });
  if (values.stdio === values['node-ipc']) throw new UsageError('give exactly one transport: --stdio or --node-ipc');
  if (values['node-ipc'] && typeof process.send !== 'function') throw new UsageError('--node-ipc needs a parent Node process with an IPC channel (use --stdio otherwise)');
  const level = (values['log-level'] ?? 'info') as LogLevel;
  if (!LEVELS.includes(level)) throw new UsageError(`unknown log level "${level}" (expected ${LEVELS.join(', ')})`);
  let port: number | undefined;
  if (values['http-port'] !== undefined) {
    port = Number(values['http-port']);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--http-port must be an integer from 0 to 65535');
  }
  if (values.upstream !== undefined && !/^https?:\/\//.test(values.upstream)) throw new UsageError(`not an http(s) URL: ${values.upstream}`);

  const logger = new JsonLogger((line) => process.stderr.write(line), level);
  if (values.stdio) {
    // stdout carries the protocol: anything a dependency prints goes to stderr instead.
    const toStderr = (...args: unknown[]): void => void process.stderr.write(format(...args) + '\n');
    console.log = toStderr;
    console.info = toStderr;
    console.debug = toStderr;
  }
  const connection = values.stdio
    ? createConnection(new StreamMessageReader(io.stdin), new StreamMessageWriter(process.stdout))
    : createConnection(new IPCMessageReader(process), new IPCMessageWriter(process));

  const config: DaemonConfig | undefined =
    port === undefined
      ? undefined
      : {
          host: values.host ?? '127.0.0.1',
          port,
          dataDir: resolveDataDir(values['data-dir'], process.env),
          environment: 'development',
          securityMode: 'default',
          real: false,
          ...(values.upstream ? { upstream: values.upstream } : {}),
          trustedProxies: [],
          allowedHosts: [],
          maxBodyBytes: 2 * 1024 * 1024,
        };
  const server = bindLanguageServer(connection, {
    scanner: documentScanner(logger),
    logger,
    ...(config
      ? { bridge: (notify) => new DaemonBridge({ config, logger, env: process.env, notify, startDaemon }) }
      : {}),
  });
  // The editor went away without a shutdown request: still drain the agents and flush the store.
  process.once('disconnect', () => {
    void Promise.race([server.shutdown(), new Promise((r) => setTimeout(r, 3000).unref())]).finally(() => process.exit(0));
  });
  return new Promise<number>((resolve) => connection.onExit(() => resolve(0)));
}

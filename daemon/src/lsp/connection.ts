import { TextDocuments, type Connection, type WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DaemonConnectionRequest,
  DaemonStatusNotification,
  DashboardLoginRequest,
  ExportSarifRequest,
  ScanWorkspaceRequest,
  SETTINGS_SECTION,
  SetOpenAiKeyNotification,
  type DaemonStatus,
} from '../protocol/lsp';
import type { Logger } from '../util/logger';
import type { DaemonBridge } from './daemon-bridge';
import type { DocumentScanner } from './document-scanner';
import { RuleDocs } from './rule-docs';
import { SocLanguageServer } from './server';

export interface LanguageServerWiring {
  scanner: DocumentScanner;
  logger: Logger;
  /** Builds the in-process daemon once the connection can carry its status (`--http-port`). */
  bridge?: (notify: (status: DaemonStatus) => void) => DaemonBridge;
  ruleDocs?: RuleDocs;
}

/** Thin wiring: binds LSP handlers to SocLanguageServer and starts listening. No logic lives here. */
export function bindLanguageServer(connection: Connection, wiring: LanguageServerWiring): SocLanguageServer {
  const documents = new TextDocuments(TextDocument);
  let statusReady = false;
  let lastStatus: DaemonStatus | undefined;
  const notify = (status: DaemonStatus): void => {
    lastStatus = status;
    // Before `initialized` the client may not listen yet; the latest status is sent then.
    if (statusReady) void connection.sendNotification(DaemonStatusNotification, status);
  };
  const server = new SocLanguageServer({
    scanner: wiring.scanner,
    documents,
    publishDiagnostics: (uri, diagnostics, version) => connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) }),
    fetchSettings: (scopeUri) => connection.workspace.getConfiguration({ section: SETTINGS_SECTION, ...(scopeUri ? { scopeUri } : {}) }) as Promise<unknown>,
    logger: wiring.logger,
    ruleDocs: wiring.ruleDocs ?? new RuleDocs(),
    ...(wiring.bridge ? { bridge: wiring.bridge(notify) } : {}),
  });

  connection.onInitialize((params) => server.initialize(params));
  connection.onInitialized(() => {
    statusReady = true;
    if (lastStatus) void connection.sendNotification(DaemonStatusNotification, lastStatus);
    server.initialized().catch((e: unknown) => wiring.logger.log('error', 'initialization failed', { error: (e as Error).message }));
  });
  connection.onDidChangeConfiguration((params) => {
    server.didChangeConfiguration(params.settings).catch((e: unknown) => wiring.logger.log('error', 'applying settings failed', { error: (e as Error).message }));
  });
  documents.onDidOpen((e) => server.didOpen(e.document));
  documents.onDidChangeContent((e) => server.didChangeContent(e.document));
  documents.onDidClose((e) => server.didClose(e.document));
  connection.onCodeAction((params) => server.codeActions(params));

  connection.onRequest(ScanWorkspaceRequest, async (params, token) => {
    // Client-initiated progress when the request carries a token, else ask the client for one.
    const reporter: WorkDoneProgressReporter =
      params.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(params.workDoneToken) : await connection.window.createWorkDoneProgress();
    reporter.begin('SOC AI Agents: scanning workspace', 0, undefined, true);
    const serverToken = 'token' in reporter ? (reporter as { token: typeof token }).token : undefined;
    try {
      return await server.scanWorkspace({
        report: (percentage, message) => reporter.report(percentage, message),
        get cancelled() {
          return token.isCancellationRequested || serverToken?.isCancellationRequested === true;
        },
      });
    } finally {
      reporter.done();
    }
  });
  connection.onRequest(ExportSarifRequest, () => server.exportSarif());
  connection.onRequest(DaemonConnectionRequest, () => server.daemonConnection());
  connection.onRequest(DashboardLoginRequest, () => server.dashboardLogin());
  connection.onNotification(SetOpenAiKeyNotification, (params) => server.setOpenAiKey(params?.apiKey ?? null));
  connection.onShutdown(() => server.shutdown());

  documents.listen(connection);
  connection.listen();
  return server;
}

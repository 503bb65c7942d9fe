import { SHOW_RULE_DOCS_COMMAND } from '../../daemon/src/protocol/lsp';

/** Every command the extension contributes (package.json `contributes.commands` lists the same ids). */
export const COMMANDS = {
  /** The dashboard panel (client/src/dashboard registers it). */
  openDashboard: 'socAgents.openDashboard',
  openDashboardInBrowser: 'socAgents.openDashboardInBrowser',
  toggleMonitoring: 'socAgents.toggleMonitoring',
  runScenario: 'socAgents.runScenario',
  scanWorkspace: 'socAgents.scanWorkspace',
  showBlocked: 'socAgents.showBlocked',
  setOpenAiKey: 'socAgents.setOpenAiKey',
  restartDaemon: 'socAgents.restartDaemon',
  stopDaemon: 'socAgents.stopDaemon',
  exportSarif: 'socAgents.exportSarif',
  showLogs: 'socAgents.showLogs',
  showRuleDocs: SHOW_RULE_DOCS_COMMAND,
} as const;

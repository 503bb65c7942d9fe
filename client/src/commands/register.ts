import * as vscode from 'vscode';
import { COMMANDS } from '../command-ids';
import { showBlockedCommand } from './enforcement';
import { withClient, withDaemon, type CommandDeps } from './guard';
import { runScenarioCommand } from './scenario';
import { exportSarifCommand, scanWorkspaceCommand } from './scan';
import { openDashboardCommand, setOpenAiKeyCommand, showRuleDocsCommand, toggleMonitoringCommand } from './simple';

/** Registers the `SOC:` commands (the dashboard panel's own are registered by client/src/dashboard); each one that needs the daemon says so plainly when it is down. */
export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const reg = (id: string, run: (...args: never[]) => unknown): vscode.Disposable => vscode.commands.registerCommand(id, run as (...args: unknown[]) => unknown);
  return [
    reg(COMMANDS.openDashboardInBrowser, openDashboardCommand(deps)),
    reg(COMMANDS.toggleMonitoring, withDaemon(deps, toggleMonitoringCommand())),
    reg(COMMANDS.runScenario, withDaemon(deps, runScenarioCommand(deps))),
    reg(COMMANDS.showBlocked, withDaemon(deps, showBlockedCommand(deps))),
    reg(COMMANDS.scanWorkspace, withClient(deps, scanWorkspaceCommand(deps))),
    reg(COMMANDS.exportSarif, withClient(deps, exportSarifCommand(deps))),
    reg(COMMANDS.setOpenAiKey, setOpenAiKeyCommand(deps)),
    reg(COMMANDS.restartDaemon, () => deps.daemon.restart()),
    reg(COMMANDS.stopDaemon, () => deps.daemon.stopByUser()),
    reg(COMMANDS.showLogs, () => deps.log.show()),
    reg(COMMANDS.showRuleDocs, showRuleDocsCommand()),
  ];
}

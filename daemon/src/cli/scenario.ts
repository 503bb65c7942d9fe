import { parseArgs } from 'node:util';
import type { ScenarioReport } from '../scenarios/scenario-runner';
import { SCENARIO_NAMES } from '../scenarios/catalog';
import type { Io } from './check';
import { callDaemon, resolveToken } from './daemon-client';
import { UsageError } from './usage-error';

export const SCENARIO_HELP = `soc-agents scenario — replay an attack scenario against a running daemon

Usage: soc-agents scenario NAME [--url URL] [--token TOKEN] [--data-dir DIR] [--json]

Scenarios: ${SCENARIO_NAMES.join(', ')}
  --url URL      The daemon (default http://127.0.0.1:7341)
  --token TOKEN  Admin token (default $SOC_AGENTS_TOKEN or DATA_DIR/token)
  --json         Print the daemon's JSON report
Exit code 0 when the scenario's threat was detected, 1 otherwise.
`;

/** One report as a few readable lines. */
export function formatScenario(r: ScenarioReport): string {
  const c = r.security_check;
  const actions = c.remediation_actions.map((a) => `${a.type} ${a.target} (${a.status})`).join(', ') || 'none';
  const rules = [...new Set(c.alerts.flatMap((a) => a.rule_ids))].join(', ') || 'none';
  return [
    `${r.detected ? 'DETECTED' : 'MISSED  '}  ${r.scenario} — ${r.title}`,
    `  messages sent: ${r.messages_sent}, refused by enforcement: ${r.refused}`,
    `  alerts: ${c.alerts.length} (${[...new Set(c.alerts.map((a) => `${a.threat}/${a.severity}`))].join(', ') || 'none'}); rules: ${rules}`,
    `  actions: ${actions}`,
    ...(c.refused ? [`  refused: ${c.refused.reason}`] : []),
  ].join('\n');
}

export async function runScenarioCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' }, token: { type: 'string' }, 'data-dir': { type: 'string' }, json: { type: 'boolean' } },
  });
  const name = positionals[0];
  if (!name) throw new UsageError(`name a scenario: ${SCENARIO_NAMES.join(', ')}`);
  const url = values.url ?? 'http://127.0.0.1:7341';
  const token = resolveToken(values.token, values['data-dir']);
  const r = await callDaemon<ScenarioReport & { error?: { message: string } }>(url, token, 'POST', `/api/test/scenario/${encodeURIComponent(name)}`);
  if (r.status !== 200) throw new Error(r.body.error?.message ?? `the daemon answered ${r.status}`);
  io.write(values.json ? JSON.stringify(r.body, null, 2) + '\n' : formatScenario(r.body) + '\n');
  return r.body.detected ? 0 : 1;
}

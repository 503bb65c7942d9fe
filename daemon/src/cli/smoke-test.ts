import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDaemon } from '../daemon/start-daemon';
import { defaultPolicy } from '../enforce/policy';
import type { EnforcementEntry } from '../protocol/domain';
import { SCENARIOS, SCENARIO_NAMES } from '../scenarios/catalog';
import type { ScenarioReport } from '../scenarios/scenario-runner';
import { MemoryLogger } from '../util/logger';
import type { Io } from './check';
import { callDaemon } from './daemon-client';
import { formatScenario } from './scenario';

export const SMOKE_HELP = `soc-agents smoke-test — check the whole SOC end to end

Usage: soc-agents smoke-test [--keep]

Starts a daemon in this process on a free port with a temporary data folder, replays every attack
scenario over HTTP, checks that each threat is detected and answered with its policy's enforcement,
that enforcement refuses the attacker and that lifting it serves them again. Prints a report;
exit code 0 when every check passes, 1 otherwise. --keep leaves the data folder for inspection.
`;

const ENFORCING = new Set(['rate_limit', 'terminate_session', 'block_ip', 'suspend_user']);

export async function runSmokeTest(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { keep: { type: 'boolean' } } });
  const dataDir = mkdtempSync(join(tmpdir(), 'soc-smoke-'));
  const token = `smoke-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const daemon = await startDaemon({
    config: { host: '127.0.0.1', port: 0, dataDir, environment: 'development', securityMode: 'default', real: false, trustedProxies: [], allowedHosts: [], maxBodyBytes: 2 * 1024 * 1024 },
    env: { SOC_AGENTS_TOKEN: token },
    logger: new MemoryLogger(),
    tailLogs: false,
  });
  const call = <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: T }> => callDaemon<T>(daemon.url, token, method, path, body);
  const failures: string[] = [];
  const check = (ok: boolean, what: string): void => {
    io.write(`  ${ok ? 'ok  ' : 'FAIL'} ${what}\n`);
    if (!ok) failures.push(what);
  };
  const liftAll = async (): Promise<void> => {
    const { body } = await call<{ entries: EnforcementEntry[] }>('GET', '/api/enforcement');
    for (const e of body.entries) await call('POST', '/api/enforcement/lift', { kind: e.kind, target: e.target, reason: 'smoke test reset' });
  };
  try {
    io.write(`daemon on ${daemon.url} (data: ${dataDir})\n\n`);
    const policy = defaultPolicy();
    for (const name of SCENARIO_NAMES) {
      const r = await call<ScenarioReport>('POST', `/api/test/scenario/${name}`);
      io.write(formatScenario(r.body) + '\n');
      check(r.status === 200 && r.body.detected, `${name}: ${SCENARIOS[name].expects} detected`);
      const done = new Set(r.body.security_check.remediation_actions.filter((a) => a.status === 'executed').map((a) => a.type));
      for (const kind of policy.threats[SCENARIOS[name].expects].actions.filter((k) => ENFORCING.has(k))) check(done.has(kind), `${name}: ${kind} executed`);
      // A rate limit lets `requests` more through inside its window; the one after is refused.
      const tries = done.has('block_ip') || done.has('terminate_session') || done.has('suspend_user') ? 1 : policy.rateLimit.requests + 1;
      let after = { status: 0, body: {} as { error?: { code: string } } };
      for (let i = 0; i < tries; i++) after = await call<{ error?: { code: string } }>('POST', '/api/chat', { message: `Hello, what can you do? (${i + 1})`, session_id: r.body.session_id });
      check(after.status === 403 || after.status === 429, `${name}: the attacker is refused afterwards (request ${tries}: ${after.status} ${after.body.error?.code ?? ''})`);
      await liftAll();
      const again = await call('POST', '/api/chat', { message: 'Hello again, what can you do?' });
      check(again.status === 200, `${name}: served again after the restrictions were lifted`);
      io.write('\n');
    }
    const audit = await call<{ ok: boolean; checked: number }>('GET', '/api/audit/verify');
    check(audit.body.ok && audit.body.checked > 0, `audit chain intact (${audit.body.checked} records)`);
  } finally {
    await daemon.stop();
    if (!values.keep) rmSync(dataDir, { recursive: true, force: true });
  }
  io.write(failures.length === 0 ? 'smoke test passed\n' : `smoke test FAILED: ${failures.length} check(s)\n`);
  return failures.length === 0 ? 0 : 1;
}

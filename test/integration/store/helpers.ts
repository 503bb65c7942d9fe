import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from 'node-sqlite3-wasm';
import type { ActionRecord, Alert, Approval, EnforcementEntry, Incident, SecurityEvent } from '../../../daemon/src/protocol/domain';

/** A fresh temp folder per test; `dataDir` inside it does not exist yet (the store creates it). */
export function tempRoot(): { root: string; dataDir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'soc-store-'));
  return { root, dataDir: join(root, 'data'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * A second, raw connection to the file, as an attacker or a repair tool would open it. It must
 * ask for EXCLUSIVE locking first like the store does (see store/connection.ts).
 */
export function rawConnection(dbPath: string, create = false): Database {
  const db = new Database(dbPath, { fileMustExist: !create });
  db.exec('PRAGMA locking_mode=EXCLUSIVE');
  return db;
}

export function event(i: number, ts = 1_000 + i): SecurityEvent {
  return { id: `ev-${i}`, ts, kind: 'chat', actor: { ip: '10.0.0.1', sessionId: 's1' }, text: `message ${i}`, channel: 'api/chat', source: 'user' };
}

export function alert(i: number, ts = 2_000 + i, incidentId?: string): Alert {
  return {
    id: `al-${i}`,
    ts,
    eventId: `ev-${i}`,
    actor: { ip: '10.0.0.1' },
    threat: 'prompt_injection',
    severity: 'high',
    score: 0.91,
    ruleIds: ['PI-001'],
    findings: [],
    excerpt: 'ignore all previous instructions',
    channel: 'api/chat',
    ...(incidentId ? { incidentId } : {}),
  };
}

export function incident(id: string, over: Partial<Incident> = {}): Incident {
  return {
    id,
    key: 'ip:10.0.0.1|prompt_injection',
    status: 'open',
    threat: 'prompt_injection',
    severity: 'high',
    actor: { ip: '10.0.0.1' },
    firstSeen: 5_000,
    lastSeen: 6_000,
    alertCount: 2,
    alertIds: ['al-1', 'al-2'],
    fpProbability: 0.1,
    summary: 'Prompt injection from 10.0.0.1',
    summarySource: 'template',
    playbook: [{ kind: 'rate_limit', target: '10.0.0.1', durationSec: 120, reason: 'HIGH', policy: 'auto' }],
    ...over,
  };
}

export function action(id: string, over: Partial<ActionRecord> = {}): ActionRecord {
  return { id, incidentId: 'inc-1', kind: 'block_ip', target: '10.0.0.1', status: 'executed', attempts: 1, ts: 7_000, reason: 'CRITICAL exfiltration', ...over };
}

export function approval(id: string, over: Partial<Approval> = {}): Approval {
  return {
    id,
    incidentId: 'inc-1',
    action: { kind: 'suspend_user', target: 'u-7', reason: 'CRITICAL', policy: 'approval' },
    status: 'pending',
    requestedAt: 8_000,
    expiresAt: 8_000 + 900_000,
    ...over,
  };
}

export function enforcement(kind: EnforcementEntry['kind'], target: string, expiresAt: number, over: Partial<EnforcementEntry> = {}): EnforcementEntry {
  return { kind, target, reason: 'test', createdAt: 9_000, expiresAt, offenses: 1, ...over };
}

/** Starts a tsx script in a child Node and resolves once it printed `ready` (no sleeps). */
export function spawnTs(script: string, args: string[]): Promise<{ child: ChildProcess; stdout: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (/^ready$/m.test(out)) resolve({ child, stdout: () => out });
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => reject(new Error(`child exited (${code ?? signal}) before ready: ${err}`)));
  });
}

export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

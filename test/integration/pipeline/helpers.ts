import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResponsePolicy } from '../../../daemon/src/enforce/policy';
import type { ActorRef, SecurityEvent } from '../../../daemon/src/protocol/domain';
import { createSoc, type Soc, type SocOptions } from '../../../daemon/src/soc/create-soc';
import { ManualClock } from '../../../daemon/src/util/clock';
import { MemoryLogger } from '../../../daemon/src/util/logger';

export interface Pipeline {
  soc: Soc;
  clock: ManualClock;
  logger: MemoryLogger;
  dataDir: string;
  cleanup: () => Promise<void>;
}

/** A whole SOC (real SQLite store on a temp folder, real enforcer and actuators) on a manual clock. */
export async function pipeline(policy: ResponsePolicy, over: Partial<SocOptions> = {}): Promise<Pipeline> {
  const root = mkdtempSync(join(tmpdir(), 'soc-pipeline-'));
  const clock = new ManualClock();
  const logger = new MemoryLogger();
  const dataDir = join(root, 'data');
  const soc = await createSoc({ dataDir, clock, logger, policy, sweepIntervalMs: 0, ...over });
  return {
    soc,
    clock,
    logger,
    dataDir,
    cleanup: async () => {
      await soc.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

let n = 0;
export function event(text: string, actor: ActorRef, channel = 'api/chat'): SecurityEvent {
  n++;
  return { id: `it-${n}`, ts: 0, kind: 'chat', actor, text, channel, source: 'user' };
}

import type { ChatService } from '../chat/chat-service';
import type { ChatBackend } from '../llm/chat-backend';
import type { Environment } from '../protocol/domain';
import type { SecurityMode } from '../engine/types';
import type { Soc } from '../soc/create-soc';
import type { Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import type { Authenticator } from './auth';

/** Settings the daemon runs with (CLI flags, environment, the extension's settings). */
export interface DaemonConfig {
  host: string;
  port: number;
  dataDir: string;
  environment: Environment;
  securityMode: SecurityMode;
  /** `--real`: external actuators (webhook, command) may act. */
  real: boolean;
  /** OpenAI-compatible upstream for the proxy and the chat endpoint. */
  upstream?: string;
  /** Socket addresses whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  /** Extra Host names accepted besides the loopback aliases. */
  allowedHosts: string[];
  maxBodyBytes: number;
  /** With --real: a webhook that receives every remediation action as JSON. */
  webhookUrl?: string;
  /** With --real: a command run per action (`{target}` is replaced by the target; no shell). */
  command?: string[];
}

/** Everything a route needs, built once by the server. */
export interface DaemonContext {
  config: DaemonConfig;
  soc: Soc;
  chat: ChatService;
  llm: () => ChatBackend;
  auth: Authenticator;
  clock: Clock;
  logger: Logger;
  startedAt: number;
  monitoring: { get(): boolean; set(on: boolean): void };
  /** The port actually bound (differs from config.port when 0 or when the port was taken). */
  port: () => number;
  clientIp: (req: import('node:http').IncomingMessage) => string;
  /** Announces that the daemon's status changed (monitoring toggled, settings): live stream, status bar. */
  statusChanged: () => void;
  /** Subscribes to status changes; returns the unsubscribe function. */
  onStatusChanged: (listener: () => void) => () => void;
}

import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import WebSocket, { WebSocketServer } from 'ws';
import type { Unsubscribe } from '../bus/bus';
import {
  STREAM_MAX_CLIENT_FRAME,
  STREAM_PROTOCOL_VERSION,
  STREAM_SUBPROTOCOL,
  STREAM_TOPICS,
  type StatusSnapshot,
  type StreamTopic,
} from '../protocol/stream';
import { StreamClient, type ClientLimits } from './live-stream-client';
import { FrameFactory, type UnstampedMessage } from './live-stream-frames';
import { streamCounts, streamStats } from './live-stream-stats';
import { SocTally } from './live-stream-tally';
import type { LiveStream, LiveStreamDeps, LiveStreamStats } from './live-stream-types';
import { checkUpgrade, refuseUpgrade } from './live-stream-upgrade';

export type { LiveStream, LiveStreamDeps, LiveStreamOptions, LiveStreamStats } from './live-stream-types';
export type { StatusSnapshot } from '../protocol/stream';

/** Serves the live stream on `server`'s upgrade requests to `options.path`. */
export function attachLiveStream(server: Server, deps: LiveStreamDeps): LiveStream {
  return new LiveStreamServer(server, deps);
}

class LiveStreamServer implements LiveStream {
  readonly tally: SocTally;
  private readonly path: string;
  private readonly limits: ClientLimits;
  private readonly maxClients: number;
  private readonly closeGraceMs: number;
  private readonly wss: WebSocketServer;
  private readonly frames: FrameFactory;
  private readonly clients = new Set<StreamClient>();
  private readonly unsubscribes: Unsubscribe[];
  private readonly timers: NodeJS.Timeout[] = [];
  private nextId = 0;
  private closing: Promise<void> | undefined;
  private gone = { sent: 0, dropped: 0 };
  private refused = 0;
  private terminated = 0;

  constructor(
    private readonly server: Server,
    private readonly deps: LiveStreamDeps,
  ) {
    const o = deps.options ?? {};
    this.path = o.path ?? '/ws';
    this.limits = {
      highWaterBytes: o.highWaterBytes ?? 256 * 1024,
      maxQueuedMessages: o.maxBufferedMessages ?? 1_000,
      maxQueuedBytes: o.maxBufferedBytes ?? 8 * 1024 * 1024,
      stuckTimeoutMs: o.stuckTimeoutMs ?? 30_000,
      maxInvalidMessages: 20,
      maxMessagesPerSecond: 50,
    };
    this.maxClients = o.maxClients ?? 64;
    this.closeGraceMs = o.closeGraceMs ?? 1_000;
    this.frames = new FrameFactory(deps.clock);
    this.tally = new SocTally(deps.soc, deps.logger);
    this.wss = new WebSocketServer({
      noServer: true,
      clientTracking: false,
      perMessageDeflate: false,
      maxPayload: STREAM_MAX_CLIENT_FRAME,
      handleProtocols: (offered) => (offered.has(STREAM_SUBPROTOCOL) ? STREAM_SUBPROTOCOL : false),
    });
    server.on('upgrade', this.onUpgrade);

    // Pushed from the bus handler itself: no batching, so an alert reaches clients as soon as it is raised.
    const bus = deps.soc.bus;
    this.unsubscribes = [
      bus.subscribe('alert.raised', (alert) => this.broadcast('alert', { type: 'alert', alert })),
      bus.subscribe('incident.updated', (incident) => this.broadcast('incident', { type: 'incident', incident })),
      bus.subscribe('action.executed', (action) => this.broadcast('action', { type: 'action', action })),
      bus.subscribe('approval.updated', (approval) => this.broadcast('approval', { type: 'approval', approval })),
      bus.subscribe('enforcement.changed', ({ entry, change }) => this.broadcast('enforcement', { type: 'enforcement', change, entry })),
    ];

    const statsEvery = o.statsIntervalMs ?? 2_000;
    if (statsEvery > 0) this.every(statsEvery, () => this.publishStats());
    const heartbeat = o.heartbeatMs ?? 30_000;
    if (heartbeat > 0) this.every(heartbeat, () => this.heartbeat());
  }

  publishStatus(): void {
    const status = this.safeStatus();
    if (status) this.broadcast('status', { type: 'status', status });
  }

  stats(): LiveStreamStats {
    let sent = this.gone.sent;
    let dropped = this.gone.dropped;
    let queued = 0;
    let maxQueued = 0;
    let bufferedBytes = 0;
    for (const c of this.clients) {
      sent += c.sent;
      dropped += c.dropped;
      queued += c.queued;
      maxQueued = Math.max(maxQueued, c.queued);
      bufferedBytes += c.ws.bufferedAmount;
    }
    return { clients: this.clients.size, sent, dropped, queued, maxQueued, bufferedBytes, refused: this.refused, terminated: this.terminated };
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  // Nothing thrown here may escape: an exception in an 'upgrade' listener would take the daemon down.
  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // A reset during the handshake must not become an uncaught 'error'.
    socket.on('error', () => undefined);
    try {
      this.upgrade(req, socket, head);
    } catch (e) {
      this.deps.logger.log('error', 'live stream: upgrade failed', { error: e instanceof Error ? e.message : String(e) });
      socket.destroy();
    }
  };

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      pathname = '';
    }
    if (pathname !== this.path) {
      if (this.server.listenerCount('upgrade') > 1) return; // someone else's path
      return this.refuse(req, socket, 404, 'not_found', `no WebSocket endpoint at this path; use ${this.path}`);
    }
    if (this.closing) return this.refuse(req, socket, 503, 'shutting_down', 'the daemon is shutting down');
    const verdict = checkUpgrade(req, this.deps);
    if (!verdict.ok) return this.refuse(req, socket, verdict.status, verdict.code, verdict.message);
    if (this.clients.size >= this.maxClients) return this.refuse(req, socket, 503, 'too_many_clients', 'too many live-stream clients');
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      try {
        this.onConnection(ws, req);
      } catch (e) {
        this.deps.logger.log('error', 'live stream: connection setup failed', { error: e instanceof Error ? e.message : String(e) });
        ws.terminate();
      }
    });
  }

  private refuse(req: IncomingMessage, socket: Duplex, status: number, code: string, message: string): void {
    this.refused++;
    // Never the headers: the cookie or subprotocol may hold a token.
    this.deps.logger.log('warn', 'live stream: upgrade refused', { status, code, remote: req.socket.remoteAddress });
    refuseUpgrade(socket, status, code, message);
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const { logger, clock, soc } = this.deps;
    if (this.closing) {
      ws.close(1001, 'server shutting down');
      return;
    }
    const client = new StreamClient(ws, ++this.nextId, this.limits, this.frames, clock, logger, () => this.terminated++);
    this.clients.add(client);
    ws.on('error', (e) => logger.log('debug', 'live stream: client error', { client: client.id, error: e.message }));
    ws.on('close', () => {
      this.gone.sent += client.sent;
      this.gone.dropped += client.dropped;
      client.release();
      this.clients.delete(client);
    });
    logger.log('debug', 'live stream: client connected', { client: client.id, remote: req.socket.remoteAddress });
    const status = this.safeStatus();
    if (!status) {
      client.close(1011, 'status unavailable');
      return;
    }
    client.deliver(
      this.frames.make({
        type: 'hello',
        server: { name: 'soc-ai-agents', version: this.deps.version ?? 'unknown' },
        protocol: STREAM_PROTOCOL_VERSION,
        topics: [...STREAM_TOPICS],
        snapshot: { status, counts: streamCounts(soc, this.tally) },
      }),
    );
  }

  private broadcast(topic: StreamTopic, msg: UnstampedMessage): void {
    if (this.clients.size === 0 || this.closing) return;
    const frame = this.frames.make(msg);
    for (const c of this.clients) if (c.wants(topic)) c.deliver(frame);
  }

  private publishStats(): void {
    for (const c of this.clients) c.tick();
    if (this.clients.size === 0) return;
    const status = this.safeStatus();
    if (!status) return;
    const s = this.stats();
    const frame = this.frames.make({ type: 'stats', stats: streamStats(this.deps.soc, this.tally, status, { clients: s.clients, dropped: s.dropped }) });
    // A backlogged client skips this one: the next stats message supersedes it anyway.
    for (const c of this.clients) if (c.wants('stats') && c.queued === 0) c.deliver(frame);
  }

  private heartbeat(): void {
    for (const c of this.clients) {
      if (!c.alive) {
        c.terminate('no pong');
        continue;
      }
      c.alive = false;
      if (c.ws.readyState === WebSocket.OPEN) c.ws.ping();
      c.tick();
    }
  }

  private safeStatus(): StatusSnapshot | undefined {
    try {
      return this.deps.status();
    } catch (e) {
      this.deps.logger.log('error', 'live stream: status() failed', { error: e instanceof Error ? e.message : String(e) });
      return undefined;
    }
  }

  private every(ms: number, fn: () => void): void {
    const t = setInterval(() => {
      try {
        fn();
      } catch (e) {
        this.deps.logger.log('error', 'live stream: periodic task failed', { error: e instanceof Error ? e.message : String(e) });
      }
    }, ms);
    t.unref();
    this.timers.push(t);
  }

  private async shutdown(): Promise<void> {
    for (const t of this.timers.splice(0)) clearInterval(t);
    for (const u of this.unsubscribes.splice(0)) u();
    this.tally.close();
    const open = [...this.clients].filter((c) => c.ws.readyState !== WebSocket.CLOSED);
    if (open.length > 0) {
      let grace: NodeJS.Timeout | undefined;
      const allClosed = Promise.all(open.map((c) => new Promise<void>((resolve) => c.ws.once('close', () => resolve()))));
      for (const c of open) c.close(1001, 'server shutting down');
      const timedOut = new Promise<void>((resolve) => (grace = setTimeout(resolve, this.closeGraceMs)));
      await Promise.race([allClosed, timedOut]);
      clearTimeout(grace);
      // Clients that did not answer the close (stopped reading) are cut off.
      for (const c of this.clients) c.ws.terminate();
    }
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

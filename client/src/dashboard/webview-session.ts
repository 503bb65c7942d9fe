import {
  isRuleId,
  WEBVIEW_PROTOCOL_VERSION,
  type DashboardHost,
  type DashboardShown,
  type HostToWebview,
  type WebviewToHost,
} from '../../../daemon/src/protocol/webview';
import type { DaemonBridge, Disposable } from './daemon-bridge';

/** What one webview (panel or sidebar view) offers the session. */
export interface WebviewPort {
  post(message: HostToWebview): void;
  openRuleDoc(ruleId: string): void;
}

function isMessage(raw: unknown): raw is WebviewToHost {
  return typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string';
}

/**
 * One webview's conversation with the extension: answers its typed requests through the bridge
 * and forwards the bridge's live messages. Anything that is not a well-formed message is ignored.
 */
export class WebviewSession implements Disposable {
  private attachment: Disposable | undefined;
  /** The last thing the page said it shows (for the status command and tests). */
  shown: DashboardShown | undefined;

  constructor(
    private readonly bridge: DaemonBridge,
    private readonly port: WebviewPort,
    private readonly host: DashboardHost,
  ) {}

  receive(raw: unknown): void {
    if (!isMessage(raw)) return;
    const msg = raw;
    switch (msg.type) {
      case 'ready':
        // A reloaded webview says ready again: start its feed afresh.
        this.attachment?.dispose();
        this.port.post({ type: 'init', protocol: WEBVIEW_PROTOCOL_VERSION, host: this.host });
        this.attachment = this.bridge.attach((m) => this.port.post(m));
        return;
      case 'request': {
        const { id, method, path, body } = msg;
        if (typeof id !== 'number' || typeof path !== 'string') return;
        void this.bridge.request(method, path, body).then((response) => this.port.post({ type: 'response', id, response }));
        return;
      }
      case 'openRuleDoc':
        if (typeof msg.ruleId === 'string' && isRuleId(msg.ruleId)) this.port.openRuleDoc(msg.ruleId);
        return;
      case 'reconnect':
        this.bridge.reconnect();
        return;
      case 'shown':
        if (typeof msg.view === 'object' && msg.view !== null) this.shown = msg.view;
        return;
      default:
        assertNever(msg);
    }
  }

  dispose(): void {
    this.attachment?.dispose();
    this.attachment = undefined;
  }
}

function assertNever(x: never): void {
  void x;
}

import type { ActionRecord, Alert, Approval, EnforcementEntry, EnforcementKind, Feedback, Incident } from '../../daemon/src/protocol/domain';
import type { StreamMessage } from '../../daemon/src/protocol/stream';
import type { ApiResponse, ConnectionState, DashboardTransport, HttpMethod } from './net/transport';
import { errorMessage, type AuditRecord, type ChainCheck, type ChatAnswer, type RuleInfo, type ScenarioInfo, type ScenarioReport } from './state/api-types';
import { applyStreamMessage, clearLiveData, enforcementKey, indexIncidentAlerts, initialState, LIMITS, TABS, type DashboardState, type IncidentDetail, type TabId } from './state/dashboard-state';

/** Debounces a refresh so a burst of live messages costs one request. */
function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

const MANUAL_PATHS: Record<EnforcementKind, [string, string]> = {
  block_ip: ['/api/enforcement/block-ip', 'ip'],
  rate_limit: ['/api/enforcement/rate-limit', 'target'],
  terminate_session: ['/api/enforcement/terminate-session', 'session_id'],
  suspend_user: ['/api/enforcement/suspend-user', 'user_id'],
};

/**
 * Owns the dashboard's state: applies the live stream, loads snapshots after every (re)connect,
 * and carries out what the person asks for. Views read `state` and call these methods.
 */
export class DashboardController {
  readonly state: DashboardState = initialState();
  private noticeId = 0;
  private chatId = 0;
  private readonly resync = debounce(() => void this.loadSnapshot(), 300);
  private readonly refreshIncident = debounce(() => void this.loadIncident(), 250);
  private readonly refreshAudit = debounce(() => {
    if (this.state.tab === 'audit') void this.loadAudit();
  }, 1000);

  constructor(
    private readonly transport: DashboardTransport,
    private readonly changed: () => void,
  ) {
    const saved = transport.loadViewState().tab;
    if ((TABS as readonly string[]).includes(saved ?? '')) this.state.tab = saved as TabId;
  }

  start(): void {
    this.transport.start({ connection: (c) => this.onConnection(c), stream: (m) => this.onStream(m) });
    // Time-left columns count down without waiting for a message.
    setInterval(() => {
      if (this.state.enforcement.size || this.state.approvals.size) this.changed();
    }, 1000);
  }

  get host(): DashboardTransport['host'] {
    return this.transport.host;
  }

  ruleDocHref(id: string): string | undefined {
    return this.transport.ruleDocHref(id);
  }

  openRuleDoc(id: string): void {
    this.transport.openRuleDoc(id);
  }

  reconnect(): void {
    this.transport.reconnect();
  }

  private onConnection(c: ConnectionState): void {
    this.state.connection = c;
    if (c.status !== 'open') clearLiveData(this.state);
    this.changed();
  }

  private onStream(m: StreamMessage): void {
    const next = applyStreamMessage(this.state, m);
    if (next === 'resync') this.resync();
    else if (next === 'incident-changed') this.refreshIncident();
    else if (next === 'audit-changed') this.refreshAudit();
    this.changed();
  }

  /** Everything the stream does not replay: recent records, active restrictions, the catalogs. */
  async loadSnapshot(): Promise<void> {
    const [alerts, incidents, enforcement, approvals] = await Promise.all([
      this.get<{ alerts: Alert[] }>('/api/security/alerts?limit=1000'),
      this.get<{ incidents: Incident[] }>(`/api/incidents?limit=${Math.min(LIMITS.incidents, 1000)}`),
      this.get<{ entries: EnforcementEntry[] }>('/api/enforcement'),
      this.get<{ approvals: Approval[] }>('/api/approvals'),
      this.state.scenarios.length ? undefined : this.loadCatalogs(),
    ]);
    if (!alerts || !incidents || !enforcement || !approvals) return; // the next hello retries
    const s = this.state;
    s.alerts.merge(alerts.alerts, (a) => a.ts);
    s.incidents.merge(incidents.incidents, (i) => i.lastSeen);
    for (const i of s.incidents.toArray()) indexIncidentAlerts(s, i);
    s.enforcement = new Map(enforcement.entries.map((e) => [enforcementKey(e), e]));
    s.approvals = new Map(approvals.approvals.map((a) => [a.id, a]));
    s.synced = true;
    if (s.tab === 'audit') void this.loadAudit();
    if (s.selectedIncidentId) void this.loadIncident();
    this.changed();
  }

  private async loadCatalogs(): Promise<void> {
    const [scenarios, rules] = await Promise.all([this.get<{ scenarios: ScenarioInfo[] }>('/api/test/scenarios'), this.get<{ rules: RuleInfo[] }>('/api/rules', true)]);
    if (scenarios) this.state.scenarios = scenarios.scenarios;
    if (rules) this.state.rules = new Map(rules.rules.map((r) => [r.id, r]));
  }

  setTab(tab: TabId): void {
    if (this.state.tab === tab) return;
    this.state.tab = tab;
    this.transport.saveViewState({ tab });
    if (tab === 'audit') void this.loadAudit();
    this.changed();
  }

  selectAlert(id: string | undefined): void {
    this.state.selectedAlertId = id;
    this.changed();
  }

  selectIncident(id: string | undefined, showTab = false): void {
    this.state.selectedIncidentId = id;
    this.state.incidentDetail = undefined;
    if (showTab) this.setTab('incidents');
    if (id) void this.loadIncident();
    this.changed();
  }

  private async loadIncident(): Promise<void> {
    const id = this.state.selectedIncidentId;
    if (!id) return;
    const detail = await this.get<IncidentDetail>(`/api/incidents/${encodeURIComponent(id)}`);
    if (detail && this.state.selectedIncidentId === id) {
      this.state.incidentDetail = detail;
      this.state.incidents.upsert(detail.incident);
      this.changed();
    }
  }

  async toggleMonitoring(enabled: boolean): Promise<void> {
    const r = await this.call('monitoring', 'POST', '/api/soc/toggle', { enabled });
    if (r && this.state.status) this.state.status = { ...this.state.status, monitoring: (r as { monitoring: boolean }).monitoring };
    this.changed();
  }

  async runScenario(name: string): Promise<void> {
    this.state.scenarioRuns.set(name, { running: true });
    this.changed();
    const r = await this.transport.request('POST', `/api/test/scenario/${encodeURIComponent(name)}`, {});
    this.state.scenarioRuns.set(name, r.status === 200 ? { running: false, report: r.body as ScenarioReport } : { running: false, error: errorMessage(r.body, r.status) });
    this.changed();
  }

  async sendChat(message: string): Promise<void> {
    const turn = { id: ++this.chatId, message, pending: true };
    this.state.chat = [...this.state.chat, turn].slice(-LIMITS.chatTurns);
    this.changed();
    const r = await this.transport.request('POST', '/api/chat', { message });
    this.state.chat = this.state.chat.map((t) => (t.id === turn.id ? { ...t, pending: false, status: r.status, answer: r.body as ChatAnswer } : t));
    this.changed();
  }

  async lift(entry: Pick<EnforcementEntry, 'kind' | 'target'>): Promise<void> {
    const ok = await this.call(`lift:${enforcementKey(entry)}`, 'POST', '/api/enforcement/lift', { kind: entry.kind, target: entry.target, reason: 'lifted from the dashboard' });
    // The stream confirms it too; removing now keeps the list honest if that message is late.
    if (ok) this.state.enforcement.delete(enforcementKey(entry));
    this.changed();
  }

  async applyManual(kind: EnforcementKind, target: string, durationSec: number | undefined, reason: string): Promise<boolean> {
    const [path, field] = MANUAL_PATHS[kind];
    const r = await this.call(`manual:${kind}`, 'POST', path, { [field]: target, ...(durationSec ? { duration_sec: durationSec } : {}), ...(reason ? { reason } : {}) });
    const entry = (r as { entry?: EnforcementEntry } | undefined)?.entry;
    if (entry) this.state.enforcement.set(enforcementKey(entry), entry);
    this.changed();
    return entry !== undefined;
  }

  async decide(approvalId: string, verb: 'approve' | 'reject'): Promise<void> {
    const r = await this.call(`approval:${approvalId}`, 'POST', `/api/approvals/${encodeURIComponent(approvalId)}/${verb}`, { by: 'dashboard' });
    if (r) this.state.approvals.delete(approvalId);
    this.changed();
  }

  async feedback(incidentId: string, feedback: Feedback): Promise<void> {
    const r = await this.call(`feedback:${incidentId}`, 'POST', `/api/incidents/${encodeURIComponent(incidentId)}/feedback`, { feedback, by: 'dashboard' });
    const incident = (r as { incident?: Incident } | undefined)?.incident;
    if (incident) {
      this.state.incidents.upsert(incident);
      if (this.state.incidentDetail?.incident.id === incident.id) this.state.incidentDetail = { ...this.state.incidentDetail, incident };
      this.notify('info', feedback === 'false_positive' ? `Incident marked as a false positive; the Analyst will score this pattern lower.` : 'Incident confirmed.');
    }
    this.changed();
  }

  async searchAudit(query: string): Promise<void> {
    this.state.audit = { ...this.state.audit, query };
    await this.loadAudit();
  }

  private async loadAudit(): Promise<void> {
    const q = this.state.audit.query.trim();
    this.state.audit = { ...this.state.audit, loading: true };
    this.changed();
    const [list, verify] = await Promise.all([
      this.transport.request('GET', `/api/audit?limit=500${q ? `&search=${encodeURIComponent(q)}` : ''}`),
      this.transport.request('GET', '/api/audit/verify'),
    ]);
    if (q !== this.state.audit.query.trim()) return; // a newer search is on its way
    this.state.audit = {
      query: this.state.audit.query,
      loading: false,
      records: list.status === 200 ? (list.body as { records: AuditRecord[] }).records : [],
      ...(verify.status === 200 ? { verify: verify.body as ChainCheck } : {}),
      ...(list.status === 200 ? {} : { error: errorMessage(list.body, list.status) }),
    };
    this.changed();
  }

  dismissNotice(id: number): void {
    this.state.notices = this.state.notices.filter((n) => n.id !== id);
    this.changed();
  }

  recentActions(): ActionRecord[] {
    return this.state.actions.toArray();
  }

  private notify(kind: 'error' | 'info', text: string): void {
    this.state.notices = [...this.state.notices, { id: ++this.noticeId, kind, text }].slice(-4);
  }

  private async get<T>(path: string, optional = false): Promise<T | undefined> {
    const r = await this.transport.request('GET', path);
    if (r.status === 200) return r.body as T;
    if (!optional && r.status !== 0) this.notify('error', `Could not load ${path.split('?')[0]}: ${errorMessage(r.body, r.status)}`);
    return undefined;
  }

  /** A user action: marks `key` busy while it runs and turns a refusal into a visible notice. */
  private async call(key: string, method: HttpMethod, path: string, body?: unknown): Promise<unknown> {
    this.state.busy.add(key);
    this.changed();
    let r: ApiResponse;
    try {
      r = await this.transport.request(method, path, body);
    } finally {
      this.state.busy.delete(key);
    }
    if (r.status >= 200 && r.status < 300) return r.body ?? {};
    this.notify('error', errorMessage(r.body, r.status));
    return undefined;
  }
}

import type { ActionRecord, Alert, Approval, EnforcementEntry, Incident } from '../../../daemon/src/protocol/domain';
import type { StatusSnapshot, StreamMessage, StreamStats } from '../../../daemon/src/protocol/stream';
import type { ConnectionState } from '../../../daemon/src/protocol/webview';
import type { AuditRecord, ChainCheck, ChatAnswer, RuleInfo, ScenarioInfo, ScenarioReport } from './api-types';
import { RecentList } from './recent-list';
import { StatsSeries } from './stats-series';

export const TABS = ['overview', 'alerts', 'incidents', 'enforcement', 'approvals', 'scenarios', 'chat', 'audit'] as const;
export type TabId = (typeof TABS)[number];

/** How much the page keeps: enough to investigate, bounded so a flood cannot exhaust memory. */
export const LIMITS = { alerts: 5_000, incidents: 1_000, actions: 300, chatTurns: 100, alertIndex: 50_000 } as const;

export interface ScenarioRun {
  running: boolean;
  report?: ScenarioReport;
  error?: string;
}

export interface ChatTurn {
  id: number;
  message: string;
  pending: boolean;
  status?: number;
  answer?: ChatAnswer;
}

export interface IncidentDetail {
  incident: Incident;
  alerts: Alert[];
  actions: ActionRecord[];
  approvals: Approval[];
}

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

export interface AuditView {
  query: string;
  records: AuditRecord[];
  verify?: ChainCheck;
  loading: boolean;
  error?: string;
}

export interface DashboardState {
  connection: ConnectionState;
  /** The REST snapshot has been loaded since the last `hello`: the data shown is current. */
  synced: boolean;
  server?: { name: string; version: string };
  status?: StatusSnapshot;
  stats?: StreamStats;
  series: StatsSeries;
  alerts: RecentList<Alert>;
  /** alert id → incident id, learnt from incidents' alertIds (stream alerts do not carry it). */
  alertIncident: Map<string, string>;
  incidents: RecentList<Incident>;
  actions: RecentList<ActionRecord>;
  enforcement: Map<string, EnforcementEntry>;
  approvals: Map<string, Approval>;
  scenarios: ScenarioInfo[];
  scenarioRuns: Map<string, ScenarioRun>;
  chat: ChatTurn[];
  audit: AuditView;
  rules: Map<string, RuleInfo>;
  notices: Notice[];
  selectedAlertId?: string;
  selectedIncidentId?: string;
  incidentDetail?: IncidentDetail;
  tab: TabId;
  /** Live messages the daemon dropped for this page while it lagged (the lists were reloaded). */
  missed: number;
  /** Keys of requests in flight, so their buttons show progress and cannot be double-clicked. */
  busy: Set<string>;
}

export function enforcementKey(e: Pick<EnforcementEntry, 'kind' | 'target'>): string {
  return `${e.kind}|${e.target}`;
}

export function initialState(): DashboardState {
  return {
    connection: { status: 'connecting', attempt: 0 },
    synced: false,
    series: new StatsSeries(),
    alerts: new RecentList<Alert>(LIMITS.alerts, (a) => a.id),
    alertIncident: new Map(),
    incidents: new RecentList<Incident>(LIMITS.incidents, (i) => i.id),
    actions: new RecentList<ActionRecord>(LIMITS.actions, (a) => a.id),
    enforcement: new Map(),
    approvals: new Map(),
    scenarios: [],
    scenarioRuns: new Map(),
    chat: [],
    audit: { query: '', records: [], loading: false },
    rules: new Map(),
    notices: [],
    tab: 'overview',
    missed: 0,
    busy: new Set(),
  };
}

/** Forgets everything the daemon owns: shown while it is unreachable instead of stale data. */
export function clearLiveData(s: DashboardState): void {
  s.synced = false;
  s.stats = undefined;
  s.alerts.clear();
  s.alertIncident.clear();
  s.incidents.clear();
  s.actions.clear();
  s.enforcement.clear();
  s.approvals.clear();
  s.incidentDetail = undefined;
  s.series.rebase();
}

export function indexIncidentAlerts(s: DashboardState, incident: Incident): void {
  if (s.alertIncident.size > LIMITS.alertIndex) s.alertIncident.clear();
  // New alert ids are appended: walk back from the end until one is already known.
  for (let i = incident.alertIds.length - 1; i >= 0; i--) {
    const id = incident.alertIds[i];
    if (s.alertIncident.get(id) === incident.id) break;
    s.alertIncident.set(id, incident.id);
  }
}

/** Applies one live message to the state; returns what else the controller should do. */
export function applyStreamMessage(s: DashboardState, m: StreamMessage): 'resync' | 'incident-changed' | 'audit-changed' | undefined {
  switch (m.type) {
    case 'hello':
      s.server = m.server;
      s.status = m.snapshot.status;
      s.series.rebase();
      return 'resync';
    case 'alert':
      s.alerts.upsert(m.alert);
      return undefined;
    case 'incident':
      s.incidents.upsert(m.incident);
      indexIncidentAlerts(s, m.incident);
      return m.incident.id === s.selectedIncidentId ? 'incident-changed' : undefined;
    case 'action':
      s.actions.upsert(m.action);
      return m.action.incidentId === s.selectedIncidentId ? 'incident-changed' : 'audit-changed';
    case 'approval':
      if (m.approval.status === 'pending') s.approvals.set(m.approval.id, m.approval);
      else s.approvals.delete(m.approval.id);
      return m.approval.incidentId === s.selectedIncidentId ? 'incident-changed' : undefined;
    case 'enforcement':
      if (m.change === 'added') s.enforcement.set(enforcementKey(m.entry), m.entry);
      else s.enforcement.delete(enforcementKey(m.entry));
      return 'audit-changed';
    case 'stats':
      s.stats = m.stats;
      s.series.add(m.stats, m.ts);
      return undefined;
    case 'status':
      s.status = m.status;
      return undefined;
    case 'dropped':
      s.missed += m.count;
      return 'resync';
    case 'pong':
    case 'subscribed':
      return undefined;
    default:
      return assertNever(m);
  }
}

function assertNever(x: never): undefined {
  void x;
  return undefined;
}

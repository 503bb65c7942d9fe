import { DEFAULT_SETTINGS, parseSettings, SETTINGS_SECTION, type SocSettings } from '../protocol/lsp';

/** Asks the client for `socAgents` at a scope (workspace/configuration); undefined scope = the window's settings. */
export type ConfigurationFetcher = (scopeUri: string | undefined) => Promise<unknown>;

/**
 * vscode-eslint's `resolveSettings`: settings are pulled per document and cached until the client
 * says they changed. Clients without workspace/configuration push them instead (didChangeConfiguration
 * `settings.socAgents`, or initializationOptions), and every document gets those.
 */
export class SettingsResolver {
  private readonly cache = new Map<string, Promise<SocSettings>>();
  private pushed: SocSettings = DEFAULT_SETTINGS;

  constructor(
    private readonly fetch: ConfigurationFetcher | undefined,
    private readonly onError: (e: unknown) => void = () => undefined,
  ) {}

  get(scopeUri?: string): Promise<SocSettings> {
    if (!this.fetch) return Promise.resolve(this.pushed);
    const key = scopeUri ?? '';
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.fetch(scopeUri).then(
        (raw) => parseSettings(raw),
        (e: unknown) => {
          this.onError(e);
          this.cache.delete(key);
          return this.pushed;
        },
      );
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** didChangeConfiguration: forget everything; keep pushed values for clients that push. */
  changed(pushedSettings?: unknown): void {
    this.cache.clear();
    const section = typeof pushedSettings === 'object' && pushedSettings !== null ? (pushedSettings as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
    if (section !== undefined && section !== null) this.pushed = parseSettings(section);
  }

  /** initializationOptions `{ settings: {...} }` of clients that never answer workspace/configuration. */
  setInitial(raw: unknown): void {
    if (raw !== undefined && raw !== null) this.pushed = parseSettings(raw);
  }
}

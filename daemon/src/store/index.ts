export type * from './store';
export { openStore, SqliteStore, type SqliteStoreOptions, type StoreStats } from './sqlite-store';
export type { RetentionOptions } from './retention';
export { StoreError } from './errors';
export type { JournalMode, SyncMode } from './connection';
export { resolveDataDir, dbPathIn, DATA_DIR_ENV } from './data-dir';
export { GENESIS_HASH, auditHash, verifyChain } from './audit-chain';
export { canonicalJson } from './canonical-json';
export { MIGRATIONS, migrate, type Migration } from './migrations';

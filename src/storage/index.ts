// The storage API the UI uses: open once, then call the parts. Nothing here knows about Svelte;
// `liveQuery` results and the autosave controller both follow the store contract (`subscribe`).
import { liveQuery, type Observable } from 'dexie';
import { openDb, SoanDb, type OpenDbOptions } from './db.ts';
import type { AutosaveController, PageLifecycle } from './autosave.ts';
import type { ExportedBackup, ImportReport } from './backup.ts';
import type { BackupDocument } from './backup-format.ts';
import type { SearchPage, SearchQuery } from './document-query.ts';
import { ProfileRepository } from './profiles.ts';
import type { DocumentRecord } from './records.ts';
import { DocumentRepository } from './repository.ts';
import type { RescueStore } from './rescue.ts';
import { RevisionHistory } from './revisions.ts';
import { SettingsStore } from './settings.ts';
import type { StorageHealth, StorageManagerLike } from './storage-health.ts';
import type { RevisionRecord } from './records.ts';
import type { StorageUsage } from './usage.ts';

export interface StorageOptions extends OpenDbOptions {
  now?: () => number;
  /** Defaults to `navigator.storage`. */
  storageManager?: StorageManagerLike;
}

export interface Storage {
  db: SoanDb;
  documents: DocumentRepository;
  profiles: ProfileRepository;
  revisions: RevisionHistory;
  settings: SettingsStore;
  /** Text whose save was refused, kept unvalidated until the user brings it back. */
  rescue: Rescue;
  health: Health;
  /** A list or search, read once. */
  readList(query: SearchQuery): Promise<SearchPage>;
  /** The same, kept current when any tab writes. */
  watchList(query: SearchQuery): Observable<SearchPage>;
  /** One document's revisions, newest first, current as autosave and exports add them. */
  watchRevisions(docId: string): Observable<RevisionRecord[]>;
  /** Room taken by documents and by their history (reads every record: for the storage screen). */
  usage(): Promise<StorageUsage>;
  /** Autosave for one open document; loads with the editor, not with the list. */
  autosave(docId: string, rev: number, lifecycle?: PageLifecycle): Promise<AutosaveController>;
  exportBackup(options?: { includeRevisions?: boolean }): Promise<ExportedBackup>;
  importBackup(file: Blob | string): Promise<ImportReport>;
  /** The report's `olderInBackup`, brought in as new drafts beside the originals. */
  importBackupCopies(docs: readonly BackupDocument[]): Promise<DocumentRecord[]>;
  /**
   * Another tab opens a newer version of the database. The connection stays open, and that tab
   * waits, until `closeForUpgrade()`: the app saves what it holds first. Without a handler the
   * connection closes at once.
   */
  onUpgradeElsewhere(handler: () => void): void;
  /** Let the other tab's upgrade go on. Storage is unusable from here: the page must reload. */
  closeForUpgrade(): void;
  close(): void;
}

/** The rescue store's methods. */
export type Rescue = Pick<RescueStore, 'keep' | 'drop' | 'list' | 'get' | 'remove'>;
export type Health = Pick<StorageHealth, 'requestPersistenceOnce' | 'report'>;

type AsyncMethods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof T];

/**
 * An object whose module loads on the first call of one of its methods (all of them async). The
 * rescue store and the storage health check are used after the first screen, whose JavaScript budget
 * has no room for them. A failed load is tried again on the next call.
 */
function lazily<T, K extends AsyncMethods<T>>(load: () => Promise<T>, names: readonly K[]): Pick<T, K> {
  let loading: Promise<T> | null = null;
  const get = () =>
    (loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    }));
  const out: Partial<Record<K, unknown>> = {};
  for (const name of names) {
    out[name] = async (...args: unknown[]) => ((await get())[name] as (...a: unknown[]) => Promise<unknown>)(...args);
  }
  return out as Pick<T, K>;
}

export async function openStorage(options: StorageOptions = {}): Promise<Storage> {
  const now = options.now ?? Date.now;
  const db = await openDb(options);
  const settings = new SettingsStore(db, now);
  const health = lazily(async () => {
    const m = await import('./storage-health.ts');
    return new m.StorageHealth(options.storageManager ?? m.browserStorageManager(), settings, now);
  }, ['requestPersistenceOnce', 'report'] as const);
  const profiles = new ProfileRepository(db, settings, now);
  let askedPersistence = false;
  const documents = new DocumentRepository(db, profiles, {
    now,
    onSaved: async () => {
      if (askedPersistence) return;
      askedPersistence = true;
      await health.requestPersistenceOnce();
    },
  });
  const revisions = new RevisionHistory(db, now);
  const readList = (query: SearchQuery) => (query.text ? documents.search(query.text, query) : documents.list(query));
  const rescue = lazily(async () => new (await import('./rescue.ts')).RescueStore(db, now), ['keep', 'drop', 'list', 'get', 'remove'] as const);
  let upgradeElsewhere: (() => void) | null = null;
  // Returning false stops Dexie's own handler, which would close at once and then quietly reopen
  // at the old version on the next write (and fail): this tab decides when to close.
  db.on('versionchange', () => {
    if (upgradeElsewhere) upgradeElsewhere();
    else db.close();
    return false;
  });
  return {
    db,
    documents,
    profiles,
    revisions,
    settings,
    rescue,
    health,
    readList,
    watchList: (query) => liveQuery(() => readList(query)),
    watchRevisions: (docId) => liveQuery(() => revisions.list(docId)),
    // What only the editor and the storage screen need loads with them: the first screen's budget
    // has no room for it.
    usage: async () => (await import('./usage.ts')).storageUsage(db),
    autosave: async (docId, rev, lifecycle) =>
      new (await import('./autosave.ts')).AutosaveController({
        docId,
        rev,
        save: (id, v, base, between) => documents.save(id, v, base, between),
        rescue: {
          keep: (id, vanBan, reason) => rescue.keep(id, { refused: { vanBan, reason } }),
          drop: (id) => rescue.drop(id, 'refused'),
        },
        now,
        ...(lifecycle ? { lifecycle } : {}),
      }),
    // Backup and restore (and the file format's schemas) load when used: the list does not need them to show.
    exportBackup: async (o = {}) => (await import('./backup.ts')).exportBackup(db, { ...o, now }),
    importBackup: async (file) => (await import('./backup.ts')).importBackup(db, file, { now }),
    importBackupCopies: async (docs) => (await import('./backup.ts')).importAsCopies(db, docs, { now }),
    onUpgradeElsewhere: (handler) => void (upgradeElsewhere = handler),
    closeForUpgrade: () => db.close(),
    close: () => db.close(),
  };
}

export type { AutosaveController, AutosaveState, AutosaveStatus, PageLifecycle } from './autosave.ts';
export type { ExportedBackup, ImportReport, MergeCounts } from './backup.ts';
export type { BackupDocument } from './backup-format.ts';
export { DEFAULT_PAGE_SIZE, type DocumentPage, type DocumentQuery, type SearchPage, type SearchQuery } from './document-query.ts';
export { StorageError, ValidationError, QuotaError, NotFoundError, BackupError, toStorageError, type StorageErrorKind } from './errors.ts';
export type { ProfileInput, ProfileRecord } from './profile-schema.ts';
export { applyProfile } from './profiles.ts';
export { SETTING_KEYS, type SettingKey } from './settings.ts';
export type { DocumentRecord, DocumentStatus, DocumentSummary, HeldText, RescueRecord, RevisionReason, RevisionRecord } from './records.ts';
export type { RescueStore } from './rescue.ts';
export { TRASH_RETENTION_MS, warmUpSave, type Importer, type SaveOutcome } from './repository.ts';
export type { StorageHealthReport, StorageManagerLike } from './storage-health.ts';
export { RETENTION, RETENTION_POLICY } from './retention.ts';
export type { StorageUsage } from './usage.ts';
export { SoanDb };
export { databaseExists } from './exists.ts';

// The storage API the UI uses: open once, then call the parts. Nothing here knows about Svelte;
// `liveQuery` results and the autosave controller both follow the store contract (`subscribe`).
import { liveQuery, type Observable } from 'dexie';
import { openDb, SoanDb, type OpenDbOptions } from './db.ts';
import { AutosaveController, type PageLifecycle } from './autosave.ts';
import type { ExportedBackup, ImportReport } from './backup.ts';
import type { SearchPage, SearchQuery } from './document-query.ts';
import { ProfileRepository } from './profiles.ts';
import { DocumentRepository } from './repository.ts';
import { RevisionHistory } from './revisions.ts';
import { SettingsStore } from './settings.ts';
import { StorageHealth, browserStorageManager, type StorageManagerLike } from './storage-health.ts';

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
  health: StorageHealth;
  /** A list or search that stays current when any tab writes. */
  watchList(query: SearchQuery): Observable<SearchPage>;
  autosave(docId: string, rev: number, lifecycle?: PageLifecycle): AutosaveController;
  exportBackup(options?: { includeRevisions?: boolean }): Promise<ExportedBackup>;
  importBackup(file: Blob | string): Promise<ImportReport>;
  close(): void;
}

export async function openStorage(options: StorageOptions = {}): Promise<Storage> {
  const now = options.now ?? Date.now;
  const db = await openDb(options);
  const settings = new SettingsStore(db, now);
  const health = new StorageHealth(options.storageManager ?? browserStorageManager(), settings, now);
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
  return {
    db,
    documents,
    profiles,
    revisions,
    settings,
    health,
    watchList: (query) => liveQuery(() => (query.text ? documents.search(query.text, query) : documents.list(query))),
    autosave: (docId, rev, lifecycle) =>
      new AutosaveController({ docId, rev, save: (id, v, base) => documents.save(id, v, base), now, ...(lifecycle ? { lifecycle } : {}) }),
    // Backup and restore (and the file format's schemas) load when used: the list does not need them to show.
    exportBackup: async (o = {}) => (await import('./backup.ts')).exportBackup(db, { ...o, now }),
    importBackup: async (file) => (await import('./backup.ts')).importBackup(db, file, { now }),
    close: () => db.close(),
  };
}

export { AutosaveController, AUTOSAVE_DELAY_MS, type AutosaveState, type AutosaveStatus, type PageLifecycle } from './autosave.ts';
export type { ExportedBackup, ImportReport, MergeCounts } from './backup.ts';
export { DEFAULT_PAGE_SIZE, type DocumentPage, type DocumentQuery, type SearchPage, type SearchQuery } from './document-query.ts';
export { StorageError, ValidationError, QuotaError, NotFoundError, BackupError, toStorageError, type StorageErrorKind } from './errors.ts';
export type { ProfileInput, ProfileRecord } from './profile-schema.ts';
export { applyProfile } from './profiles.ts';
export type { DocumentRecord, DocumentStatus, DocumentSummary, RevisionReason, RevisionRecord } from './records.ts';
export { TRASH_RETENTION_MS, type Importer, type SaveOutcome } from './repository.ts';
export type { StorageHealthReport, StorageManagerLike } from './storage-health.ts';
export { SoanDb };

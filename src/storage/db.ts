// The Dexie database: one place that knows table names and how to open them.
import { Dexie, type Table } from 'dexie';
import type { DocumentRecord, RescueRecord, RevisionRecord, SettingRecord } from './records.ts';
import type { ProfileRecord } from './profile-schema.ts';
import { DB_NAME, declareVersions } from './schema-versions.ts';

export class SoanDb extends Dexie {
  documents!: Table<DocumentRecord, string>;
  profiles!: Table<ProfileRecord, string>;
  revisions!: Table<RevisionRecord, string>;
  settings!: Table<SettingRecord, string>;
  rescue!: Table<RescueRecord, string>;

  constructor(name: string, deps?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    super(name, deps);
    declareVersions(this);
  }
}

export interface OpenDbOptions {
  name?: string;
  /** Injected in tests (fake-indexeddb); the browser's own otherwise. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export async function openDb(options: OpenDbOptions = {}): Promise<SoanDb> {
  const deps =
    options.indexedDB && options.IDBKeyRange ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined;
  const db = new SoanDb(options.name ?? DB_NAME, deps);
  await db.open();
  return db;
}

// The Dexie database: one place that knows table names and how to open them.
import { Dexie, type DBCore, type Table } from 'dexie';
import type { DocumentRecord, RescueRecord, RevisionRecord, SettingRecord } from './records.ts';
import type { ProfileRecord } from './profile-schema.ts';
import { DB_NAME, declareVersions } from './schema-versions.ts';

// Dexie turns its debug mode on (a console task for every table call, kept stack traces) whenever the
// page comes from localhost or 127.0.0.1, as `npm start`, the browser tests and the benchmarks serve it.
// A built app behaves as it does on its real host.
if (!import.meta.env?.DEV) Dexie.debug = false;

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
  /**
   * Tests only (unit tests, and the browser tests' builds, see src/ui/test-hooks.ts): asked before
   * every write; an error it returns fails that write as the browser would (e.g. a full disk).
   */
  simulateWriteFault?: () => Error | null;
  /** This open waits for another tab that holds the database at an older version (see onUpgradeElsewhere). */
  onBlocked?: () => void;
}

export async function openDb(options: OpenDbOptions = {}): Promise<SoanDb> {
  const deps =
    options.indexedDB && options.IDBKeyRange ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined;
  const db = new SoanDb(options.name ?? DB_NAME, deps);
  if (options.simulateWriteFault) db.use(writeFaults(options.simulateWriteFault));
  const onBlocked = options.onBlocked;
  if (onBlocked) db.on('blocked', () => onBlocked());
  await db.open();
  return db;
}

/** Fails writes at the lowest level Dexie has, so every table and transaction sees it alike. */
function writeFaults(fault: () => Error | null) {
  return {
    stack: 'dbcore' as const,
    name: 'simulated-write-faults',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            const error = fault();
            return error ? Promise.reject(error) : table.mutate(req);
          },
        };
      },
    }),
  };
}

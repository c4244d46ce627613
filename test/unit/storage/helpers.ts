// A fresh in-memory IndexedDB per test and a clock the test moves by hand.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { VanBan, VanBanInput } from '../../../src/core/model/van-ban.ts';
import { vanBanSchema } from '../../../src/core/model/van-ban.ts';
import { openStorage, type Storage, type StorageOptions } from '../../../src/storage/index.ts';

export interface TestClock {
  now: () => number;
  advance(ms: number): void;
  set(ms: number): void;
}

export function testClock(start = Date.UTC(2024, 2, 15, 8, 0, 0)): TestClock {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms), set: (ms) => void (t = ms) };
}

export interface TestEnv {
  factory: IDBFactory;
  clock: TestClock;
  name: string;
  storage: Storage;
  /** Open the same database again, as a second tab or after a restart would. */
  reopen(extra?: Partial<StorageOptions>): Promise<Storage>;
}

export async function testStorage(extra: Partial<StorageOptions> = {}): Promise<TestEnv> {
  const factory = new IDBFactory();
  const clock = testClock();
  const name = 'soan-van-ban-test';
  const opts = (more: Partial<StorageOptions> = {}): StorageOptions => ({
    name,
    indexedDB: factory,
    IDBKeyRange,
    now: clock.now,
    storageManager: {},
    ...extra,
    ...more,
  });
  const storage = await openStorage(opts());
  return { factory, clock, name, storage, reopen: (more) => openStorage(opts(more)) };
}

export function vanBan(input: Partial<VanBanInput> = {}): VanBan {
  return vanBanSchema.parse({ loai: 'bao-cao', ngayBanHanh: { nam: 2023 }, ...input });
}

/** Everything stored, for "nothing changed" assertions. */
export async function dump(storage: Storage): Promise<unknown> {
  const db = storage.db;
  return {
    documents: await db.documents.orderBy('id').toArray(),
    profiles: await db.profiles.orderBy('id').toArray(),
    revisions: await db.revisions.orderBy('id').toArray(),
    settings: await db.settings.orderBy('key').toArray(),
  };
}

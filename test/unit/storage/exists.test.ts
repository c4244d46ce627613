// Whether the device holds the database, asked without creating it (a new user's first screen).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { databaseExists, openStorage } from '../../../src/storage/index.ts';

describe('databaseExists', () => {
  it('is false on a device without the database, and asking does not create it', async () => {
    const factory = new IDBFactory();
    expect(await databaseExists(factory, 'soan-van-ban')).toBe(false);
    expect(await databaseExists(factory, 'soan-van-ban')).toBe(false);
    expect(await factory.databases()).toEqual([]);
  });

  it('is true once storage has been opened, and only for that name', async () => {
    const factory = new IDBFactory();
    await openStorage({ name: 'soan-van-ban', indexedDB: factory, IDBKeyRange });
    expect(await databaseExists(factory, 'soan-van-ban')).toBe(true);
    expect(await databaseExists(factory, 'another-app')).toBe(false);
  });

  it('cannot say (undefined) where the browser does not list its databases or refuses to', async () => {
    const withoutListing = { open: () => null } as unknown as IDBFactory;
    expect(await databaseExists(withoutListing)).toBeUndefined();
    const refusing = { databases: () => Promise.reject(new DOMException('refused', 'SecurityError')) } as unknown as IDBFactory;
    expect(await databaseExists(refusing)).toBeUndefined();
  });
});

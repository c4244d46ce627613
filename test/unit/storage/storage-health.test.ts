import { describe, expect, it } from 'vitest';
import { QuotaError, StorageError, toStorageError, type StorageManagerLike } from '../../../src/storage/index.ts';
import { testStorage, vanBan } from './helpers.ts';

function fakeManager(over: Partial<{ granted: boolean; usage: number; quota: number }> = {}) {
  const calls = { persist: 0 };
  const manager: StorageManagerLike = {
    persist: async () => {
      calls.persist++;
      return over.granted ?? true;
    },
    persisted: async () => calls.persist > 0 && (over.granted ?? true),
    estimate: async () => ({ usage: over.usage ?? 1_000_000, quota: over.quota ?? 1_000_000_000 }),
  };
  return { manager, calls };
}

const tick = async () => {
  for (let i = 0; i < 20; i++) await new Promise<void>((r) => setImmediate(r));
};

describe('storage health', () => {
  it('asks for persistent storage once, after the first saved document, and reports it', async () => {
    const { manager, calls } = fakeManager();
    const { storage: s } = await testStorage({ storageManager: manager });
    await tick();
    expect(calls.persist).toBe(0);
    const d = await s.documents.createBlank('bao-cao');
    // The health check loads on first use (a dynamic import): wait for the request rather than a fixed tick.
    await expect.poll(() => calls.persist).toBe(1);
    await s.documents.save(d.id, vanBan({ trichYeu: 'x' }), d.rev);
    await tick();
    expect(calls.persist).toBe(1);
    expect(await s.health.report()).toEqual({ persisted: true, usageBytes: 1_000_000, quotaBytes: 1_000_000_000, lowSpace: false, warning: null });
  });

  it('does not ask again on a later visit when the browser said no, and warns about eviction', async () => {
    const { manager, calls } = fakeManager({ granted: false });
    const env = await testStorage({ storageManager: manager });
    await env.storage.documents.createBlank('bao-cao');
    await tick();
    env.storage.close();
    const later = await env.reopen({ storageManager: manager });
    await later.documents.createBlank('bao-cao');
    await tick();
    expect(calls.persist).toBe(1);
    const r = await later.health.report();
    expect(r.persisted).toBe(false);
    expect(r.warning).toMatch(/có thể tự xoá dữ liệu/);
  });

  it('reports low space', async () => {
    const { manager } = fakeManager({ usage: 990_000_000, quota: 1_000_000_000 });
    const { storage: s } = await testStorage({ storageManager: manager });
    const r = await s.health.report();
    expect(r.lowSpace).toBe(true);
    expect(r.warning).toMatch(/sắp đầy/);
  });

  it('works where the browser has no storage manager', async () => {
    const { storage: s } = await testStorage({ storageManager: {} });
    expect(await s.health.requestPersistenceOnce()).toBeNull();
    expect(await s.health.report()).toMatchObject({ persisted: null, usageBytes: null, quotaBytes: null, lowSpace: false });
  });

  it('a failing persist() is reported, not swallowed, and does not fail the save', async () => {
    const manager: StorageManagerLike = { persist: () => Promise.reject(new Error('SecurityError')), estimate: async () => ({}) };
    const { storage: s } = await testStorage({ storageManager: manager });
    const d = await s.documents.createBlank('bao-cao');
    await tick();
    expect(await s.documents.get(d.id)).toBeDefined();
    expect((await s.health.report()).warning).toMatch(/Không xin được quyền lưu trữ lâu dài: SecurityError/);
  });
});

describe('write failures reach the UI as errors it can show', () => {
  it('QuotaExceededError, raw or wrapped by Dexie, becomes a Vietnamese QuotaError', () => {
    const raw = new DOMException('Quota exceeded', 'QuotaExceededError');
    expect(toStorageError(raw)).toBeInstanceOf(QuotaError);
    const wrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: raw });
    expect(toStorageError(wrapped)).toBeInstanceOf(QuotaError);
    expect(toStorageError(raw).message).toMatch(/Bộ nhớ của trình duyệt đã đầy/);
    const other = toStorageError(new Error('boom'));
    expect(other).toBeInstanceOf(StorageError);
    expect(other.kind).toBe('write');
    expect(other.message).toMatch(/Không lưu được.*boom/);
  });

  it('a save that the database refuses throws a QuotaError and stores nothing', async () => {
    const { storage: s } = await testStorage();
    const d = await s.documents.createBlank('bao-cao');
    const orig = s.db.documents.put.bind(s.db.documents);
    s.db.documents.put = (() => Promise.reject(new DOMException('full', 'QuotaExceededError'))) as unknown as typeof orig;
    await expect(s.documents.save(d.id, vanBan({ trichYeu: 'mới' }), d.rev)).rejects.toBeInstanceOf(QuotaError);
    s.db.documents.put = orig;
    expect(await s.documents.get(d.id)).toEqual(d);
    expect(await s.revisions.list(d.id)).toEqual([]); // the snapshot in the same transaction was rolled back
  });
});

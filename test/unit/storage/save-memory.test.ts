// An autosave after this tab's own save reads no stored text back (repository.ts, unchangedSinceWritten):
// it knows the record it wrote, and an index read tells it that nobody wrote since. Every other
// write — another tab's save, status, trash, the import notes closed — must still be seen, even in
// the same millisecond (the test clock does not move unless told).
import 'fake-indexeddb/auto';
import { IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testStorage, vanBan } from './helpers.ts';

/** Reads of stored records by key, as Dexie's `get` makes them. */
function countGets() {
  const spy = vi.spyOn(FDBObjectStore.prototype, 'get');
  return () => spy.mock.calls.length;
}

afterEach(() => vi.restoreAllMocks());

describe('a save after this tab’s own save', () => {
  it('reads no stored text, and stores exactly what it would have stored after reading it', async () => {
    const env = await testStorage();
    const docs = env.storage.documents;
    const d = await docs.createFromTemplate(vanBan({ trichYeu: 'Gốc' }));
    const first = await docs.save(d.id, vanBan({ trichYeu: 'Lần 1' }), d.rev);
    if (first.status !== 'saved') throw new Error(first.status);
    const gets = countGets();
    const second = await docs.save(d.id, vanBan({ trichYeu: 'Lần 2' }), first.record.rev);
    expect(gets()).toBe(0);
    if (second.status !== 'saved') throw new Error(second.status);
    expect(second.record.rev).toBe(first.record.rev + 1);
    expect(second.record.updatedAt).toBeGreaterThan(first.record.updatedAt);
    expect(await docs.get(d.id)).toEqual(second.record);
    // The same text again writes nothing.
    const same = await docs.save(d.id, vanBan({ trichYeu: 'Lần 2' }), second.record.rev);
    expect(same).toEqual({ status: 'saved', record: second.record });
  });

  it('sees another tab’s save made in the same millisecond: a conflict, nothing overwritten', async () => {
    const env = await testStorage();
    const other = await env.reopen();
    const d = await env.storage.documents.createFromTemplate(vanBan({ trichYeu: 'Gốc' }));
    const mine = await env.storage.documents.save(d.id, vanBan({ trichYeu: 'Tab A' }), d.rev);
    if (mine.status !== 'saved') throw new Error(mine.status);
    const theirs = await other.documents.save(d.id, vanBan({ trichYeu: 'Tab B' }), mine.record.rev);
    expect(theirs.status).toBe('saved');
    const again = await env.storage.documents.save(d.id, vanBan({ trichYeu: 'Tab A lần 2' }), mine.record.rev);
    expect(again.status).toBe('conflict');
    expect((await env.storage.documents.get(d.id))!.vanBan.trichYeu).toBe('Tab B');
  });

  it('sees the import notes closed in another tab: they stay closed', async () => {
    const env = await testStorage();
    const other = await env.reopen();
    const d = await env.storage.documents.createFromFile(vanBan({ trichYeu: 'Từ tệp' }), ['Bỏ qua một ảnh.']);
    const mine = await env.storage.documents.save(d.id, vanBan({ trichYeu: 'Sửa 1' }), d.rev);
    if (mine.status !== 'saved') throw new Error(mine.status);
    await other.documents.dismissImportNotes(d.id);
    const again = await env.storage.documents.save(d.id, vanBan({ trichYeu: 'Sửa 2' }), mine.record.rev);
    expect(again.status).toBe('saved');
    const stored = await env.storage.documents.get(d.id);
    expect(stored!.vanBan.trichYeu).toBe('Sửa 2');
    expect(stored!.ghiChuNhap).toBeUndefined();
  });

  it('sees the document put in the trash, and a status changed, in the same millisecond', async () => {
    const env = await testStorage();
    const docs = env.storage.documents;
    const d = await docs.createFromTemplate(vanBan());
    const a = await docs.save(d.id, vanBan({ trichYeu: 'Một' }), d.rev);
    if (a.status !== 'saved') throw new Error(a.status);
    const final = await docs.setStatus(d.id, 'final');
    expect(final.updatedAt).toBeGreaterThan(a.record.updatedAt);
    expect((await docs.save(d.id, vanBan({ trichYeu: 'Hai' }), a.record.rev)).status).toBe('conflict');
    const b = await docs.save(d.id, vanBan({ trichYeu: 'Ba' }), final.rev);
    if (b.status !== 'saved') throw new Error(b.status);
    expect(b.record.status).toBe('final');
    await (await env.reopen()).documents.trash(d.id);
    expect((await docs.save(d.id, vanBan({ trichYeu: 'Bốn' }), b.record.rev)).status).toBe('conflict');
    expect((await docs.get(d.id))!.vanBan.trichYeu).toBe('Ba');
  });

  it('after a failed write reads the stored record again', async () => {
    let full = false;
    const env = await testStorage({ simulateWriteFault: () => (full ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : null) });
    const docs = env.storage.documents;
    const d = await docs.createFromTemplate(vanBan());
    const a = await docs.save(d.id, vanBan({ trichYeu: 'Một' }), d.rev);
    if (a.status !== 'saved') throw new Error(a.status);
    full = true;
    await expect(docs.save(d.id, vanBan({ trichYeu: 'Hai' }), a.record.rev)).rejects.toMatchObject({ kind: 'quota' });
    full = false;
    const gets = countGets();
    const b = await docs.save(d.id, vanBan({ trichYeu: 'Hai' }), a.record.rev);
    expect(gets()).toBe(1);
    expect(b.status).toBe('saved');
    expect((await docs.get(d.id))!.vanBan.trichYeu).toBe('Hai');
  });
});

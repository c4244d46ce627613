// Dexie's liveQuery stays idle unless a global indexedDB exists when Dexie loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SearchPage } from '../../../src/storage/index.ts';
import { testStorage, vanBan } from './helpers.ts';

describe('two tabs, one document', () => {
  it('a save on top of a newer rev never overwrites: the later writer gets a conflict and its text is kept as a copy', async () => {
    const env = await testStorage();
    const tabA = env.storage;
    const tabB = await env.reopen();
    const d = await tabA.documents.createFromTemplate(vanBan({ trichYeu: 'Gốc' }));

    const a = await tabA.documents.save(d.id, vanBan({ trichYeu: 'Tab A sửa' }), d.rev);
    expect(a.status).toBe('saved');
    const b = await tabB.documents.save(d.id, vanBan({ trichYeu: 'Tab B sửa' }), d.rev);
    expect(b.status).toBe('conflict');
    if (b.status !== 'conflict') return;
    expect(b.current?.vanBan.trichYeu).toBe('Tab A sửa');
    expect(b.record.conflictOf).toBe(d.id);
    expect((await tabA.documents.get(d.id))!.vanBan.trichYeu).toBe('Tab A sửa');
    expect((await tabA.documents.get(b.record.id))!.vanBan.trichYeu).toBe('Tab B sửa');
    expect((await tabA.documents.list()).items.find((x) => x.id === b.record.id)?.conflictOf).toBe(d.id);
  });

  it('a save to a document deleted in another tab keeps the text as a copy', async () => {
    const env = await testStorage();
    const d = await env.storage.documents.createBlank('bao-cao');
    await env.storage.documents.trash(d.id);
    await env.storage.documents.deleteForever(d.id);
    const out = await env.storage.documents.save(d.id, vanBan({ trichYeu: 'Còn giữ' }), d.rev);
    expect(out).toMatchObject({ status: 'conflict', current: null });
    expect((await env.storage.documents.get(out.record.id))!.vanBan.trichYeu).toBe('Còn giữ');
  });

  it('a list watched with liveQuery follows writes made through another connection', async () => {
    const env = await testStorage();
    const other = await env.reopen();
    const pages: SearchPage[] = [];
    const sub = env.storage.watchList({}).subscribe((p) => pages.push(p));
    const until = async (pred: () => boolean) => {
      for (let i = 0; i < 200 && !pred(); i++) await new Promise((r) => setTimeout(r, 5));
      expect(pred()).toBe(true);
    };
    await until(() => pages.length >= 1);
    expect(pages.at(-1)!.total).toBe(0);
    const d = await other.documents.createFromTemplate(vanBan({ trichYeu: 'Từ thẻ khác' }));
    await until(() => pages.at(-1)!.total === 1);
    expect(pages.at(-1)!.items[0]!.trichYeu).toBe('Từ thẻ khác');
    await other.documents.save(d.id, vanBan({ trichYeu: 'Đã sửa' }), d.rev);
    await until(() => pages.at(-1)!.items[0]!.trichYeu === 'Đã sửa');
    sub.unsubscribe();
  });
});

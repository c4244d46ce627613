// Documents and backups from before "tenLoai" (the printed name of a "Văn bản khác") existed: they
// open, list and restore exactly as they were.
import { describe, expect, it } from 'vitest';
import { withDerived } from '../../../src/storage/search-index.ts';
import { dump, testStorage, vanBan } from './helpers.ts';

/** A document as the app stored it before the field: the same object without the key. */
function storedBefore(id: string) {
  const { tenLoai: _t, ...old } = vanBan({ trichYeu: 'Kết quả công tác tuyên truyền năm 2023' });
  return withDerived({ id, vanBan: old as never, status: 'draft' as const, createdAt: 1, updatedAt: 10, rev: 2 });
}

describe('a document stored before tenLoai', () => {
  it('opens unchanged and lists under its own type', async () => {
    const { storage } = await testStorage();
    const record = storedBefore('old');
    await storage.db.documents.add(record);
    expect(await storage.documents.get('old')).toEqual(record);
    const row = (await storage.documents.list({})).items.find((d) => d.id === 'old');
    expect(row).toMatchObject({ loai: 'bao-cao', tenLoai: '' });
  });

  it('restoring a backup made before it counts the same document as unchanged, and changes nothing', async () => {
    const { storage } = await testStorage();
    await storage.db.documents.add(storedBefore('old'));
    const backup = JSON.parse((await storage.exportBackup()).text);
    expect('tenLoai' in backup.documents[0].vanBan).toBe(false);
    const before = await dump(storage);
    const report = await storage.importBackup(JSON.stringify(backup));
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 1, newerOnDevice: 0 });
    expect(await dump(storage)).toEqual(before);
  });
});

// A draft made from a file or a paste keeps its import notes on its record until the user closes them;
// closing them touches neither the text nor the rev, so an editor open on it saves on.
import { describe, expect, it } from 'vitest';
import { dump, testStorage, vanBan } from './helpers.ts';

const NOTES = ['Bỏ 1 hình ảnh (ảnh, logo) trong tệp: ứng dụng không giữ hình ảnh.', 'Không thấy dòng «Số:»; để trống số'];

describe('import notes on the record', () => {
  it('a file: kept with the draft, through a save and a status change; a draft without notes has none', async () => {
    const { storage: s, clock } = await testStorage();
    const record = await s.documents.createFromFile(vanBan({ trichYeu: 'Một' }), NOTES);
    expect((await s.documents.get(record.id))!.ghiChuNhap).toEqual(NOTES);
    clock.advance(1_000);
    const saved = await s.documents.save(record.id, vanBan({ trichYeu: 'Hai' }), record.rev);
    expect(saved.status).toBe('saved');
    await s.documents.setStatus(record.id, 'final');
    expect((await s.documents.get(record.id))!.ghiChuNhap).toEqual(NOTES);
    const plain = await s.documents.createFromFile(vanBan());
    expect('ghiChuNhap' in (await s.documents.get(plain.id))!).toBe(false);
  });

  it('a paste: the importer\'s notes are kept the same way', async () => {
    const { storage: s } = await testStorage();
    const { record } = await s.documents.createFromImport('x', () => ({ vanBan: vanBan(), notes: NOTES }));
    expect((await s.documents.get(record.id))!.ghiChuNhap).toEqual(NOTES);
  });

  it('closing them removes them and nothing else: same text and rev, so an open editor saves without a conflict; the time moves by one millisecond, as with every write', async () => {
    const { storage: s, clock } = await testStorage();
    const record = await s.documents.createFromFile(vanBan({ trichYeu: 'Một' }), NOTES);
    clock.advance(1_000);
    await s.documents.dismissImportNotes(record.id);
    const after = (await s.documents.get(record.id))!;
    const { ghiChuNhap: _n, ...rest } = record;
    expect(after).toEqual({ ...rest, updatedAt: record.updatedAt + 1 });
    const saved = await s.documents.save(record.id, vanBan({ trichYeu: 'Hai' }), record.rev);
    expect(saved.status).toBe('saved');
    // Closing again, or on a document that never had any, writes nothing.
    const before = await dump(s);
    await s.documents.dismissImportNotes(record.id);
    expect(await dump(s)).toEqual(before);
  });

  it('a backup does not bring them back', async () => {
    const src = await testStorage();
    await src.storage.documents.createFromFile(vanBan(), NOTES);
    const { text } = await src.storage.exportBackup();
    const dest = await testStorage();
    await dest.storage.importBackup(text);
    const [doc] = (await dest.storage.db.documents.toArray());
    expect(doc && 'ghiChuNhap' in doc).toBe(false);
  });
});

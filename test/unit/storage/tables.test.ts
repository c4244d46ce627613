// Tables and what the device already holds: a document stored before tables existed and a backup
// made before open unchanged (the table block is an addition to the schema, so tables bring no
// database version and no upgrade step: a version-2 database of that time opens at version 3, whose
// only change is the history's index); documents with tables save, search, back up and start
// the next period; a paste over a table limit stores nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { checkVanBan } from '../../../src/core/checker/index.ts';
import { ImportLimitError, importVanBan } from '../../../src/core/import/index.ts';
import { vanBanSchema, type VanBan } from '../../../src/core/model/van-ban.ts';
import { openStorage } from '../../../src/storage/index.ts';
import { CURRENT_DB_VERSION, SCHEMA_V1, SCHEMA_V2 } from '../../../src/storage/schema-versions.ts';
import { deriveFields } from '../../../src/storage/search-index.ts';
import { FIXTURES_DIR } from '../../helpers/fixtures.ts';
import { dump, testStorage, vanBan } from './helpers.ts';

/** A backup written by the app before tables (commit 6093a89): six documents, one with a phụ lục, two revisions. */
const OLD_BACKUP = readFileSync(resolve(FIXTURES_DIR, 'storage', 'backup-before-tables.json'), 'utf8');
const old = JSON.parse(OLD_BACKUP) as { documents: { id: string; vanBan: VanBan; status: string; createdAt: number; updatedAt: number; rev: number }[]; revisions: { id: string; docId: string; vanBan: VanBan }[] };

const table = (rows: string[][], extra: Record<string, unknown> = {}) => ({ capDo: 'bang' as const, bang: { soHangTieuDe: 1, hang: rows.map((r) => ({ o: r.map((text) => ({ text })) })), ...extra } });

describe('data saved before tables', () => {
  it('a backup made before restores every document and revision as it was written', async () => {
    const { storage: s } = await testStorage();
    const report = await s.importBackup(OLD_BACKUP);
    expect(report).toMatchObject({ added: 6, revisionsAdded: 2 });
    for (const d of old.documents) {
      const stored = (await s.documents.get(d.id))!;
      // Nothing read differently; fields added since then may only come with their defaults.
      expect(stored).toMatchObject(d);
      expect(stored.vanBan.noiDung).toEqual(d.vanBan.noiDung);
      expect(stored.vanBan.kemTheo).toEqual(d.vanBan.kemTheo);
      expect(() => checkVanBan(stored.vanBan)).not.toThrow();
    }
    for (const r of old.revisions) {
      const kept = (await s.revisions.list(r.docId)).find((x) => x.id === r.id);
      expect(kept?.vanBan).toMatchObject(r.vanBan);
    }
    // And it backs up again to the same documents.
    const byId = (ds: { id: string; vanBan: VanBan }[]) => [...ds].sort((a, b) => a.id.localeCompare(b.id)).map((d) => d.vanBan.noiDung);
    expect(byId(JSON.parse((await s.exportBackup()).text).documents)).toEqual(byId(old.documents));
  });

  it('a database written before opens at the version of the history index (no version for tables), every record read back unchanged', async () => {
    const factory = new IDBFactory();
    const before = new Dexie('soan-before-tables', { indexedDB: factory, IDBKeyRange });
    before.version(1).stores(SCHEMA_V1);
    before.version(2).stores(SCHEMA_V2);
    const records = old.documents.map((d) => ({ ...d, ...deriveFields(d) }));
    await before.table('documents').bulkAdd(records);
    before.close();

    // Version 3 indexes the revisions by reason (the version history); tables add none.
    expect(CURRENT_DB_VERSION).toBe(3);
    const s = await openStorage({ name: 'soan-before-tables', indexedDB: factory, IDBKeyRange, storageManager: {} });
    expect(s.db.verno).toBe(3);
    for (const r of records) {
      const stored = await s.documents.get(r.id);
      expect(stored).toEqual(r);
      expect(vanBanSchema.parse(stored!.vanBan)).toMatchObject(r.vanBan);
    }
    expect((await s.documents.search('tuyen truyen')).total).toBeGreaterThan(0);
    // An old document takes a table like any new one.
    const first = records[1]!;
    const saved = await s.documents.save(first.id, vanBanSchema.parse({ ...first.vanBan, noiDung: [...first.vanBan.noiDung, table([['STT', 'Thôn'], ['1', 'Thôn Đông']])] }), first.rev);
    expect(saved).toMatchObject({ status: 'saved', record: { rev: first.rev + 1 } });
    expect((await s.documents.get(first.id))!.vanBan.noiDung.at(-1)).toMatchObject({ capDo: 'bang' });
    s.close();
  });
});

describe('documents with tables', () => {
  const withTables = () =>
    vanBan({
      trichYeu: 'Kết quả thu ngân sách năm 2024',
      noiDung: [
        { capDo: 'muc', text: 'Kết quả năm 2024' },
        table([['STT', 'Khoản thu', 'Thực hiện năm 2024'], ['1', 'Thuế môn bài', '120'], ['2', 'Phí chợ', '35']], { tieuDe: 'Biểu tổng hợp thu năm 2024', ghiChu: ['Nguồn: kế toán xã'] }),
      ],
      kemTheo: [{ kieu: 'phu-luc', ten: 'Chi tiết', noiDung: [table([['Thôn', 'Số hộ'], ['Thôn Đông', '12']])] }],
    });

  it('save, reload and back up cell by cell', async () => {
    const src = await testStorage();
    const a = await src.storage.documents.createFromTemplate(withTables());
    expect([a.vanBan.noiDung, a.vanBan.kemTheo]).toEqual([withTables().noiDung, withTables().kemTheo]);
    const reopened = await src.reopen();
    expect((await reopened.documents.get(a.id))!.vanBan).toEqual(a.vanBan);
    const dst = await testStorage();
    await dst.storage.importBackup((await src.storage.exportBackup()).text);
    expect((await dst.storage.documents.get(a.id))!.vanBan).toEqual(a.vanBan);
  });

  it('are found by words that stand only in a caption, a cell or a note', async () => {
    const { storage: s } = await testStorage();
    const a = await s.documents.createFromTemplate(withTables());
    await s.documents.createFromTemplate(vanBan({ trichYeu: 'Kế hoạch khác' }));
    for (const q of ['bieu tong hop', 'mon bai', 'phi cho', 'ke toan']) expect((await s.documents.search(q)).items.map((d) => d.id), q).toEqual([a.id]);
  });

  it('start the next period with the caption and header years moved on, the figures kept', async () => {
    const { storage: s } = await testStorage();
    const a = await s.documents.createFromTemplate(withTables());
    const n = (await s.documents.newPeriod(a.id)).vanBan.noiDung[1]!;
    expect(n.capDo === 'bang' && [n.bang.tieuDe, n.bang.hang.map((h) => h.o.map((o) => o.text))]).toEqual([
      'Biểu tổng hợp thu năm 2025',
      [['STT', 'Khoản thu', 'Thực hiện năm 2025'], ['1', 'Thuế môn bài', '120'], ['2', 'Phí chợ', '35']],
    ]);
  });

  it('a paste over a table limit is refused with its message, and nothing stored changes', async () => {
    const { storage: s } = await testStorage();
    await s.documents.createFromTemplate(withTables());
    const before = await dump(s);
    const wide = Array.from({ length: 2 }, () => Array.from({ length: 10_000 }, () => 'x').join('\t')).join('\n');
    const refused = s.documents.createFromImport(`BÁO CÁO\nKết quả\n${wide}`, (t) => importVanBan(t));
    await expect(refused).rejects.toBeInstanceOf(ImportLimitError);
    await expect(refused).rejects.toThrow('bảng có 10.000 cột, một bảng tối đa 30 cột');
    expect(await dump(s)).toEqual(before);
  });
});

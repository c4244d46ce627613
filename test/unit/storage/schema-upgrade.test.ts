import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openStorage } from '../../../src/storage/index.ts';
import { CURRENT_DB_VERSION, SCHEMA_V1, SCHEMA_V2 } from '../../../src/storage/schema-versions.ts';
import { vanBan } from './helpers.ts';

describe('schema versions', () => {
  it('opens a version-1 database with data and loses nothing', async () => {
    const factory = new IDBFactory();
    const v1 = new Dexie('soan-upgrade', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    const docs = [
      { id: 'a', vanBan: vanBan({ trichYeu: 'Kết quả công tác tuyên truyền năm 2023' }), status: 'draft', createdAt: 1, updatedAt: 10, rev: 3 },
      { id: 'b', vanBan: vanBan({ loai: 'ke-hoach', ngayBanHanh: { nam: 2024 } }), status: 'final', createdAt: 2, updatedAt: 20, rev: 1, deletedAt: 30 },
    ];
    await v1.table('documents').bulkAdd(docs);
    await v1.table('profiles').add({ id: 'p', ten: 'UBND xã', coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG', createdAt: 1, updatedAt: 1 });
    await v1.table('revisions').add({ id: 'r', docId: 'a', at: 5, reason: 'edit', rev: 2, vanBan: docs[0]!.vanBan });
    await v1.table('settings').add({ key: 'defaultProfileId', value: 'p', updatedAt: 1 });
    v1.close();

    const s = await openStorage({ name: 'soan-upgrade', indexedDB: factory, IDBKeyRange, storageManager: {} });
    expect(s.db.verno).toBe(CURRENT_DB_VERSION);
    const a = await s.documents.get('a');
    expect(a).toMatchObject(docs[0]!);
    expect(a).toMatchObject({ inTrash: 0, year: 2023, loai: 'bao-cao' });
    expect(a!.words).toContain('tuyen');
    expect(await s.documents.get('b')).toMatchObject({ ...docs[1], inTrash: 1, year: 2024, loai: 'ke-hoach' });
    expect(await s.db.profiles.get('p')).toMatchObject({ ten: 'UBND xã' });
    expect(await s.revisions.list('a')).toHaveLength(1);
    expect(await s.settings.get('defaultProfileId')).toBe('p');
    // The upgrade made the old data searchable and listable by the new indexes.
    expect((await s.documents.search('tuyen truyen')).items.map((d) => d.id)).toEqual(['a']);
    expect((await s.documents.list({ trash: true })).items.map((d) => d.id)).toEqual(['b']);
    s.close();
  });

  it('opens a version-2 database with history: the revisions index their reason, and the retention policy reads them', async () => {
    const factory = new IDBFactory();
    const v2 = new Dexie('soan-upgrade-3', { indexedDB: factory, IDBKeyRange });
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const doc = { id: 'a', vanBan: vanBan({ trichYeu: 'Một' }), status: 'draft', createdAt: 1, updatedAt: 10, rev: 3, inTrash: 0, year: 2023, loai: 'bao-cao', words: ['mot'] };
    await v2.table('documents').add(doc);
    const HOUR = 3_600_000;
    const now = Date.UTC(2024, 5, 10);
    // Two automatic snapshots in one hour two days ago (one goes), an export beside them (stays).
    const revisions = [
      { id: 'r1', docId: 'a', at: now - 48 * HOUR - 30 * 60_000, reason: 'edit', rev: 1, vanBan: vanBan({ trichYeu: 'r1' }) },
      { id: 'r2', docId: 'a', at: now - 48 * HOUR - 20 * 60_000, reason: 'export', rev: 2, vanBan: vanBan({ trichYeu: 'r2' }) },
      { id: 'r3', docId: 'a', at: now - 48 * HOUR - 10 * 60_000, reason: 'edit', rev: 2, vanBan: vanBan({ trichYeu: 'r3' }) },
      { id: 'other', docId: 'b', at: now - 48 * HOUR, reason: 'edit', rev: 1, vanBan: vanBan({ trichYeu: 'b' }) },
    ];
    await v2.table('revisions').bulkAdd(revisions);
    v2.close();

    const s = await openStorage({ name: 'soan-upgrade-3', indexedDB: factory, IDBKeyRange, storageManager: {}, now: () => now });
    expect(s.db.verno).toBe(CURRENT_DB_VERSION);
    expect(await s.db.revisions.where('[docId+at+reason]').between(['a', -Infinity, Dexie.minKey], ['a', Infinity, Dexie.maxKey]).primaryKeys()).toEqual(['r1', 'r2', 'r3']);
    expect(await s.revisions.prune('a')).toBe(1);
    expect((await s.revisions.list('a')).map((r) => r.id)).toEqual(['r3', 'r2']);
    expect(await s.db.revisions.get('other')).toMatchObject({ vanBan: { trichYeu: 'b' } });
    expect(await s.documents.get('a')).toMatchObject({ vanBan: { trichYeu: 'Một' }, rev: 3 });
    s.close();
  });

  it('opens a version-2 database, keeps every record, and adds the empty rescue store', async () => {
    const factory = new IDBFactory();
    const v2 = new Dexie('soan-upgrade-2', { indexedDB: factory, IDBKeyRange });
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const doc = {
      id: 'a',
      vanBan: vanBan({ trichYeu: 'Kết quả công tác năm 2024' }),
      status: 'draft',
      createdAt: 1,
      updatedAt: 10,
      rev: 2,
      inTrash: 0,
      year: 2024,
      loai: 'bao-cao',
      words: ['ket', 'qua'],
    };
    await v2.table('documents').add(doc);
    await v2.table('settings').add({ key: 'firstRunDone', value: true, updatedAt: 1 });
    v2.close();

    const s = await openStorage({ name: 'soan-upgrade-2', indexedDB: factory, IDBKeyRange, storageManager: {} });
    expect(s.db.verno).toBe(CURRENT_DB_VERSION);
    expect(await s.documents.get('a')).toEqual(doc);
    expect(await s.settings.get('firstRunDone')).toBe(true);
    expect(await s.db.rescue.count()).toBe(0);
    // The rescue store takes what the schema refuses: it never validates.
    await s.db.rescue.put({ docId: 'a', at: 5, refused: { vanBan: { trichYeu: 'x'.repeat(3_000) }, reason: 'Trích yếu: quá dài' } });
    expect(await s.db.rescue.get('a')).toMatchObject({ refused: { reason: 'Trích yếu: quá dài' } });
    s.close();
  });
});

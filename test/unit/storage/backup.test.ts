import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../src/storage/index.ts';
import { BACKUP_LIMITS, backupFileName } from '../../../src/storage/backup-format.ts';
import { dump, testStorage, vanBan } from './helpers.ts';

async function seeded() {
  const env = await testStorage();
  const s = env.storage;
  const p = await s.profiles.save({ ten: 'UBND xã Hương Long', maCoQuan: 'UBND', diaDanh: 'Hương Long' });
  await s.profiles.setDefault(p.id);
  const a = await s.documents.createFromTemplate(vanBan({ trichYeu: 'Báo cáo tuyên truyền' }));
  env.clock.advance(1000);
  const b = await s.documents.createFromTemplate(vanBan({ loai: 'ke-hoach', trichYeu: 'Kế hoạch Trung thu' }));
  return { ...env, a, b, p };
}

describe('backup export', () => {
  it('writes one versioned file named soan-van-ban-YYYY-MM-DD.json with documents, profiles, settings', async () => {
    const { storage: s } = await seeded();
    const out = await s.exportBackup();
    expect(out.fileName).toBe('soan-van-ban-2024-03-15.json');
    expect(backupFileName(new Date(2025, 0, 5))).toBe('soan-van-ban-2025-01-05.json');
    const file = JSON.parse(out.text);
    expect(file).toMatchObject({ app: 'soan-van-ban', format: 1 });
    expect(file.documents).toHaveLength(2);
    expect(file.documents[0]).not.toHaveProperty('words'); // index fields are rebuilt, not carried
    expect(file.profiles).toHaveLength(1);
    expect(file.settings.map((x: { key: string }) => x.key)).toContain('defaultProfileId');
    expect(file).not.toHaveProperty('revisions');
    expect(out.counts).toEqual({ documents: 2, profiles: 1, settings: 1, revisions: 0 });
    expect(out.warning).toBeNull();
    const withRevs = JSON.parse((await s.exportBackup({ includeRevisions: true })).text);
    expect(withRevs.revisions).toEqual([]);
  });
});

describe('backup import', () => {
  it('restores everything into an empty database and reports what it did', async () => {
    const src = await seeded();
    await src.storage.revisions.snapshot(src.a.id, 'export');
    const { text } = await src.storage.exportBackup({ includeRevisions: true });
    const dst = await testStorage();
    const report = await dst.storage.importBackup(text);
    expect(report).toMatchObject({ added: 2, updated: 0, unchanged: 0, newerOnDevice: 0, revisionsAdded: 1, message: '2 thêm mới, 0 cập nhật, 0 không đổi' });
    expect(report.profiles).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await dump(dst.storage)).toEqual(await dump(src.storage));
    expect((await dst.storage.documents.search('tuyen truyen')).total).toBe(1);
  });

  it('merges by id, the newer updatedAt wins, and the replaced text is kept as a revision', async () => {
    const env = await seeded();
    const s = env.storage;
    const backup = JSON.parse((await s.exportBackup()).text);
    // After the backup: `a` edited here (local is newer), `b` edited in the file (file is newer), `c` only in the file.
    env.clock.advance(10_000);
    await s.documents.save(env.a.id, vanBan({ trichYeu: 'Sửa trên máy này' }), env.a.rev);
    const bInFile = backup.documents.find((d: { id: string }) => d.id === env.b.id);
    bInFile.vanBan.trichYeu = 'Sửa ở máy khác';
    bInFile.updatedAt = env.clock.now() + 5_000;
    backup.documents.push({ ...bInFile, id: 'c-from-file', vanBan: { ...bInFile.vanBan, trichYeu: 'Chỉ có trong tệp' } });
    const bBefore = await s.documents.get(env.b.id);

    const report = await s.importBackup(JSON.stringify(backup));
    // `a` is newer here and different: kept, and said so — not counted as "không đổi".
    expect(report.message).toBe('1 thêm mới, 1 cập nhật, 0 không đổi; 1 văn bản trên máy mới hơn bản sao lưu — giữ bản trên máy');
    expect(report).toMatchObject({ added: 1, updated: 1, unchanged: 0, newerOnDevice: 1 });
    expect((await s.documents.get(env.a.id))!.vanBan.trichYeu).toBe('Sửa trên máy này');
    const b = (await s.documents.get(env.b.id))!;
    expect(b.vanBan.trichYeu).toBe('Sửa ở máy khác');
    expect(b.rev).toBeGreaterThan(bBefore!.rev); // an editor open on the old text will conflict, not overwrite
    expect((await s.revisions.list(env.b.id))[0]).toMatchObject({ reason: 'import', vanBan: { trichYeu: 'Kế hoạch Trung thu' } });
    expect((await s.documents.get('c-from-file'))!.vanBan.trichYeu).toBe('Chỉ có trong tệp');

    const again = await s.importBackup(JSON.stringify(backup));
    expect(again.message).toBe('0 thêm mới, 0 cập nhật, 2 không đổi; 1 văn bản trên máy mới hơn bản sao lưu — giữ bản trên máy');
  });

  it('rolling back to an old backup: the newer documents here are kept and counted, and the old versions come in as copies', async () => {
    const env = await seeded();
    const s = env.storage;
    const old = (await s.exportBackup()).text;
    env.clock.advance(60_000);
    const a = (await s.documents.save(env.a.id, vanBan({ trichYeu: 'Sửa sau khi sao lưu' }), env.a.rev)).record;
    // `b` only changed status: same text, nothing to bring back.
    await s.documents.setStatus(env.b.id, 'final');
    const before = await dump(s);

    const report = await s.importBackup(old);
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 1, newerOnDevice: 1 });
    expect(report.message).toBe('0 thêm mới, 0 cập nhật, 1 không đổi; 1 văn bản trên máy mới hơn bản sao lưu — giữ bản trên máy');
    expect(report.olderInBackup.map((d) => [d.id, d.vanBan.trichYeu])).toEqual([[env.a.id, 'Báo cáo tuyên truyền']]);
    expect(await dump(s)).toEqual(before);

    env.clock.advance(1_000);
    const copies = await s.importBackupCopies(report.olderInBackup);
    expect(copies).toHaveLength(1);
    const copy = (await s.documents.get(copies[0]!.id))!;
    expect(copy).toMatchObject({ status: 'draft', rev: 1, updatedAt: env.clock.now(), vanBan: { trichYeu: 'Báo cáo tuyên truyền' } });
    expect(copy.id).not.toBe(env.a.id);
    expect((await s.documents.get(env.a.id))!).toEqual(a);
    expect((await s.documents.list()).total).toBe(3);
    expect((await s.documents.search('bao cao tuyen truyen')).total).toBe(1);
  });

  it('accepts a File/Blob as the browser hands it over', async () => {
    const src = await seeded();
    const { text } = await src.storage.exportBackup();
    const dst = await testStorage();
    expect((await dst.storage.importBackup(new Blob([text], { type: 'application/json' }))).added).toBe(2);
  });
});

describe('a broken or hostile backup is refused, naming the problem, and nothing stored changes', () => {
  async function refused(file: string | Blob, message: RegExp) {
    const { storage: s } = await seeded();
    const before = await dump(s);
    const err = await s.importBackup(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(BackupError);
    expect((err as BackupError).message).toMatch(message);
    expect((err as BackupError).message).not.toMatch(/undefined|\[object/);
    expect(await dump(s)).toEqual(before);
    return err as BackupError;
  }
  const valid = async () => JSON.parse((await (await seeded()).storage.exportBackup()).text);

  it('not JSON', async () => {
    await refused('{"app": "soan-van-ban", "documents": [', /không phải tệp sao lưu JSON hợp lệ/);
    await refused('', /không phải tệp sao lưu JSON hợp lệ/);
  });

  it("another app's JSON", async () => {
    await refused(JSON.stringify({ type: 'excalidraw', version: 2, elements: [] }), /không phải tệp sao lưu của Soạn văn bản/);
    await refused(JSON.stringify([1, 2, 3]), /không phải tệp sao lưu của Soạn văn bản/);
    await refused('null', /không phải tệp sao lưu của Soạn văn bản/);
  });

  it('a newer format version', async () => {
    const f = await valid();
    f.format = 2;
    await refused(JSON.stringify(f), /phiên bản mới hơn.*định dạng 2.*cập nhật ứng dụng/);
  });

  it('wrong types, naming the document and the field', async () => {
    const f = await valid();
    f.documents[1].vanBan.trichYeu = 42;
    f.documents[0].updatedAt = 'hôm qua';
    const err = await refused(JSON.stringify(f), /dữ liệu sai/);
    expect(err.details).toContain('Văn bản thứ 2, Trích yếu: sai kiểu dữ liệu (cần chữ)');
    expect(err.details).toContain('Văn bản thứ 1, updatedAt: sai kiểu dữ liệu (cần số)');
  });

  it('a document that breaks the core rules (invalid value)', async () => {
    const f = await valid();
    f.documents[0].vanBan.loai = 'bao-cao-mat';
    const err = await refused(JSON.stringify(f), /dữ liệu sai/);
    expect(err.details[0]).toMatch(/^Văn bản thứ 1, Loại văn bản: giá trị "bao-cao-mat" không có trong danh sách/);
  });

  it('__proto__ and constructor keys', async () => {
    const f = await valid();
    const text = JSON.stringify(f);
    await refused(text.replace('{"id":', '{"__proto__":{"isAdmin":true},"id":'), /khoá bị cấm "__proto__"/);
    await refused(text.replace('{"id":', '{"constructor":{"prototype":{"x":1}},"id":'), /khoá bị cấm "(constructor|prototype)"/);
    // Escaped spelling is the same key once parsed.
    await refused(text.replace('{"id":', '{"\\u005f_proto__":{},"id":'), /khoá bị cấm "__proto__"/);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('a 50 MB file, refused by its size before it is read', async () => {
    const big = '{"app":"soan-van-ban","pad":"' + 'x'.repeat(50 * 1024 * 1024) + '"}';
    await refused(big, /quá lớn \(50 MB; tối đa 40 MB\)/);
    const blob = new Blob([big]);
    let read = false;
    const spy = Object.assign(blob, { text: () => ((read = true), Blob.prototype.text.call(blob)) });
    await refused(spy, /quá lớn/);
    expect(read).toBe(false);
  });

  it('100 000 documents', async () => {
    const f = await valid();
    const one = { status: 'draft', createdAt: 1, updatedAt: 1, rev: 1, vanBan: { loai: 'cong-van', ngayBanHanh: { nam: 2024 } } };
    f.documents = Array.from({ length: 100_000 }, (_, i) => ({ ...one, id: `d${i}` }));
    const text = JSON.stringify(f);
    expect(text.length).toBeLessThan(BACKUP_LIMITS.fileBytes); // refused for the count, not the size
    await refused(text, /100\.000 mục "Văn bản", vượt giới hạn 20\.000/);
  }, 30_000); // a 10 MB JSON built and parsed: seconds on a busy machine

  it('a 10 MB string', async () => {
    const f = await valid();
    f.documents[0].vanBan.trichYeu = 'a'.repeat(10 * 1024 * 1024);
    await refused(JSON.stringify(f), /chuỗi quá dài ở mục "trichYeu" \(10\.485\.760 ký tự; tối đa 100\.000\)/);
  });

  it('two documents with the same id', async () => {
    const f = await valid();
    f.documents[1].id = f.documents[0].id;
    await refused(JSON.stringify(f), /hai văn bản cùng mã/);
  });

  it('a write that fails half-way leaves nothing behind (one transaction)', async () => {
    const env = await seeded();
    const s = env.storage;
    const f = JSON.parse((await s.exportBackup()).text);
    f.documents = [
      { ...f.documents[0], id: 'new-1' },
      { ...f.documents[0], id: 'new-2' },
    ];
    const before = await dump(s);
    // Make the last table written in the import fail, after the documents were put.
    const orig = s.db.settings.bulkPut.bind(s.db.settings);
    s.db.settings.bulkPut = (() => Promise.reject(new DOMException('disk full', 'QuotaExceededError'))) as unknown as typeof orig;
    const err = await s.importBackup(JSON.stringify(f)).catch((e: unknown) => e);
    s.db.settings.bulkPut = orig;
    expect((err as Error).message).toMatch(/Bộ nhớ của trình duyệt đã đầy/);
    expect(await dump(s)).toEqual(before);
  });
});

describe('settings in a backup are type-checked like documents', () => {
  it('a known setting with a wrong value refuses the file, naming it; nothing changes', async () => {
    const { storage: s } = await seeded();
    const f = JSON.parse((await s.exportBackup()).text);
    f.settings.push({ key: 'firstRunDone', value: 'có', updatedAt: 1 }, { key: 'defaultProfileId', value: { id: 1 }, updatedAt: 1 });
    const before = await dump(s);
    const err = (await s.importBackup(JSON.stringify(f)).catch((e: unknown) => e)) as BackupError;
    expect(err).toBeInstanceOf(BackupError);
    expect(err.details).toEqual([
      'Cài đặt thứ 2, «Đã thiết lập lần đầu»: sai kiểu dữ liệu (cần đúng/sai)',
      'Cài đặt thứ 3, «Hồ sơ cơ quan mặc định»: sai kiểu dữ liệu (cần chữ)',
    ]);
    expect(err.message).toMatch(/dữ liệu hiện có không bị thay đổi/);
    expect(await dump(s)).toEqual(before);
  });

  it('a setting this version does not know (a newer one) is set aside and named; the rest comes in', async () => {
    const src = await seeded();
    const f = JSON.parse((await src.storage.exportBackup()).text);
    f.settings.push({ key: 'cheDoToi', value: true, updatedAt: 1 }, { key: 'firstRunDone', value: true, updatedAt: 1 });
    const dst = await testStorage();
    const report = await dst.storage.importBackup(JSON.stringify(f));
    expect(report.ignoredSettings).toEqual(['cheDoToi']);
    expect(report.settings).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await dst.storage.db.settings.get('cheDoToi')).toBeUndefined();
    expect(await dst.storage.settings.get('firstRunDone')).toBe(true);
  });

  it('the app itself cannot write a setting of the wrong type either', async () => {
    const { storage: s } = await testStorage();
    await expect(s.settings.set('persistRequestedAt', 'hôm qua')).rejects.toMatchObject({ kind: 'validation' });
    await expect(s.settings.set('unknownKey' as 'firstRunDone', 1)).rejects.toThrow(/không phải cài đặt của ứng dụng này/);
    expect(await s.db.settings.count()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/storage/index.ts';
import { TRASH_RETENTION_MS } from '../../../src/storage/repository.ts';
import { dump, testStorage, vanBan } from './helpers.ts';
import { blockText } from '../../../src/core/table/texts.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('create', () => {
  it('a blank document is pre-filled from the default organisation profile', async () => {
    const { storage: s } = await testStorage();
    const p = await s.profiles.save({
      ten: 'UBND xã Hương Long',
      coQuanChuQuan: 'UBND HUYỆN HƯƠNG KHÊ',
      coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG',
      maCoQuan: 'UBND',
      diaDanh: 'Hương Long',
      chuKy: { quyenHan: 'TM', thayMat: 'ỦY BAN NHÂN DÂN', chucVu: 'CHỦ TỊCH', hoTen: 'Nguyễn Văn A' },
      kinhGui: ['UBND huyện Hương Khê'],
      noiNhan: ['Như trên', 'Lưu: VT'],
    });
    await s.profiles.setDefault(p.id);
    const d = await s.documents.createBlank('bao-cao');
    expect(d.vanBan).toMatchObject({
      loai: 'bao-cao',
      coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG',
      maCoQuan: 'UBND',
      diaDanh: 'Hương Long',
      kinhGui: ['UBND huyện Hương Khê'],
      noiNhan: ['Như trên', 'Lưu: VT'],
      ngayBanHanh: { ngay: null, thang: null, nam: 2024 },
    });
    expect(d.vanBan.chuKy.hoTen).toBe('Nguyễn Văn A');
    expect(d).toMatchObject({ status: 'draft', rev: 1 });
    expect(await s.documents.get(d.id)).toEqual(d);
  });

  it('a template keeps its own fields, takes number and date fresh, and fills the rest from the profile', async () => {
    const { storage: s } = await testStorage();
    const p = await s.profiles.save({ ten: 'x', maCoQuan: 'UBND', diaDanh: 'Hương Long', noiNhan: ['Lưu: VT'] });
    const d = await s.documents.createFromTemplate(
      { loai: 'ke-hoach', so: '13', ngayBanHanh: { ngay: 1, thang: 2, nam: 2020 }, trichYeu: 'Tổ chức Tết Trung thu', noiNhan: ['Như trên'] },
      { profileId: p.id },
    );
    expect(d.vanBan).toMatchObject({ loai: 'ke-hoach', so: '', trichYeu: 'Tổ chức Tết Trung thu', noiNhan: ['Như trên'], maCoQuan: 'UBND', diaDanh: 'Hương Long' });
    expect(d.vanBan.ngayBanHanh).toEqual({ ngay: null, thang: null, nam: 2024 });
  });

  it('from imported text, through the injected importer, handing its notes back', async () => {
    const { storage: s } = await testStorage();
    const importer = (text: string) => ({ vanBan: { loai: 'cong-van', ngayBanHanh: { nam: 2024 }, trichYeu: text.split('\n')[0] }, notes: ['một ghi chú'] });
    const { record, notes } = await s.documents.createFromImport('Về việc tiêm phòng\nNội dung', importer);
    expect(record.vanBan.trichYeu).toBe('Về việc tiêm phòng');
    expect(notes).toEqual(['một ghi chú']);
  });
});

describe('create from a file', () => {
  it('stores the draft and keeps the text as read as its one version, "Trước khi nhập" (reason import)', async () => {
    const { storage: s, clock } = await testStorage();
    const read = vanBan({ loai: 'cong-van', trichYeu: 'Về việc tiêm phòng', so: '12' });
    const record = await s.documents.createFromFile(read);
    expect(record).toMatchObject({ status: 'draft', rev: 1, createdAt: clock.now() });
    // The file's own number and date stay (a template would clear them).
    expect(record.vanBan).toEqual(read);
    expect(await s.documents.get(record.id)).toEqual(record);
    const history = await s.revisions.list(record.id);
    expect(history.map((r) => ({ reason: r.reason, rev: r.rev, at: r.at }))).toEqual([{ reason: 'import', rev: 1, at: clock.now() }]);
    expect(history[0]!.vanBan).toEqual(read);
  });

  it("an invalid document is refused with the schema's messages and nothing is written", async () => {
    const { storage: s } = await testStorage();
    const before = await dump(s);
    await expect(s.documents.createFromFile({ loai: 'khong-co', ngayBanHanh: { nam: 2024 } })).rejects.toBeInstanceOf(ValidationError);
    expect(await dump(s)).toEqual(before);
  });
});

describe('save validates first', () => {
  it('an invalid document is refused with the core Vietnamese messages and nothing is written', async () => {
    const { storage: s } = await testStorage();
    const d = await s.documents.createBlank('bao-cao');
    const before = await dump(s);
    const bad = { ...d.vanBan, so: '12/BC', ngayBanHanh: { ngay: 31, thang: 2, nam: 2024 } };
    const err = await s.documents.save(d.id, bad, d.rev).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).details.join('\n')).toMatch(/Số: chỉ gồm chữ số/);
    expect((err as ValidationError).details.join('\n')).toMatch(/tháng 2 năm 2024 chỉ có 29 ngày/);
    expect(await dump(s)).toEqual(before);
    await expect(s.documents.createFromTemplate({ loai: 'khong-co' })).rejects.toBeInstanceOf(ValidationError);
    expect(await dump(s)).toEqual(before);
  });

  it('a valid save is stored normalised and bumps rev', async () => {
    const { storage: s, clock } = await testStorage();
    const d = await s.documents.createBlank('bao-cao');
    clock.advance(1000);
    const out = await s.documents.save(d.id, { ...d.vanBan, trichYeu: '  Tuye\u0302n truye\u0302\u0300n  ' }, d.rev);
    expect(out.status).toBe('saved');
    expect(out.record.rev).toBe(2);
    expect((await s.documents.get(d.id))!.vanBan.trichYeu).toBe('Tuyên truyền');
    expect((await s.documents.get(d.id))!.updatedAt).toBe(clock.now());
  });
});

describe('list and search', () => {
  async function seeded() {
    const env = await testStorage();
    const { storage: s, clock } = env;
    const make = async (v: Parameters<typeof vanBan>[0], status?: 'final') => {
      clock.advance(1000);
      const d = await s.documents.createFromTemplate(vanBan(v));
      // createFromTemplate resets the date; put the intended one back with a save.
      clock.advance(1000);
      await s.documents.save(d.id, vanBan(v), d.rev);
      if (status) await s.documents.setStatus(d.id, status);
      return d.id;
    };
    const ids = {
      tuyenTruyen: await make({ trichYeu: 'Kết quả công tác tuyên truyền', ngayBanHanh: { nam: 2023 }, so: '133' }),
      keHoach: await make({ loai: 'ke-hoach', trichYeu: 'Tổ chức Tết Trung thu', ngayBanHanh: { nam: 2024 }, kinhGui: ['Đoàn Thanh niên xã'] }, 'final'),
      body: await make({ trichYeu: 'Tình hình dịch bệnh', ngayBanHanh: { nam: 2024 }, noiDung: [{ capDo: 'doan', text: 'Đẩy mạnh tuyên truyền phòng chống bệnh dại.' }] }),
    };
    return { ...env, ids };
  }

  it('lists newest first, paged, with the total', async () => {
    const { storage: s, ids } = await seeded();
    const all = await s.documents.list();
    expect(all.items.map((d) => d.id)).toEqual([ids.body, ids.keHoach, ids.tuyenTruyen]);
    expect(all.total).toBe(3);
    const p2 = await s.documents.list({ offset: 1, limit: 1 });
    expect(p2.items.map((d) => d.id)).toEqual([ids.keHoach]);
    expect(p2.total).toBe(3);
    expect(all.items[0]).toMatchObject({ trichYeu: 'Tình hình dịch bệnh', loai: 'bao-cao', status: 'draft' });
  });

  it('search ignores diacritics and case, over summary, number, recipients and body', async () => {
    const { storage: s, ids } = await seeded();
    const ids1 = async (q: string) => (await s.documents.search(q)).items.map((d) => d.id);
    expect(await ids1('tuyen truyen')).toEqual([ids.body, ids.tuyenTruyen]);
    expect(await ids1('TUYÊN TRUYỀN')).toEqual([ids.body, ids.tuyenTruyen]);
    expect(await ids1('133')).toEqual([ids.tuyenTruyen]);
    expect(await ids1('doan thanh nien')).toEqual([ids.keHoach]);
    expect(await ids1('benh dai')).toEqual([ids.body]);
    expect(await ids1('tuyen tru')).toEqual([ids.body, ids.tuyenTruyen]); // still typing
    expect(await ids1('trung thu 2024 khong')).toEqual([]);
    expect(await ids1('')).toHaveLength(3);
  });

  it('filters by year, type and status, alone and with a search', async () => {
    const { storage: s, ids } = await seeded();
    const q = async (query: Parameters<typeof s.documents.list>[0]) => (await s.documents.list(query)).items.map((d) => d.id);
    expect(await q({ year: 2024 })).toEqual([ids.body, ids.keHoach]);
    expect(await q({ loai: 'ke-hoach' })).toEqual([ids.keHoach]);
    expect(await q({ status: 'final' })).toEqual([ids.keHoach]);
    expect(await q({ status: 'draft', year: 2023 })).toEqual([ids.tuyenTruyen]);
    expect((await s.documents.search('tuyen truyen', { year: 2024 })).items.map((d) => d.id)).toEqual([ids.body]);
    expect(await s.documents.years()).toEqual([2024, 2023]);
  });
});

describe('copies', () => {
  it('duplicate is an exact copy as a new draft', async () => {
    const { storage: s } = await testStorage();
    const d = await s.documents.createFromTemplate(vanBan({ trichYeu: 'Báo cáo tháng' }));
    await s.documents.setStatus(d.id, 'final');
    const c = await s.documents.duplicate(d.id);
    expect(c.id).not.toBe(d.id);
    expect(c.vanBan).toEqual(d.vanBan);
    expect(c.status).toBe('draft');
  });

  it('new period moves years in summary and headings on, clears number and date, keeps past acts', async () => {
    const { storage: s } = await testStorage();
    const src = await s.documents.createFromTemplate(vanBan({}));
    await s.documents.save(
      src.id,
      vanBan({
        so: '133',
        ngayBanHanh: { ngay: 11, thang: 12, nam: 2023 },
        trichYeu: 'Kết quả năm 2023 và phương hướng năm 2024',
        noiDung: [
          { capDo: 'muc', text: 'KẾT QUẢ THỰC HIỆN NĂM 2023' },
          { capDo: 'doan', text: 'Năm 2023, xã đã tổ chức 12 buổi tuyên truyền.' },
          { capDo: 'khoan', text: 'Thực hiện Nghị quyết số 12/2021/NQ-HĐND năm 2023' },
        ],
      }),
      src.rev,
    );
    const n = await s.documents.newPeriod(src.id);
    expect(n.vanBan.trichYeu).toBe('Kết quả năm 2024 và phương hướng năm 2025');
    expect(n.vanBan.so).toBe('');
    expect(n.vanBan.ngayBanHanh).toEqual({ ngay: null, thang: null, nam: 2024 });
    expect(n.vanBan.noiDung.map(blockText)).toEqual([
      'KẾT QUẢ THỰC HIỆN NĂM 2024',
      'Năm 2023, xã đã tổ chức 12 buổi tuyên truyền.',
      'Thực hiện Nghị quyết số 12/2021/NQ-HĐND năm 2024',
    ]);
  });
});

describe('trash', () => {
  it('trash hides, restore brings back, delete forever removes with history, purge after 30 days', async () => {
    const { storage: s, clock } = await testStorage();
    const a = await s.documents.createBlank('bao-cao');
    const b = await s.documents.createBlank('to-trinh');
    await s.documents.trash(a.id);
    expect((await s.documents.list()).items.map((d) => d.id)).toEqual([b.id]);
    expect((await s.documents.list({ trash: true })).items.map((d) => d.id)).toEqual([a.id]);
    await s.documents.restoreFromTrash(a.id);
    expect((await s.documents.list()).total).toBe(2);
    expect((await s.documents.get(a.id))!.deletedAt).toBeUndefined();

    await s.revisions.snapshot(b.id, 'export');
    await s.documents.trash(b.id);
    await s.documents.deleteForever(b.id);
    expect(await s.documents.get(b.id)).toBeUndefined();
    expect(await s.revisions.list(b.id)).toEqual([]);

    await s.documents.trash(a.id);
    clock.advance(TRASH_RETENTION_MS - DAY);
    expect(await s.documents.purgeTrash()).toBe(0);
    clock.advance(2 * DAY);
    expect(await s.documents.purgeTrash()).toBe(1);
    expect(await s.documents.get(a.id)).toBeUndefined();
  });
});

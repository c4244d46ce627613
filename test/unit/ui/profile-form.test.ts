import { describe, expect, it } from 'vitest';
import { formFromProfile, listLines, profileFromForm, profileName, emptyForm, QUYEN_HAN_CHOICES } from '../../../src/ui/setup/profile-form.ts';
import { QUYEN_HAN } from '../../../src/core/model/van-ban.ts';
import { BLANK, NEW_TYPES, templatesFor } from '../../../src/ui/new/choices.ts';

describe('profile form', () => {
  const filled = {
    ...emptyForm(),
    coQuanChuQuan: 'UBND HUYỆN SƠN TỊNH',
    coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nXÃ TỊNH HÀ',
    diaDanh: 'Tịnh Hà',
    maCoQuan: 'UBND',
    quyenHan: 'KT' as const,
    thayMat: 'CHỦ TỊCH',
    chucVu: 'PHÓ CHỦ TỊCH',
    hoTen: 'Trần Thị Bình',
    kinhGui: 'UBND huyện\n\n',
    noiNhan: '- UBND huyện;\n  + Lưu: VT.\n',
  };

  it('offers every signing authority of the model, and takes no other', () => {
    expect(QUYEN_HAN_CHOICES.map((c) => c.value)).toEqual([...QUYEN_HAN]);
    // A stored form from an older version may carry anything.
    const odd = { ...emptyForm(), quyenHan: 'XYZ' } as unknown as ReturnType<typeof emptyForm>;
    expect(profileFromForm(odd).chuKy?.quyenHan).toBe('');
    expect(profileFromForm({ ...emptyForm(), quyenHan: 'KT' }).chuKy?.quyenHan).toBe('KT');
  });

  it('reads lists one item a line, without the dash the layout draws', () => {
    expect(listLines(' - Như trên;\n\n• Lưu: VT.\r\n')).toEqual(['Như trên;', 'Lưu: VT.']);
  });

  it('names the profile after the issuing body on one line', () => {
    expect(profileName(filled)).toBe('ỦY BAN NHÂN DÂN XÃ TỊNH HÀ');
    expect(profileName(emptyForm())).toBe('Hồ sơ cơ quan');
  });

  it('converts to the stored profile and back', () => {
    const input = profileFromForm(filled, 'p1');
    expect(input).toMatchObject({
      id: 'p1',
      ten: 'ỦY BAN NHÂN DÂN XÃ TỊNH HÀ',
      chuKy: { quyenHan: 'KT', thayMat: 'CHỦ TỊCH', chucVu: 'PHÓ CHỦ TỊCH', hoTen: 'Trần Thị Bình' },
      kinhGui: ['UBND huyện'],
      noiNhan: ['UBND huyện;', 'Lưu: VT.'],
    });
    const record = { ...input, id: 'p1', ten: input.ten ?? '', maDonVi: '', createdAt: 1, updatedAt: 1 } as Parameters<typeof formFromProfile>[0];
    expect(formFromProfile(record)).toEqual({ ...filled, kinhGui: 'UBND huyện', noiNhan: 'UBND huyện;\nLưu: VT.' });
  });

  it('drops the line after the authority when signing directly, and no id for a new profile', () => {
    const input = profileFromForm({ ...filled, quyenHan: '', thayMat: 'CHỦ TỊCH' });
    expect(input.chuKy).toMatchObject({ quyenHan: '', thayMat: '' });
    expect('id' in input).toBe(false);
  });
});

describe('new document choices', () => {
  it('offers Báo cáo first and the six everyday types, each with at least one template and a blank', () => {
    expect(NEW_TYPES).toEqual(['bao-cao', 'ke-hoach', 'to-trinh', 'cong-van', 'thong-bao', 'giay-moi']);
    for (const loai of NEW_TYPES) {
      const t = templatesFor(loai);
      expect(t.length, loai).toBeGreaterThanOrEqual(2);
      expect(t.at(-1)!.id).toBe(BLANK);
    }
    expect(templatesFor('bao-cao').map((t) => t.ten)).toEqual(
      expect.arrayContaining(['Báo cáo năm', 'Báo cáo 6 tháng', 'Báo cáo quý', 'Báo cáo chuyên đề']),
    );
  });
});

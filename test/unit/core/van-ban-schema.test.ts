import { describe, expect, it } from 'vitest';
import { blankVanBan } from '../../../src/core/model/blank.ts';
import { parseVanBan } from '../../../src/core/model/parse.ts';
import { LOAI_VAN_BAN, DOCUMENT_TYPES } from '../../../src/core/decree/document-types.ts';

describe('document model', () => {
  it('covers every type of the abbreviation table plus công văn, and "khác" for a type the decree does not list', () => {
    expect(LOAI_VAN_BAN).toHaveLength(30);
    expect(LOAI_VAN_BAN.filter((l) => l !== 'khac')).toHaveLength(29);
    expect(DOCUMENT_TYPES.khac.kyHieu).toBe('');
    const codes = Object.values(DOCUMENT_TYPES).map((t) => t.kyHieu).filter(Boolean);
    expect(codes).toEqual(expect.arrayContaining(['QyĐ', 'CTr', 'TTr', 'BGN', 'BTT', 'NQ', 'QĐ', 'BC', 'KH', 'GM', 'GNP', 'PB']));
    expect(codes).toHaveLength(27);
    expect(DOCUMENT_TYPES['cong-van'].kyHieu).toBeNull();
  });

  it('fills optional parts and leaves day and month blank in a new document', () => {
    const v = blankVanBan('bao-cao', new Date(2024, 5, 1));
    expect(v.ngayBanHanh).toEqual({ ngay: null, thang: null, nam: 2024 });
    expect(v.so).toBe('');
    expect(v.noiDung).toEqual([]);
    expect(v.coChu).toBe('lon');
  });

  it('normalises every text field to NFC on input', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const r = parseVanBan({
      loai: 'bao-cao',
      coQuanBanHanh: nfd('ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG'),
      diaDanh: nfd('Hương Long'),
      ngayBanHanh: { ngay: 11, thang: 12, nam: 2023 },
      trichYeu: nfd('Công tác tuyên truyền'),
      kinhGui: [nfd('Phòng Nội vụ huyện.')],
      noiDung: [{ capDo: 'gach', text: nfd('Tiếp tục đẩy mạnh') }],
      noiNhan: [nfd('Lưu: VT.')],
      chuKy: { quyenHan: 'TM', thayMat: nfd('ỦY BAN NHÂN DÂN'), chucVu: nfd('CHỦ TỊCH'), hoTen: nfd('Nguyễn Văn A') },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const strings = JSON.stringify(r.value);
    expect(strings).toBe(strings.normalize('NFC'));
    expect(r.value.diaDanh).toBe('Hương Long');
  });

  it('refuses bad input with Vietnamese messages naming the field', () => {
    const r = parseVanBan({ loai: 'bien-lai', so: '12/BC', ngayBanHanh: { ngay: 30, thang: 2, nam: 2024 }, noiDung: [{ capDo: 'muc', text: 5 }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const all = r.errors.join('\n');
    expect(all).toContain('Loại văn bản');
    expect(all).toContain('Số');
    expect(all).toContain('Nội dung, mục thứ 1, nội dung: sai kiểu dữ liệu (cần chữ)');
    expect(all).toContain('Loại văn bản: giá trị "bien-lai" không có trong danh sách');
    const missingYear = parseVanBan({ loai: 'bao-cao' });
    expect(missingYear.ok).toBe(false);
    if (!missingYear.ok) expect(missingYear.errors.join()).toContain('Ngày ban hành');
  });

  it('refuses an impossible date', () => {
    const r = parseVanBan({ loai: 'bao-cao', ngayBanHanh: { ngay: 30, thang: 2, nam: 2024 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join()).toContain('tháng 2 năm 2024 chỉ có 29 ngày');
  });
});

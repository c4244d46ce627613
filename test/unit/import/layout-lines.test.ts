// Header and signature laid out with the space bar or TABs instead of a table (as in real Word files
// 04 and 25): read column by column for every reader, as a paste's TAB rows are.
import { describe, expect, it } from 'vitest';
import { importItems } from '../../../src/core/import/import-van-ban.ts';
import { unfoldLayoutLines } from '../../../src/core/import/text-lines.ts';

const HEAD = [
  'ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH LÂM ĐỒNG\t                          Độc lập - Tự do - Hạnh phúc',
  'Số:             /UBND-NC                       Lâm Đồng, ngày         tháng 10 năm 2025',
];
const TAIL = ['Nơi nhận:\t\t\t\t KT. CHỦ TỊCH', '- Như trên;\t\t\t PHÓ CHỦ TỊCH', '- Thường trực Tỉnh ủy;', '- Lưu: VT, NC.', 'Nguyễn Minh'];

describe('layout laid out with spaces and TABs', () => {
  it('reads a space-laid header column by column; a lone "Số:      /UBND" keeps its blank', () => {
    expect(unfoldLayoutLines(HEAD)).toEqual([
      'ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số:             /UBND-NC',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lâm Đồng, ngày         tháng 10 năm 2025',
    ]);
    expect(unfoldLayoutLines(['Số:         /BC-UBND'])).toEqual(['Số:         /BC-UBND']);
    // Prose with wide spaces is no layout row.
    expect(unfoldLayoutLines(['Kết quả      đạt được tốt.'])).toEqual(['Kết quả      đạt được tốt.']);
  });

  it('keeps the Nơi nhận items that come without a TAB in the list’s column, before the signer', () => {
    expect(unfoldLayoutLines(TAIL)).toEqual(['Nơi nhận:', '- Như trên;', '- Thường trực Tỉnh ủy;', '- Lưu: VT, NC.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Minh']);
  });

  it('lands every part of such a công văn, a V/v going on with "Công văn số …" included', () => {
    const v = importItems([...HEAD, 'V/v triển khai thực hiện', 'Công văn số 4552/BCA-C04', 'của Bộ Công an', 'Kính gửi: Công an tỉnh', 'Ủy ban nhân dân tỉnh đề nghị Công an tỉnh thực hiện./.', ...TAIL]).vanBan;
    expect(v.loai).toBe('cong-van');
    expect(v.coQuanBanHanh).toBe('ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG');
    expect([v.maCoQuan, v.maDonVi]).toEqual(['UBND', 'NC']);
    expect([v.diaDanh, v.ngayBanHanh.thang, v.ngayBanHanh.nam]).toEqual(['Lâm Đồng', 10, 2025]);
    expect(v.trichYeu).toBe('triển khai thực hiện Công văn số 4552/BCA-C04 của Bộ Công an');
    expect(v.kinhGui).toEqual(['Công an tỉnh']);
    expect(v.noiNhan).toEqual(['Như trên;', 'Thường trực Tỉnh ủy;', 'Lưu: VT, NC.']);
    expect(v.chuKy).toMatchObject({ quyenHan: 'KT', chucVu: 'PHÓ CHỦ TỊCH', hoTen: 'Nguyễn Minh' });
  });
});

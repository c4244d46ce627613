import { describe, expect, it } from 'vitest';
import { placeDateLine } from '../../../src/core/date-line.ts';
import { documentType } from '../../../src/core/decree/document-types.ts';
import { importVanBan } from '../../../src/core/import/index.ts';
import { blockLine, blockMarkers } from '../../../src/core/numbering.ts';
import { soKyHieuLine } from '../../../src/core/so-ky-hieu.ts';
import { upperVi } from '../../../src/core/text/normalize.ts';
import type { VanBan } from '../../../src/core/model/van-ban.ts';
import { FIXTURE_NAMES, fixtureParts, fixtureText } from '../../helpers/fixtures.ts';
import { missingLines } from './accounted.ts';
import { blockText } from '../../../src/core/table/texts.ts';

const TODAY = new Date(2024, 5, 1);
const undash = (l: string) => l.replace(/^- /, '');

/** The body as it reads: computed markers before each block's text, then the closing with "./.". */
function reassembledBody(v: VanBan): string[] {
  const markers = blockMarkers(v.noiDung);
  const lines = v.noiDung.map((b, i) => blockLine(markers[i]!, blockText(b)));
  return v.ketThuc ? [...lines, `${v.ketThuc}./.`] : lines;
}

/** The signature block as it reads, one line each. */
function signatureLines(v: VanBan): string[] {
  const { quyenHan, thayMat, chucVu, hoTen } = v.chuKy;
  return [quyenHan ? `${quyenHan}. ${thayMat}` : thayMat, ...chucVu.split('\n'), hoTen].filter((l) => l.length > 0);
}

describe.each(FIXTURE_NAMES)('fixture %s', (name) => {
  const parts = fixtureParts(name);
  const text = fixtureText(name);
  const { vanBan: v, notes } = importVanBan(text, { today: TODAY });

  it('reads the issuing body as one body over its lines, with no superior body', () => {
    expect(v.coQuanBanHanh).toBe(parts['co-quan-ban-hanh']!.join('\n'));
    expect(v.coQuanChuQuan).toBe((parts['co-quan-chu-quan'] ?? []).join('\n'));
  });

  it('reads the number line back exactly', () => {
    expect(soKyHieuLine(v)).toBe(parts['so-ky-hieu']![0]);
  });

  it('reads the place and date line back exactly', () => {
    expect(placeDateLine(v.diaDanh, v.ngayBanHanh)).toBe(parts['dia-danh-thoi-gian']![0]);
  });

  it('takes the type from the type name line', () => {
    expect(upperVi(documentType(v.loai).ten)).toBe(parts['ten-loai']![0]);
  });

  it('reads the trích yếu', () => {
    expect(v.trichYeu).toBe(parts['trich-yeu']!.join(' '));
  });

  it('reads Kính gửi items without their dashes', () => {
    const kg = parts['kinh-gui'] ?? [];
    expect(v.kinhGui).toEqual(kg.slice(1).map(undash));
  });

  it('gives back the body lines exactly from levels, computed markers and the closing', () => {
    expect(reassembledBody(v)).toEqual(parts['noi-dung']);
    expect(v.canCu).toEqual([]);
  });

  it('reads Nơi nhận items without their dashes', () => {
    expect(v.noiNhan).toEqual(parts['noi-nhan']!.slice(1).map(undash));
  });

  it('reads the signature block', () => {
    expect(signatureLines(v)).toEqual(parts['chu-ky']);
  });

  it('has nothing to report and drops nothing', () => {
    expect(notes).toEqual([]);
    expect(missingLines(text, { vanBan: v, notes })).toEqual([]);
  });
});

describe('fixture fields, spelled out', () => {
  it('bao-cao-133-BC-UBND', () => {
    const { vanBan: v } = importVanBan(fixtureText('bao-cao-133-BC-UBND'));
    expect(v).toMatchObject({
      loai: 'bao-cao',
      so: '133',
      maCoQuan: 'UBND',
      maDonVi: '',
      diaDanh: 'Hương Long',
      ngayBanHanh: { ngay: 11, thang: 12, nam: 2023 },
      kinhGui: ['Phòng Văn hóa - Thông tin huyện;', 'Phòng Nội vụ huyện.'],
      chuKy: { quyenHan: 'TM', thayMat: 'ỦY BAN NHÂN DÂN', chucVu: 'CHỦ TỊCH', hoTen: 'Nguyễn Văn A' },
    });
    expect(v.ketThuc).toMatch(/của UBND xã Hương Long$/);
    expect(v.noiDung.filter((b) => b.capDo === 'muc').map(blockText)).toEqual([
      'Kết quả thực hiện công tác tuyên truyền cải cách hành chính năm 2023:',
      'Những thuận lợi, khó khăn:',
      'Phương hướng, nhiệm vụ năm 2024:',
    ]);
    expect(v.noiDung.filter((b) => b.capDo === 'tieuMuc')).toHaveLength(3);
  });

  it('ke-hoach-13-KH-UBND: "tháng 02" is right and KT. signs for the chairman', () => {
    const { vanBan: v, notes } = importVanBan(fixtureText('ke-hoach-13-KH-UBND'));
    expect(v).toMatchObject({
      loai: 'ke-hoach',
      so: '13',
      maCoQuan: 'UBND',
      ngayBanHanh: { ngay: 28, thang: 2, nam: 2023 },
      kinhGui: [],
      chuKy: { quyenHan: 'KT', thayMat: 'CHỦ TỊCH', chucVu: 'PHÓ CHỦ TỊCH', hoTen: 'Trần Văn D' },
    });
    expect(notes.some((n) => n.includes('tháng'))).toBe(false);
    expect(v.noiDung.filter((b) => b.capDo === 'diem').map((b) => blockText(b).slice(0, 9))).toEqual([
      'Nâng cao ',
      'Tạo sự đồ',
      'Công tác ',
      'Gắn tuyên',
    ]);
  });
});

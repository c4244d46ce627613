import { describe, expect, it } from 'vitest';
import { parseSoLine } from '../../../src/core/import/so-ky-hieu-line.ts';
import { parseVanBan } from '../../../src/core/model/parse.ts';
import { SO_PATTERN, SO_RULE, vanBanSchema } from '../../../src/core/model/van-ban.ts';
import { formatNumber, kyHieu, soKyHieuLine } from '../../../src/core/so-ky-hieu.ts';

describe('number and symbol line', () => {
  it('writes number/TYPE-ISSUER with the decree codes, mixed case kept', () => {
    expect(soKyHieuLine({ loai: 'bao-cao', so: '133', maCoQuan: 'UBND', maDonVi: '' })).toBe('Số: 133/BC-UBND');
    expect(kyHieu('quy-dinh', 'UBND', '')).toBe('QyĐ-UBND');
    expect(kyHieu('chuong-trinh', 'UBND', '')).toBe('CTr-UBND');
    expect(kyHieu('to-trinh', 'UBND', '')).toBe('TTr-UBND');
    expect(kyHieu('ban-ghi-nho', 'UBND', '')).toBe('BGN-UBND');
    expect(kyHieu('ban-thoa-thuan', 'UBND', '')).toBe('BTT-UBND');
    expect(kyHieu('quyet-dinh', 'UBND', '')).toBe('QĐ-UBND');
  });

  it('zero-pads numbers below 10 and keeps a letter suffix', () => {
    expect(formatNumber('5')).toBe('05');
    expect(formatNumber('05')).toBe('05');
    expect(formatNumber('10')).toBe('10');
    expect(formatNumber('36a')).toBe('36a');
    expect(formatNumber('3a')).toBe('03a');
    expect(soKyHieuLine({ loai: 'ke-hoach', so: '7', maCoQuan: 'UBND', maDonVi: '' })).toBe('Số: 07/KH-UBND');
  });

  it('công văn has no type code: ISSUER-UNIT', () => {
    expect(soKyHieuLine({ loai: 'cong-van', so: '12', maCoQuan: 'UBND', maDonVi: 'VX' })).toBe('Số: 12/UBND-VX');
  });

  it('leaves room for the clerk when the number is blank', () => {
    expect(soKyHieuLine({ loai: 'bao-cao', so: '', maCoQuan: 'UBND', maDonVi: '' })).toMatch(/^Số: \u00A0{6}\/BC-UBND$/);
  });
});

describe('one Số rule for the model, the editor and the import', () => {
  it('the number read from a "Số:" line is one the model accepts, or none', () => {
    const cases: [string, string, string][] = [
      ['133', '133', ''],
      ['007', '7', ''],
      ['000', '0', ''],
      ['0a', '0a', ''],
      ['36a', '36a', ''],
      ['1234567890', '', '1234567890'],
      ['1a2b', '', '1a2b'],
      ['...', '', ''],
      ['', '', ''],
    ];
    for (const [typed, so, unread] of cases) {
      const line = parseSoLine(`Số: ${typed}/BC-UBND`)!;
      expect({ typed, so: line.so, unread: line.soKhongDoc }).toEqual({ typed, so, unread });
      expect(vanBanSchema.safeParse({ loai: 'bao-cao', ngayBanHanh: { nam: 2024 }, so: line.so }).success).toBe(true);
    }
  });

  it('the model refuses what the pattern refuses, with the rule in its message', () => {
    for (const so of ['12/BC', 'mười', '1234567890', '12ab']) {
      expect(SO_PATTERN.test(so)).toBe(false);
      const r = parseVanBan({ loai: 'bao-cao', ngayBanHanh: { nam: 2024 }, so });
      expect(r.ok ? [] : r.errors.join(' ')).toContain(SO_RULE);
    }
  });
});

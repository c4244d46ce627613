// Any document the schema accepts can be checked, and every fix the checker offers yields a
// document the schema still accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFix, checkVanBan } from '../../../src/core/checker/index.ts';
import { LOAI_VAN_BAN } from '../../../src/core/decree/document-types.ts';
import { CAP_DO, QUYEN_HAN, vanBanSchema } from '../../../src/core/model/van-ban.ts';

// Pieces that reach the rules' patterns, mixed with arbitrary text.
const PIECES = [
  'Xã ', 'Quận 1', 'tháng 03 năm 2023', 'ngày 5 tháng 1 năm 2024', ' – ', ' - ', './.', '.', ';', ',', 'Lưu: ', 'VT', 'Như trên;', 'Như Kính gửi',
  'T/M ', 'K/T ', 'TM. ', 'KT ', 'ỦY BAN NHÂN DÂN', 'ủy ban nhân dân xã Hương Long', 'Phòng nội vụ', 'nhân dân', 'và Phương hướng', '1. ', 'a) ', 'II. ',
  '- ', '+ ', 'Kính gửi: ', 'Độc lập – Tự do – Hạnh phúc', 'Qđ', 'BC-', 'TS. ', 'NGUYỄN VĂN A', 'Đ', '\u0301', ' ',
];
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((xs) => xs.join('')),
);
const list = fc.array(text, { maxLength: 5 });

const input = fc.record({
  loai: fc.constantFrom(...LOAI_VAN_BAN),
  coQuanChuQuan: text,
  coQuanBanHanh: text,
  maCoQuan: text,
  maDonVi: text,
  diaDanh: text,
  so: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,4}[a-z]?$/)),
  ngayBanHanh: fc.record({ ngay: fc.option(fc.integer({ min: 1, max: 28 })), thang: fc.option(fc.integer({ min: 1, max: 12 })), nam: fc.integer({ min: 1945, max: 2200 }) }),
  trichYeu: text,
  kinhGui: list,
  canCu: list,
  noiDung: fc.array(fc.record({ capDo: fc.constantFrom(...CAP_DO), text }), { maxLength: 6 }),
  ketThuc: text,
  noiNhan: list,
  chuKy: fc.record({ quyenHan: fc.constantFrom(...QUYEN_HAN), thayMat: text, chucVu: text, hoTen: text }),
});

describe('checker on any valid document', () => {
  it('never throws, and every fix keeps the document valid', () => {
    fc.assert(
      fc.property(input, (raw) => {
        const parsed = vanBanSchema.safeParse(raw);
        fc.pre(parsed.success);
        const v = parsed.data!;
        for (const f of checkVanBan(v)) {
          if (!f.fixable) continue;
          const fixed = applyFix(v, f);
          const again = vanBanSchema.safeParse(fixed);
          expect(again.success, `${f.ruleId}: ${JSON.stringify(again.error?.issues)}`).toBe(true);
          checkVanBan(fixed);
        }
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

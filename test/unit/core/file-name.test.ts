import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/core/file-name.ts';
import { blankVanBan } from '../../../src/core/model/blank.ts';
import { vanBanSchema } from '../../../src/core/model/van-ban.ts';
import { fixtureVanBan } from '../../helpers/fixture-documents.ts';

describe('export file name', () => {
  it('names the fixture report in ASCII from type, number, issuer, date and summary', () => {
    expect(exportFileName(fixtureVanBan('bao-cao-133-BC-UBND'))).toBe('BC-133-UBND-2023-12-11-cong-tac-tuyen-truyen.docx');
  });

  it('pads, folds đ and handles công văn, blanks and mixed-case codes', () => {
    const cv = vanBanSchema.parse({ loai: 'cong-van', so: '5', maCoQuan: 'UBND', maDonVi: 'VX', ngayBanHanh: { ngay: 5, thang: 1, nam: 2025 }, trichYeu: 'Đề nghị hỗ trợ' });
    expect(exportFileName(cv)).toBe('CONG-VAN-05-UBND-VX-2025-01-05-de-nghi-ho-tro.docx');
    expect(exportFileName(blankVanBan('quy-dinh', new Date(2024, 0, 1)))).toBe('QYD-2024.docx');
    const name = exportFileName(vanBanSchema.parse({ loai: 'bao-cao', ngayBanHanh: { nam: 2024 }, trichYeu: 'Báo cáo "khẩn" / <tháng 3> 😀' }));
    expect(name).toMatch(/^[A-Za-z0-9-]+\.docx$/);
  });
});

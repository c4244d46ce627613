// "Văn bản khác": a type the decree's 29 do not list (thông tư, điều lệ, phiếu trình …), held as
// loai 'khac' with its printed name in tenLoai. Old saves stay valid; the page prints the name as the
// type line with the trích yếu under it (Mẫu 1.4); the symbol is typed whole; the checker asks for the
// name and otherwise applies its generic rules only.
import { describe, expect, it } from 'vitest';
import { checkVanBan } from '../../../src/core/checker/check.ts';
import { tenLoaiIn } from '../../../src/core/decree/document-types.ts';
import { exportFileName } from '../../../src/core/file-name.ts';
import { importVanBan } from '../../../src/core/import/import-van-ban.ts';
import { parseVanBan } from '../../../src/core/model/parse.ts';
import { vanBanSchema } from '../../../src/core/model/van-ban.ts';
import { soKyHieuLine } from '../../../src/core/so-ky-hieu.ts';
import { mauVanBan } from '../../../src/core/templates/mau-van-ban.ts';
import { planDocument, type PlanBodyItem, type PlanParagraph } from '../../../src/export/plan.ts';
import { typeName } from '../../../src/ui/list/row-text.ts';
import { doc } from '../checker/documents.ts';

const texts = (items: readonly PlanBodyItem[]) => items.filter((i): i is PlanParagraph => i.kind === 'text');
const thongTu = () => doc({ loai: 'khac', tenLoai: 'Thông tư', maCoQuan: 'TT-BTC', trichYeu: 'Quy định mức thu phí cung cấp thông tin lý lịch tư pháp' });

describe('the model', () => {
  it('opens a document saved before the field exactly as it was, with no type name', () => {
    const { tenLoai: _t, ...old } = doc();
    const parsed = vanBanSchema.parse(old);
    expect(parsed.tenLoai).toBe('');
    const { tenLoai: _p, ...rest } = parsed;
    expect(rest).toEqual(old);
  });

  it('keeps the name NFC and on one line; a type of the decree prints its own name whatever tenLoai holds', () => {
    const r = parseVanBan({ ...thongTu(), tenLoai: '  Điều lệ\n(sửa đổi) '.normalize('NFD') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.tenLoai).toBe(r.value.tenLoai.normalize('NFC'));
    expect(r.value.tenLoai).not.toMatch(/\n/);
    expect(r.value.tenLoai.startsWith('Điều lệ')).toBe(true);
    expect(tenLoaiIn(doc({ loai: 'bao-cao', tenLoai: 'Thông tư' }))).toBe('Báo cáo');
  });

  it('refuses an unknown type, or a name longer than a line, with a Vietnamese message naming the field', () => {
    const r = parseVanBan({ ...doc(), loai: 'thong-tu' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toMatch(/Loại văn bản/);
    const long = parseVanBan({ ...thongTu(), tenLoai: 'Điều lệ '.repeat(300) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.errors.join(' ')).toMatch(/^Tên loại văn bản/);
  });
});

describe('the page', () => {
  it('prints the name in capitals as the type line, the trích yếu under it, and the symbol as typed', () => {
    const v = thongTu();
    const main = texts(planDocument(v).main);
    expect(main[0]).toMatchObject({ role: 'tenLoai', lines: ['THÔNG TƯ'], bold: true });
    expect(main[1]?.role).toBe('trichYeu');
    expect(main[1]?.lines.join(' ')).toBe(v.trichYeu);
    expect(soKyHieuLine({ ...v, so: '12' })).toBe('Số: 12/TT-BTC');
    expect(exportFileName({ ...v, so: '12' })).toMatch(/^THONG-TU-12-TT-BTC-/);
  });

  it('starts from the common template with the name the user gave', () => {
    const mau = mauVanBan('khac');
    expect(mau?.ten).toBe('Văn bản khác');
    const v = vanBanSchema.parse({ ...mau!.tao(new Date(2025, 0, 1)), tenLoai: 'Điều lệ' });
    expect(texts(planDocument(v).main)[0]?.lines).toEqual(['ĐIỀU LỆ']);
  });

  it('shows the name in the document list', () => {
    expect(typeName({ loai: 'khac', tenLoai: 'Phiếu trình' })).toBe('Phiếu trình');
    expect(typeName({ loai: 'khac', tenLoai: '' })).toBe('Văn bản khác');
    expect(typeName({ loai: 'bao-cao', tenLoai: '' })).toBe('Báo cáo');
  });
});

describe('the checker', () => {
  it('finds nothing in a complete one: no rule of another type applies', () => {
    expect(checkVanBan(thongTu()).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('asks for the name when it is missing', () => {
    expect(checkVanBan({ ...thongTu(), tenLoai: '' }).map((f) => f.ruleId)).toContain('ten-loai.trong');
  });
});

describe('reading a pasted text', () => {
  const header = ['BỘ TÀI CHÍNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 15/TT-BTC', 'Hà Nội, ngày 02 tháng 3 năm 2025'];

  it('takes a THÔNG TƯ as printed, with its summary and symbol, and says so in the notes', () => {
    const r = importVanBan([...header, 'THÔNG TƯ', 'Quy định mức thu phí', 'Điều 1. Phạm vi điều chỉnh', 'Thông tư này quy định mức thu./.'].join('\n'));
    expect(r.vanBan).toMatchObject({ loai: 'khac', tenLoai: 'Thông tư', so: '15', maCoQuan: 'TT-BTC', trichYeu: 'Quy định mức thu phí' });
    expect(r.notes.some((n) => n.includes('«THÔNG TƯ» không thuộc 29 loại'))).toBe(true);
  });

  it('reads the rest of an ĐIỀU LỆ title and the capitals under it as its summary', () => {
    const r = importVanBan(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ĐIỀU LỆ (SỬA ĐỔI) HIỆP HỘI', 'THANH LONG', '(Kèm theo Quyết định số /QĐ-UBND)', 'Điều 1. Tên gọi'].join('\n'));
    expect(r.vanBan).toMatchObject({ loai: 'khac', tenLoai: 'Điều lệ', trichYeu: '(SỬA ĐỔI) HIỆP HỘI THANH LONG' });
  });

  it('takes a form\'s whole name and leaves its labelled field in the body', () => {
    const r = importVanBan(['THÀNH VIÊN UBND TỈNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'PHIẾU GHI Ý KIẾN', 'Nội dung: Cho ý kiến dự thảo', '1. Tán thành'].join('\n'));
    expect(r.vanBan).toMatchObject({ loai: 'khac', tenLoai: 'Phiếu ghi ý kiến', trichYeu: '' });
    expect(JSON.stringify(r.vanBan.noiDung)).toContain('Nội dung: Cho ý kiến dự thảo');
  });

  it('does not take a longer word for a name ("ĐIỀU LỆNH" is not "ĐIỀU LỆ")', () => {
    const r = importVanBan([...header, 'ĐIỀU LỆNH', 'Nội dung'].join('\n'));
    expect(r.vanBan.loai).not.toBe('khac');
  });
});

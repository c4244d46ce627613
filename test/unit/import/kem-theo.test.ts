// A decision that issues a regulation, with an appendix, copied out of its .docx as plain text, reads
// back into a document whose attachments print the same text again.
import { describe, expect, it } from 'vitest';
import { importVanBan } from '../../../src/core/import/index.ts';
import { vanBanSchema, type VanBan } from '../../../src/core/model/van-ban.ts';
import { mauVanBan } from '../../../src/core/templates/mau-van-ban.ts';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { child, paragraphs, readDocx } from '../../helpers/docx-reader.ts';

async function textOf(v: VanBan): Promise<string[]> {
  return paragraphs(child(readDocx(await exportDocx(v)).document, 'body')!)
    .map((p) => p.text.replace(/\n/g, ' '))
    .filter((t) => t.trim() !== '');
}

function decision(): VanBan {
  const input = mauVanBan('quyet-dinh-gian-tiep')!.tao(new Date(2025, 2, 5));
  return vanBanSchema.parse({
    ...input,
    coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG',
    maCoQuan: 'UBND',
    diaDanh: 'Hương Long',
    so: '25',
    ngayBanHanh: { ngay: 2, thang: 4, nam: 2025 },
    trichYeu: 'Ban hành Quy chế hoạt động của Tổ tuyên truyền cải cách hành chính',
    thamQuyen: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HƯƠNG LONG',
    chuKy: { quyenHan: '', thayMat: '', chucVu: 'CHỦ TỊCH', hoTen: 'Nguyễn Văn A' },
    kemTheo: [
      { ...input.kemTheo![0]!, trichYeu: 'Hoạt động của Tổ tuyên truyền cải cách hành chính' },
      { kieu: 'phu-luc', ten: 'Danh sách thành viên Tổ tuyên truyền', noiDung: [{ capDo: 'khoan', text: 'Ông Nguyễn Văn B, tổ trưởng.' }, { capDo: 'khoan', text: 'Bà Lê Thị C, thành viên.' }] },
    ],
  });
}

describe('attached documents in plain text', () => {
  it('are cut off the main text and read back into attachments that print the same text', async () => {
    const text = await textOf(decision());
    const { vanBan, notes } = importVanBan(text.join('\n'));
    expect(vanBan.kemTheo.map((k) => [k.kieu, k.ten])).toEqual([
      ['ban-hanh', 'Quy chế'],
      ['phu-luc', 'Danh sách thành viên tổ tuyên truyền'],
    ]);
    expect(vanBan.kemTheo[0]!.trichYeu).toBe('Hoạt động của Tổ tuyên truyền cải cách hành chính');
    expect(vanBan.noiDung.map((b) => b.capDo)).toEqual(['dieu', 'dieu', 'dieu']);
    expect(vanBan.chuKy.hoTen).toBe('Nguyễn Văn A');
    expect(notes.some((n) => n.includes('(Ban hành kèm theo Quyết định số 25/QĐ-UBND'))).toBe(true);
    expect(await textOf(vanBan)).toEqual(text);
  });

  it('leaves a document without attachments as it was', () => {
    const { vanBan } = importVanBan(['Số: 5/BC-UBND', 'Hương Long, ngày 11 tháng 12 năm 2023', 'BÁO CÁO', 'Kết quả', 'Nội dung./.'].join('\n'));
    expect(vanBan.kemTheo).toEqual([]);
  });
});

// A decision that issues a regulation, with an appendix, copied out of its .docx as plain text, reads
// back into a document whose attachments print the same text again.
import { describe, expect, it } from 'vitest';
import { importVanBan } from '../../../src/core/import/index.ts';
import { vanBanSchema, type VanBan } from '../../../src/core/model/van-ban.ts';
import { mauVanBan } from '../../../src/core/templates/mau-van-ban.ts';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { child, paragraphs, readDocx } from '../../helpers/docx-reader.ts';
import { missingLines } from './accounted.ts';

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

describe('attachments as real copies wrap them (real-text 05 and 11)', () => {
  const MAIN = ['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH THUẬN', 'Số: 779 /QĐ-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bình Thuận, ngày 23 tháng 3 năm 2022', 'QUYẾT ĐỊNH', 'Về việc công nhận Điều lệ', 'Điều 1. Công nhận Điều lệ ban hành kèm theo Quyết định này./.', 'Nơi nhận:', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Minh'];

  it('a regulation: a summary in capitals up to a reference line wrapped over two lines, and chương titles over several lines', () => {
    const text = [
      ...MAIN,
      'ỦY BAN NHÂN DÂN',
      'TỈNH BÌNH THUẬN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ĐIỀU LỆ (SỬA ĐỔI, BỔ SUNG)',
      'QUỸ KHUYẾN HỌC TỈNH BÌNH THUẬN',
      '(Kèm theo Quyết định số 779 /QĐ-UBND ngày 23 / 3 /2022',
      'của Chủ tịch Ủy ban nhân dân tỉnh)',
      'Chương I',
      'QUY ĐỊNH CHUNG',
      'Điều 1. Tên gọi, trụ sở',
      '1. Tên gọi: QUỸ KHUYẾN HỌC TỈNH BÌNH THUẬN.',
      'Chương IV',
      'VẬN ĐỘNG QUYÊN GÓP, TIẾP NHẬN TÀI TRỢ, ĐỐI TƯỢNG',
      'VÀ ĐIỀU KIỆN HỖ TRỢ',
      'Điều 14. Vận động quyên góp, tiếp nhận tài trợ',
    ].join('\n');
    const r = importVanBan(text);
    const [k] = r.vanBan.kemTheo;
    expect(k).toMatchObject({ kieu: 'ban-hanh', ten: 'Điều lệ (sửa đổi, bổ sung)', trichYeu: 'QUỸ KHUYẾN HỌC TỈNH BÌNH THUẬN' });
    expect(k!.noiDung).toEqual([
      { capDo: 'chuong', text: 'QUY ĐỊNH CHUNG' },
      { capDo: 'dieu', text: 'Tên gọi, trụ sở' },
      { capDo: 'khoan', text: 'Tên gọi: QUỸ KHUYẾN HỌC TỈNH BÌNH THUẬN.' },
      { capDo: 'chuong', text: 'VẬN ĐỘNG QUYÊN GÓP, TIẾP NHẬN TÀI TRỢ, ĐỐI TƯỢNG VÀ ĐIỀU KIỆN HỖ TRỢ' },
      { capDo: 'dieu', text: 'Vận động quyên góp, tiếp nhận tài trợ' },
    ]);
    expect(r.notes.filter((n) => n.includes('do bố cục tự in từ số, ngày'))).toEqual([
      'Dòng «(Kèm theo Quyết định số 779 /QĐ-UBND ngày 23 / 3 /2022» do bố cục tự in từ số, ngày của văn bản',
      'Dòng «của Chủ tịch Ủy ban nhân dân tỉnh)» do bố cục tự in từ số, ngày của văn bản',
    ]);
    expect(missingLines(text, r)).toEqual([]);
  });

  it('an appendix: a title over two lines, then the wrapped reference line, then its outline', () => {
    const text = [
      ...MAIN,
      'Phụ lục II',
      'ĐỀ CƯƠNG BÁO CÁO PHỤC VỤ KIỂM TRA',
      'CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026',
      '(Kèm theo Kế hoạch số         /KH-UBND ngày      /01/2026',
      'của UBND tỉnh Lâm Đồng)',
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH',
      '1. Việc ban hành và tổ chức thực hiện Kế hoạch cải cách hành chính năm 2026.',
    ].join('\n');
    const r = importVanBan(text);
    expect(r.vanBan.kemTheo).toEqual([
      {
        kieu: 'phu-luc',
        ten: 'Đề cương báo cáo phục vụ kiểm tra công tác cải cách hành chính năm 2026',
        trichYeu: '',
        noiDung: [
          { capDo: 'muc', text: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH' },
          { capDo: 'khoan', text: 'Việc ban hành và tổ chức thực hiện Kế hoạch cải cách hành chính năm 2026.' },
        ],
      },
    ]);
    expect(missingLines(text, r)).toEqual([]);
  });
});

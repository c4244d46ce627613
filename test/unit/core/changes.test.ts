import { describe, expect, it } from 'vitest';
import { compareVersions, describeChanges, PARTS } from '../../../src/core/changes.ts';
import { vanBanSchema, type VanBan, type VanBanInput } from '../../../src/core/model/van-ban.ts';

const doc = (input: Partial<VanBanInput> = {}): VanBan =>
  vanBanSchema.parse({
    loai: 'bao-cao',
    ngayBanHanh: { ngay: 11, thang: 12, nam: 2023 },
    trichYeu: 'Kết quả công tác năm 2023',
    noiDung: [
      { id: 'a', capDo: 'muc', text: 'Kết quả đạt được' },
      { id: 'b', capDo: 'doan', text: 'Hoàn thành mọi chỉ tiêu.' },
    ],
    ...input,
  });

const summary = (a: VanBan, b: VanBan) => describeChanges(compareVersions(a, b));

describe('what changed between two versions', () => {
  it('says nothing changed for the same text, even when the editor gave the blocks other ids', () => {
    const a = doc();
    const b = doc({ noiDung: a.noiDung.map((k, i) => ({ ...k, id: `x${i}` })) });
    expect(compareVersions(a, b)).toEqual({ added: 0, removed: 0, parts: [] });
    expect(summary(a, b)).toBe('Không thay đổi');
  });

  it('counts words added and removed, and names the parts they are in, in page order', () => {
    const a = doc();
    const b = doc({
      trichYeu: 'Kết quả công tác tuyên truyền năm 2023',
      noiDung: [
        { id: 'a', capDo: 'muc', text: 'Kết quả đạt được' },
        { id: 'b', capDo: 'doan', text: 'Hoàn thành vượt mức chỉ tiêu.' },
      ],
    });
    expect(compareVersions(a, b)).toEqual({ added: 4, removed: 1, parts: ['Trích yếu', 'Nội dung'] });
    expect(summary(a, b)).toBe('Thêm 4 từ, bớt 1 từ ở Trích yếu, Nội dung');
    expect(summary(b, a)).toBe('Thêm 1 từ, bớt 4 từ ở Trích yếu, Nội dung');
  });

  it('a change with no word in or out (a date, a level, a paragraph moved) still names its part', () => {
    const a = doc();
    expect(summary(a, doc({ ngayBanHanh: { ngay: 12, thang: 12, nam: 2023 } }))).toBe('Sửa Địa danh, ngày');
    expect(summary(a, doc({ noiDung: [a.noiDung[1]!, a.noiDung[0]!] }))).toBe('Sửa Nội dung');
    expect(summary(a, doc({ noiDung: [{ id: 'a', capDo: 'khoan', text: 'Kết quả đạt được' }, a.noiDung[1]!] }))).toBe('Sửa Nội dung');
    expect(summary(a, doc({ coChu: 'nho' }))).toBe('Sửa Cỡ chữ');
    expect(summary(a, doc({ duThao: true, lanDuThao: 2 }))).toBe('Sửa Dự thảo');
  });

  it('only removed, only added; lists, the signature and attachments are parts too', () => {
    const a = doc({ noiNhan: ['Như trên', 'Lưu: VT'] });
    expect(summary(a, doc({ noiNhan: ['Lưu: VT'] }))).toBe('Bớt 2 từ ở Nơi nhận');
    expect(summary(doc(), doc({ chuKy: { quyenHan: 'TM', thayMat: 'ỦY BAN NHÂN DÂN', chucVu: 'CHỦ TỊCH', hoTen: 'Nguyễn Văn A' } }))).toBe(
      'Thêm 10 từ ở Chữ ký',
    );
    expect(summary(doc(), doc({ kemTheo: [{ kieu: 'phu-luc', ten: 'Danh sách', noiDung: [{ capDo: 'doan', text: 'Một hai' }] }] }))).toBe(
      'Thêm 4 từ ở Văn bản kèm theo / Phụ lục',
    );
  });

  it('a table: the words of its caption, unit line, cells and notes count; its alignment, spans and widths are no words', () => {
    const table = (cell: string, canLe: ('trai' | 'giua' | 'phai')[] = []) => ({
      capDo: 'bang' as const,
      bang: {
        tieuDe: 'Bảng 1. Thu chi',
        donViTinh: 'Đơn vị tính: triệu đồng',
        hang: [{ o: [{ text: 'Chỉ tiêu' }, { text: 'Số tiền' }] }, { o: [{ text: 'Thu ngân sách' }, { text: cell }] }],
        canLe,
        ghiChu: ['Nguồn: Kho bạc'],
      },
    });
    const a = doc();
    // 4 + 5 + 2 + 2 + 3 + 1 + 3 words: caption, unit line, header cells, body cells, note.
    expect(summary(a, doc({ noiDung: [...a.noiDung, table('1.200')] }))).toBe('Thêm 20 từ ở Nội dung');
    expect(summary(doc({ noiDung: [table('1.200')] }), doc({ noiDung: [table('1.250 triệu')] }))).toBe('Thêm 2 từ, bớt 1 từ ở Nội dung');
    expect(summary(doc({ noiDung: [table('1.200')] }), doc({ noiDung: [table('1.200', ['trai', 'phai'])] }))).toBe('Sửa Nội dung');
  });

  it('every field of the model belongs to one part, so a new field cannot change unseen', () => {
    const fields = PARTS.flatMap(([, f]) => f);
    expect(new Set(fields).size).toBe(fields.length);
    expect([...fields].sort()).toEqual(Object.keys(vanBanSchema.shape).sort());
  });
});

import { describe, expect, it } from 'vitest';
import { parseVanBan } from '../../../src/core/model/parse.ts';
import { LIMITS } from '../../../src/core/model/van-ban.ts';

const table = (rows: string[][], extra: Record<string, unknown> = {}) => ({
  capDo: 'bang',
  bang: { hang: rows.map((r) => ({ o: r.map((text) => ({ text })) })), ...extra },
});
const doc = (noiDung: unknown[]) => ({ loai: 'bao-cao', ngayBanHanh: { nam: 2026 }, noiDung });

describe('table blocks (bảng) in the model', () => {
  it('stand beside paragraphs and fill their defaults', () => {
    const r = parseVanBan(doc([{ capDo: 'doan', text: 'Kết quả:' }, table([['TT', 'Đơn vị'], ['1', 'Xã A']])]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const b = r.value.noiDung[1]!;
    expect(b.capDo).toBe('bang');
    if (b.capDo !== 'bang') return;
    expect(b.bang).toMatchObject({ tieuDe: '', donViTinh: '', soHangTieuDe: 0, canLe: [], doRong: [], ghiChu: [] });
    expect(b.bang.hang[1]!.o[1]).toEqual({ text: 'Xã A', gopCot: 1, gopHang: 1 });
  });

  it('cleans every cell like all text: NFC, no XML-forbidden characters, lines kept', () => {
    const r = parseVanBan(doc([table([['Tổng cộng'.normalize('NFD') + '\u0001', 'dòng 1\r\ndòng 2']])]));
    expect(r.ok && r.value.noiDung[0]!.capDo === 'bang' && r.value.noiDung[0]!.bang.hang[0]!.o.map((o) => o.text)).toEqual(['Tổng cộng', 'dòng 1\ndòng 2']);
  });

  it('refuses a table over the limits with a message naming the limit', () => {
    const wide = parseVanBan(doc([table([Array.from({ length: LIMITS.tableColumns + 1 }, () => 'x')])]));
    expect(wide.ok).toBe(false);
    expect(!wide.ok && wide.errors.join('\n')).toMatch(/ô: quá nhiều mục \(tối đa 30\)/);
    const bigCell = parseVanBan(doc([table([['x'.repeat(LIMITS.cell + 1)]])]));
    expect(!bigCell.ok && bigCell.errors.join('\n')).toMatch(/quá dài \(tối đa 2000 ký tự\)/);
    const many = parseVanBan(doc(Array.from({ length: LIMITS.tables + 1 }, () => table([['1']]))));
    expect(!many.ok && many.errors.join('\n')).toMatch(/quá nhiều bảng \(101; tối đa 100/);
    const headers = parseVanBan(doc([table([['a']], { soHangTieuDe: 4 })]));
    expect(headers.ok).toBe(false);
  });

  it('names an unknown block kind in Vietnamese', () => {
    const r = parseVanBan(doc([{ capDo: 'hinh', text: 'x' }]));
    expect(!r.ok && r.errors[0]).toMatch(/^Nội dung, mục thứ 1, cấp: giá trị "hinh" không hợp lệ \(chọn một trong: .*"bang"\)/);
  });
});

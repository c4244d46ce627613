import { describe, expect, it } from 'vitest';
import type { KemTheo, Khoi, KhoiVanBan } from '../../../src/core/model/van-ban.ts';
import { addKemTheo, kemTheoBlocks, kemTheoText, patchKemTheo, removeKemTheo, sameBlocks } from '../../../src/ui/state/kem-theo.ts';
import { bodySegments } from '../../../src/ui/state/kem-theo-segments.ts';

describe('attached documents in the editor', () => {
  it('shows a body as marked lines and reads the same lines back to the same blocks', () => {
    const blocks: KhoiVanBan[] = [
      { capDo: 'chuong', text: 'Quy định chung' },
      { capDo: 'dieu', text: 'Phạm vi điều chỉnh' },
      { capDo: 'khoan', text: 'Một' },
      { capDo: 'diem', text: 'Hai' },
      { capDo: 'gach', text: 'Ba' },
      { capDo: 'doan', text: 'Đoạn thường' },
      { capDo: 'chuong', text: 'Tổ chức thực hiện' },
      { capDo: 'dieu', text: 'Trách nhiệm' },
    ];
    const text = kemTheoText(blocks);
    expect(text.split('\n')).toEqual(['Chương I Quy định chung', 'Điều 1. Phạm vi điều chỉnh', '1. Một', 'a) Hai', '- Ba', 'Đoạn thường', 'Chương II Tổ chức thực hiện', 'Điều 2. Trách nhiệm']);
    expect(kemTheoBlocks(text)).toEqual(blocks);
  });

  it('adds, edits and removes attachments without touching the others', () => {
    let list: KemTheo[] = addKemTheo([], 'ban-hanh');
    list = addKemTheo(list, 'phu-luc');
    expect(list.map((k) => [k.kieu, k.ten])).toEqual([['ban-hanh', 'Quy chế'], ['phu-luc', '']]);
    const edited = patchKemTheo(list, 1, { ten: 'Danh sách' });
    expect(edited[0]).toBe(list[0]);
    expect(edited[1]!.ten).toBe('Danh sách');
    expect(removeKemTheo(edited, 0).map((k) => k.kieu)).toEqual(['phu-luc']);
    const full = Array.from({ length: 20 }, () => list[1]!);
    expect(addKemTheo(full, 'phu-luc')).toHaveLength(20);
  });
});

describe('the body box', () => {
  it('compares blocks by level and text only, so typing a blank line or another number does not rewrite the box', () => {
    const typed = kemTheoBlocks('3. Một\n\n4. Hai\n');
    expect(sameBlocks(typed, [{ capDo: 'khoan', text: 'Một' }, { capDo: 'khoan', text: 'Hai', id: 'x' }])).toBe(true);
    expect(sameBlocks(typed, [{ capDo: 'khoan', text: 'Một' }])).toBe(false);
  });
});

describe('a table in an attached document', () => {
  const bang: Khoi = {
    capDo: 'bang',
    bang: {
      tieuDe: 'Biểu số 01. Kết quả thực hiện',
      donViTinh: 'Đơn vị tính: triệu đồng',
      soHangTieuDe: 1,
      hang: [
        { o: [{ text: 'STT', gopCot: 1, gopHang: 1 }, { text: 'Chỉ tiêu', gopCot: 1, gopHang: 1 }, { text: 'Kế hoạch', gopCot: 1, gopHang: 1 }, { text: 'Thực hiện', gopCot: 1, gopHang: 1 }] },
        { o: [{ text: '1', gopCot: 1, gopHang: 1 }, { text: 'Thu ngân sách', gopCot: 1, gopHang: 1 }, { text: '1.200', gopCot: 1, gopHang: 1 }, { text: '1.150', gopCot: 1, gopHang: 1 }] },
        { o: [{ text: 'Tổng cộng', gopCot: 2, gopHang: 1 }, { text: '1.200', gopCot: 1, gopHang: 1 }, { text: '1.150', gopCot: 1, gopHang: 1 }] },
      ],
      canLe: [],
      doRong: [],
      ghiChu: [],
    },
  };

  it('is never shown as text: it is a piece of its own, the text boxes around it hold only text', () => {
    const body: Khoi[] = [{ capDo: 'khoan', text: 'Một' }, bang, { capDo: 'doan', text: 'Sau bảng' }];
    const pieces = bodySegments(body);
    expect(pieces.map((s) => s.kind)).toEqual(['text', 'bang', 'text']);
    expect(pieces[1]!.kind === 'bang' && pieces[1]!.block).toBe(bang);
    const shown = pieces.flatMap((s) => (s.kind === 'text' ? [kemTheoText(s.blocks)] : []));
    expect(shown).toEqual(['1. Một', 'Sau bảng']);
  });

  it('compares a table by its content, so the same table is the same block and a changed cell is not', () => {
    expect(sameBlocks([bang], [{ ...bang, id: 'x' }])).toBe(true);
    const changed = structuredClone(bang);
    if (changed.capDo === 'bang') changed.bang.hang[1]!.o[3]!.text = '1.151';
    expect(sameBlocks([bang], [changed])).toBe(false);
  });
});

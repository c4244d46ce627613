import { describe, expect, it } from 'vitest';
import type { KemTheo, Khoi } from '../../../src/core/model/van-ban.ts';
import { addKemTheo, kemTheoBlocks, kemTheoText, patchKemTheo, removeKemTheo, sameBlocks } from '../../../src/ui/state/kem-theo.ts';

describe('attached documents in the editor', () => {
  it('shows a body as marked lines and reads the same lines back to the same blocks', () => {
    const blocks: Khoi[] = [
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

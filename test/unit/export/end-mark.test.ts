import { describe, expect, it } from 'vitest';
import { endMarkPlace } from '../../../src/core/end-mark.ts';
import { withEndMark } from '../../../src/export/layout.ts';

describe('end mark "./."', () => {
  it('follows the last word, and takes the place of a sentence’s own full stop', () => {
    expect(withEndMark('của UBND xã Hương Long')).toBe('của UBND xã Hương Long./.');
    expect(withEndMark('Bà Lê Thị C, thành viên.')).toBe('Bà Lê Thị C, thành viên./.');
    expect(withEndMark('Rất mong quý đại biểu đến dự…')).toBe('Rất mong quý đại biểu đến dự…./.');
    expect(withEndMark('và các nội dung khác...')).toBe('và các nội dung khác..../.');
  });
});

describe('where the end mark goes (shared by the layout and the checker)', () => {
  const p = (text: string) => ({ capDo: 'doan' as const, text });
  const bang = { capDo: 'bang' as const, bang: { tieuDe: '', donViTinh: '', soHangTieuDe: 0, hang: [{ o: [{ text: '1', gopCot: 1, gopHang: 1 }] }], canLe: [], doRong: [], ghiChu: [] } };
  it('is the closing sentence when there is one, else the last block, else under a final table', () => {
    expect(endMarkPlace([p('a'), bang], 'Trên đây là báo cáo.')).toEqual({ kind: 'ketThuc' });
    expect(endMarkPlace([bang, p('a')], '')).toEqual({ kind: 'khoi', index: 1 });
    expect(endMarkPlace([p('a'), bang], '')).toEqual({ kind: 'sauBang', index: 1 });
    expect(endMarkPlace([], '')).toBeNull();
  });
});

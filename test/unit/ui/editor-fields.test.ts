import { describe, expect, it } from 'vitest';
import { controlId, findingsAt } from '../../../src/ui/state/editor-findings.ts';
import { linesToItems, sameItems } from '../../../src/ui/state/editor-lines.ts';
import type { Finding } from '../../../src/core/checker/index.ts';

describe('list fields as one item per line', () => {
  it('drops blank lines and a typed leading dash, keeps the punctuation', () => {
    expect(linesToItems('- Như trên;\n\n  – Lưu: VT, VHTT.  \n')).toEqual(['Như trên;', 'Lưu: VT, VHTT.  ']);
    expect(linesToItems('Phòng Văn hóa - Thông tin huyện;\r\nPhòng Nội vụ huyện.')).toEqual(['Phòng Văn hóa - Thông tin huyện;', 'Phòng Nội vụ huyện.']);
    expect(sameItems(['a'], ['a'])).toBe(true);
    expect(sameItems(['a'], ['a', 'b'])).toBe(false);
  });
});

describe('where a finding is shown', () => {
  const f = (part: Finding['part'], index?: number, field?: Finding['field']) => ({ part, index, field }) as Finding;

  it('maps parts, blocks and signature sub-fields to the ids of their controls', () => {
    const blocks = ['b1', 'b2'];
    expect(controlId(f('trichYeu'), blocks)).toBe('f-trichYeu');
    expect(controlId(f('noiNhan', 3), blocks)).toBe('f-noiNhan');
    expect(controlId(f('noiDung', 1, 'text'), blocks)).toBe('khoi-b2');
    expect(controlId(f('noiDung'), blocks)).toBe('f-noiDung');
    expect(controlId(f('chuKy', undefined, 'hoTen'), blocks)).toBe('f-chuKy-hoTen');
    expect(findingsAt([f('noiDung', 0), f('noiDung', 1), f('so')], 'khoi-b1', blocks)).toHaveLength(1);
  });
});

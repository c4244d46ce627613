import { describe, expect, it } from 'vitest';
import { withEndMark } from '../../../src/export/layout.ts';

describe('end mark "./."', () => {
  it('follows the last word, and takes the place of a sentence’s own full stop', () => {
    expect(withEndMark('của UBND xã Hương Long')).toBe('của UBND xã Hương Long./.');
    expect(withEndMark('Bà Lê Thị C, thành viên.')).toBe('Bà Lê Thị C, thành viên./.');
    expect(withEndMark('Rất mong quý đại biểu đến dự…')).toBe('Rất mong quý đại biểu đến dự…./.');
    expect(withEndMark('và các nội dung khác...')).toBe('và các nội dung khác..../.');
  });
});

import { describe, expect, it } from 'vitest';
import { blockMarkers, diemLetter, romanNumeral } from '../../../src/core/numbering.ts';
import type { CapDo } from '../../../src/core/model/van-ban.ts';

const markers = (levels: CapDo[]) => blockMarkers(levels.map((capDo) => ({ capDo })));

describe('block numbering', () => {
  it('numbers mục in Roman, khoản in Arabic, tiểu mục as khoản.n., điểm in Vietnamese letters', () => {
    expect(markers(['doan', 'muc', 'khoan', 'gach', 'khoan', 'tieuMuc', 'gach', 'cong', 'tieuMuc', 'muc', 'khoan', 'diem', 'diem'])).toEqual(
      ['', 'I.', '1.', '-', '2.', '2.1.', '-', '+', '2.2.', 'II.', '1.', 'a)', 'b)'],
    );
  });

  it('restarts counters below a higher level', () => {
    expect(markers(['khoan', 'diem', 'diem', 'khoan', 'diem', 'muc', 'khoan'])).toEqual(['1.', 'a)', 'b)', '2.', 'a)', 'I.', '1.']);
  });

  it('does not restart khoản at a paragraph or a dash', () => {
    expect(markers(['khoan', 'doan', 'gach', 'khoan'])).toEqual(['1.', '', '-', '2.']);
  });

  it('gives a table no number and lets the sequence run on across it', () => {
    expect(blockMarkers([{ capDo: 'khoan' }, { capDo: 'diem' }, { capDo: 'bang' }, { capDo: 'diem' }, { capDo: 'bang' }, { capDo: 'khoan' }])).toEqual(['1.', 'a)', '', 'b)', '', '2.']);
  });

  it('uses the decree letter sequence: đ included, f skipped', () => {
    expect(Array.from({ length: 10 }, (_, i) => diemLetter(i + 1))).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k']);
    expect(diemLetter(23)).toBe('y');
    expect(diemLetter(24)).toBe('aa');
  });

  it('writes Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40, 90, 1994].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'X', 'XIV', 'XL', 'XC', 'MCMXCIV']);
    expect(() => romanNumeral(0)).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { formatDay, formatMonth, placeDateLine } from '../../../src/core/date-line.ts';

describe('place and date line', () => {
  it('pads days below 10 and only months 1 and 2', () => {
    expect(placeDateLine('Hương Long', { ngay: 11, thang: 12, nam: 2023 })).toBe('Hương Long, ngày 11 tháng 12 năm 2023');
    expect(placeDateLine('Hà Nội', { ngay: 5, thang: 3, nam: 2020 })).toBe('Hà Nội, ngày 05 tháng 3 năm 2020');
    expect(placeDateLine('Hà Nội', { ngay: 5, thang: 1, nam: 2020 })).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(placeDateLine('X', { ngay: 9, thang: 2, nam: 2024 })).toBe('X, ngày 09 tháng 02 năm 2024');
    expect(placeDateLine('Thành phố Hồ Chí Minh', { ngay: 29, thang: 6, nam: 2019 })).toBe('Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019');
  });

  it('never pads months 3 to 12', () => {
    for (let m = 3; m <= 12; m++) expect(formatMonth(m)).toBe(String(m));
    expect(formatMonth(1)).toBe('01');
    expect(formatMonth(2)).toBe('02');
    for (let d = 1; d <= 9; d++) expect(formatDay(d)).toBe(`0${d}`);
    expect(formatDay(10)).toBe('10');
  });

  it('leaves blanks for the clerk when day and month are not set', () => {
    const line = placeDateLine('Hương Long', { ngay: null, thang: null, nam: 2024 });
    expect(line).toMatch(/^Hương Long, ngày \u00A0{5} tháng \u00A0{5} năm 2024$/);
  });
});

// Markers of the body outline, computed from the levels (Phụ lục I, Phần I, Mục II, khoản 6).
import type { CapDo, Khoi } from './model/van-ban.ts';

/** Điểm letters: the decree's own text runs a) b) c) d) đ) e) g) h) i) — đ included, f skipped. */
export const DIEM_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;

export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`roman numeral of ${n}`);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, glyph] of table) {
    while (n >= value) {
      out += glyph;
      n -= value;
    }
  }
  return out;
}

/** Letter of the n-th điểm (1-based); past "y" it doubles ("aa"), which no real document reaches. */
export function diemLetter(n: number): string {
  const k = DIEM_LETTERS.length;
  let s = '';
  let i = n - 1;
  do {
    s = DIEM_LETTERS[i % k] + s;
    i = Math.floor(i / k) - 1;
  } while (i >= 0);
  return s;
}

/**
 * The marker of each block, in order: "Phần I", "Chương I", "I.", "Điều 1.", "1.", "1.1.", "a)", "-", "+" or "" for a paragraph.
 * A higher level restarts the counters below it, as a reader of the outline expects. A table takes
 * no number and restarts nothing: the khoản after it goes on from the one before it.
 */
export function blockMarkers(blocks: readonly Pick<Khoi, 'capDo'>[]): string[] {
  let phan = 0;
  let chuong = 0;
  let muc = 0;
  // Articles run on through the whole document, across mục and chương (Phụ lục I, Phần I, Mục II, khoản 6).
  let dieu = 0;
  let khoan = 0;
  let tieuMuc = 0;
  let diem = 0;
  return blocks.map(({ capDo }) => {
    switch (capDo) {
      case 'phan':
        phan += 1;
        muc = khoan = tieuMuc = diem = 0;
        return `Phần ${romanNumeral(phan)}`;
      case 'chuong':
        chuong += 1;
        muc = khoan = tieuMuc = diem = 0;
        return `Chương ${romanNumeral(chuong)}`;
      case 'muc':
        muc += 1;
        khoan = tieuMuc = diem = 0;
        return `${romanNumeral(muc)}.`;
      case 'dieu':
        dieu += 1;
        khoan = tieuMuc = diem = 0;
        return `Điều ${dieu}.`;
      case 'khoan':
        khoan += 1;
        tieuMuc = diem = 0;
        return `${khoan}.`;
      case 'tieuMuc':
        tieuMuc += 1;
        diem = 0;
        return `${Math.max(khoan, 1)}.${tieuMuc}.`;
      case 'diem':
        diem += 1;
        return `${diemLetter(diem)})`;
      case 'gach':
        return '-';
      case 'cong':
        return '+';
      case 'doan':
      case 'bang':
        return '';
    }
  });
}

/** Levels from the outermost in; Tab moves a block one step right in this list. */
export const CAP_DO_ORDER: readonly CapDo[] = ['phan', 'chuong', 'muc', 'dieu', 'khoan', 'tieuMuc', 'diem', 'gach', 'cong', 'doan'];

/** Text of a block as it reads in the document: marker, a space, then the text. */
export function blockLine(marker: string, text: string): string {
  return marker ? `${marker} ${text}` : text;
}

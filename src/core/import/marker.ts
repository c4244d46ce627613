// Reading a body line's outline marker ("I.", "1.", "1.1.", "a)", "-", "+") to find its level.
// The marker itself is dropped: the layout computes numbers from the levels (src/core/numbering.ts).
import { DIEM_LETTERS } from '../numbering.ts';
import type { CapDo } from '../model/van-ban.ts';

export interface DongDanhDau {
  capDo: CapDo;
  text: string;
}

// Roman numerals up to XXXIX: enough for any mục list, and it keeps "C." or "L." (letters) out.
const ROMAN = '(?:X{0,3})(?:IX|IV|V?I{0,3})';
// "I.KẾT QUẢ" without its space still reads as a mục; "V.v" (lower case after) does not.
const MUC = new RegExp(`^(${ROMAN})\\.(?:\\s+|$|(?=\\p{Lu}))`, 'u');
// "Phần I", "Chương II" (also "CHƯƠNG II", "Chương II." or "Chương II: Quy định chung").
const PHAN_CHUONG = /^(Phần|PHẦN|Chương|CHƯƠNG)\s+([IVXLC]+|\d{1,3})\s*[.:]?(?:\s+|$)/u;
// "Điều 1." (also "Điều 1:") opens an article of a decision or resolution; "Điều 12 của Luật …" does not.
const DIEU = /^Điều\s+\d{1,3}\s*[.:](?:\s+|$)/u;
// Sub-numbers have one or two digits so that "1.000 hộ dân" stays a sentence.
const TIEU_MUC = /^\d{1,2}\.\d{1,2}\.?(?:\s+|$)/u;
const DEEPER = /^\d{1,2}\.\d{1,2}\.\d{1,2}/u;
// "1/" and "1)" are common variants of "1."; a digit right after keeps "1/2" and "1.5" out.
const KHOAN = /^\d{1,2}[./)](?:\s+|$|(?=\p{L}))/u;
const DIEM = new RegExp(`^(${DIEM_LETTERS.join('|')})\\)(?:\\s*)`, 'u');
// U+F0B7 and U+F0A7 are the Symbol-font bullets Word leaves in copied text.
const GACH = /^[-–—•●▪\uF0B7\uF0A7]\s*/u;
const CONG = /^[+◦]\s*/u;

/** Split one body line into its level and its text without the marker; unmarked lines are đoạn. */
export function splitMarker(line: string): DongDanhDau {
  const s = line.trim();
  const muc = MUC.exec(s);
  if (muc && muc[1]!.length > 0) return { capDo: 'muc', text: s.slice(muc[0].length) };
  const pc = PHAN_CHUONG.exec(s);
  if (pc) return { capDo: pc[1]!.toLocaleLowerCase('vi-VN') === 'phần' ? 'phan' : 'chuong', text: s.slice(pc[0].length) };
  const dieu = DIEU.exec(s);
  if (dieu) return { capDo: 'dieu', text: s.slice(dieu[0].length) };
  // A third level has no place in the model; keeping its number in the text loses nothing.
  if (DEEPER.test(s)) return { capDo: 'doan', text: s };
  const tieuMuc = TIEU_MUC.exec(s);
  if (tieuMuc) return { capDo: 'tieuMuc', text: s.slice(tieuMuc[0].length) };
  const khoan = KHOAN.exec(s);
  if (khoan) return { capDo: 'khoan', text: s.slice(khoan[0].length) };
  const diem = DIEM.exec(s);
  if (diem) return { capDo: 'diem', text: s.slice(diem[0].length) };
  const gach = GACH.exec(s);
  if (gach) return { capDo: 'gach', text: s.slice(gach[0].length) };
  const cong = CONG.exec(s);
  if (cong) return { capDo: 'cong', text: s.slice(cong[0].length) };
  return { capDo: 'doan', text: s };
}

/** A line that holds nothing but a marker, as Word leaves "1.<tab>text" when list numbering is copied. */
export function isBareMarker(cell: string): boolean {
  const s = cell.trim();
  return s.length > 0 && s.length <= 6 && splitMarker(s).text === '' && splitMarker(s).capDo !== 'doan';
}

// The signature block (ô 7a, 7b): "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / (signature) / "Nguyễn Văn A".
import type { ChuKy } from '../model/van-ban.ts';
import { endsLikeSentence, isPlaceholder, isUpperLine, noiNhanRest, quyenHanLine } from './line-kinds.ts';
import { splitMarker } from './marker.ts';

export interface KhoiChuKy {
  chuKy: ChuKy;
  next: number;
  /** Placeholders such as "(Đã ký)" that stand for the signature and seal, kept for the notes. */
  placeholders: string[];
  notes: string[];
}

/** A signer's name: short, not upper case, not a list item or a sentence. */
function readsAsName(line: string): boolean {
  return (
    line.length <= 60 &&
    !isUpperLine(line) &&
    !endsLikeSentence(line) &&
    splitMarker(line).capDo === 'doan' &&
    noiNhanRest(line) === null
  );
}

/** Whether a signature block starts at this line: an authority prefix, or an upper-case title. */
export function startsChuKy(line: string): boolean {
  return quyenHanLine(line) !== null || (isUpperLine(line) && splitMarker(line).capDo === 'doan' && noiNhanRest(line) === null);
}

export function readChuKy(lines: readonly string[], start: number): KhoiChuKy {
  const chuKy: ChuKy = { quyenHan: '', thayMat: '', chucVu: '', hoTen: '' };
  const notes: string[] = [];
  let i = start;
  const prefix = lines[i] === undefined ? null : quyenHanLine(lines[i]!);
  if (prefix) {
    chuKy.quyenHan = prefix.quyenHan;
    chuKy.thayMat = prefix.rest;
    if (prefix.typed.includes('/')) {
      notes.push(
        `Chữ ký: «${prefix.typed}» đổi thành «${prefix.quyenHan}.» (văn bản hành chính dùng TM., KT., TL.; «${prefix.typed}» là cách viết của văn bản Đảng)`,
      );
    }
    i += 1;
  }
  // Further upper-case lines are the signer's own title, including a second prefix ("KT. CHỦ TỊCH").
  const chucVu: string[] = [];
  while (i < lines.length && isUpperLine(lines[i]!) && noiNhanRest(lines[i]!) === null && splitMarker(lines[i]!).capDo === 'doan') {
    chucVu.push(lines[i]!);
    i += 1;
  }
  chuKy.chucVu = chucVu.join('\n');
  const placeholders: string[] = [];
  while (i < lines.length && isPlaceholder(lines[i]!)) placeholders.push(lines[i++]!);
  if (i < lines.length && readsAsName(lines[i]!)) chuKy.hoTen = lines[i++]!;
  return { chuKy, next: i, placeholders, notes };
}

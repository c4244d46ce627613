// Telling the cơ quan chủ quản (direct superior body) from the cơ quan ban hành (issuing body)
// among the upper-case lines at the top left of the header.
import { foldKey } from './line-kinds.ts';

export interface CoQuan {
  coQuanChuQuan: string;
  coQuanBanHanh: string;
}

/** Names that say only what kind of body it is; the next line must say which one. */
const BARE_KINDS = new Set(['uy ban nhan dan', 'ubnd', 'hoi dong nhan dan', 'hdnd', 'dang uy', 'ban chap hanh']);

/** Administrative levels that start the second line of a name ("XÃ HƯƠNG LONG"). */
const LEVEL_WORDS = /^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu) /;

/** Whether `next` continues the body named on `prev` rather than naming another body. */
function continues(prev: string, next: string): boolean {
  return BARE_KINDS.has(foldKey(prev)) || LEVEL_WORDS.test(foldKey(next));
}

/**
 * "ỦY BAN NHÂN DÂN" / "XÃ HƯƠNG LONG" is one body on two lines; "UBND TỈNH X" / "SỞ Y" is a superior
 * body and the issuing body under it. The last body named is the issuer; those above it are superiors.
 */
export function splitCoQuan(lines: readonly string[]): CoQuan {
  const groups: string[][] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (last && continues(last[last.length - 1]!, line)) last.push(line);
    else groups.push([line]);
  }
  const banHanh = groups.pop() ?? [];
  return { coQuanChuQuan: groups.flat().join('\n'), coQuanBanHanh: banHanh.join('\n') };
}

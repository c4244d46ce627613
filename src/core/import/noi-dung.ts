// Nội dung (the body, ô 6): legal bases, outline blocks, tables, and the closing sentence ending in "./.".
import type { Khoi } from '../model/van-ban.ts';
import { gatherTables } from './bang.ts';
import type { MucNhap } from './nguon.ts';
import { hasEndMark, isCanCu, isDeNghi, isUpperLine, withoutEndMark } from './line-kinds.ts';
import { splitMarker } from './marker.ts';
import { renumberNotes } from './so-thu-tu.ts';
import { insideQuotation } from '../text/quotation.ts';

export interface PhanNoiDung {
  /** Căn cứ: legal bases, one per line, as typed. */
  canCu: string[];
  noiDung: Khoi[];
  /** Kết thúc: the closing paragraph without its "./." mark; '' when there is none. */
  ketThuc: string;
  notes: string[];
}

/** One block per line, level from its marker; the marker itself is not kept. */
export function toKhoi(line: string): Khoi {
  return splitMarker(line);
}

/** The marker a line was typed with ("7.", "Điều 5.", "a)"), or ''. */
function typedMarker(line: string): string {
  const { capDo, text } = splitMarker(line);
  if (capDo === 'doan') return '';
  const s = line.trim();
  return s.slice(0, s.length - text.length).trim();
}

/** Lines a chương or phần title may take in capitals ("VẬN ĐỘNG QUYÊN GÓP, …" / "VÀ ĐIỀU KIỆN HỖ TRỢ"). */
const HEADING_TITLE_MAX_LINES = 3;

/** "Chương I" on one line and its title in capitals on the next one to three are one heading block. */
export function joinHeadingTitles(blocks: Khoi[]): void {
  for (let i = 0; i < blocks.length - 1; i++) {
    const b = blocks[i]!;
    if ((b.capDo !== 'phan' && b.capDo !== 'chuong') || b.text !== '') continue;
    const titles: string[] = [];
    for (let next = blocks[i + 1]; titles.length < HEADING_TITLE_MAX_LINES && next?.capDo === 'doan' && isUpperLine(next.text); next = blocks[i + 1 + titles.length]) {
      titles.push(next.text);
    }
    if (titles.length > 0) blocks.splice(i, titles.length + 1, { capDo: b.capDo, text: titles.join(' ') });
  }
}

/**
 * Căn cứ lines are legal bases only in the types whose samples have them (`canCuBanHanh`, see
 * hasCanCu) and only at the start of the body, where a decision lists them, after at most the
 * upper-case line that names who decides. Elsewhere — a báo cáo's "Căn cứ Chương trình công tác …;
 * Phòng Nội vụ báo cáo … như sau:", a kế hoạch's bases ending "… ban hành Kế hoạch … như sau:", and
 * later sentences of any document — they are ordinary text.
 */
export function readNoiDung(items: readonly MucNhap[], canCuBanHanh: boolean): PhanNoiDung {
  const out: PhanNoiDung = { canCu: [], noiDung: [], ketThuc: '', notes: [] };
  let preamble = canCuBanHanh;
  let inCanCu = false;
  let closing: string | null = null;
  const lines = gatherTables(items);
  /** The marker each block's line was typed with ('' for a table), for the notes on renumbered items. */
  const typed: string[] = [];
  // A table holds no quotation marks of the text around it.
  const quoted = insideQuotation(lines.map((l) => (typeof l === 'string' ? l : '')));
  for (const [index, line] of lines.entries()) {
    const isLast = index === lines.length - 1;
    if (typeof line !== 'string') {
      out.noiDung.push(line);
      typed.push('');
      preamble = inCanCu = false;
      continue;
    }
    if (preamble && (isCanCu(line) || (inCanCu && isDeNghi(line)))) {
      out.canCu.push(line);
      inCanCu = true;
      continue;
    }
    if (inCanCu || !isUpperLine(line)) preamble = false;
    inCanCu = false;
    if (isLast && line === './.') {
      // A mark on its own line closes the paragraph above it.
      closing = '';
      continue;
    }
    if (isLast && hasEndMark(line)) {
      closing = withoutEndMark(line);
      continue;
    }
    if (hasEndMark(line)) out.notes.push(`Dấu «./.» giữa nội dung được giữ nguyên: «${line}»`);
    // "b) …”" inside a quotation is the quoted text's own item: a paragraph, as typed.
    out.noiDung.push(quoted[index] ? { capDo: 'doan', text: line } : toKhoi(line));
    typed.push(quoted[index] ? '' : typedMarker(line));
  }
  const closingBlock = closing ? toKhoi(closing) : null;
  if (closingBlock && closingBlock.capDo !== 'doan') out.notes.push(...renumberNotes([...out.noiDung, closingBlock], [...typed, typedMarker(closing!)]));
  else out.notes.push(...renumberNotes(out.noiDung, typed));
  joinHeadingTitles(out.noiDung);
  if (closing === '') {
    // "./." alone: the paragraph above it is the closing one.
    const last = out.noiDung[out.noiDung.length - 1];
    if (last && last.capDo === 'doan') {
      out.noiDung.pop();
      out.ketThuc = last.text;
    }
  } else if (closing !== null) {
    const block = toKhoi(closing);
    // A closing line with a marker ("- Lưu ý …./.") is a block of the outline; the layout then puts
    // "./." after the last block because ketThuc is empty.
    if (block.capDo === 'doan') out.ketThuc = block.text;
    else out.noiDung.push(block);
  }
  return out;
}

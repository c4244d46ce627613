// Nội dung (the body, ô 6): legal bases, outline blocks, tables, and the closing sentence ending in "./.".
import type { Khoi } from '../model/van-ban.ts';
import { gatherTables } from './bang.ts';
import type { MucNhap } from './nguon.ts';
import { hasEndMark, isCanCu, isDeNghi, isUpperLine, withoutEndMark } from './line-kinds.ts';
import { splitMarker } from './marker.ts';

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

/** "Chương I" on one line and its title in capitals on the next are one heading block. */
function joinHeadingTitles(blocks: Khoi[]): void {
  for (let i = 0; i < blocks.length - 1; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1]!;
    if ((b.capDo === 'phan' || b.capDo === 'chuong') && b.text === '' && next.capDo === 'doan' && isUpperLine(next.text)) {
      blocks.splice(i, 2, { capDo: b.capDo, text: next.text });
    }
  }
}

/**
 * Căn cứ lines are legal bases only at the start of the body, where a decision lists them, after at
 * most the upper-case line that names who decides; later "Căn cứ …" sentences are ordinary text.
 */
export function readNoiDung(items: readonly MucNhap[]): PhanNoiDung {
  const out: PhanNoiDung = { canCu: [], noiDung: [], ketThuc: '', notes: [] };
  let preamble = true;
  let inCanCu = false;
  let closing: string | null = null;
  const lines = gatherTables(items);
  for (const [index, line] of lines.entries()) {
    const isLast = index === lines.length - 1;
    if (typeof line !== 'string') {
      out.noiDung.push(line);
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
    out.noiDung.push(toKhoi(line));
  }
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

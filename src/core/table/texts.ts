// The text a table holds, for what reads a block's text without caring how it is laid out: search,
// "is this block empty?", "is any text lost?".
import type { Bang, Khoi } from '../model/van-ban.ts';

/** Caption, unit line, every cell (row by row) and the notes, in reading order. */
export function bangTexts(bang: Bang): string[] {
  return [bang.tieuDe, bang.donViTinh, ...bang.hang.flatMap((h) => h.o.map((o) => o.text)), ...bang.ghiChu];
}

/** The text of a block: a paragraph's, or a table's pieces one a line. */
export function blockText(b: Khoi): string {
  return b.capDo === 'bang' ? bangTexts(b.bang).filter((t) => t !== '').join('\n') : b.text;
}

/** A block with nothing typed in it: an empty paragraph, or a table whose every cell and line is empty. */
export function isBlankBlock(b: Khoi): boolean {
  return blockText(b).trim() === '';
}

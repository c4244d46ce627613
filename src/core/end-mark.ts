// The end mark "./." (Phụ lục III, every sample): once, after the last word of the body. Where it
// goes is decided here, once, for the layout that prints it and the checker that warns about a mark
// typed by hand.
import type { Khoi } from './model/van-ban.ts';

export const END_MARK = './.';

/**
 * Where the mark goes: on the closing sentence; else on the last body block; or, when that block is
 * a table (bảng), in a paragraph of its own under the table and its notes — a clerk in Word types it
 * in the paragraph after the table, and a cell is no place for it.
 */
export type EndMarkPlace = { kind: 'ketThuc' } | { kind: 'khoi'; index: number } | { kind: 'sauBang'; index: number };

export function endMarkPlace(blocks: readonly Khoi[], ketThuc: string): EndMarkPlace | null {
  if (ketThuc) return { kind: 'ketThuc' };
  const index = blocks.length - 1;
  if (index < 0) return null;
  return blocks[index]!.capDo === 'bang' ? { kind: 'sauBang', index } : { kind: 'khoi', index };
}

/** The last paragraph with the end mark: a sentence's own full stop becomes the mark's ("viên./."), never "../.". */
export function withEndMark(text: string): string {
  // One full stop only: an ellipsis "..." keeps its dots.
  return text.replace(/(?<!\.)\.$/, '') + END_MARK;
}

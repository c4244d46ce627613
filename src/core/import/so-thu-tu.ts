// Numbers typed in a pasted outline ("7." after "5.") against those the layout will print: the
// model keeps levels, not numbers (src/core/numbering.ts), so a skipped or repeated number in the
// source is printed corrected. The import says where, so that the change is not silent.
import type { Khoi } from '../model/van-ban.ts';
import { blockMarkers } from '../numbering.ts';

/** Notes past this many are summed up in one line. */
const MAX_NOTES = 5;

/** What identifies a marker: "7." and "7)" are the same number; "Điều 5:" and "Điều 5." too. */
const ident = (marker: string) => marker.replace(/[^\p{L}\p{N}]/gu, '').toLocaleLowerCase('vi-VN');

const short = (text: string) => (text.length > 50 ? `${text.slice(0, 50)}…` : text);

/**
 * `typed[i]` is the marker the line of block i was typed with ('' for none). Returns a note for each
 * numbered block whose printed number differs from the typed one.
 */
export function renumberNotes(blocks: readonly Khoi[], typed: readonly string[]): string[] {
  const computed = blockMarkers(blocks);
  const changed = blocks
    .map((b, i) => ({ b, typed: typed[i] ?? '', printed: computed[i]! }))
    .filter(({ typed: t, printed }) => t !== '' && printed !== '' && /\p{N}|^[IVXLC]+$|^\p{Ll}$/u.test(ident(t)) && ident(t) !== ident(printed));
  const notes = changed
    .slice(0, MAX_NOTES)
    .map(({ b, typed: t, printed }) => `Số thứ tự «${t}» của «${short(b.capDo === 'bang' ? '' : b.text)}» được in là «${printed}»: ứng dụng đánh số theo thứ tự các cấp, kiểm tra lại nếu bản gốc bỏ sót hay lặp số`);
  if (changed.length > MAX_NOTES) notes.push(`Còn ${changed.length - MAX_NOTES} số thứ tự khác được đánh lại theo thứ tự các cấp`);
  return notes;
}

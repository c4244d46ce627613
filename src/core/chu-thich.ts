// Footnotes (chú thích) stand at a place in their text. When the text is edited, each keeps its
// place relative to the words around it: one edit replaces one stretch of text (what lies between
// the unchanged start and the unchanged end), so a footnote before that stretch stays, one after it
// moves by the change in length, and one inside it goes to the end of the new stretch.
import type { ChuThich } from './model/van-ban.ts';

/** The footnotes of `before` placed in `after`; the same array when nothing moves. */
export function shiftChuThich(before: string, after: string, notes: readonly ChuThich[] | undefined): ChuThich[] | undefined {
  if (!notes || notes.length === 0 || before === after) return notes as ChuThich[] | undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  const oldEnd = before.length - end;
  const newEnd = after.length - end;
  let moved = false;
  const out = notes.map((n) => {
    const viTri = n.viTri <= start ? n.viTri : n.viTri >= oldEnd ? n.viTri + (newEnd - oldEnd) : newEnd;
    if (viTri !== n.viTri) moved = true;
    return viTri === n.viTri ? n : { ...n, viTri };
  });
  return moved ? out : (notes as ChuThich[]);
}

/** The text cut at `at`: the footnotes of each part, placed in it (Enter in the editor splits a block). */
export function splitChuThich(notes: readonly ChuThich[] | undefined, at: number): [ChuThich[] | undefined, ChuThich[] | undefined] {
  if (!notes || notes.length === 0) return [undefined, undefined];
  const head = notes.filter((n) => n.viTri <= at);
  const tail = notes.filter((n) => n.viTri > at).map((n) => ({ ...n, viTri: n.viTri - at }));
  return [head.length ? head : undefined, tail.length ? tail : undefined];
}

/** Two texts joined (Backspace at a block's start): the second's footnotes move by the first's length. */
export function joinChuThich(first: readonly ChuThich[] | undefined, firstLength: number, second: readonly ChuThich[] | undefined): ChuThich[] | undefined {
  const all = [...(first ?? []), ...(second ?? []).map((n) => ({ ...n, viTri: n.viTri + firstLength }))];
  return all.length ? all : undefined;
}

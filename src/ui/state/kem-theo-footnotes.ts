// The text box of an attached body (KemTheoText) shows no footnotes, and the blocks read back from
// it have none. Each old block's footnotes (chú thích) go to the block that now holds its text, so
// typing in the box never drops them: lines the edit did not touch keep theirs as they were; in the
// lines it changed, the k-th old line's go to the k-th new one (the last, where there are fewer), at
// the place their text moved to. Only a line deleted whole takes its footnotes with it.
import { LIMITS, type ChuThich, type Khoi, type KhoiVanBan } from '../../core/model/van-ban.ts';

const textOf = (k: Khoi | undefined) => (k && k.capDo !== 'bang' ? k.text : null);

/** Where a place in `before` is in `after`, one run of characters having changed between them. */
export function movedPlace(before: string, after: string, viTri: number): number {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  if (viTri <= head) return Math.min(viTri, after.length);
  if (viTri >= before.length - tail) return Math.max(0, Math.min(after.length, viTri + after.length - before.length));
  return Math.min(after.length - tail, Math.max(head, viTri));
}

export function carryFootnotes(before: readonly KhoiVanBan[], next: readonly Khoi[]): Khoi[] {
  if (!before.some((b) => b.chuThich?.length)) return [...next];
  const notes: ChuThich[][] = next.map(() => []);
  const give = (from: KhoiVanBan, to: number) => {
    const target = textOf(next[to]);
    if (target === null) return;
    for (const c of from.chuThich ?? []) notes[to]!.push({ ...c, viTri: target === from.text ? c.viTri : movedPlace(from.text, target, c.viTri) });
  };
  let head = 0;
  while (head < before.length && head < next.length && textOf(next[head]) === before[head]!.text) head++;
  let tail = 0;
  while (tail < before.length - head && tail < next.length - head && textOf(next[next.length - 1 - tail]) === before[before.length - 1 - tail]!.text) tail++;
  for (let i = 0; i < head; i++) give(before[i]!, i);
  for (let i = 1; i <= tail; i++) give(before[before.length - i]!, next.length - i);
  const changedNew = next.length - tail - head;
  for (let k = 0; head + k < before.length - tail; k++) {
    if (changedNew === 0) break;
    give(before[head + k]!, head + Math.min(k, changedNew - 1));
  }
  return next.map((k, i) => {
    const list = notes[i]!;
    if (k.capDo === 'bang' || list.length === 0) return k;
    return { ...k, chuThich: list.sort((a, b) => a.viTri - b.viTri).slice(0, LIMITS.footnotes) };
  });
}

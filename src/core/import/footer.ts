// The end of a pasted document: where the body stops, and the Nơi nhận list and signature block
// after it, in either order (a flattened signature table puts Nơi nhận first).
import type { ChuKy } from '../model/van-ban.ts';
import { readChuKy, startsChuKy } from './chu-ky.ts';
import { endsLikeSentence, hasEndMark, isUpperLine, noiNhanRest, quyenHanLine } from './line-kinds.ts';
import { splitMarker } from './marker.ts';
import { readNoiNhan } from './noi-nhan.ts';

function lastIndex(lines: readonly string[], from: number, to: number, test: (l: string) => boolean): number {
  for (let i = to - 1; i >= from; i -= 1) if (test(lines[i]!)) return i;
  return -1;
}

function firstIndex(lines: readonly string[], from: number, to: number, test: (l: string) => boolean): number {
  for (let i = from; i < to; i += 1) if (test(lines[i]!)) return i;
  return -1;
}

const isTitle = (l: string) => isUpperLine(l) && splitMarker(l).capDo === 'doan';
const isName = (l: string) => l.length <= 60 && !isUpperLine(l) && !endsLikeSentence(l) && splitMarker(l).capDo === 'doan';

/**
 * Index where the footer starts, or `to` when there is none. The "./." mark ends the body when it
 * is there; otherwise the "Nơi nhận:" label or an authority prefix does, or an unprefixed title and
 * name right above "Nơi nhận:" ("CHỦ TỊCH" / "Nguyễn Văn A").
 */
export function findFooterStart(lines: readonly string[], from: number, to: number): number {
  const noiNhan = lastIndex(lines, from, to, (l) => noiNhanRest(l) !== null);
  const closing = lastIndex(lines, from, noiNhan === -1 ? to : noiNhan, hasEndMark);
  if (closing !== -1) return closing + 1;
  const prefix = firstIndex(lines, from, to, (l) => quyenHanLine(l) !== null);
  if (prefix !== -1 && (noiNhan === -1 || prefix < noiNhan)) return prefix;
  if (noiNhan === -1) return to;
  let k = noiNhan;
  if (k - 1 >= from && isName(lines[k - 1]!)) k -= 1;
  let top = k;
  while (top - 1 > from && isTitle(lines[top - 1]!)) top -= 1;
  return top < k ? top : noiNhan;
}

export interface PhanCuoi {
  noiNhan: string[];
  chuKy: ChuKy | null;
  /** Lines that are neither: they go back into the body so that nothing is lost. */
  leftovers: string[];
  placeholders: string[];
  notes: string[];
}

export function readPhanCuoi(lines: readonly string[], from: number, to: number): PhanCuoi {
  const out: PhanCuoi = { noiNhan: [], chuKy: null, leftovers: [], placeholders: [], notes: [] };
  const view = lines.slice(0, to);
  let seenNoiNhan = false;
  let i = from;
  while (i < to) {
    const nn = seenNoiNhan ? null : readNoiNhan(view, i);
    if (nn) {
      seenNoiNhan = true;
      out.noiNhan = nn.noiNhan;
      i = nn.next;
      continue;
    }
    if (out.chuKy === null && startsChuKy(lines[i]!)) {
      const ck = readChuKy(view, i);
      out.chuKy = ck.chuKy;
      out.placeholders.push(...ck.placeholders);
      out.notes.push(...ck.notes);
      i = ck.next;
      continue;
    }
    out.leftovers.push(lines[i]!);
    i += 1;
  }
  return out;
}

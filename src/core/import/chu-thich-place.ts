// Footnotes (chú thích) a reader found, placed in the draft the classifier built. The reader knows the
// reference's place in its own line or cell; the classifier then takes markers off, joins and trims
// lines, and moves them between parts, so the place is found again by the words around the mark:
// the words just before it (and just after, when they tell two places apart), searched in the body's
// paragraphs and cells in document order from where the previous footnote landed. A footnote whose
// words land outside the body (trích yếu, Kính gửi, Nơi nhận: fields that hold no footnotes) stays
// in the import notes with its text, so nothing is dropped.
import { LIMITS, isBang, type ChuThich, type Khoi, type VanBan } from '../model/van-ban.ts';
import { cleanLine } from '../text/normalize.ts';

/** A footnote as a reader hands it over: the text around its mark, and its own text. */
export interface ChuThichNhap {
  /** The line's (or cell's) text before the mark. */
  before: string;
  /** The line's (or cell's) text after the mark. */
  after: string;
  /** The mark stood in a data table's cell. */
  inCell: boolean;
  noiDung: string;
}

/** A place footnotes can stand: a paragraph's or a cell's text, with its list of footnotes. */
interface Slot {
  text: string;
  inCell: boolean;
  notes: ChuThich[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Index in `text` just after the `k`-th non-collapsed character of squash(text) — to map a match back. */
function originalIndex(text: string, squashedIndex: number): number {
  let i = 0;
  let k = 0;
  while (i < text.length && k < squashedIndex) {
    if (/\s/.test(text[i]!)) {
      while (i + 1 < text.length && /\s/.test(text[i + 1]!)) i++;
    }
    i++;
    k++;
  }
  return i;
}

/** The ways to find a mark, strongest first: the words before it (40, 20, 10 characters) with, then without, the words after it. */
const PROBES = [40, 20, 10].flatMap((before) => [{ before, after: 12 }, { before, after: 0 }]);

/** Where the mark goes in `text` by one probe, or -1. */
function findPlace(text: string, n: ChuThichNhap, probe: (typeof PROBES)[number]): number {
  const t = squash(text);
  const before = squash(n.before).trimStart();
  const after = squash(n.after).trimEnd();
  if (before.trim() === '') {
    // A mark at the start of its line: found by the words after it alone.
    if (probe.after === 0 || after.trim() === '') return -1;
    const at = t.indexOf(after.trim().slice(0, probe.before));
    return at >= 0 ? originalIndex(text, at) : -1;
  }
  const tail = before.slice(-probe.before);
  // A short line is its own whole tail; a long one is not probed by a shorter tail than asked.
  if (tail.length < probe.before && tail.length < before.length) return -1;
  const at = t.indexOf(tail + after.slice(0, probe.after));
  return at >= 0 ? originalIndex(text, at + tail.length) : -1;
}

function slotsOf(blocks: Khoi[], out: Slot[]): void {
  for (const b of blocks) {
    if (isBang(b)) for (const h of b.bang.hang) for (const o of h.o) out.push({ text: o.text, inCell: true, notes: (o.chuThich ??= []) });
    else out.push({ text: b.text, inCell: false, notes: (b.chuThich ??= []) });
  }
}

/** Drops the empty lists slotsOf() opened. */
function tidy(blocks: Khoi[]): void {
  for (const b of blocks) {
    if (isBang(b)) {
      for (const h of b.bang.hang) for (const o of h.o) if (!o.chuThich?.length) delete o.chuThich;
    } else if (!b.chuThich?.length) delete b.chuThich;
  }
}

function findSlot(probes: typeof PROBES, orders: { sameKind: boolean; order: Slot[] }[], n: ChuThichNhap): { slot: Slot; viTri: number } | null {
  for (const probe of probes) {
    for (const { sameKind, order } of orders) {
      for (const slot of order) {
        if ((sameKind && slot.inCell !== n.inCell) || slot.notes.length >= LIMITS.footnotes) continue;
        const viTri = findPlace(slot.text, n, probe);
        if (viTri >= 0) return { slot, viTri };
      }
    }
  }
  return null;
}

/**
 * The draft with the footnotes placed (a copy; `v` is not changed), and those that found no place
 * in the body, in order.
 */
export function placeChuThich(v: VanBan, notes: readonly ChuThichNhap[]): { vanBan: VanBan; unplaced: ChuThichNhap[] } {
  if (notes.length === 0) return { vanBan: v, unplaced: [] };
  const out: VanBan = structuredClone(v);
  const lists = [out.noiDung, ...out.kemTheo.map((k) => k.noiDung)];
  const slots: Slot[] = [];
  for (const l of lists) slotsOf(l, slots);
  const unplaced: ChuThichNhap[] = [];
  let cursor = 0;
  for (const n of notes) {
    const noiDung = cleanLine(n.noiDung);
    if (noiDung === '' || noiDung.length > LIMITS.line) {
      unplaced.push(n);
      continue;
    }
    // The strongest probe that finds the words anywhere wins; for each, from the previous footnote's
    // place onwards, then (a footnote the classifier moved back) from the start; a cell's mark in a
    // cell first, then anywhere (a one-column table may have become lines).
    const orders = [true, false].flatMap((sameKind) => [slots.slice(cursor), slots.slice(0, cursor)].map((order) => ({ sameKind, order })));
    const found = findSlot(PROBES, orders, n);
    if (!found) {
      unplaced.push(n);
      continue;
    }
    found.slot.notes.push({ viTri: found.viTri, noiDung });
    found.slot.notes.sort((a, b) => a.viTri - b.viTri);
    cursor = slots.indexOf(found.slot);
  }
  for (const l of lists) tidy(l);
  return { vanBan: out, unplaced };
}

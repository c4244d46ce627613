// The last pass over what the walk produced: each line NFC and trimmed, empty lines dropped, and the
// footnote tokens turned into places (item index, character offset, and the cell for a data table)
// that stay right after the lines around them were dropped or trimmed.
import type { BangNhap, MucNhap } from '../nguon.ts';
import { REF_TOKEN } from './tables.ts';

/** Where a footnote's reference sits in `items`. */
export interface RefPlace {
  item: number;
  /** Character offset in the line, or in the cell's text. */
  offset: number;
  /** For a reference inside a data table: the row and the cell's index in that row's `hang` list. */
  cell?: { row: number; index: number };
}

/** Invisible characters Word leaves at either end of a line (zero-width spaces, a byte-order mark). */
const ENDS = /^[\s\u200B-\u200D\uFEFF]+|[\s\u200B-\u200D\uFEFF]+$/g;

/** A line without its tokens, trimmed, with the offsets of the references it held. */
export function cleanText(raw: string): { text: string; refs: { ref: number; offset: number }[] } {
  const s = raw.normalize('NFC');
  let text = '';
  const refs: { ref: number; offset: number }[] = [];
  let last = 0;
  for (const m of s.matchAll(REF_TOKEN)) {
    text += s.slice(last, m.index);
    refs.push({ ref: Number(m[0].slice(1, -1)), offset: text.length });
    last = m.index + m[0].length;
  }
  text += s.slice(last);
  const lead = text.length - text.replace(/^[\s\u200B-\u200D\uFEFF]+/, '').length;
  const trimmed = text.replace(ENDS, '');
  for (const r of refs) r.offset = Math.min(Math.max(r.offset - lead, 0), trimmed.length);
  return { text: trimmed, refs };
}

export interface Resolved {
  items: MucNhap[];
  /** Place of each reference, by its index in the walk's list; undefined if it was not kept. */
  places: (RefPlace | undefined)[];
  /** New index of each old item index (the next kept item for a dropped one). */
  remap(oldIndex: number): number;
}

export function resolve(raw: readonly MucNhap[], refCount: number): Resolved {
  const items: MucNhap[] = [];
  const places: (RefPlace | undefined)[] = new Array(refCount);
  const newIndex: number[] = [];
  let lastLine = -1;
  /** References of a dropped (empty) line before any kept line: they go to the start of the next one. */
  let orphans: number[] = [];
  for (const m of raw) {
    newIndex.push(items.length);
    if (typeof m === 'string') {
      const { text, refs } = cleanText(m);
      if (text === '') {
        // A line that held only a reference: the reference belongs to the text before it.
        if (lastLine >= 0) for (const r of refs) places[r.ref] = { item: lastLine, offset: (items[lastLine] as string).length };
        else orphans.push(...refs.map((r) => r.ref));
        continue;
      }
      for (const r of orphans) places[r] = { item: items.length, offset: 0 };
      orphans = [];
      for (const r of refs) places[r.ref] = { item: items.length, offset: r.offset };
      lastLine = items.length;
      items.push(text);
      continue;
    }
    const bang: BangNhap = { ...m, hang: [] };
    m.hang.forEach((row, ri) => {
      bang.hang.push(
        row.map((o, oi) => {
          const { text, refs } = cleanText(o.text);
          for (const r of refs) places[r.ref] = { item: items.length, offset: r.offset, cell: { row: ri, index: oi } };
          return { ...o, text };
        }),
      );
    });
    items.push(bang);
  }
  return { items, places, remap: (i) => (i < newIndex.length ? newIndex[i]! : items.length) };
}

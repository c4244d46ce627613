// An attached document's body (văn bản kèm theo, phụ lục) shown in pieces: each run of text blocks
// is one text box (kem-theo.ts: one block a line, markers typed), each table block is a grid
// (TableBlock). A table never passes through text, so an edit of the words around it cannot lose
// its merged cells, line breaks in cells or header rows.
import type { Khoi, KhoiBang, KhoiVanBan } from '../../core/model/van-ban.ts';

/** A run of text blocks (a text box), or one table. `start`: its first block's index in the body. */
export type Segment = { kind: 'text'; start: number; blocks: KhoiVanBan[] } | { kind: 'bang'; start: number; block: KhoiBang };

/**
 * The body's pieces in order. There is a text box before, between and after the tables, empty when
 * no text stands there, so that text can be typed anywhere around a table. A body without a table
 * is one text box, as before.
 */
export function bodySegments(blocks: readonly Khoi[]): Segment[] {
  const out: Segment[] = [];
  let run: KhoiVanBan[] = [];
  let start = 0;
  blocks.forEach((b, i) => {
    if (b.capDo !== 'bang') {
      run.push(b);
      return;
    }
    out.push({ kind: 'text', start, blocks: run }, { kind: 'bang', start: i, block: b });
    run = [];
    start = i + 1;
  });
  out.push({ kind: 'text', start, blocks: run });
  return out;
}

/** The body again from its pieces. */
export function joinSegments(segments: readonly Segment[]): Khoi[] {
  return segments.flatMap((s): Khoi[] => (s.kind === 'text' ? s.blocks : [s.block]));
}

const length = (s: Segment) => (s.kind === 'text' ? s.blocks.length : 1);

/** The body with one piece replaced by `next` (a text box's blocks as read back, a table's new content, or nothing); the others stay the same objects. */
export function replaceSegment(blocks: readonly Khoi[], segment: Segment, next: readonly Khoi[]): Khoi[] {
  return [...blocks.slice(0, segment.start), ...next, ...blocks.slice(segment.start + length(segment))];
}

/** "Chèn bảng" under a text box: the table goes after that box's last block. */
export function insertTableAfter(blocks: readonly Khoi[], segment: Segment, bang: KhoiBang['bang']): Khoi[] {
  const at = segment.start + length(segment);
  return [...blocks.slice(0, at), { capDo: 'bang', bang }, ...blocks.slice(at)];
}

/**
 * Keys for drawing a body's pieces, and naming their controls. A table keeps its key through its
 * edits and as tables come and go around it, so its grid keeps the cell being edited and its boxes
 * their ids (a box whose text is held past a limit is known by its id); the attached body's tables
 * have no ids of their own, and undo brings back an object that has a key already. A text box is
 * known by the table before it ("text" for the first).
 */
export class SegmentKeys {
  #tables = new WeakMap<KhoiBang, string>();
  #last = 0;

  of(segments: readonly Segment[]): string[] {
    const seen = new Set<string>();
    const keys: string[] = [];
    for (const [k, s] of segments.entries()) keys.push(this.#key(s, k, keys, seen));
    return keys;
  }

  #key(s: Segment, k: number, keys: readonly string[], seen: Set<string>): string {
    if (s.kind === 'text') return k === 0 ? 'text' : `text-${keys[k - 1]}`;
    let key = this.#tables.get(s.block);
    // The same object twice in a body still gets two keys.
    if (key === undefined || seen.has(key)) {
      key = `bang-${++this.#last}`;
      if (!this.#tables.has(s.block)) this.#tables.set(s.block, key);
    }
    seen.add(key);
    return key;
  }

  /** `next` is `before` edited: it keeps the key. */
  follow(before: KhoiBang, next: KhoiBang): void {
    const key = this.#tables.get(before);
    if (key !== undefined) this.#tables.set(next, key);
  }
}

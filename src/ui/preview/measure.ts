// Reads the laid-out flow back from the DOM: each item's box and where its lines start. An item's
// height and line starts depend on nothing but the item (the flow has a fixed width and no margins
// between items), so they are read once per item object and kept; the tops are the running sum of
// the heights. After an edit only the changed items are read.
import type { MeasuredItem } from './paginate.ts';

/** An item's geometry relative to its own top. */
export interface ItemGeometry {
  height: number;
  lineStarts: number[];
  /** A data table's header rows, repeated at the top of each page it runs onto. */
  repeatHeight: number;
  keepNext: boolean;
  breakBefore: boolean;
  restartNumbering: boolean;
  landscape: boolean;
  /** Footnote marks: number and top relative to the item's top. */
  notes: { number: number; y: number }[];
}

/**
 * Where an element's 2nd, 3rd … lines start: between two glyph rows, halfway through the leading.
 * Only the text's own boxes count: a range over an element also returns the boxes of the elements
 * inside it (a paragraph's whole block), which would swallow every line and keep the paragraph whole.
 */
function lineStarts(el: Element, originTop: number): number[] {
  const rects: DOMRect[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
  }
  rects.sort((a, b) => a.top - b.top);
  const starts: number[] = [];
  let lineBottom = -Infinity;
  for (const r of rects) {
    if (lineBottom === -Infinity) {
      lineBottom = r.bottom;
    } else if (r.top > lineBottom - 2) {
      starts.push((lineBottom + r.top) / 2 - originTop);
      lineBottom = r.bottom;
    } else {
      lineBottom = Math.max(lineBottom, r.bottom);
    }
  }
  return starts;
}

/** A data table may break above each row that allows it; its header rows then repeat on the new page. */
function gridBreaks(el: Element, originTop: number): { lineStarts: number[]; repeatHeight: number } {
  const lineStarts = Array.from(el.querySelectorAll('tr[data-break]')).map((tr) => tr.getBoundingClientRect().top - originTop);
  const head = el.querySelector('thead');
  const repeatHeight = head ? head.getBoundingClientRect().bottom - el.getBoundingClientRect().top : 0;
  return { lineStarts, repeatHeight };
}

function geometry(el: Element): ItemGeometry {
  const box = el.getBoundingClientRect();
  const atomic = el.getAttribute('data-atomic') === 'true';
  const grid = el.getAttribute('data-kind') === 'grid' ? gridBreaks(el, box.top) : null;
  return {
    height: box.height,
    lineStarts: grid ? grid.lineStarts : atomic ? [] : lineStarts(el, box.top),
    repeatHeight: grid?.repeatHeight ?? 0,
    keepNext: el.getAttribute('data-keep-next') === 'true',
    breakBefore: el.getAttribute('data-break-before') === 'true',
    restartNumbering: el.getAttribute('data-restart') === 'true',
    landscape: el.getAttribute('data-landscape') === 'true',
    notes: Array.from(el.querySelectorAll('[data-note]')).map((s) => ({ number: Number(s.getAttribute('data-note')), y: s.getBoundingClientRect().top - box.top })),
  };
}

/** The height of each note at the foot of the page, by number, from the hidden notes flow. */
export function measureNotes(notesFlow: HTMLElement): Map<number, number> {
  const out = new Map<number, number>();
  for (const el of notesFlow.children) out.set(Number(el.getAttribute('data-note-text')), el.getBoundingClientRect().height);
  return out;
}

/**
 * The flow's items measured: `keys[i]` is the item drawn by the flow's i-th child; `cache` keeps the
 * geometry of items already read (pass a new one when the fonts or the layout figures change).
 */
export function measureFlow<K extends object>(flow: HTMLElement, keys: readonly K[], cache: WeakMap<K, ItemGeometry>, noteHeights: ReadonlyMap<number, number> = new Map()): MeasuredItem[] {
  const children = flow.children;
  let top = 0;
  const out: MeasuredItem[] = [];
  for (let i = 0; i < children.length; i++) {
    const key = keys[i];
    let g = key ? cache.get(key) : undefined;
    if (!g) {
      g = geometry(children[i]!);
      if (key) cache.set(key, g);
    }
    out.push({
      top,
      bottom: top + g.height,
      lineStarts: g.lineStarts.map((y) => top + y),
      repeatHeight: g.repeatHeight,
      keepNext: g.keepNext,
      breakBefore: g.breakBefore,
      restartNumbering: g.restartNumbering,
      landscape: g.landscape,
      ...(g.notes.length ? { notes: g.notes.map((n) => ({ number: n.number, y: top + n.y, height: noteHeights.get(n.number) ?? 0 })) } : {}),
    });
    top += g.height;
  }
  return out;
}

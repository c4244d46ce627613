// Reads the laid-out flow back from the DOM: each item's box and where its lines start. An item's
// height and line starts depend on nothing but the item (the flow has a fixed width and no margins
// between items), so they are read once per item object and kept; the tops are the running sum of
// the heights. After an edit only the changed items are read.
import type { MeasuredItem } from './paginate.ts';

/** An item's geometry relative to its own top. */
export interface ItemGeometry {
  height: number;
  lineStarts: number[];
  keepNext: boolean;
  breakBefore: boolean;
  restartNumbering: boolean;
}

/** Where an element's 2nd, 3rd … lines start: between two glyph rows, halfway through the leading. */
function lineStarts(el: Element, originTop: number): number[] {
  const range = document.createRange();
  range.selectNodeContents(el);
  const rects = Array.from(range.getClientRects())
    .filter((r) => r.width > 0 && r.height > 0)
    .sort((a, b) => a.top - b.top);
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

function geometry(el: Element): ItemGeometry {
  const box = el.getBoundingClientRect();
  const atomic = el.getAttribute('data-atomic') === 'true';
  return {
    height: box.height,
    lineStarts: atomic ? [] : lineStarts(el, box.top),
    keepNext: el.getAttribute('data-keep-next') === 'true',
    breakBefore: el.getAttribute('data-break-before') === 'true',
    restartNumbering: el.getAttribute('data-restart') === 'true',
  };
}

/**
 * The flow's items measured: `keys[i]` is the item drawn by the flow's i-th child; `cache` keeps the
 * geometry of items already read (pass a new one when the fonts or the layout figures change).
 */
export function measureFlow<K extends object>(flow: HTMLElement, keys: readonly K[], cache: WeakMap<K, ItemGeometry>): MeasuredItem[] {
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
      keepNext: g.keepNext,
      breakBefore: g.breakBefore,
      restartNumbering: g.restartNumbering,
    });
    top += g.height;
  }
  return out;
}

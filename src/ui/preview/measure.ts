// Reads the laid-out flow back from the DOM: each item's box and where its lines start.
import type { MeasuredItem } from './paginate.ts';

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

export function measureFlow(flow: HTMLElement): MeasuredItem[] {
  const origin = flow.getBoundingClientRect().top;
  return Array.from(flow.children).map((el) => {
    const box = el.getBoundingClientRect();
    const atomic = el.getAttribute('data-atomic') === 'true';
    return {
      top: box.top - origin,
      bottom: box.bottom - origin,
      lineStarts: atomic ? [] : lineStarts(el, origin),
      keepNext: el.getAttribute('data-keep-next') === 'true',
      breakBefore: el.getAttribute('data-break-before') === 'true',
      restartNumbering: el.getAttribute('data-restart') === 'true',
    };
  });
}

// Reads the laid-out flow back from the DOM: each item's box and where its lines start.
import type { MeasuredItem } from './paginate.ts';

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

export function measureFlow(flow: HTMLElement): MeasuredItem[] {
  const origin = flow.getBoundingClientRect().top;
  return Array.from(flow.children).map((el) => {
    const box = el.getBoundingClientRect();
    const atomic = el.getAttribute('data-atomic') === 'true';
    const grid = el.getAttribute('data-kind') === 'grid' ? gridBreaks(el, origin) : null;
    return {
      top: box.top - origin,
      bottom: box.bottom - origin,
      lineStarts: grid ? grid.lineStarts : atomic ? [] : lineStarts(el, origin),
      repeatHeight: grid?.repeatHeight ?? 0,
      keepNext: el.getAttribute('data-keep-next') === 'true',
      breakBefore: el.getAttribute('data-break-before') === 'true',
      restartNumbering: el.getAttribute('data-restart') === 'true',
      landscape: el.getAttribute('data-landscape') === 'true',
    };
  });
}

// Where the A4 preview breaks pages, from the measured geometry of the flow. Pure, so it is tested
// in Node. Rules it follows, as Word does: break between lines or between items; never between an
// item marked keep-with-next and the next one (type name → summary, last body paragraph → signature);
// never inside an atomic item (a table row that cannot split). Widow/orphan control is not modelled.

export interface MeasuredItem {
  /** Top and bottom of the item in the flow, in px. */
  top: number;
  bottom: number;
  /** Tops of the item's 2nd, 3rd … lines, where a page may break inside it; empty when atomic. */
  lineStarts: number[];
  keepNext: boolean;
  /** An attached document starts here: the page ends before it, however much room is left. */
  breakBefore?: boolean;
  /** …and its section numbers its pages from 1 again (an appendix). */
  restartNumbering?: boolean;
  /** …and its pages are landscape (a wide table), so they hold less height. */
  landscape?: boolean;
  /** A data table: the height of its header rows, drawn again at the top of each page it runs onto. */
  repeatHeight?: number;
  /**
   * Footnote marks in the item: each one's number, where it stands in the flow (px) and how tall its
   * note is at the foot of the page. The page that holds the mark holds the note, as Word lays it out.
   */
  notes?: { number: number; y: number; height: number }[];
}

/** Height text may fill on a portrait and on a landscape page, in px. */
export interface PageHeights {
  portrait: number;
  landscape: number;
  /** The footnote separator's height, taken once on a page that has notes. */
  noteSeparator?: number;
}

const EPSILON = 0.5;

/** The data table a page starting at `from` continues, whose header rows it repeats; -1 when none. */
export function continuedTable(items: readonly MeasuredItem[], from: number): number {
  return items.findIndex((item) => (item.repeatHeight ?? 0) > 0 && item.top + EPSILON < from && from < item.bottom - EPSILON);
}

/** Offsets (px) at which each page starts; the first is 0. */
export function paginate(items: readonly MeasuredItem[], heights: number | PageHeights): number[] {
  const { portrait, landscape, noteSeparator = 0 } = typeof heights === 'number' ? { portrait: heights, landscape: heights } : heights;
  if (items.length === 0 || portrait <= 0 || landscape <= 0) return [0];
  const notes = items.flatMap((item) => item.notes ?? []);
  /** Room the notes of the marks between `from` and `to` take at the page's foot. */
  const notesHeight = (from: number, to: number) => {
    let h = 0;
    for (const n of notes) if (n.y >= from - EPSILON && n.y < to) h += n.height;
    return h > 0 ? h + noteSeparator : 0;
  };
  const candidates: number[] = [];
  items.forEach((item, i) => {
    if (i > 0 && !items[i - 1]!.keepNext) candidates.push(item.top);
    candidates.push(...item.lineStarts);
  });
  candidates.sort((a, b) => a - b);
  // Forced breaks cut the flow into runs; each run is paginated as if it were a document of its own,
  // on pages of its own orientation.
  const forcedItems = items.filter((item, i) => i > 0 && item.breakBefore);
  const forced = forcedItems.map((item) => item.top);
  const ends = [...forced, items[items.length - 1]!.bottom];
  const starts = [0];
  let start = 0;
  let c = 0;
  ends.forEach((end, k) => {
    const pageHeight = k > 0 && forcedItems[k - 1]!.landscape ? landscape : portrait;
    // A page that continues a table first repeats its header rows: that much less room.
    const room = () => {
      const t = continuedTable(items, start);
      return t < 0 ? pageHeight : Math.max(pageHeight / 2, pageHeight - items[t]!.repeatHeight!);
    };
    // A page ending at `to` fits when its text and the notes of its marks fit together.
    const fits = (to: number) => to - start + notesHeight(start, to) <= room() + EPSILON;
    while (!fits(end)) {
      let best = -1;
      while (c < candidates.length && fits(candidates[c]!)) {
        if (candidates[c]! > start + EPSILON) best = candidates[c]!;
        c++;
      }
      // Nothing fits (an item or a keep-together chain taller than a page): cut where the page ends.
      const next = best > 0 ? best : start + room();
      starts.push(next);
      start = next;
      while (c > 0 && candidates[c - 1]! > start) c--;
    }
    if (k < forced.length && end > start + EPSILON) {
      starts.push(end);
      start = end;
      while (c < candidates.length && candidates[c]! <= start) c++;
    }
  });
  return starts;
}

/** Whether each page is landscape: the section it lies in, from the last forced break at or above its start. */
export function landscapePages(items: readonly MeasuredItem[], starts: readonly number[]): boolean[] {
  const breaks = items.filter((item, i) => i > 0 && item.breakBefore);
  return starts.map((from) => {
    let landscape = false;
    for (const b of breaks) if (b.top <= from + EPSILON) landscape = !!b.landscape;
    return landscape;
  });
}

/** The footnote numbers whose marks stand between two page starts: the notes at that page's foot. */
export function notesOnPage(items: readonly MeasuredItem[], from: number, to: number): number[] {
  const out: number[] = [];
  for (const item of items) for (const n of item.notes ?? []) if (n.y >= from - EPSILON && n.y < to - EPSILON) out.push(n.number);
  return out;
}

/** Indices of the items that show (wholly or in part) between two page starts. */
export function itemsOnPage(items: readonly MeasuredItem[], from: number, to: number): number[] {
  const out: number[] = [];
  items.forEach((item, i) => {
    if (item.bottom > from + EPSILON && item.top < to - EPSILON) out.push(i);
  });
  return out;
}

/**
 * The number printed on each page, or null where none shows: the first page of the document and
 * of each appendix carries none, and an appendix counts from 1 again (Phụ lục I, Mục III).
 */
export function pageNumbers(items: readonly MeasuredItem[], starts: readonly number[]): (number | null)[] {
  const restarts = items.filter((item) => item.breakBefore && item.restartNumbering).map((item) => item.top);
  let n = 0;
  return starts.map((from) => {
    n = restarts.some((top) => Math.abs(top - from) <= EPSILON) ? 1 : n + 1;
    return n === 1 ? null : n;
  });
}

// Where a header line, the summary or a signature line breaks. Computed here, once, so that the
// .docx (explicit breaks) and the preview break in the same places, whatever the renderer.
import { textWidthTwips, type FontStyle } from './text-metrics.ts';

/**
 * Splits `text` into the fewest lines that fit `maxWidth` (twips), choosing among those the breaks
 * that make the longest line shortest — the balanced breaks a careful typist makes by hand
 * ("… năm 2023 / và Phương hướng …"). A single word wider than the line stays whole.
 */
/** Words that a line may start with at no cost: a break before them reads naturally. */
const GOOD_LINE_STARTS = new Set(['và', 'của', 'về', 'trên', 'tại', 'theo', 'cho', 'nhằm', 'đối', 'với', 'trong', 'giai', 'đến', 'để']);
/** A break elsewhere costs this share of the line: enough to prefer "… năm 2023 / và …". */
const AWKWARD_BREAK = 0.12;

/**
 * Words glued into units that never break apart: a word and the number after it ("năm 2023",
 * "số 05", "Quận 1"), and anything joined by a no-break space.
 */
function units(text: string): string[] {
  const words = text.split(' ').filter((w) => w.length > 0);
  const out: string[] = [];
  for (const w of words) {
    if (out.length > 0 && /^\d/.test(w)) out[out.length - 1] += ' ' + w;
    else out.push(w);
  }
  return out;
}

/**
 * Splits `text` into the fewest lines that fit `maxWidth` (twips), choosing among those the breaks
 * that make the longest line shortest — the balanced breaks a careful typist makes by hand
 * ("… năm 2023 / và Phương hướng …") — and preferring breaks before a conjunction or after a comma.
 * A single unit wider than the line stays whole.
 */
export function balancedLines(text: string, maxWidth: number, sizePt: number, style: FontStyle = {}): string[] {
  const words = units(text);
  if (words.length <= 1 || textWidthTwips(text, sizePt, style) <= maxWidth) return [text];
  const width = (i: number, j: number) => textWidthTwips(words.slice(i, j).join(' '), sizePt, style);
  const penalty = (start: number) => {
    if (start === 0) return 0;
    const first = words[start]!.toLocaleLowerCase('vi-VN');
    const previous = words[start - 1]!;
    return GOOD_LINE_STARTS.has(first) || /[,;:]$/.test(previous) ? 0 : AWKWARD_BREAK * maxWidth;
  };
  const n = words.length;
  for (let lines = 2; lines <= n; lines++) {
    const best = bestSplit(n, lines, width, penalty, maxWidth);
    if (best) return best.cuts.map(([i, j]) => words.slice(i, j).join(' '));
  }
  return words;
}

interface Split {
  cost: number;
  cuts: [number, number][];
}

/** Minimises the widest line (plus break penalties) over the ways to cut n units into k lines that fit. */
function bestSplit(
  n: number,
  k: number,
  width: (i: number, j: number) => number,
  penalty: (start: number) => number,
  maxWidth: number,
): Split | null {
  const memo = new Map<string, Split | null>();
  const go = (start: number, left: number): Split | null => {
    const key = `${start}:${left}`;
    if (memo.has(key)) return memo.get(key)!;
    let result: Split | null = null;
    if (left === 1) {
      const w = width(start, n);
      result = w <= maxWidth || start === n - 1 ? { cost: w + penalty(start), cuts: [[start, n]] } : null;
    } else {
      for (let end = start + 1; end <= n - left + 1; end++) {
        const w = width(start, end);
        if (w > maxWidth && end - start > 1) break;
        const rest = go(end, left - 1);
        if (!rest) continue;
        const cost = Math.max(w + penalty(start), rest.cost);
        if (!result || cost < result.cost) result = { cost, cuts: [[start, end], ...rest.cuts] };
      }
    }
    memo.set(key, result);
    return result;
  };
  return go(0, k);
}

/** Widest of the given lines, in twips. */
export function widestLine(lines: readonly string[], sizePt: number, style: FontStyle = {}): number {
  return Math.max(0, ...lines.map((l) => textWidthTwips(l, sizePt, style)));
}

// Quoted text that runs over several paragraphs: a công văn quoting a decree's "a) … b) …” keeps
// the quoted items as they were typed, letters included — they are the law's, not the outline's.

/** A quotation left open longer than this is a typo, not a quotation. */
const MAX_QUOTED_LINES = 12;

/** How far a text opens (+) or closes (−) quotations: curly quotes count, straight ones by pairs. */
function balance(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (ch === '“') n += 1;
    else if (ch === '”') n -= 1;
  }
  return n;
}

/**
 * For each text, whether it lies inside a quotation that an earlier text opened and a later one (or
 * itself) closes within a few paragraphs. A quote that is never closed quotes nothing.
 */
export function insideQuotation(texts: readonly string[]): boolean[] {
  const inside = texts.map(() => false);
  for (let i = 0; i < texts.length; i++) {
    if (balance(texts[i]!) <= 0) continue;
    let depth = balance(texts[i]!);
    let j = i + 1;
    for (; j < texts.length && j <= i + MAX_QUOTED_LINES && depth > 0; j++) depth += balance(texts[j]!);
    if (depth > 0) continue;
    for (let k = i + 1; k < j; k++) inside[k] = true;
    i = j - 1;
  }
  return inside;
}

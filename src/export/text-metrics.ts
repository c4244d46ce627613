// Width of a line of text in Times New Roman, to size the header rules and decide where a name
// breaks. Vietnamese letters advance like their base letter; the marks above and below do not.
import { METRIC_CHARS, UNITS_PER_EM, boldItalicWidths, boldWidths, italicWidths, regularWidths } from './font-metrics.generated.ts';

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
}

const INDEX = new Map<string, number>([...METRIC_CHARS].map((c, i) => [c, i]));

function table(style: FontStyle): number[] {
  if (style.bold) return style.italic ? boldItalicWidths : boldWidths;
  return style.italic ? italicWidths : regularWidths;
}

function charIndex(c: string): number | undefined {
  const direct = INDEX.get(c);
  if (direct !== undefined) return direct;
  // "ộ" → "o" + marks: measure the base letter.
  const base = c.normalize('NFD')[0];
  return base === undefined ? undefined : INDEX.get(base);
}

/** Width in points of `text` set at `sizePt`. Unknown characters count as an "n" (a fair average). */
export function textWidthPt(text: string, sizePt: number, style: FontStyle = {}): number {
  const widths = table(style);
  const fallback = widths[INDEX.get('n')!]!;
  let units = 0;
  for (const c of text) {
    const i = charIndex(c);
    units += i === undefined ? fallback : widths[i]!;
  }
  return (units / UNITS_PER_EM) * sizePt;
}

export const PT_PER_MM = 72 / 25.4;
export const TWIPS_PER_PT = 20;

export function textWidthMm(text: string, sizePt: number, style: FontStyle = {}): number {
  return textWidthPt(text, sizePt, style) / PT_PER_MM;
}

export function textWidthTwips(text: string, sizePt: number, style: FontStyle = {}): number {
  return Math.round(textWidthPt(text, sizePt, style) * TWIPS_PER_PT);
}

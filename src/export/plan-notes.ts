// Footnotes in the plan: the model keeps each note's place as an offset in its text (chuThich.viTri);
// the plan lays the text out as lines (a marker in front, upper case, balanced breaks, a cell's own
// lines), so the place becomes a line and an offset in it. Numbers follow the one walk of the plan,
// as Word numbers footnotes: the main flow, then each attached document.
import type { ChuThich } from '../core/model/van-ban.ts';
import { walkPlan } from './plan-walk.ts';
import type { DocumentPlan, PlanNote } from './plan-types.ts';

/** A piece of a line as both renderers draw it: text (bold or not), or a footnote's reference mark. */
export type LinePiece = { text: string; bold: boolean } | { note: number };

/**
 * The notes of a text laid out as `lines`: `prefix` characters of the first line come before the
 * text (a marker "1. "), and consecutive lines were cut at one separator character (a space where
 * balancedLines broke, "\n" in a cell), which the lines do not hold. Numbers are set later.
 */
export function placeNotes(chuThich: readonly ChuThich[] | undefined, lines: readonly string[], prefix = 0): PlanNote[] | undefined {
  if (!chuThich || chuThich.length === 0 || lines.length === 0) return undefined;
  return chuThich.map((n) => {
    let at = n.viTri + prefix;
    let line = 0;
    while (line < lines.length - 1 && at > lines[line]!.length) {
      at -= lines[line]!.length + 1;
      line++;
    }
    const l = lines[line]!;
    at = Math.max(0, Math.min(at, l.length));
    // Never between the two halves of a character outside the BMP (an emoji, 𐀀): the run would break it.
    if (at > 0 && at < l.length && /[\uD800-\uDBFF]/.test(l[at - 1]!) && /[\uDC00-\uDFFF]/.test(l[at]!)) at++;
    return { line, at, number: 0, text: n.noiDung };
  });
}

/** Numbers every note in the order the .docx and the preview meet them; returns how many there are. */
export function numberNotes(plan: DocumentPlan): number {
  let n = 0;
  const number = (notes: PlanNote[] | undefined) => {
    for (const note of notes ?? []) note.number = ++n;
  };
  walkPlan(plan, {
    paragraph: (p) => number(p.notes),
    rule: () => {},
    layoutTable: () => {},
    grid: (g) => {
      for (const r of g.rows) for (const c of r.cells) number(c.notes);
    },
    pageBreak: () => {},
    sectionBreak: () => {},
  });
  return n;
}

/**
 * Each line cut where a footnote mark stands (and where the bold lead ends, on the first line): the
 * pieces the .docx writer turns into runs and the preview into spans — one cut for both.
 */
export function linePieces(lines: readonly string[], notes: readonly PlanNote[], boldLead = 0): LinePiece[][] {
  return lines.map((l, i) => {
    const here = notes.filter((n) => n.line === i);
    const lead = i === 0 ? Math.min(boldLead, l.length) : 0;
    const cuts = [...new Set([0, lead, ...here.map((n) => n.at), l.length])].sort((a, b) => a - b);
    const out: LinePiece[] = [];
    cuts.forEach((at, k) => {
      for (const n of here) if (n.at === at) out.push({ note: n.number });
      const end = cuts[k + 1];
      if (end !== undefined && end > at) out.push({ text: l.slice(at, end), bold: at < lead });
    });
    return out;
  });
}

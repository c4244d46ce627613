// Every piece of text the user types, with its place, and a way to replace one of them. Fixes are
// written against these two functions, so each touches exactly one place of the document.
import type { ChuKy, Khoi, VanBan } from '../model/van-ban.ts';
import type { Where } from './finding.ts';

export interface TextAt {
  at: Where;
  text: string;
}

/** Single-string fields of the model. */
export const TEXT_FIELDS = ['coQuanChuQuan', 'coQuanBanHanh', 'maCoQuan', 'maDonVi', 'diaDanh', 'so', 'trichYeu', 'ketThuc'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
/** List fields whose items are strings. */
export const LIST_FIELDS = ['kinhGui', 'canCu', 'noiNhan'] as const;
export type ListField = (typeof LIST_FIELDS)[number];
const CHU_KY_FIELDS = ['thayMat', 'chucVu', 'hoTen'] as const;

/** All typed text, in reading order; a table's cells one by one. */
export function allTexts(v: VanBan): TextAt[] {
  const out: TextAt[] = [];
  for (const part of TEXT_FIELDS) out.push({ at: { part }, text: v[part] });
  for (const part of LIST_FIELDS) v[part].forEach((text, index) => out.push({ at: { part, index }, text }));
  v.noiDung.forEach((b, index) => {
    if (b.capDo !== 'bang') out.push({ at: { part: 'noiDung', index, field: 'text' }, text: b.text });
    else b.bang.hang.forEach((row, hang) => row.o.forEach((cell, o) => out.push({ at: { part: 'noiDung', index, field: 'bang', hang, o }, text: cell.text })));
  });
  for (const field of CHU_KY_FIELDS) out.push({ at: { part: 'chuKy', field }, text: v.chuKy[field] });
  return out;
}

/**
 * Running text (sentences and names), where case, dates and dashes are read. Table cells are left
 * out on purpose: they hold figures and short labels ("TỔNG CỘNG", "Tháng 3/2026"), not sentences.
 */
export function proseTexts(v: VanBan): TextAt[] {
  const out: TextAt[] = [{ at: { part: 'trichYeu' }, text: v.trichYeu }];
  v.kinhGui.forEach((text, index) => out.push({ at: { part: 'kinhGui', index }, text }));
  v.canCu.forEach((text, index) => out.push({ at: { part: 'canCu', index }, text }));
  v.noiDung.forEach((b, index) => {
    if (b.capDo !== 'bang') out.push({ at: { part: 'noiDung', index, field: 'text' }, text: b.text });
  });
  out.push({ at: { part: 'ketThuc' }, text: v.ketThuc });
  v.noiNhan.forEach((text, index) => out.push({ at: { part: 'noiNhan', index }, text }));
  return out.filter((t) => t.text.length > 0);
}

export function textAt(v: VanBan, at: Where): string | undefined {
  switch (at.part) {
    case 'kinhGui':
    case 'canCu':
    case 'noiNhan':
      return at.index === undefined ? undefined : v[at.part][at.index];
    case 'noiDung': {
      const b = at.index === undefined ? undefined : v.noiDung[at.index];
      if (b?.capDo !== 'bang') return at.field === 'bang' ? undefined : b?.text;
      return at.field === 'bang' && at.hang !== undefined && at.o !== undefined ? b.bang.hang[at.hang]?.o[at.o]?.text : undefined;
    }
    case 'chuKy':
      return at.field === 'thayMat' || at.field === 'chucVu' || at.field === 'hoTen' ? v.chuKy[at.field] : undefined;
    default:
      return (TEXT_FIELDS as readonly string[]).includes(at.part) ? v[at.part as TextField] : undefined;
  }
}

/** The document with the text at `at` replaced; the same document when `at` names no text. */
export function withText(v: VanBan, at: Where, text: string): VanBan {
  switch (at.part) {
    case 'kinhGui':
    case 'canCu':
    case 'noiNhan': {
      const i = at.index;
      if (i === undefined || i >= v[at.part].length) return v;
      return { ...v, [at.part]: v[at.part].map((t, j) => (j === i ? text : t)) };
    }
    case 'noiDung': {
      if (textAt(v, at) === undefined) return v;
      return { ...v, noiDung: v.noiDung.map((b, j) => (j === at.index ? withBlockText(b, at, text) : b)) };
    }
    case 'chuKy':
      if (at.field === 'thayMat' || at.field === 'chucVu' || at.field === 'hoTen') {
        return { ...v, chuKy: { ...v.chuKy, [at.field]: text } satisfies ChuKy };
      }
      return v;
    default:
      return (TEXT_FIELDS as readonly string[]).includes(at.part) ? { ...v, [at.part]: text } : v;
  }
}

/** A paragraph block with new text, or a table block with one cell's text replaced. */
function withBlockText(b: Khoi, at: Where, text: string): Khoi {
  if (b.capDo !== 'bang') return { ...b, text };
  const hang = b.bang.hang.map((row, r) => (r !== at.hang ? row : { o: row.o.map((cell, k) => (k === at.o ? { ...cell, text } : cell)) }));
  return { ...b, bang: { ...b.bang, hang } };
}

/** A fix that rewrites the text at one place. */
export function rewrite(f: (text: string) => string): (v: VanBan, at: Where) => VanBan {
  return (v, at) => {
    const text = textAt(v, at);
    return text === undefined ? v : withText(v, at, f(text));
  };
}

/** Removes one item of a list field or one body block. */
export function withoutItem(v: VanBan, at: Where): VanBan {
  const i = at.index;
  if (i === undefined) return v;
  switch (at.part) {
    case 'kinhGui':
    case 'canCu':
    case 'noiNhan':
      return { ...v, [at.part]: v[at.part].filter((_, j) => j !== i) };
    case 'noiDung':
      return { ...v, noiDung: v.noiDung.filter((_, j) => j !== i) };
    default:
      return v;
  }
}

// Case and word helpers for Vietnamese text, shared by the rules.
import { lowerVi, upperVi } from '../text/normalize.ts';

/** Word boundaries that count Vietnamese letters (with their marks) as word characters. */
export const NOT_AFTER_LETTER = '(?<![\\p{L}\\p{M}\\p{N}])';
export const NOT_BEFORE_LETTER = '(?![\\p{L}\\p{M}\\p{N}])';

/** Text typed in capitals: no lower-case letter, and enough letters to be words rather than a code. */
export function isShouting(text: string): boolean {
  // The cheap test first: almost every paragraph has a lower-case letter.
  if (/\p{Ll}/u.test(text)) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return letters.length >= 8 && words.length >= 2 && !/\p{Ll}/u.test(text);
}

export function isAllUpper(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}

export function capitalise(word: string): string {
  return word.length === 0 ? word : upperVi(word.charAt(0)) + word.slice(1);
}

/** Each syllable with a capital initial, the rest as typed: "hương long" → "Hương Long". */
export function capitaliseEach(text: string): string {
  return text.replace(/\p{L}[\p{L}\p{M}]*/gu, (w) => capitalise(w));
}

export function sameIgnoringCase(a: string, b: string): boolean {
  return lowerVi(a) === lowerVi(b);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A short quotation of typed text for a message. */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\n/g, ' ');
  return `«${t.length > max ? `${t.slice(0, max - 1)}…` : t}»`;
}

/** A quotation of the words around position `at`, for a finding inside a long paragraph. */
export function quoteAround(text: string, at: number, length: number): string {
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 20)) + 1);
  const end = Math.min(text.length, at + length + 20);
  const end2 = text.indexOf(' ', end);
  const piece = text.slice(start, end2 === -1 ? text.length : end2);
  return `«${start > 0 ? '…' : ''}${piece}${end2 !== -1 && end2 < text.length ? '…' : ''}»`;
}

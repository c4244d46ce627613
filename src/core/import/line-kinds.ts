// Recognisers for single lines of a pasted document: each answers "is this line that part?".
// They read NFC, trimmed lines; spelling variants (HÒA/HOÀ, ỦY/UỶ) are compared without diacritics.
import { foldDiacritics, upperVi } from '../text/normalize.ts';
import type { QuyenHan } from '../model/van-ban.ts';

/** Lower case, no diacritics, single spaces: the key two spellings of one phrase share. */
export function foldKey(line: string): string {
  return foldDiacritics(line).replace(/\s+/g, ' ').trim();
}

/** Upper-case text such as agency names and signer titles; a line of digits only is not. */
export function isUpperLine(line: string): boolean {
  const letters = line.match(/\p{L}/gu);
  return letters !== null && letters.length >= 2 && upperVi(line) === line;
}

/** Quốc hiệu (national title): constant, so it is recognised and not stored. */
export function isQuocHieu(line: string): boolean {
  // 35 letters and spaces: a longer line is a paragraph, not worth folding (the classifier asks of every line).
  if (line.length > 60) return false;
  return foldKey(line).replace(/[.:]$/, '') === 'cong hoa xa hoi chu nghia viet nam';
}

/** Tiêu ngữ (motto): constant like the Quốc hiệu. */
export function isTieuNgu(line: string): boolean {
  if (line.length > 60) return false;
  return /^doc lap ?[-–—] ?tu do ?[-–—] ?hanh phuc\.?$/.test(foldKey(line));
}

/** A drawn rule ("______", "-----") that the layout draws itself. Dots alone are a blank to fill, not a rule. */
export function isRuleLine(line: string): boolean {
  return /^[\s_\-–—=~*]+$/.test(line) && (line.match(/[_\-–—=~*]/g)?.length ?? 0) >= 3;
}

/** "Kính gửi: …": returns what follows the label (maybe ''), or null when the line is not one. */
export function kinhGuiRest(line: string): string | null {
  const m = /^kính\s*gửi\s*:?\s*(.*)$/iu.exec(line);
  return m ? m[1]!.trim() : null;
}

/** "Nơi nhận:" label of the distribution list; returns what follows it on the same line. */
export function noiNhanRest(line: string): string | null {
  const m = /^nơi\s*nhận\s*:?\s*(.*)$/iu.exec(line);
  return m ? m[1]!.trim() : null;
}

/** "V/v …" (về việc: "concerning"), the summary of a công văn; returns the summary. */
export function vvRest(line: string): string | null {
  const m = /^v\s*\/\s*v\s*[:.]?\s*(.*)$/iu.exec(line);
  return m && m[1]!.length > 0 ? m[1]!.trim() : null;
}

/**
 * A draft mark on a line of its own: "DỰ THẢO", "(Dự thảo)", "Dự thảo lần 2", "DỰ THẢO 2", "Dự thảo
 * lần thứ 3". Returns which draft (null when unnumbered), or undefined when the line is not one.
 */
export function duThaoMark(line: string): { lan: number | null } | undefined {
  const m = /^\(?\s*du thao(?: (?:lan )?(?:thu )?(\d{1,2}))?\s*\)?\s*[.:]?$/.exec(foldKey(line));
  if (!m) return undefined;
  const lan = m[1] === undefined ? null : Number(m[1]);
  return { lan: lan !== null && lan >= 1 ? lan : null };
}

/** A type name line with a draft mark after it: "KẾ HOẠCH (DỰ THẢO)" → "KẾ HOẠCH" and the mark's text. */
export function splitDuThaoSuffix(line: string): { rest: string; mark: string } | null {
  const m = /^(.*\S)\s*(\(\s*(?:dự|DỰ|Dự)\s+(?:thảo|THẢO)[^()]*\))$/u.exec(line);
  return m && duThaoMark(m[2]!) ? { rest: m[1]!, mark: m[2]! } : null;
}

/** Căn cứ (legal basis) line of a decision. */
export function isCanCu(line: string): boolean {
  return /^căn\s+cứ\s/iu.test(line);
}

/** Lines that close the block of legal bases in a decision ("Xét đề nghị …", "Theo đề nghị …"). */
export function isDeNghi(line: string): boolean {
  return /^(xét|theo)\s+(đề\s+nghị|tờ\s+trình)/iu.test(line);
}

/** Headings of regime A (Phần, Chương, Mục, Điều) that stay plain paragraphs for now. */
export function isSectionHeading(line: string): boolean {
  return /^(phần|chương|mục|tiểu\s+mục|điều)\s+[\dIVXLC]+\b/iu.test(line);
}

const END_MARK = /\s*\.\/\.\s*$/;

/** Ends with "./.", the end-of-text mark after the last body paragraph. */
export function hasEndMark(line: string): boolean {
  return END_MARK.test(line);
}

export function withoutEndMark(line: string): string {
  return line.replace(END_MARK, '');
}

/** Lines a reader takes for a finished sentence or a lead-in, never for a title. */
export function endsLikeSentence(line: string): boolean {
  return /[.:;!?]$/.test(line);
}

/** A parenthesised placeholder in a signature block: "(Đã ký)", "(ký tên, đóng dấu)". */
export function isPlaceholder(line: string): boolean {
  return /^\(.*\)$/.test(line);
}

export interface QuyenHanLine {
  quyenHan: Exclude<QuyenHan, ''>;
  /** The prefix as typed, for notes when it was a Party-style form such as "T/M". */
  typed: string;
  rest: string;
}

const PARTY_FORMS: Record<string, Exclude<QuyenHan, ''>> = { 'T/M': 'TM', 'K/T': 'KT', 'T/L': 'TL' };

/**
 * Signing-authority line, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" (Điều 13). The rest must be upper
 * case, which keeps a body sentence that merely starts with "Q." or "TL" from being taken for one.
 */
export function quyenHanLine(line: string): QuyenHanLine | null {
  const m = /^(TUQ|TM|KT|TL|Q|T\/M|K\/T|T\/L)(\.\s*|\s+)(\S.*)$/u.exec(line);
  if (!m) return null;
  const typed = m[1]!;
  const rest = m[3]!.trim();
  if (typed === 'Q' && !m[2]!.startsWith('.')) return null;
  if (!isUpperLine(rest)) return null;
  const quyenHan = PARTY_FORMS[typed] ?? (typed as Exclude<QuyenHan, ''>);
  return { quyenHan, typed, rest };
}

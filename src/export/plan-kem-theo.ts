// Documents issued with the main one, in the same file (Phụ lục III): a regulation a Quyết định
// issues (Mẫu 1.3: header row, type name, summary, "(Ban hành kèm theo …)", body, signer) and
// appendices (Mẫu 2.1: "Phụ lục I", title, "(Kèm theo …)", body).
import { dateText } from '../core/date-line.ts';
import { hasTypeName, tenLoaiIn } from '../core/decree/document-types.ts';
import type { KemTheo, VanBan } from '../core/model/van-ban.ts';
import { romanNumeral } from '../core/numbering.ts';
import { soKyHieuLine } from '../core/so-ky-hieu.ts';
import { upperVi } from '../core/text/normalize.ts';
import { HEADER_COLUMNS, RULE, SPACING, TEXT_WIDTH, type SizeSet } from './layout.ts';
import { balancedLines, widestLine } from './line-breaks.ts';
import { body } from './plan-body.ts';
import { headerLeft, headerRight } from './plan-header.ts';
import { signature } from './plan-signature.ts';
import { para, rule, type PlanBodyItem, type PlanKemTheo, type PlanParagraph, type PlanRule, type PlanTable } from './plan-types.ts';

/** The "Phụ lục" label is 14 pt whatever the size profile (Phụ lục I, Mục V). */
const PHU_LUC_LABEL_PT = 14;
/**
 * The reference line is broken a little short of the text width: LibreOffice wrapped a line of
 * clerk's blanks that measured 98% of it, leaving "2025)" alone on a second line.
 */
const REFERENCE_WIDTH = Math.round(TEXT_WIDTH * 0.95);
/** A title of "…" alone would get a rule no longer than a dash. */
const MIN_RULE = Math.round(TEXT_WIDTH / 6);

/**
 * "Quyết định số 07/QĐ-UBND ngày 05 tháng 3 năm 2025": the main document's number and date, with
 * the clerk's blanks when they are not assigned yet. "của <authority>" is left out: the authority
 * is stored in capitals, and its proper names cannot be lowered back reliably.
 */
export function canCuKemTheo(v: VanBan): string {
  const loai = hasTypeName(v.loai) && tenLoaiIn(v) ? tenLoaiIn(v) : 'Văn bản';
  const so = soKyHieuLine(v).replace(/^Số: /, '');
  return `${loai} số ${so} ${dateText(v.ngayBanHanh)}`;
}

/** The italic reference line and the short rule under it (both samples draw one). */
function referenceLine(text: string, ruleLength: number, s: SizeSet): (PlanParagraph | PlanRule)[] {
  const lines = balancedLines(text, REFERENCE_WIDTH, s.trichYeu, { italic: true });
  return [
    para('kemTheo.canCu', lines, s.trichYeu, { italic: true, keepNext: true }),
    rule('kemTheo.rule', TEXT_WIDTH, Math.max(MIN_RULE, ruleLength)),
  ];
}

function banHanh(v: VanBan, k: KemTheo, s: SizeSet): PlanKemTheo {
  const main: PlanBodyItem[] = [];
  if (k.ten) main.push(para('kemTheo.tenLoai', upperVi(k.ten), s.tenLoai, { bold: true, before: SPACING.beforeTenLoai, keepNext: true }));
  const trichYeu = k.trichYeu ? balancedLines(k.trichYeu, TEXT_WIDTH, s.trichYeu, { bold: true }) : [];
  if (trichYeu.length) main.push(para('kemTheo.trichYeu', trichYeu, s.trichYeu, { bold: true, keepNext: true }));
  const width = widestLine(trichYeu.length ? trichYeu : [upperVi(k.ten)], s.trichYeu, { bold: true });
  main.push(...referenceLine(`(Ban hành kèm theo ${canCuKemTheo(v)})`, width * RULE.ratio, s));
  main.push(...body(k.noiDung, '', s));
  const header: PlanTable = { columns: HEADER_COLUMNS, rows: [{ cells: [headerLeft(v, s), headerRight(s)], cantSplit: true }] };
  return { kieu: 'ban-hanh', newSection: false, header, main, signature: signature(v, s, false) };
}

function phuLuc(v: VanBan, k: KemTheo, n: number, s: SizeSet): PlanKemTheo {
  const main: PlanBodyItem[] = [para('phuLuc', `Phụ lục ${romanNumeral(n)}`, PHU_LUC_LABEL_PT, { bold: true, keepNext: true })];
  const title = k.ten ? balancedLines(upperVi(k.ten), TEXT_WIDTH, s.trichYeu, { bold: true }) : [];
  if (title.length) main.push(para('phuLuc.ten', title, s.trichYeu, { bold: true, keepNext: true }));
  const width = widestLine(title.length ? title : [`Phụ lục ${romanNumeral(n)}`], s.trichYeu, { bold: true });
  main.push(...referenceLine(`(Kèm theo ${canCuKemTheo(v)})`, width * RULE.ratio, s));
  main.push(...body(k.noiDung, '', s));
  return { kieu: 'phu-luc', newSection: true, header: null, main, signature: null };
}

export function planKemTheo(v: VanBan, s: SizeSet): PlanKemTheo[] {
  let phuLucs = 0;
  return v.kemTheo.map((k) => (k.kieu === 'ban-hanh' ? banHanh(v, k, s) : phuLuc(v, k, ++phuLucs, s)));
}

// The signature row (ô 7, 8, 9b): Nơi nhận on the left and the signer on the right, or, in a Biên
// bản, the secretary on the left with both names on one line.
import { hasTwoSigners } from '../core/decree/layout-variant.ts';
import type { VanBan } from '../core/model/van-ban.ts';
import { upperVi } from '../core/text/normalize.ts';
import { NATURAL_LINE_EM, NOI_NHAN_HANGING, SIGNATURE_COLUMNS, SPACING, type SizeSet } from './layout.ts';
import { balancedLines } from './line-breaks.ts';
import { para, usable, type PlanItem, type PlanParagraph, type PlanTable } from './plan-types.ts';

export function noiNhanBlock(v: VanBan, s: SizeSet): PlanParagraph[] {
  const items = v.noiNhan.filter((n) => n.length > 0);
  if (items.length === 0) return [];
  return [
    para('noiNhan', 'Nơi nhận:', s.noiNhanLabel, { bold: true, italic: true, align: 'left', before: SPACING.beforeSignature }),
    ...items.map((n) => para('noiNhan.item', `- ${n}`, s.noiNhanItem, { align: 'left', indentLeft: NOI_NHAN_HANGING, hanging: NOI_NHAN_HANGING, wrap: true })),
  ];
}

/** Height of one single-spaced line, in twips. */
const singleLine = (sizePt: number) => Math.round(sizePt * 20 * NATURAL_LINE_EM);

/** A signer's block: title lines in bold capitals, room to sign, then the name (`lift` lowers it to line up with another signer's). */
function signerBlock(titles: string[][], hoTen: string, s: SizeSet, lift = 0): PlanParagraph[] {
  const out = titles.map((lines, i) =>
    para('chuKy.chucVu', lines, s.chuKy, { bold: true, before: i === 0 ? SPACING.beforeSignature : 0, keepNext: true }),
  );
  const before = (titles.length > 0 ? SPACING.signatureSpace : SPACING.beforeSignature + SPACING.signatureSpace) + lift;
  out.push(para('chuKy.hoTen', hoTen, s.chuKy, { bold: true, wrap: true, before }));
  return out;
}

function titleLinesOf(lines: string[], width: number, s: SizeSet): string[][] {
  return lines.map((l) => balancedLines(l, width, s.chuKy, { bold: true }));
}

export function twoSigners(v: VanBan): boolean {
  return hasTwoSigners(v.loai) && (v.chuKyPhu.chucVu !== '' || v.chuKyPhu.hoTen !== '');
}

/** `withLeft` false: an attached document repeats the signer but not the Nơi nhận. */
export function signature(v: VanBan, s: SizeSet, withLeft = true): PlanTable {
  const c = v.chuKy;
  const titleLines: string[] = [];
  const first = [c.quyenHan ? `${c.quyenHan}.` : '', upperVi(c.thayMat)].filter(Boolean).join(' ');
  if (first) titleLines.push(first);
  for (const l of c.chucVu.split('\n')) if (l) titleLines.push(upperVi(l));
  const rightTitles = titleLinesOf(titleLines, usable(SIGNATURE_COLUMNS[1]), s);
  const right = signerBlock(rightTitles, c.hoTen, s);
  // Biên bản (Mẫu 1.9): the secretary signs on the left, where other documents list the Nơi nhận;
  // the two names stand on one line.
  let left: PlanItem[];
  if (withLeft && twoSigners(v)) {
    const leftTitles = titleLinesOf(v.chuKyPhu.chucVu ? [upperVi(v.chuKyPhu.chucVu)] : [], usable(SIGNATURE_COLUMNS[0]), s);
    const count = (t: string[][]) => t.reduce((n, l) => n + l.length, 0);
    const lift = (count(rightTitles) - count(leftTitles)) * singleLine(s.chuKy);
    const block = signerBlock(leftTitles, v.chuKyPhu.hoTen, s, Math.max(0, lift));
    if (lift < 0) right[right.length - 1]!.before -= lift;
    left = block;
  } else {
    left = withLeft ? noiNhanBlock(v, s) : [];
  }
  return { columns: SIGNATURE_COLUMNS, rows: [{ cells: [left, right], cantSplit: true }] };
}


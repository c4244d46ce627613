// The header table (ô 1–4, 5b, 10b): issuing body and its rule | Quốc hiệu, Tiêu ngữ and its rule;
// then the number line (with "V/v …" of a công văn, the urgency stamp and the draft mark) | place and date.
import { placeDateLine } from '../core/date-line.ts';
import { hasTypeName } from '../core/decree/document-types.ts';
import { dauDuThao } from '../core/du-thao.ts';
import type { VanBan } from '../core/model/van-ban.ts';
import { soKyHieuLine } from '../core/so-ky-hieu.ts';
import { upperVi } from '../core/text/normalize.ts';
import { DO_KHAN_STAMP, DU_THAO_BOX, HEADER_COLUMNS, QUOC_HIEU, RULE, SPACING, TIEU_NGU, type SizeSet } from './layout.ts';
import { balancedLines, widestLine } from './line-breaks.ts';
import { para, rule, usable, type PlanItem } from './plan-types.ts';
import { textWidthTwips } from './text-metrics.ts';

/** Lines of a multi-line name, each further broken when it is wider than the cell. */
function nameLines(text: string, width: number, sizePt: number, bold: boolean): string[][] {
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => balancedLines(upperVi(l), width, sizePt, { bold }));
}

export function headerLeft(v: VanBan, s: SizeSet): PlanItem[] {
  const width = usable(HEADER_COLUMNS[0]);
  const items: PlanItem[] = [];
  for (const lines of nameLines(v.coQuanChuQuan, width, s.coQuanChuQuan, false)) {
    items.push(para('coQuanChuQuan', lines, s.coQuanChuQuan));
  }
  const banHanh = nameLines(v.coQuanBanHanh, width, s.coQuanBanHanh, true);
  for (const lines of banHanh) items.push(para('coQuanBanHanh', lines, s.coQuanBanHanh, { bold: true }));
  const longest = widestLine(banHanh.flat(), s.coQuanBanHanh, { bold: true });
  if (longest > 0) items.push(rule('coQuanBanHanh.rule', HEADER_COLUMNS[0], longest * RULE.ratio));
  return items;
}

export function headerRight(s: SizeSet): PlanItem[] {
  const width = HEADER_COLUMNS[1];
  return [
    para('quocHieu', QUOC_HIEU, s.quocHieu, { bold: true }),
    para('tieuNgu', TIEU_NGU, s.tieuNgu, { bold: true }),
    rule('tieuNgu.rule', width, textWidthTwips(TIEU_NGU, s.tieuNgu, { bold: true })),
  ];
}

export function headerSecondRow(v: VanBan, s: SizeSet): [PlanItem[], PlanItem[]] {
  const left: PlanItem[] = [para('soKyHieu', soKyHieuLine(v), s.so, { before: SPACING.beforeSo })];
  if (!hasTypeName(v.loai) && v.trichYeu) {
    const text = `V/v ${v.trichYeu}`;
    left.push(para('trichYeuCongVan', balancedLines(text, usable(HEADER_COLUMNS[0]), s.vv), s.vv, { before: SPACING.beforeVv }));
  }
  if (v.doKhan) {
    const stamp = DO_KHAN_STAMP[v.doKhan];
    left.push({ kind: 'stamp', text: stamp.text, width: stamp.width, height: DO_KHAN_STAMP.height, sizePt: s.doKhan, color: DO_KHAN_STAMP.color, bold: true });
  }
  const duThao = dauDuThao(v);
  if (duThao) {
    const width = textWidthTwips(duThao, s.body) + 2 * DU_THAO_BOX.padding;
    left.push({ kind: 'stamp', text: duThao, width, height: DU_THAO_BOX.height, sizePt: s.body, color: DU_THAO_BOX.color, bold: false });
  }
  const date = placeDateLine(v.diaDanh, v.ngayBanHanh);
  const right = [para('diaDanhThoiGian', balancedLines(date, usable(HEADER_COLUMNS[1]), s.diaDanh, { italic: true }), s.diaDanh, { italic: true, before: SPACING.beforeSo })];
  return [left, right];
}


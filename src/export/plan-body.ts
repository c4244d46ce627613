// The main flow: type name and summary, the deciding authority, Kính gửi, legal bases, the line that
// opens the articles, and the body blocks with their computed markers and the end mark.
import { documentType, hasTypeName } from '../core/decree/document-types.ts';
import { hasThamQuyen, isCongDien, loiBanHanh } from '../core/decree/layout-variant.ts';
import { isTitled, khoanStyles, runInLabel, type KhoanStyle } from '../core/heading.ts';
import type { CapDo, Khoi, VanBan } from '../core/model/van-ban.ts';
import { blockLine, blockMarkers } from '../core/numbering.ts';
import { upperVi } from '../core/text/normalize.ts';
import { BODY, KINH_GUI, RULE, SPACING, TEXT_WIDTH, withEndMark, type SizeSet } from './layout.ts';
import { balancedLines, widestLine } from './line-breaks.ts';
import { para, rule, type PlanParagraph, type PlanRule } from './plan-types.ts';
import { textWidthTwips } from './text-metrics.ts';

export function tenLoaiTrichYeu(v: VanBan, s: SizeSet): (PlanParagraph | PlanRule)[] {
  if (!hasTypeName(v.loai)) return [];
  const out: (PlanParagraph | PlanRule)[] = [para('tenLoai', upperVi(documentType(v.loai).ten), s.tenLoai, { bold: true, before: SPACING.beforeTenLoai, keepNext: true })];
  if (v.trichYeu) {
    const lines = balancedLines(v.trichYeu, TEXT_WIDTH, s.trichYeu, { bold: true });
    out.push(para('trichYeu', lines, s.trichYeu, { bold: true, keepNext: true }));
    const longest = widestLine(lines, s.trichYeu, { bold: true });
    out.push(rule('trichYeu.rule', TEXT_WIDTH, longest * RULE.ratio));
  }
  return out;
}

/** The deciding authority of a decision or resolution (Mẫu 1.1–1.3), or the sender of a công điện (Mẫu 1.6). */
export function thamQuyen(v: VanBan, s: SizeSet): PlanParagraph[] {
  if (!hasThamQuyen(v.loai) || !v.thamQuyen) return [];
  const text = isCongDien(v.loai) ? `${upperVi(v.thamQuyen)} điện:` : upperVi(v.thamQuyen);
  return [para('thamQuyen', balancedLines(text, TEXT_WIDTH, s.body, { bold: true }), s.body, { bold: true, before: SPACING.aroundKinhGui, keepNext: true })];
}

/** "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" between the legal bases and the articles. */
export function loiBanHanhLine(v: VanBan, s: SizeSet): PlanParagraph[] {
  const loi = loiBanHanh(v.loai);
  return loi ? [para('loiBanHanh', loi, s.body, { bold: true, before: BODY.before, after: 0, keepNext: true })] : [];
}

/** A công điện's addressees: a list under the sender line, without a "Kính gửi:" label. */
function congDienRecipients(items: string[], s: SizeSet): PlanParagraph[] {
  return items.map((k, i) =>
    para('kinhGui.item', `- ${k}`, s.kinhGui, { align: 'both', firstLine: BODY.firstLine, before: i === 0 ? BODY.before : 0, keepNext: true, wrap: true }),
  );
}

export function kinhGui(v: VanBan, s: SizeSet): PlanParagraph[] {
  const items = v.kinhGui.filter((k) => k.length > 0);
  if (items.length === 0) return [];
  if (isCongDien(v.loai)) return congDienRecipients(items, s);
  const label = 'Kính gửi:';
  if (items.length === 1) {
    return [para('kinhGui', `${label} ${items[0]}`, s.kinhGui, { before: SPACING.aroundKinhGui, after: SPACING.aroundKinhGui, wrap: true })];
  }
  // The dashes stand under the colon of "Kính gửi:"; the whole block is centred on the page.
  const labelWidth = textWidthTwips('Kính gửi', s.kinhGui);
  const lines = items.map((k) => `- ${k}`);
  const blockWidth = labelWidth + widestLine(lines, s.kinhGui);
  const indent = Math.min(KINH_GUI.maxIndent, Math.max(KINH_GUI.minIndent, Math.round((TEXT_WIDTH - blockWidth) / 2)));
  return [
    para('kinhGui', label, s.kinhGui, { align: 'left', indentLeft: indent, before: SPACING.aroundKinhGui, keepNext: true }),
    ...lines.map((l, i) =>
      para('kinhGui.item', l, s.kinhGui, {
        align: 'left', indentLeft: indent + labelWidth, after: i === lines.length - 1 ? SPACING.aroundKinhGui : 0,
        keepNext: i < lines.length - 1, wrap: true,
      }),
    ),
  ];
}

export function canCu(v: VanBan, s: SizeSet): PlanParagraph[] {
  return v.canCu.map((c) => para('canCu', c, s.body, { italic: true, align: 'both', firstLine: BODY.firstLine, before: BODY.before, line: BODY.line, wrap: true }));
}

function bodyStyle(capDo: CapDo, text: string, khoan: KhoanStyle): { bold: boolean; upper: boolean } {
  switch (capDo) {
    case 'muc':
      return { bold: true, upper: true };
    case 'dieu':
      // "Điều 1. Tiêu đề" is bold when the article has a title; otherwise only "Điều 1." is.
      return { bold: isTitled(text), upper: false };
    case 'khoan':
      // The items of one list alike (khoanStyles): headings bold, or none.
      return { bold: khoan === 'title', upper: false };
    default:
      return { bold: false, upper: false };
  }
}

/**
 * Phần and chương: the label ("Chương I") on its own centred line, the title in bold capitals on
 * the next (Phụ lục I, Phần I, Mục II, khoản 6), both kept with what follows.
 */
function heading(b: Khoi, marker: string, s: SizeSet): PlanParagraph[] {
  const opts = { bold: true, keepNext: true, line: BODY.line } as const;
  const out = [para(`noiDung.${b.capDo}`, marker, s.body, { ...opts, before: BODY.before * 2 })];
  if (b.text) out.push(para(`noiDung.${b.capDo}.ten`, balancedLines(upperVi(b.text), TEXT_WIDTH, s.body, { bold: true }), s.body, opts));
  return out;
}

/** Body blocks with their markers; numbering starts afresh for each block list. */
export function bodyBlocks(blocks: readonly Khoi[], s: SizeSet): PlanParagraph[] {
  const markers = blockMarkers(blocks);
  const khoan = khoanStyles(blocks);
  return blocks.flatMap((b, i) => {
    if (b.capDo === 'phan' || b.capDo === 'chuong') return heading(b, markers[i]!, s);
    const { bold, upper } = bodyStyle(b.capDo, b.text, khoan[i]!);
    const text = blockLine(markers[i]!, upper ? upperVi(b.text) : b.text);
    // "Điều 1." before an untitled article; "1. Chủ trì:" before a labelled item of a list of headings.
    const boldLead = b.capDo === 'dieu' && !bold ? markers[i]!.length : khoan[i] === 'lead' ? markers[i]!.length + 1 + runInLabel(b.text) : 0;
    return [para(`noiDung.${b.capDo}`, text, s.body, { bold, boldLead, align: 'both', firstLine: BODY.firstLine, before: BODY.before, line: BODY.line, wrap: true })];
  });
}

/** The end mark "./." on the last paragraph of a body. */
export function endMark(out: PlanParagraph[]): void {
  const last = out[out.length - 1];
  // A heading's title may run over several lines: the mark follows the last.
  if (last) last.lines = [...last.lines.slice(0, -1), withEndMark(last.lines[last.lines.length - 1]!)];
}

export function noiDung(v: VanBan, s: SizeSet): PlanParagraph[] {
  const out = bodyBlocks(v.noiDung, s);
  if (v.ketThuc) {
    out.push(para('ketThuc', withEndMark(v.ketThuc), s.body, { align: 'both', firstLine: BODY.firstLine, before: BODY.before, line: BODY.line, wrap: true }));
  } else {
    endMark(out);
  }
  // The signature block never starts a page on its own.
  if (out.length > 0) out[out.length - 1]!.keepNext = true;
  return out;
}


// The main flow: type name and summary, the deciding authority, Kính gửi, legal bases, the line that
// opens the articles, and the body blocks with their computed markers and the end mark.
import { hasTypeName, tenLoaiIn } from '../core/decree/document-types.ts';
import { hasThamQuyen, isCongDien, loiBanHanh } from '../core/decree/layout-variant.ts';
import { isTitled, khoanStyles, runInLabel, type KhoanStyle } from '../core/heading.ts';
import { endMarkPlace, withEndMark } from '../core/end-mark.ts';
import { isBang, type CapDo, type Khoi, type KhoiVanBan, type VanBan } from '../core/model/van-ban.ts';
import { blockLine, blockMarkers } from '../core/numbering.ts';
import { upperVi } from '../core/text/normalize.ts';
import { BODY, KINH_GUI, RULE, SPACING, TEXT_WIDTH, type SizeSet } from './layout.ts';
import { balancedLines, widestLine } from './line-breaks.ts';
import { planBang } from './plan-bang.ts';
import { placeNotes } from './plan-notes.ts';
import { para, rule, type PlanBodyItem, type PlanParagraph, type PlanRule } from './plan-types.ts';
import { textWidthTwips } from './text-metrics.ts';

export function tenLoaiTrichYeu(v: VanBan, s: SizeSet): (PlanParagraph | PlanRule)[] {
  if (!hasTypeName(v.loai)) return [];
  const out: (PlanParagraph | PlanRule)[] = [para('tenLoai', upperVi(tenLoaiIn(v)), s.tenLoai, { bold: true, before: SPACING.beforeTenLoai, keepNext: true })];
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
function heading(b: KhoiVanBan, marker: string, s: SizeSet): PlanParagraph[] {
  const opts = { bold: true, keepNext: true, line: BODY.line } as const;
  const out = [para(`noiDung.${b.capDo}`, marker, s.body, { ...opts, before: BODY.before * 2 })];
  if (b.text) {
    const lines = balancedLines(upperVi(b.text), TEXT_WIDTH, s.body, { bold: true });
    const notes = placeNotes(b.chuThich, lines);
    out.push(para(`noiDung.${b.capDo}.ten`, lines, s.body, notes ? { ...opts, notes } : opts));
  } else if (b.chuThich?.length) {
    // A heading without a title: its notes stand after the label.
    out[0]!.notes = placeNotes(b.chuThich.map((n) => ({ ...n, viTri: marker.length })), [marker]);
  }
  return out;
}

function bodyParagraph(b: KhoiVanBan, marker: string, khoan: KhoanStyle, s: SizeSet): PlanParagraph {
  const { bold, upper } = bodyStyle(b.capDo, b.text, khoan);
  const shown = upper ? upperVi(b.text) : b.text;
  const text = blockLine(marker, shown);
  // "Điều 1." before an untitled article; "1. Chủ trì:" before a labelled item of a list of headings.
  const boldLead = b.capDo === 'dieu' && !bold ? marker.length : khoan === 'lead' ? marker.length + 1 + runInLabel(b.text) : 0;
  const notes = placeNotes(b.chuThich, [text], text.length - shown.length);
  return para(`noiDung.${b.capDo}`, text, s.body, { bold, boldLead, align: 'both', firstLine: BODY.firstLine, before: BODY.before, line: BODY.line, wrap: true, ...(notes ? { notes } : {}) });
}

/**
 * A body: its blocks with their markers (numbering starts afresh for each block list; a table takes
 * none), then the closing sentence, with the end mark "./." where core/end-mark.ts puts it.
 */
export function body(blocks: readonly Khoi[], ketThuc: string, s: SizeSet): PlanBodyItem[] {
  const markers = blockMarkers(blocks);
  // Khoản print by their list (core/heading.ts); a table between them leaves the list as it is.
  const khoan = khoanStyles(blocks);
  const mark = endMarkPlace(blocks, ketThuc);
  const out = blocks.flatMap((b, i): PlanBodyItem[] => {
    if (isBang(b)) return [planBang(b.bang, s, mark?.kind === 'sauBang' && mark.index === i)];
    const items = b.capDo === 'phan' || b.capDo === 'chuong' ? heading(b, markers[i] ?? '', s) : [bodyParagraph(b, markers[i] ?? '', khoan[i]!, s)];
    if (mark?.kind === 'khoi' && mark.index === i) {
      // A heading's title may run over several lines: the mark follows the last.
      const last = items[items.length - 1]!;
      last.lines = [...last.lines.slice(0, -1), withEndMark(last.lines[last.lines.length - 1]!)];
    }
    return items;
  });
  if (mark?.kind === 'ketThuc') {
    out.push(para('ketThuc', withEndMark(ketThuc), s.body, { align: 'both', firstLine: BODY.firstLine, before: BODY.before, line: BODY.line, wrap: true }));
  }
  // What follows (the signature block) never starts a page on its own.
  const last = out[out.length - 1];
  if (last?.kind === 'bang') {
    const tail = last.after[last.after.length - 1];
    if (tail) tail.keepNext = true;
  } else if (last?.kind === 'text') {
    last.keepNext = true;
  }
  return out;
}

export function noiDung(v: VanBan, s: SizeSet): PlanBodyItem[] {
  return body(v.noiDung, v.ketThuc, s);
}

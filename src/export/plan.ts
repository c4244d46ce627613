// A document turned into positioned, styled lines: what both the .docx writer and the A4 preview
// draw. Everything the decree decides about the page is decided here, from the figures in layout.ts.
import { placeDateLine } from '../core/date-line.ts';
import { documentType, hasTypeName } from '../core/decree/document-types.ts';
import { hasThamQuyen, hasTwoSigners, isCongDien, loiBanHanh } from '../core/decree/layout-variant.ts';
import { isTitled } from '../core/heading.ts';
import type { CapDo, KieuKemTheo, Khoi, VanBan } from '../core/model/van-ban.ts';
import { blockLine, blockMarkers } from '../core/numbering.ts';
import { soKyHieuLine } from '../core/so-ky-hieu.ts';
import { upperVi } from '../core/text/normalize.ts';
import {
  BODY, CELL_PADDING, DO_KHAN_STAMP, HEADER_COLUMNS, KINH_GUI, NOI_NHAN_HANGING, QUOC_HIEU, RULE,
  NATURAL_LINE_EM, SIGNATURE_COLUMNS, SINGLE_LINE, SIZES, SPACING, TEXT_WIDTH, TIEU_NGU, type SizeSet,
  withEndMark,
} from './layout.ts';
import { balancedLines, widestLine } from './line-breaks.ts';
import { planKemTheo } from './plan-kem-theo.ts';
import { textWidthTwips } from './text-metrics.ts';

export type Align = 'left' | 'center' | 'both';

/** One paragraph. `lines` are broken explicitly (a line break between them), never re-flowed. */
export interface PlanParagraph {
  kind: 'text';
  /** What the paragraph is, in the decree's terms, e.g. "quocHieu", "noiDung.muc". */
  role: string;
  lines: string[];
  sizePt: number;
  bold: boolean;
  italic: boolean;
  align: Align;
  indentLeft: number;
  indentRight: number;
  firstLine: number;
  hanging: number;
  before: number;
  after: number;
  /** Line spacing in 240ths of a line. */
  line: number;
  keepNext: boolean;
  /** Whether a renderer may wrap the lines further; false where line-breaks.ts already broke them. */
  wrap: boolean;
  /** How many characters at the start of the first line are bold in a regular paragraph ("Điều 1."). */
  boldLead: number;
}

/** A horizontal rule: an empty paragraph with a bottom border, centred by equal side indents. */
export interface PlanRule {
  kind: 'rule';
  role: string;
  length: number;
  indentLeft: number;
  indentRight: number;
}

/** The urgency stamp: a red single-border box of fixed size. */
export interface PlanStamp {
  kind: 'stamp';
  text: string;
  width: number;
  height: number;
  sizePt: number;
  color: string;
}

export type PlanItem = PlanParagraph | PlanRule | PlanStamp;

export interface PlanTable {
  columns: readonly [number, number];
  rows: { cells: [PlanItem[], PlanItem[]]; cantSplit: boolean }[];
}

/** A document issued with the main one (văn bản kèm theo, phụ lục): it starts on a page of its own. */
export interface PlanKemTheo {
  kieu: KieuKemTheo;
  /** Appendices open a section whose page numbers restart at 1 ([PL I P I M III k1(đ)]). */
  newSection: boolean;
  /** The header table's first row again (Mẫu 1.3); none on an appendix. */
  header: PlanTable | null;
  main: (PlanParagraph | PlanRule)[];
  /** The main document's signer again, without Nơi nhận; none on an appendix. */
  signature: PlanTable | null;
}

export interface DocumentPlan {
  header: PlanTable;
  main: (PlanParagraph | PlanRule)[];
  signature: PlanTable;
  /** Paragraphs after the signature row: the Nơi nhận of a Biên bản, whose left cell holds a signer. */
  after: PlanParagraph[];
  kemTheo: PlanKemTheo[];
  pageNumberSizePt: number;
}

export function para(role: string, text: string | string[], sizePt: number, opts: Partial<PlanParagraph> = {}): PlanParagraph {
  return {
    kind: 'text', role, lines: Array.isArray(text) ? text : [text], sizePt,
    bold: false, italic: false, align: 'center', indentLeft: 0, indentRight: 0, firstLine: 0, hanging: 0,
    before: 0, after: 0, line: SINGLE_LINE, keepNext: false, wrap: false, boldLead: 0, ...opts,
  };
}

export function rule(role: string, cellWidth: number, length: number): PlanRule {
  const len = Math.min(Math.round(length), cellWidth);
  const side = Math.max(0, Math.round((cellWidth - len) / 2));
  return { kind: 'rule', role, length: len, indentLeft: side, indentRight: side };
}

export const usable = (cellWidth: number) => cellWidth - 2 * CELL_PADDING;

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

function headerSecondRow(v: VanBan, s: SizeSet): [PlanItem[], PlanItem[]] {
  const left: PlanItem[] = [para('soKyHieu', soKyHieuLine(v), s.so, { before: SPACING.beforeSo })];
  if (!hasTypeName(v.loai) && v.trichYeu) {
    const text = `V/v ${v.trichYeu}`;
    left.push(para('trichYeuCongVan', balancedLines(text, usable(HEADER_COLUMNS[0]), s.vv), s.vv, { before: SPACING.beforeVv }));
  }
  if (v.doKhan) {
    const stamp = DO_KHAN_STAMP[v.doKhan];
    left.push({ kind: 'stamp', text: stamp.text, width: stamp.width, height: DO_KHAN_STAMP.height, sizePt: s.doKhan, color: DO_KHAN_STAMP.color });
  }
  const date = placeDateLine(v.diaDanh, v.ngayBanHanh);
  const right = [para('diaDanhThoiGian', balancedLines(date, usable(HEADER_COLUMNS[1]), s.diaDanh, { italic: true }), s.diaDanh, { italic: true, before: SPACING.beforeSo })];
  return [left, right];
}

function tenLoaiTrichYeu(v: VanBan, s: SizeSet): (PlanParagraph | PlanRule)[] {
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
function thamQuyen(v: VanBan, s: SizeSet): PlanParagraph[] {
  if (!hasThamQuyen(v.loai) || !v.thamQuyen) return [];
  const text = isCongDien(v.loai) ? `${upperVi(v.thamQuyen)} điện:` : upperVi(v.thamQuyen);
  return [para('thamQuyen', balancedLines(text, TEXT_WIDTH, s.body, { bold: true }), s.body, { bold: true, before: SPACING.aroundKinhGui, keepNext: true })];
}

/** "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" between the legal bases and the articles. */
function loiBanHanhLine(v: VanBan, s: SizeSet): PlanParagraph[] {
  const loi = loiBanHanh(v.loai);
  return loi ? [para('loiBanHanh', loi, s.body, { bold: true, before: BODY.before, after: 0, keepNext: true })] : [];
}

/** A công điện's addressees: a list under the sender line, without a "Kính gửi:" label. */
function congDienRecipients(items: string[], s: SizeSet): PlanParagraph[] {
  return items.map((k, i) =>
    para('kinhGui.item', `- ${k}`, s.kinhGui, { align: 'both', firstLine: BODY.firstLine, before: i === 0 ? BODY.before : 0, keepNext: true, wrap: true }),
  );
}

function kinhGui(v: VanBan, s: SizeSet): PlanParagraph[] {
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

function canCu(v: VanBan, s: SizeSet): PlanParagraph[] {
  return v.canCu.map((c) => para('canCu', c, s.body, { italic: true, align: 'both', firstLine: BODY.firstLine, before: BODY.before, line: BODY.line, wrap: true }));
}

function bodyStyle(capDo: CapDo, text: string): { bold: boolean; upper: boolean } {
  switch (capDo) {
    case 'muc':
      return { bold: true, upper: true };
    case 'dieu':
      // "Điều 1. Tiêu đề" is bold when the article has a title; otherwise only "Điều 1." is.
      return { bold: isTitled(text), upper: false };
    case 'khoan':
      return { bold: isTitled(text), upper: false };
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
  return blocks.flatMap((b, i) => {
    if (b.capDo === 'phan' || b.capDo === 'chuong') return heading(b, markers[i]!, s);
    const { bold, upper } = bodyStyle(b.capDo, b.text);
    const text = blockLine(markers[i]!, upper ? upperVi(b.text) : b.text);
    const boldLead = b.capDo === 'dieu' && !bold ? markers[i]!.length : 0;
    return [para(`noiDung.${b.capDo}`, text, s.body, { bold, boldLead, align: 'both', firstLine: BODY.firstLine, before: BODY.before, line: BODY.line, wrap: true })];
  });
}

/** The end mark "./." on the last paragraph of a body. */
export function endMark(out: PlanParagraph[]): void {
  const last = out[out.length - 1];
  // A heading's title may run over several lines: the mark follows the last.
  if (last) last.lines = [...last.lines.slice(0, -1), withEndMark(last.lines[last.lines.length - 1]!)];
}

function noiDung(v: VanBan, s: SizeSet): PlanParagraph[] {
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

function noiNhanBlock(v: VanBan, s: SizeSet): PlanParagraph[] {
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

function twoSigners(v: VanBan): boolean {
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

export function planDocument(v: VanBan): DocumentPlan {
  const s = SIZES[v.coChu];
  return {
    header: {
      columns: HEADER_COLUMNS,
      rows: [
        { cells: [headerLeft(v, s), headerRight(s)], cantSplit: true },
        { cells: headerSecondRow(v, s), cantSplit: true },
      ],
    },
    main: [...tenLoaiTrichYeu(v, s), ...thamQuyen(v, s), ...kinhGui(v, s), ...canCu(v, s), ...loiBanHanhLine(v, s), ...noiDung(v, s)],
    signature: signature(v, s),
    after: twoSigners(v) ? noiNhanBlock(v, s) : [],
    kemTheo: planKemTheo(v, s),
    pageNumberSizePt: s.pageNumber,
  };
}

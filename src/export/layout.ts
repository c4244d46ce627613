// The one place that turns Decree 30's layout rules into figures (spec: shared/spec/decree-30-layout.md).
// The .docx writer and the on-screen A4 preview both read these, so the page a user sees is the page
// the clerk prints. Lengths are in twips (1/20 pt; 1 mm ≈ 56.7 twips) unless a name says otherwise.
import type { CoChu } from '../core/model/van-ban.ts';

export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const twipsToMm = (tw: number): number => (tw * 25.4) / 1440;

/** A4 portrait; margins 20/20/30/15 mm, the lower bound of each range (§1), for the widest text. */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1134,
  marginBottom: 1134,
  marginLeft: 1701,
  marginRight: 850,
  /** Distance of the page-number header from the top edge (REC 10 mm). */
  header: 567,
  footer: 567,
} as const;

/** 165 mm: the room between the margins. */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

/** 247 mm: the height text may fill on a portrait page. */
export const TEXT_HEIGHT = PAGE.height - PAGE.marginTop - PAGE.marginBottom;

/**
 * A landscape page, for a table too wide for portrait even at its smallest size (§1, orientation:
 * landscape is allowed for tables not split out into appendices). The margins turn with the paper, as
 * Word turns them when the orientation changes: the 30 mm binding margin stays on the bound edge,
 * which is now the page's top, and the page number stays 10 mm from the top edge.
 */
export const LANDSCAPE_PAGE = {
  width: PAGE.height,
  height: PAGE.width,
  marginTop: PAGE.marginLeft,
  marginBottom: PAGE.marginRight,
  marginLeft: PAGE.marginTop,
  marginRight: PAGE.marginBottom,
  header: PAGE.header,
  footer: PAGE.footer,
} as const;
/** 257 mm wide, 165 mm high. */
export const LANDSCAPE_TEXT_WIDTH = LANDSCAPE_PAGE.width - LANDSCAPE_PAGE.marginLeft - LANDSCAPE_PAGE.marginRight;
export const LANDSCAPE_TEXT_HEIGHT = LANDSCAPE_PAGE.height - LANDSCAPE_PAGE.marginTop - LANDSCAPE_PAGE.marginBottom;

/**
 * Header and signature tables: 40 % / 60 % of the text width (66 mm / 99 mm), as the decree's own
 * samples. The Quốc hiệu at 13 pt bold is 95.7 mm wide in Times New Roman, so the right cell gets no
 * side padding: with Word's default 1.9 mm a side it would wrap.
 */
export const HEADER_COLUMNS = [Math.round(TEXT_WIDTH * 0.4), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.4)] as const;
export const SIGNATURE_COLUMNS = HEADER_COLUMNS;
export const CELL_PADDING = 0;

export const FONT_FAMILY = 'Times New Roman';
export const LANGUAGE = 'vi-VN';

/** Body paragraphs (Phụ lục I, Phần I, Mục II, khoản 6 điểm e). */
export const BODY = {
  /** 1.27 cm first-line indent. */
  firstLine: 720,
  /** ≥ 6 pt between paragraphs: 6 pt before, none after. */
  before: 120,
  after: 0,
  /** Multiple 1.2 (240 = single); the decree allows 1.0 to 1.5. */
  line: 288,
} as const;

/** Single line spacing, for the header, the Nơi nhận and the signature lines. */
export const SINGLE_LINE = 240;

/**
 * Times New Roman's (and Tinos') natural line height: (ascent + descent + line gap) / em = 1.15.
 * Word's "auto" spacing multiplies it; the preview sets CSS line-height from it.
 */
export const NATURAL_LINE_EM = (1825 + 443 + 87) / 2048;

/** An empty rule or break paragraph is as tall as its mark: 4 pt keeps a rule hugging the text above. */
export const MARK_PT = 4;

export const SPACING = {
  /** Between the header table and the type name (REC 12–18 pt). */
  beforeTenLoai: 360,
  /** Before and after the Kính gửi block (REC 6–12 pt). */
  aroundKinhGui: 120,
  /** Before "Số:" under the issuing body's rule (REC 6 pt). */
  beforeSo: 120,
  /** Before "V/v …" of a công văn: 6 pt, fixed by the decree. */
  beforeVv: 120,
  /** Above the Nơi nhận label and the first signature line: the same, so they share a baseline. */
  beforeSignature: 240,
  /** Room to sign and seal between the title lines and the name: ≥ 30 mm. */
  signatureSpace: mmToTwips(30),
} as const;

/** Header rules: 0.75 pt solid (w:sz is in eighths of a point). */
export const RULE = { sizeEighths: 6, space: 1, ratio: 0.4 } as const;

/** Kính gửi block: the label's left indent is chosen to centre the block, within these bounds. */
export const KINH_GUI = { minIndent: 0, maxIndent: mmToTwips(35) } as const;

/** Nơi nhận items: wrapped lines hang about 3 mm under the first. */
export const NOI_NHAN_HANGING = mmToTwips(3);

/** Urgency stamp sizes (ô 10b): 20/40/30 × 8 mm for KHẨN / THƯỢNG KHẨN / HỎA TỐC, red border. */
export const DO_KHAN_STAMP = {
  khan: { text: 'KHẨN', width: mmToTwips(20) },
  'thuong-khan': { text: 'THƯỢNG KHẨN', width: mmToTwips(40) },
  'hoa-toc': { text: 'HỎA TỐC', width: mmToTwips(30) },
  height: mmToTwips(8),
  color: 'FF0000',
} as const;

/**
 * Draft mark ("DỰ THẢO", "DỰ THẢO LẦN 2"; not a part of the decree): a black single-border box at
 * the left under the number line, where the decree puts its stamps (ô 10), in the body's size,
 * regular — as the draft circular of Bộ Tài chính in real-docx 16 sets it (14 pt in a 44 × 8.5 mm
 * box under the header table). The box is as wide as the text and a padding each side.
 */
export const DU_THAO_BOX = {
  height: mmToTwips(8),
  padding: mmToTwips(5),
  color: '000000',
} as const;

export interface SizeSet {
  quocHieu: number;
  tieuNgu: number;
  diaDanh: number;
  coQuanChuQuan: number;
  coQuanBanHanh: number;
  so: number;
  vv: number;
  doKhan: number;
  tenLoai: number;
  trichYeu: number;
  kinhGui: number;
  body: number;
  noiNhanLabel: number;
  noiNhanItem: number;
  chuKy: number;
  pageNumber: number;
}

/** Sizes in points per profile (§2.4): they go up or down together; Số, V/v and Nơi nhận are fixed. */
export const SIZES: Record<CoChu, SizeSet> = {
  lon: {
    quocHieu: 13, tieuNgu: 14, diaDanh: 14, coQuanChuQuan: 13, coQuanBanHanh: 13, so: 13, vv: 12, doKhan: 13,
    tenLoai: 14, trichYeu: 14, kinhGui: 14, body: 14, noiNhanLabel: 12, noiNhanItem: 11, chuKy: 14, pageNumber: 14,
  },
  nho: {
    quocHieu: 12, tieuNgu: 13, diaDanh: 13, coQuanChuQuan: 12, coQuanBanHanh: 12, so: 13, vv: 12, doKhan: 13,
    tenLoai: 13, trichYeu: 13, kinhGui: 13, body: 13, noiNhanLabel: 12, noiNhanItem: 11, chuKy: 13, pageNumber: 13,
  },
};

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Hyphen with a space each side (U+002D), never an en dash. */
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
/** The end mark and where it goes are decided in core, shared with the checker. */
export { END_MARK, withEndMark } from '../core/end-mark.ts';

/**
 * Data tables (bảng) of the body. The decree fixes no size or style for them (§2: sizes are given
 * per component, and a table is none), so these follow the practice of the reports we hold, written
 * so that every viewer draws the same table.
 */
export const TABLE = {
  /**
   * Times New Roman 13 pt (the small profile's body size: a table reads as figures, not prose), then
   * 12 and 11 pt, down to 10 pt and never below, when the columns do not fit their longest words.
   */
  sizesPt: [13, 12, 11, 10] as readonly number[],
  /** 1 mm of room left and right in each cell: Word's 1.9 mm costs an 11-column table 42 mm. */
  cellMarginX: mmToTwips(1),
  /** None above or below: single-spaced lines already carry the diacritics' room. */
  cellMarginY: 0,
  /** Single 0.5 pt lines on every side of every cell (w:sz in eighths of a point). */
  borderEighths: 4,
  /**
   * Added to a column's measured need: the border line takes its share of the cell in LibreOffice,
   * and measured widths are rounded; without it a longest word may just not fit and break.
   */
  slack: 20,
  /** A column with no text at all still gets 5 mm, to write in later by hand. */
  emptyColumn: mmToTwips(5),
  /** Single line spacing in cells: tables are dense; the body's 1.2 would cost a page in ten. */
  line: SINGLE_LINE,
  /**
   * Cell paragraphs take their font, size, colour and spacing from a paragraph style, one per size
   * ("Bang13" …): 7 000 cells each carrying its own run properties made a 6 MB document.xml.
   */
  styleId: (sizePt: number) => `Bang${sizePt}`,
  /** The caption stands 6 pt under the paragraph above, as paragraphs do; the unit line hugs the table. */
  captionBefore: BODY.before,
  /** Notes ("Ghi chú: …", "Nguồn: …") 3 pt under the table, close enough to read as its own. */
  notesBefore: 60,
} as const;

/**
 * Footnotes (chú thích). The decree sets no size for them; the province's files (real-docx 01, 02,
 * 17, 22) set their notes at 10 pt through Word's "footnote text" style (9–10 pt in 02), so: 10 pt
 * Times New Roman, single spacing, justified. The reference mark is the body's run in superscript
 * (the "footnote reference" style), as Word writes it. Under the text, above the notes, Word's own
 * separator: a 1/3-width line (the preview draws it at the same length).
 */
export const FOOTNOTE = {
  sizePt: 10,
  line: SINGLE_LINE,
  /** The separator line's length, as Word draws it: 2 inches. */
  separatorLength: 2880,
  /** Room between the text and the separator, and between notes (Word's defaults: none). */
  before: 0,
} as const;

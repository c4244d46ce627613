// The document model: facts, not formatting. Numbers of body blocks, the date line, the
// "Số: …" line and upper-cased titles are computed from these fields, never stored.
// zod/mini: the same validation in a fraction of the bytes — the model ships in the first-load
// bundle (storage validates every save), which has a 100 KB gzip budget.
import * as z from 'zod/mini';
import { LOAI_VAN_BAN } from '../decree/document-types.ts';
import { cleanLine, cleanLines, cleanText } from '../text/normalize.ts';

/** Limits that keep one document within what a phone can edit and a .docx can hold. */
export const LIMITS = {
  line: 2_000,
  paragraph: 20_000,
  listItems: 200,
  blocks: 10_000,
  /** Văn bản kèm theo and phụ lục of one document. */
  kemTheo: 20,
  /** Tables (bảng): columns, rows (header rows included), characters a cell, tables a document. */
  tableColumns: 30,
  tableRows: 2_000,
  headerRows: 3,
  cell: 2_000,
  tables: 100,
  /** Footnotes (chú thích) of one paragraph or cell. */
  footnotes: 50,
} as const;

/**
 * The kinds of text field: how each is cleaned and how long it may be once cleaned. The raw text may
 * be at most twice that (a bound on the work cleaning does). The editor measures with `measureText`,
 * so what it lets through is exactly what the schema accepts.
 */
export const TEXT_KINDS = {
  /** One-line text, NFC, trimmed. */
  line: { clean: cleanLine, max: LIMITS.line },
  /** Text that may run over several lines (e.g. an issuing body's name), NFC. */
  lines: { clean: cleanLines, max: LIMITS.line },
  paragraph: { clean: cleanLine, max: LIMITS.paragraph },
  /** A table cell: several lines allowed. */
  cell: { clean: cleanLines, max: LIMITS.cell },
} as const;
export type TextKind = keyof typeof TEXT_KINDS;

/** How long `raw` counts for a field of this kind, and whether the schema would refuse it. */
export function measureText(kind: TextKind, raw: string): { length: number; max: number; over: boolean } {
  const { clean, max } = TEXT_KINDS[kind];
  const length = clean(raw).length;
  return { length, max, over: length > max || raw.length > max * 2 };
}

/** Text cleaned as its kind says, with a limit before (raw) and after (clean) cleaning. */
function text(kind: TextKind) {
  const { clean, max } = TEXT_KINDS[kind];
  return z.pipe(z.pipe(z.string().check(z.maxLength(max * 2)), z.transform(clean)), z.string().check(z.maxLength(max)));
}

const line = text('line');
const lines = text('lines');
const paragraph = text('paragraph');
const lineList = z.array(line).check(z.maxLength(LIMITS.listItems));
const whole = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

/**
 * Levels of the body outline (Phụ lục I, Phần I, Mục II, khoản 6): phần "Phần I" and chương
 * "Chương I" (a label line, then the title in capitals), mục "I.", điều "Điều 1." (the articles of a
 * decision or regulation), khoản "1.", tiểu mục "1.1." (convention), điểm "a)", then the dash "-" and
 * plus "+" sub-points, and a plain paragraph with no marker.
 */
export const CAP_DO = ['phan', 'chuong', 'muc', 'dieu', 'khoan', 'tieuMuc', 'diem', 'gach', 'cong', 'doan'] as const;
export type CapDo = (typeof CAP_DO)[number];

const blockId = z.optional(z.string().check(z.maxLength(64)));

/** A paragraph of the body at one level of the outline. */
/**
 * Chú thích: a footnote. Its reference mark stands in the text after the first `viTri` characters
 * (0: before the first one); the text itself prints at the foot of the page. Numbers are computed in
 * document order, never stored.
 */
export const chuThichSchema = z.object({
  viTri: whole(0, LIMITS.paragraph),
  noiDung: line,
});
export type ChuThich = z.infer<typeof chuThichSchema>;

/** A text's footnotes; left out (not []) where there are none, so documents without any keep their shape. */
const chuThichList = z.optional(z.array(chuThichSchema).check(z.maxLength(LIMITS.footnotes)));

export const khoiVanBanSchema = z.object({
  /** Stable key for editors; not part of the document's content. */
  id: blockId,
  capDo: z.enum(CAP_DO),
  text: paragraph,
  chuThich: chuThichList,
});
export type KhoiVanBan = z.infer<typeof khoiVanBanSchema>;

/** Alignment of a table column (căn lề): text left, figures right or centred. */
export const CAN_LE = ['trai', 'giua', 'phai'] as const;
export type CanLe = (typeof CAN_LE)[number];

/**
 * One cell (ô) of a table: its text (several lines allowed) and how far it spans. Cells are listed
 * as HTML lists them: a cell covered by a span to its left or above is not listed at all.
 */
export const oBangSchema = z.object({
  text: z._default(text('cell'), ''),
  /** Columns this cell takes (merged to the right); 1 when not merged. */
  gopCot: z._default(whole(1, LIMITS.tableColumns), 1),
  /** Rows this cell takes (merged downwards); 1 when not merged. */
  gopHang: z._default(whole(1, LIMITS.tableRows), 1),
  chuThich: chuThichList,
});
export type OBang = z.infer<typeof oBangSchema>;

export const hangBangSchema = z.object({
  o: z.array(oBangSchema).check(z.maxLength(LIMITS.tableColumns)),
});
export type HangBang = z.infer<typeof hangBangSchema>;

/**
 * Bảng: a data table of the body. Rows may be ragged (a pasted table keeps its mistakes; the checker
 * names them); the layout fills what is missing with empty cells.
 */
export const bangSchema = z.object({
  /** Caption above the table: "Bảng 1. …", "Biểu số 01 …". */
  tieuDe: z._default(line, ''),
  /** The unit line as typed: "Đơn vị tính: triệu đồng". */
  donViTinh: z._default(line, ''),
  /** How many of the first rows are header rows (bold, centred, repeated on each page). */
  soHangTieuDe: z._default(whole(0, LIMITS.headerRows), 0),
  hang: z.array(hangBangSchema).check(z.minLength(1), z.maxLength(LIMITS.tableRows)),
  /** Alignment per column; a column without one is laid out as text (left). */
  canLe: z._default(z.array(z.enum(CAN_LE)).check(z.maxLength(LIMITS.tableColumns)), []),
  /** Relative column widths; [] lets the layout compute them from the content. */
  doRong: z._default(z.array(z.number().check(z.positive(), z.lte(1_000))).check(z.maxLength(LIMITS.tableColumns)), []),
  /** Lines under the table: "Ghi chú: …", "Nguồn: …". */
  ghiChu: z._default(z.array(line).check(z.maxLength(LIMITS.listItems)), []),
});
export type Bang = z.infer<typeof bangSchema>;

/** A table where a paragraph could stand. */
export const khoiBangSchema = z.object({
  id: blockId,
  capDo: z.literal('bang'),
  bang: bangSchema,
});
export type KhoiBang = z.infer<typeof khoiBangSchema>;

/** A body block: a paragraph at a level of the outline, or a table. */
export const khoiSchema = z.discriminatedUnion('capDo', [khoiVanBanSchema, khoiBangSchema]);
export type Khoi = z.infer<typeof khoiSchema>;

export function isBang(k: Khoi): k is KhoiBang {
  return k.capDo === 'bang';
}

/** Tables of one block list. */
function countTables(blocks: readonly Khoi[]): number {
  let n = 0;
  for (const b of blocks) if (b.capDo === 'bang') n++;
  return n;
}

/** Tables of a whole document, its attachments' included (the limit is the document's). */
export function tableCount(v: { noiDung: readonly Khoi[]; kemTheo: readonly { noiDung: readonly Khoi[] }[] }): number {
  return countTables(v.noiDung) + v.kemTheo.reduce((n, k) => n + countTables(k.noiDung), 0);
}

/** Signing-authority prefixes (Điều 13): thay mặt, ký thay, thừa lệnh, thừa ủy quyền, quyền. */
export const QUYEN_HAN = ['', 'TM', 'KT', 'TL', 'TUQ', 'Q'] as const;
export type QuyenHan = (typeof QUYEN_HAN)[number];

/** Urgency stamp (ô 10b). */
export const DO_KHAN = ['khan', 'thuong-khan', 'hoa-toc'] as const;
export type DoKhan = (typeof DO_KHAN)[number];

/** Size profile (Mục V footnote 1): sizes go up or down together. */
export const CO_CHU = ['lon', 'nho'] as const;
export type CoChu = (typeof CO_CHU)[number];

/** Số: up to nine digits, maybe one letter after them (36a); empty while the clerk has not assigned one. */
export const SO_PATTERN = /^(\d{1,9}[a-zA-Z]?)?$/;
/** What SO_PATTERN allows, for the messages of the schema and of the editor's field. */
export const SO_RULE = 'chỉ gồm chữ số (có thể thêm một chữ cái, ví dụ 36a), hoặc để trống';

export const ngayBanHanhSchema = z
  .object({
    ngay: z._default(z.nullable(whole(1, 31)), null),
    thang: z._default(z.nullable(whole(1, 12)), null),
    nam: whole(1945, 2200),
  })
  .check(
    z.superRefine((d, ctx) => {
      if (d.ngay !== null && d.thang !== null) {
        const last = new Date(Date.UTC(d.nam, d.thang, 0)).getUTCDate();
        if (d.ngay > last) {
          ctx.addIssue({ code: 'custom', path: ['ngay'], message: `tháng ${d.thang} năm ${d.nam} chỉ có ${last} ngày`, input: d.ngay });
        }
      }
    }),
  );
export type NgayBanHanh = z.infer<typeof ngayBanHanhSchema>;

/** A second signer, on the left of the signature row (Biên bản: the secretary, "THƯ KÝ"). */
export const chuKyPhuSchema = z.object({
  chucVu: z._default(line, ''),
  hoTen: z._default(line, ''),
});
export type ChuKyPhu = z.infer<typeof chuKyPhuSchema>;

export const chuKySchema = z.object({
  quyenHan: z._default(z.enum(QUYEN_HAN), ''),
  /** The line after the prefix: the collective body (TM.) or the head's title (KT., TL., TUQ., Q.). */
  thayMat: z._default(line, ''),
  /** The signer's own title, one line or more (e.g. "KT. CHỦ TỊCH" then "PHÓ CHỦ TỊCH"). */
  chucVu: z._default(lines, ''),
  hoTen: z._default(line, ''),
});
export type ChuKy = z.infer<typeof chuKySchema>;

/**
 * A document issued with the main one, in the same file: a regulation the Quyết định issues
 * ("ban-hanh", Mẫu 1.3) or an appendix ("phu-luc", Mẫu 2.1).
 */
export const KIEU_KEM_THEO = ['ban-hanh', 'phu-luc'] as const;
export type KieuKemTheo = (typeof KIEU_KEM_THEO)[number];

export const kemTheoSchema = z.object({
  kieu: z.enum(KIEU_KEM_THEO),
  /** "ban-hanh": the type name ("Quy chế"); "phu-luc": the appendix title. */
  ten: z._default(line, ''),
  /** "ban-hanh" only: the summary under the type name. */
  trichYeu: z._default(line, ''),
  noiDung: z._default(z.array(khoiSchema).check(z.maxLength(LIMITS.blocks)), []),
});
export type KemTheo = z.infer<typeof kemTheoSchema>;

/** The document's fields; `vanBanSchema` adds the checks that span fields. */
export const vanBanFields = z.object({
  loai: z.enum(LOAI_VAN_BAN),
  /**
   * Tên loại of a "khac" document, as printed but in running-text case ("Thông tư", "Điều lệ"); one
   * line, NFC. Ignored for the decree's own types; '' keeps old saves and backups valid.
   */
  tenLoai: z._default(line, ''),
  /** Cơ quan chủ quản: the direct superior body, if any. */
  coQuanChuQuan: z._default(lines, ''),
  /** Cơ quan ban hành: the issuing body; the user chooses where its name breaks. */
  coQuanBanHanh: z._default(lines, ''),
  /** Issuer part of the symbol, e.g. "UBND" in 133/BC-UBND. */
  maCoQuan: z._default(line, ''),
  /** Drafting unit or field, used by công văn only: "VX" in 12/UBND-VX. */
  maDonVi: z._default(line, ''),
  /** Địa danh: place name without its generic word ("Hương Long", not "Xã Hương Long"). */
  diaDanh: z._default(line, ''),
  /** Registration number; empty while the clerk has not assigned one. */
  so: z._default(z.pipe(line, z.string().check(z.regex(SO_PATTERN, SO_RULE))), ''),
  ngayBanHanh: ngayBanHanhSchema,
  doKhan: z._default(z.nullable(z.enum(DO_KHAN)), null),
  /**
   * Dự thảo (draft): the text is circulated for comment, not issued; the page shows a "DỰ THẢO" box.
   * A flag of the document, never part of its type name or summary; false keeps old saves valid.
   */
  duThao: z._default(z.boolean(), false),
  /** Which draft ("Dự thảo lần 2"), when numbered; printed only while duThao is set. */
  lanDuThao: z._default(z.nullable(whole(1, 99)), null),
  /** Trích yếu: the one-line summary (without "V/v" for công văn). */
  trichYeu: z._default(line, ''),
  /**
   * Thẩm quyền ban hành: the authority that decides, printed under the summary of a Quyết định or
   * Nghị quyết ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …"), or the sender of a Công điện ("… điện:").
   */
  thamQuyen: z._default(line, ''),
  /** Kính gửi: addressees, one item each, punctuation as typed. */
  kinhGui: z._default(lineList, []),
  /** Căn cứ: legal bases of a decision, one per line. */
  canCu: z._default(lineList, []),
  noiDung: z._default(z.array(khoiSchema).check(z.maxLength(LIMITS.blocks)), []),
  /** Closing sentence ("Trên đây là …"); the end mark "./." is added by the layout. */
  ketThuc: z._default(paragraph, ''),
  /** Nơi nhận: distribution list, one item each, without the leading dash. */
  noiNhan: z._default(lineList, []),
  chuKy: z._default(chuKySchema, { quyenHan: '', thayMat: '', chucVu: '', hoTen: '' }),
  chuKyPhu: z._default(chuKyPhuSchema, { chucVu: '', hoTen: '' }),
  coChu: z._default(z.enum(CO_CHU), 'lon'),
  /** Attached documents, each on its own pages after the signature; [] keeps old saves valid. */
  kemTheo: z._default(z.array(kemTheoSchema).check(z.maxLength(LIMITS.kemTheo)), []),
});

export const vanBanSchema = vanBanFields.check(
  z.superRefine((v, ctx) => {
    const tables = tableCount(v);
    if (tables > LIMITS.tables) {
      ctx.addIssue({ code: 'custom', path: ['noiDung'], message: `quá nhiều bảng (${tables}; tối đa ${LIMITS.tables} bảng một văn bản)`, input: tables });
    }
  }),
);

/** A document as stored and exported: every text NFC-normalised by the schema. */
export type VanBan = z.infer<typeof vanBanSchema>;
/** What a caller may pass in: optional parts may be left out. */
export type VanBanInput = z.input<typeof vanBanSchema>;

export { cleanText };

// The document model: facts, not formatting. Numbers of body blocks, the date line, the
// "Số: …" line and upper-cased titles are computed from these fields, never stored.
import { z } from 'zod';
import { LOAI_VAN_BAN } from '../decree/document-types.ts';
import { cleanLine, cleanLines, cleanText } from '../text/normalize.ts';

/** Limits that keep one document within what a phone can edit and a .docx can hold. */
export const LIMITS = {
  line: 2_000,
  paragraph: 20_000,
  listItems: 200,
  blocks: 10_000,
} as const;

/** One-line text, NFC, trimmed. */
const line = z.string().max(LIMITS.line * 2).transform(cleanLine).pipe(z.string().max(LIMITS.line));
/** Text that may run over several lines (e.g. an issuing body's name), NFC. */
const lines = z.string().max(LIMITS.line * 2).transform(cleanLines).pipe(z.string().max(LIMITS.line));
const paragraph = z
  .string()
  .max(LIMITS.paragraph * 2)
  .transform(cleanLine)
  .pipe(z.string().max(LIMITS.paragraph));
const lineList = z.array(line).max(LIMITS.listItems);

/**
 * Levels of the body outline (Phụ lục I, Phần I, Mục II, khoản 6): mục "I.", khoản "1.",
 * tiểu mục "1.1." (convention), điểm "a)", then the dash "-" and plus "+" sub-points, and a plain
 * paragraph with no marker.
 */
export const CAP_DO = ['muc', 'khoan', 'tieuMuc', 'diem', 'gach', 'cong', 'doan'] as const;
export type CapDo = (typeof CAP_DO)[number];

export const khoiSchema = z.object({
  /** Stable key for editors; not part of the document's content. */
  id: z.string().max(64).optional(),
  capDo: z.enum(CAP_DO),
  text: paragraph,
});
export type Khoi = z.infer<typeof khoiSchema>;

/** Signing-authority prefixes (Điều 13): thay mặt, ký thay, thừa lệnh, thừa ủy quyền, quyền. */
export const QUYEN_HAN = ['', 'TM', 'KT', 'TL', 'TUQ', 'Q'] as const;
export type QuyenHan = (typeof QUYEN_HAN)[number];

/** Urgency stamp (ô 10b). */
export const DO_KHAN = ['khan', 'thuong-khan', 'hoa-toc'] as const;
export type DoKhan = (typeof DO_KHAN)[number];

/** Size profile (Mục V footnote 1): sizes go up or down together. */
export const CO_CHU = ['lon', 'nho'] as const;
export type CoChu = (typeof CO_CHU)[number];

export const ngayBanHanhSchema = z
  .object({
    ngay: z.number().int().min(1).max(31).nullable().default(null),
    thang: z.number().int().min(1).max(12).nullable().default(null),
    nam: z.number().int().min(1945).max(2200),
  })
  .superRefine((d, ctx) => {
    if (d.ngay !== null && d.thang !== null) {
      const last = new Date(Date.UTC(d.nam, d.thang, 0)).getUTCDate();
      if (d.ngay > last) {
        ctx.addIssue({ code: 'custom', path: ['ngay'], message: `tháng ${d.thang} năm ${d.nam} chỉ có ${last} ngày` });
      }
    }
  });
export type NgayBanHanh = z.infer<typeof ngayBanHanhSchema>;

export const chuKySchema = z.object({
  quyenHan: z.enum(QUYEN_HAN).default(''),
  /** The line after the prefix: the collective body (TM.) or the head's title (KT., TL., TUQ., Q.). */
  thayMat: line.default(''),
  /** The signer's own title, one line or more (e.g. "KT. CHỦ TỊCH" then "PHÓ CHỦ TỊCH"). */
  chucVu: lines.default(''),
  hoTen: line.default(''),
});
export type ChuKy = z.infer<typeof chuKySchema>;

export const vanBanSchema = z.object({
  loai: z.enum(LOAI_VAN_BAN),
  /** Cơ quan chủ quản: the direct superior body, if any. */
  coQuanChuQuan: lines.default(''),
  /** Cơ quan ban hành: the issuing body; the user chooses where its name breaks. */
  coQuanBanHanh: lines.default(''),
  /** Issuer part of the symbol, e.g. "UBND" in 133/BC-UBND. */
  maCoQuan: line.default(''),
  /** Drafting unit or field, used by công văn only: "VX" in 12/UBND-VX. */
  maDonVi: line.default(''),
  /** Địa danh: place name without its generic word ("Hương Long", not "Xã Hương Long"). */
  diaDanh: line.default(''),
  /** Registration number; empty while the clerk has not assigned one. */
  so: line.pipe(z.string().regex(/^(\d{1,9}[a-zA-Z]?)?$/, 'chỉ gồm chữ số (có thể thêm một chữ cái), hoặc để trống')).default(''),
  ngayBanHanh: ngayBanHanhSchema,
  doKhan: z.enum(DO_KHAN).nullable().default(null),
  /** Trích yếu: the one-line summary (without "V/v" for công văn). */
  trichYeu: line.default(''),
  /** Kính gửi: addressees, one item each, punctuation as typed. */
  kinhGui: lineList.default([]),
  /** Căn cứ: legal bases of a decision, one per line. */
  canCu: lineList.default([]),
  noiDung: z.array(khoiSchema).max(LIMITS.blocks).default([]),
  /** Closing sentence ("Trên đây là …"); the end mark "./." is added by the layout. */
  ketThuc: paragraph.default(''),
  /** Nơi nhận: distribution list, one item each, without the leading dash. */
  noiNhan: lineList.default([]),
  chuKy: chuKySchema.default({ quyenHan: '', thayMat: '', chucVu: '', hoTen: '' }),
  coChu: z.enum(CO_CHU).default('lon'),
});

/** A document as stored and exported: every text NFC-normalised by the schema. */
export type VanBan = z.infer<typeof vanBanSchema>;
/** What a caller may pass in: optional parts may be left out. */
export type VanBanInput = z.input<typeof vanBanSchema>;

export { cleanText };

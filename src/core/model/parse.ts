// Validation at the door, with messages a Vietnamese user can act on.
import type * as z from 'zod/mini';
import { putBackKnownBlocks, setAsideKnownBlocks } from './known-blocks.ts';
import { vanBanSchema, type VanBan } from './van-ban.ts';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Vietnamese names of the model's fields, as the editor labels them. */
const FIELD_LABELS: Record<string, string> = {
  loai: 'Loại văn bản',
  tenLoai: 'Tên loại văn bản',
  coQuanChuQuan: 'Cơ quan chủ quản',
  coQuanBanHanh: 'Cơ quan ban hành',
  maCoQuan: 'Ký hiệu cơ quan',
  maDonVi: 'Ký hiệu đơn vị soạn thảo',
  diaDanh: 'Địa danh',
  so: 'Số',
  ngayBanHanh: 'Ngày ban hành',
  ngay: 'ngày',
  thang: 'tháng',
  nam: 'năm',
  doKhan: 'Mức độ khẩn',
  duThao: 'Dự thảo',
  lanDuThao: 'Dự thảo lần',
  trichYeu: 'Trích yếu',
  kinhGui: 'Kính gửi',
  canCu: 'Căn cứ',
  noiDung: 'Nội dung',
  capDo: 'cấp',
  text: 'nội dung',
  ketThuc: 'Câu kết thúc',
  noiNhan: 'Nơi nhận',
  chuKy: 'Chữ ký',
  quyenHan: 'Quyền hạn ký',
  thayMat: 'Thay mặt / ký thay cho',
  chucVu: 'Chức vụ người ký',
  hoTen: 'Người ký',
  coChu: 'Cỡ chữ',
  kemTheo: 'Văn bản kèm theo / phụ lục',
  ten: 'tên',
  kieu: 'loại',
  bang: 'bảng',
  tieuDe: 'tiêu đề bảng',
  donViTinh: 'đơn vị tính',
  soHangTieuDe: 'số hàng tiêu đề',
  hang: 'hàng',
  o: 'ô',
  gopCot: 'số cột gộp',
  gopHang: 'số hàng gộp',
  canLe: 'căn lề cột',
  doRong: 'độ rộng cột',
  ghiChu: 'ghi chú dưới bảng',
  chuThich: 'chú thích',
  viTri: 'vị trí',
};

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'Văn bản';
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') parts.push(`mục thứ ${key + 1}`);
    else parts.push(FIELD_LABELS[String(key)] ?? String(key));
  }
  return parts.join(', ');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) return 'chưa có (bắt buộc)';
  switch (issue.code) {
    case 'invalid_type':
      return `sai kiểu dữ liệu (cần ${vietnameseType(issue.expected)})`;
    case 'invalid_value':
      return issue.values.length > 8
        ? `giá trị ${shortJson(issue.input)} không có trong danh sách cho phép`
        : `giá trị ${shortJson(issue.input)} không hợp lệ (chọn một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
    case 'too_big':
      return issue.origin === 'array'
        ? `quá nhiều mục (tối đa ${issue.maximum})`
        : issue.origin === 'string'
          ? `quá dài (tối đa ${issue.maximum} ký tự)`
          : `quá lớn (tối đa ${issue.maximum})`;
    case 'too_small':
      return `quá nhỏ (tối thiểu ${issue.minimum})`;
    case 'invalid_union': {
      // A body block of an unknown kind: the discriminator's value and the kinds allowed.
      const u = issue as { discriminator?: string; options?: unknown[]; input?: unknown };
      if (!u.discriminator || !Array.isArray(u.options)) return 'không đúng dạng nào được phép';
      const value = u.input && typeof u.input === 'object' ? (u.input as Record<string, unknown>)[u.discriminator] : u.input;
      return `giá trị ${shortJson(value)} không hợp lệ (chọn một trong: ${u.options.map((v) => JSON.stringify(v)).join(', ')})`;
    }
    case 'invalid_format':
      return issue.message;
    default:
      return issue.message;
  }
}

/** A value quoted in a message, cut short: a hostile file may hold a 10 MB string. */
function shortJson(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

function vietnameseType(t: string): string {
  return ({ string: 'chữ', number: 'số', object: 'đối tượng', array: 'danh sách', boolean: 'đúng/sai' } as Record<string, string>)[t] ?? t;
}

export function formatZodError(error: Pick<z.core.$ZodError, 'issues'>): string[] {
  return error.issues.map((i) => `${describePath(i.path)}: ${describeIssue(i)}`);
}

/** Validate and normalise (NFC) anything claimed to be a document. */
export function parseVanBan(input: unknown): ParseResult<VanBan> {
  // Blocks accepted before are not checked again (known-blocks.ts): an autosave checks what changed.
  const light = setAsideKnownBlocks(input);
  if (light.aside.length > 0) {
    const r = vanBanSchema.safeParse(light.input);
    const value = r.success ? putBackKnownBlocks(r.data, light) : null;
    if (value) return { ok: true, value };
  }
  // The full check: the first one, and any document the lighter one did not pass, so that every message
  // names its place in the document as given. reportInput: the messages must tell a missing field from a wrong value.
  const r = vanBanSchema.safeParse(input, { reportInput: true });
  if (!r.success) return { ok: false, errors: formatZodError(r.error) };
  return { ok: true, value: putBackKnownBlocks(r.data, { input, aside: [], original: input }) ?? r.data };
}

// What changed between two versions of a document, as the version history says it: how many words
// came and went, and which parts of the document were touched. Words are counted as a bag, so a
// paragraph moved elsewhere adds and removes nothing, while the part it sits in still shows as changed.
import type { VanBan } from './model/van-ban.ts';

/** The parts of a document as the editor labels them, in page order, with the fields each holds. */
export const PARTS: readonly (readonly [label: string, fields: readonly (keyof VanBan)[]])[] = [
  ['Loại văn bản', ['loai', 'tenLoai']],
  ['Cơ quan chủ quản', ['coQuanChuQuan']],
  ['Cơ quan ban hành', ['coQuanBanHanh']],
  ['Số, ký hiệu', ['so', 'maCoQuan', 'maDonVi']],
  ['Địa danh, ngày', ['diaDanh', 'ngayBanHanh']],
  ['Mức độ khẩn', ['doKhan']],
  ['Dự thảo', ['duThao', 'lanDuThao']],
  ['Trích yếu', ['trichYeu']],
  ['Thẩm quyền ban hành', ['thamQuyen']],
  ['Căn cứ', ['canCu']],
  ['Kính gửi', ['kinhGui']],
  ['Nội dung', ['noiDung']],
  ['Câu kết thúc', ['ketThuc']],
  ['Nơi nhận', ['noiNhan']],
  ['Chữ ký', ['chuKy', 'chuKyPhu']],
  ['Cỡ chữ', ['coChu']],
  ['Văn bản kèm theo / Phụ lục', ['kemTheo']],
];

/** Keys whose values are choices or editor keys, not words the user wrote (canLe: a table's column alignment). */
const NOT_WORDS = new Set(['id', 'capDo', 'kieu', 'loai', 'doKhan', 'coChu', 'duThao', 'canLe']);

export interface Changes {
  added: number;
  removed: number;
  /** Labels of the parts that differ, in page order. */
  parts: string[];
}

function collectWords(value: unknown, into: Map<string, number>): void {
  if (typeof value === 'string') {
    for (const w of value.split(/\s+/u)) if (w !== '') into.set(w, (into.get(w) ?? 0) + 1);
  } else if (Array.isArray(value)) {
    for (const v of value) collectWords(v, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!NOT_WORDS.has(k)) collectWords(v, into);
  }
}

function words(v: VanBan, fields: readonly (keyof VanBan)[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const f of fields) if (!NOT_WORDS.has(f)) collectWords(v[f], bag);
  return bag;
}

/** The fields' content without the editor's block ids, which are not part of the text. */
function content(v: VanBan, fields: readonly (keyof VanBan)[]): string {
  return JSON.stringify(
    fields.map((f) => v[f]),
    (k, x: unknown) => (k === 'id' ? undefined : x),
  );
}

export function compareVersions(older: VanBan, newer: VanBan): Changes {
  const out: Changes = { added: 0, removed: 0, parts: [] };
  for (const [label, fields] of PARTS) {
    if (content(older, fields) === content(newer, fields)) continue;
    out.parts.push(label);
    const before = words(older, fields);
    const after = words(newer, fields);
    for (const [w, n] of after) out.added += Math.max(0, n - (before.get(w) ?? 0));
    for (const [w, n] of before) out.removed += Math.max(0, n - (after.get(w) ?? 0));
  }
  return out;
}

/** "Thêm 12 từ, bớt 3 từ ở Nội dung, Trích yếu"; "Sửa Địa danh, ngày"; "Không thay đổi". */
export function describeChanges(c: Changes): string {
  if (c.parts.length === 0) return 'Không thay đổi';
  const counts = [c.added > 0 ? `thêm ${c.added} từ` : '', c.removed > 0 ? `bớt ${c.removed} từ` : ''].filter(Boolean);
  const text = counts.length > 0 ? `${counts.join(', ')} ở ${c.parts.join(', ')}` : `sửa ${c.parts.join(', ')}`;
  return text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);
}

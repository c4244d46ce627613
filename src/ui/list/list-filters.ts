// The list's search box and filters as the form holds them (strings from inputs and selects), and
// the storage query they stand for. Unknown values are dropped rather than sent to storage.
import { DOCUMENT_TYPES, type LoaiVanBan } from '../../core/decree/document-types.ts';
import type { DocumentStatus, SearchQuery } from '../../storage/index.ts';

export interface ListFilters {
  text: string;
  /** "" for every year. */
  year: string;
  /** "" for every type, else a LoaiVanBan. */
  loai: string;
  /** "" for both, "draft" or "final". */
  status: string;
}

export const NO_FILTERS: ListFilters = { text: '', year: '', loai: '', status: '' };

export function isLoai(value: string): value is LoaiVanBan {
  return Object.hasOwn(DOCUMENT_TYPES, value);
}

function isStatus(value: string): value is DocumentStatus {
  return value === 'draft' || value === 'final';
}

export function toQuery(f: ListFilters, page: { offset: number; limit: number }, trash = false): SearchQuery {
  const q: SearchQuery = { offset: page.offset, limit: page.limit };
  if (trash) q.trash = true;
  const text = f.text.trim();
  if (text) q.text = text;
  if (/^\d{4}$/.test(f.year)) q.year = Number(f.year);
  if (isLoai(f.loai)) q.loai = f.loai;
  if (isStatus(f.status)) q.status = f.status;
  return q;
}

export function hasFilters(f: ListFilters): boolean {
  return f.text.trim() !== '' || f.year !== '' || f.loai !== '' || f.status !== '';
}

/** Pages can shift while a write lands between their queries; a document shows once. */
export function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

/** "12 văn bản", "Tìm thấy 3 văn bản", or "Đang hiện 40 văn bản" when a broad search did not count. */
export function countText(total: number | null, shown: number, filtered: boolean, trash = false): string {
  const where = trash ? ' trong thùng rác' : '';
  if (total === null) return `Đang hiện ${shown} văn bản${where} (còn nữa)`;
  if (filtered) return `Tìm thấy ${total} văn bản${where}`;
  return `${total} văn bản${where}`;
}

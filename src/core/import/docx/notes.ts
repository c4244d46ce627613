// The import notes a .docx adds to the classifier's own: what was left out of the draft (pictures,
// embedded objects, hidden text, page headers, comments) or read in a way the user should know
// (tracked changes accepted, text boxes placed after their paragraph, endnotes read as footnotes).
// Every piece of text that is not in the draft is quoted here, so nothing is dropped silently.
import type { Tally } from './walk.ts';

export interface LeftOut {
  tally: Tally;
  hidden: readonly string[];
  /** Text of the page headers and footers (not page numbers). */
  headerFooter: readonly string[];
  comments: readonly string[];
  endnotes: number;
  /** Footnotes whose reference was nowhere in the kept text. */
  unplacedFootnotes: readonly string[];
}

const quote = (s: string) => `«${s.trim().replace(/\s*\n\s*/g, ' / ').replace(/\s+/g, ' ')}»`;

export function importNotes(x: LeftOut): string[] {
  const t = x.tally;
  const notes: string[] = [];
  if (t.insertions + t.deletions > 0) {
    notes.push(
      `Tệp còn thay đổi được theo dõi (Track Changes): đã nhận ${t.insertions} chỗ thêm và bỏ ${t.deletions} chỗ xóa, như khi bấm «Chấp nhận tất cả» trong Word.`,
    );
  }
  if (t.images > 0) notes.push(`Bỏ ${t.images} hình ảnh (ảnh, logo) trong tệp: ứng dụng không giữ hình ảnh.`);
  if (t.objects > 0) notes.push(`Bỏ ${t.objects} đối tượng nhúng (biểu đồ, sơ đồ, bảng tính): nội dung của chúng không được đọc.`);
  if (t.altChunks > 0) notes.push(`Bỏ ${t.altChunks} phần chèn từ tệp khác (altChunk): hãy mở tệp bằng Word, lưu lại rồi mở lại.`);
  if (t.textBoxes > 0) notes.push(`Chữ trong ${t.textBoxes} khung văn bản (text box) được đặt ngay sau đoạn chứa khung.`);
  if (x.endnotes > 0) notes.push(`${x.endnotes} chú thích cuối văn bản (endnote) được đọc như chú thích cuối trang.`);
  for (const h of x.hidden) notes.push(`Bỏ chữ ẩn (không hiện khi in) ${quote(h)}.`);
  for (const h of x.headerFooter) notes.push(`Bỏ chữ ở đầu trang hoặc chân trang ${quote(h)}: bố cục tự đặt đầu trang và số trang.`);
  for (const c of x.comments) notes.push(`Bỏ nhận xét (comment) ${quote(c)}.`);
  for (const f of x.unplacedFootnotes) notes.push(`Chú thích không tìm thấy chỗ đặt trong văn bản: ${quote(f)}.`);
  return notes;
}

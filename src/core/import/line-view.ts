// The readers of the header, the summary, Kính gửi, the footer and the attachments read lines only;
// tables stand between lines. A view hands them the lines and keeps where each line stands among
// the items, so that the classifier cuts the items where those readers cut the lines.
import { isBangNhap, type BangNhap, type MucNhap } from './nguon.ts';

export interface LineView {
  lines: string[];
  /** Index among the items of line k; for k = lines.length, the number of items. */
  at(k: number): number;
  /** Index among the items just after line k - 1 (0 for k = 0): where a part that starts after k - 1 lines begins. */
  after(k: number): number;
  /** Lines before the first table: a header (or an attachment's heading) ends at a table. */
  beforeFirstTable: number;
}

export function lineView(items: readonly MucNhap[]): LineView {
  const lines: string[] = [];
  const index: number[] = [];
  let beforeFirstTable = -1;
  items.forEach((m, i) => {
    if (!isBangNhap(m)) {
      lines.push(m);
      index.push(i);
    } else if (beforeFirstTable < 0) beforeFirstTable = lines.length;
  });
  const at = (k: number) => (k < index.length ? index[k]! : items.length);
  return { lines, at, after: (k) => (k === 0 ? 0 : at(k - 1) + 1), beforeFirstTable: beforeFirstTable < 0 ? lines.length : beforeFirstTable };
}

export function tablesIn(items: readonly MucNhap[]): BangNhap[] {
  return items.filter(isBangNhap);
}

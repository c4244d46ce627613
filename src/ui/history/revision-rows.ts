// The version history as the list shows it: when, why, and what changed since the version before.
import { compareVersions, describeChanges } from '../../core/changes.ts';
import type { VanBan } from '../../core/model/van-ban.ts';
import type { RevisionReason, RevisionRecord } from '../../storage/index.ts';

export const REASON_LABELS: Record<RevisionReason, string> = {
  edit: 'Tự động',
  export: 'Trước khi xuất',
  restore: 'Trước khi khôi phục',
  import: 'Trước khi nhập',
};

export interface RevisionRow {
  revision: RevisionRecord;
  time: string;
  reason: string;
  /** Against the version before it; the oldest kept says so. */
  changes: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "14:05, 03/06/2025", in the device's time zone. */
export function revisionTime(at: number): string {
  const d = new Date(at);
  return `${two(d.getHours())}:${two(d.getMinutes())}, ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** Rows for revisions given newest first. */
export function revisionRows(newestFirst: readonly RevisionRecord[]): RevisionRow[] {
  return newestFirst.map((revision, i) => {
    const before = newestFirst[i + 1];
    return {
      revision,
      time: revisionTime(revision.at),
      reason: REASON_LABELS[revision.reason],
      changes: before ? describeChanges(compareVersions(before.vanBan, revision.vanBan)) : 'Bản cũ nhất còn giữ',
    };
  });
}

/** What the text on screen changed since this version. */
export function changesSince(revision: VanBan, current: VanBan): string {
  const c = compareVersions(revision, current);
  if (c.parts.length === 0) return 'Giống nội dung đang soạn.';
  const said = describeChanges(c);
  return `Từ bản này đến nội dung đang soạn: ${said.charAt(0).toLocaleLowerCase('vi-VN')}${said.slice(1)}.`;
}

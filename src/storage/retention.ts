// How long revisions are kept: dense where the user may still want to step back, thinner with age,
// and never more than a fixed number per document, so history cannot fill a phone's storage.
import type { RevisionReason } from './records.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const RETENTION = {
  /** Every revision younger than this is kept. */
  allWithinMs: HOUR,
  /** Then the newest of each hour… */
  hourlyWithinMs: DAY,
  /** …then the newest of each day… */
  dailyWithinMs: 30 * DAY,
  /** …then the newest of each 30 days. */
  monthMs: 30 * DAY,
  /** Revisions taken before an export, an import or a restore are all kept this long. */
  milestonesWithinMs: 30 * DAY,
  /** The hard cap per document; over it, the oldest go first (automatic ones before the others). */
  maxPerDocument: 100,
} as const;

/** The policy as the user reads it (history dialog, storage screen). */
export const RETENTION_POLICY =
  'Giữ mọi bản trong 1 giờ qua, mỗi giờ một bản trong 1 ngày, mỗi ngày một bản trong 30 ngày, rồi mỗi tháng một bản; ' +
  `bản trước khi xuất, nhập, khôi phục giữ đủ 30 ngày; tối đa ${RETENTION.maxPerDocument} bản mỗi văn bản (bỏ bản cũ nhất trước).`;

export interface Dated {
  id: string;
  at: number;
  reason: RevisionReason;
}

/** The bucket a revision competes in for its tier; null when it is kept whatever else there is. */
function bucketOf(r: Dated, now: number): string | null {
  const age = now - r.at;
  if (age < RETENTION.allWithinMs) return null;
  if (r.reason !== 'edit' && age < RETENTION.milestonesWithinMs) return null;
  if (age < RETENTION.hourlyWithinMs) return `h${Math.floor(r.at / HOUR)}`;
  if (age < RETENTION.dailyWithinMs) return `d${Math.floor(r.at / DAY)}`;
  return `m${Math.floor(r.at / RETENTION.monthMs)}`;
}

/** Ids of the revisions of one document that the policy drops at `now`. */
export function revisionsToDrop(revisions: readonly Dated[], now: number): string[] {
  const newestFirst = [...revisions].sort((a, b) => b.at - a.at);
  const seen = new Set<string>();
  const kept: Dated[] = [];
  const dropped: string[] = [];
  for (const r of newestFirst) {
    const bucket = bucketOf(r, now);
    if (bucket !== null && seen.has(bucket)) {
      dropped.push(r.id);
    } else {
      if (bucket !== null) seen.add(bucket);
      kept.push(r);
    }
  }
  let over = kept.length - RETENTION.maxPerDocument;
  if (over <= 0) return dropped;
  // Over the cap: the oldest go, automatic snapshots before the others.
  const oldestFirst = kept.reverse();
  const capped = new Set<string>();
  for (const pass of [(r: Dated) => r.reason === 'edit', () => true]) {
    for (const r of oldestFirst) {
      if (over > 0 && pass(r) && !capped.has(r.id)) {
        capped.add(r.id);
        over--;
      }
    }
  }
  return [...dropped, ...capped];
}

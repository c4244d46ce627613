// One case per rule: documents that break it (each with whether a fix must exist) and documents
// that come close without breaking it.
import type { VanBan } from '../../../src/core/model/van-ban.ts';

export interface RuleCase {
  rule: string;
  /** Documents that break the rule. */
  bad: VanBan[];
  /** Documents that must not trigger it (the clean document is always checked as well). */
  good?: VanBan[];
  /** Whether each finding of `bad` offers a fix. */
  fix: boolean;
  /** Expected text after the fix, read with `read` from the fixed document of bad[0]. */
  fixed?: { read: (v: VanBan) => unknown; value: unknown };
  /** The fix moves an item within its list (so other items change position). */
  moves?: boolean;
  /** Parts besides the finding's own that the fix also changes (a fix that moves text between parts). */
  touches?: (keyof VanBan)[];
}

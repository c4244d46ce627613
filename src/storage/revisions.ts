// Revision history: snapshots of a document's content, so any earlier state can come back.
import type { VanBan } from '../core/model/van-ban.ts';
import type { SoanDb } from './db.ts';
import { NotFoundError, toStorageError } from './errors.ts';
import { newId, type DocumentRecord, type RevisionReason, type RevisionRecord, type StoredDocument } from './records.ts';
import { withDerived, withoutDerived as stored } from './search-index.ts';

/** While typing, at most one snapshot a minute (Issue 3, item 5). */
export const EDIT_SNAPSHOT_INTERVAL_MS = 60_000;
/** Oldest edit snapshots beyond this are dropped so history cannot fill the disk. */
export const MAX_REVISIONS_PER_DOCUMENT = 200;

export function revisionsOf(db: SoanDb, docId: string) {
  return db.revisions.where('[docId+at]').between([docId, -Infinity], [docId, Infinity], true, true);
}

/**
 * Write a snapshot of `doc` as it is now. Must run inside a transaction covering `revisions`.
 * An edit snapshot is skipped when one was taken less than a minute ago.
 */
export async function addSnapshot(db: SoanDb, doc: Pick<DocumentRecord, 'id' | 'rev' | 'vanBan'>, reason: RevisionReason, at: number): Promise<RevisionRecord | null> {
  const last = await revisionsOf(db, doc.id).last();
  if (reason === 'edit' && last && at - last.at < EDIT_SNAPSHOT_INTERVAL_MS) return null;
  // Same content already kept (e.g. two exports in a row): a second copy adds nothing.
  if (last && last.rev === doc.rev && sameContent(last.vanBan, doc.vanBan)) return null;
  const rec: RevisionRecord = { id: newId(), docId: doc.id, at, reason, rev: doc.rev, vanBan: structuredClone(doc.vanBan) };
  await db.revisions.add(rec);
  await pruneRevisions(db, doc.id);
  return rec;
}

async function pruneRevisions(db: SoanDb, docId: string): Promise<void> {
  const n = await revisionsOf(db, docId).count();
  if (n <= MAX_REVISIONS_PER_DOCUMENT) return;
  // Only edit snapshots are pruned: the ones taken before an export, import or restore mark
  // moments the user may need to return to.
  const oldest = await revisionsOf(db, docId)
    .filter((r) => r.reason === 'edit')
    .limit(n - MAX_REVISIONS_PER_DOCUMENT)
    .primaryKeys();
  await db.revisions.bulkDelete(oldest);
}

export function sameContent(a: VanBan, b: VanBan): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Newest first. */
export async function listRevisions(db: SoanDb, docId: string): Promise<RevisionRecord[]> {
  return (await revisionsOf(db, docId).toArray()).reverse();
}

export type { VanBan };

export class RevisionHistory {
  constructor(
    private readonly db: SoanDb,
    private readonly now: () => number = Date.now,
  ) {}

  /** Newest first. */
  list(docId: string): Promise<RevisionRecord[]> {
    return listRevisions(this.db, docId);
  }

  /** A snapshot before something the user may want to undo or compare with (export, import). */
  async snapshot(docId: string, reason: RevisionReason): Promise<RevisionRecord | null> {
    return this.write(async () => {
      const doc = await this.db.documents.get(docId);
      if (!doc) throw new NotFoundError('văn bản');
      return addSnapshot(this.db, doc, reason, this.now());
    });
  }

  /**
   * Put a revision's content back. The content it replaces is snapshotted first, so restoring
   * that snapshot undoes the restore. Bumps rev: an editor still holding the old text will get
   * a conflict (and keep its text as a copy) rather than silently undo the restore.
   */
  async restore(revisionId: string): Promise<DocumentRecord> {
    return this.write(async () => {
      const rev = await this.db.revisions.get(revisionId);
      if (!rev) throw new NotFoundError('phiên bản đã lưu');
      const doc = await this.db.documents.get(rev.docId);
      if (!doc) throw new NotFoundError('văn bản');
      const at = this.now();
      await addSnapshot(this.db, doc, 'restore', at);
      const next = withDerived({ ...stored(doc), vanBan: structuredClone(rev.vanBan), updatedAt: at, rev: doc.rev + 1 });
      await this.db.documents.put(next);
      return next;
    });
  }

  private async write<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction('rw', this.db.documents, this.db.revisions, fn);
    } catch (e) {
      throw toStorageError(e);
    }
  }
}

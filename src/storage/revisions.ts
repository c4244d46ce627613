// Revision history: snapshots of a document's content, so any earlier state can come back.
import { Dexie } from 'dexie';
import type { VanBan } from '../core/model/van-ban.ts';
import type { SoanDb } from './db.ts';
import { NotFoundError, toStorageError } from './errors.ts';
import { newId, type DocumentRecord, type RevisionReason, type RevisionRecord } from './records.ts';
import { revisionsToDrop, type Dated } from './retention.ts';

/** While typing, at most one snapshot a minute (Issue 3, item 5). */
export const EDIT_SNAPSHOT_INTERVAL_MS = 60_000;
/** History cannot fill the disk: see retention.ts for what is kept. */

export function revisionsOf(db: SoanDb, docId: string) {
  return db.revisions.where('[docId+at]').between([docId, -Infinity], [docId, Infinity], true, true);
}

/**
 * Write a snapshot of `doc` as it is now. Must run inside a transaction covering `revisions`.
 * An edit snapshot is skipped when one was taken less than a minute ago.
 */
export async function addSnapshot(db: SoanDb, doc: Pick<DocumentRecord, 'id' | 'rev' | 'vanBan'>, reason: RevisionReason, at: number): Promise<RevisionRecord | null> {
  // Every autosave asks; the index alone answers most of them, without reading a stored text back.
  const lastKey = (await revisionsOf(db, doc.id).reverse().limit(1).keys())[0] as [string, number] | undefined;
  if (reason === 'edit' && lastKey && at - lastKey[1] < EDIT_SNAPSHOT_INTERVAL_MS) return null;
  const last = lastKey ? await revisionsOf(db, doc.id).last() : undefined;
  // Same content already kept (e.g. two exports in a row): a second copy adds nothing.
  if (last && last.rev === doc.rev && sameContent(last.vanBan, doc.vanBan)) return null;
  const rec: RevisionRecord = { id: newId(), docId: doc.id, at, reason, rev: doc.rev, vanBan: structuredClone(doc.vanBan) };
  await db.revisions.add(rec);
  await pruneRevisions(db, doc.id, at);
  return rec;
}

/** When, why and which of a document's revisions, read from the index alone (no stored texts). */
async function datedRevisions(db: SoanDb, docId: string): Promise<Dated[]> {
  const range = db.revisions.where('[docId+at+reason]').between([docId, -Infinity, Dexie.minKey], [docId, Infinity, Dexie.maxKey]);
  const keys = (await range.keys()) as unknown as [string, number, RevisionReason][];
  const ids = await range.primaryKeys();
  return keys.map(([, at, reason], i) => ({ id: ids[i]!, at, reason }));
}

/** Applies the retention policy to one document's revisions; returns how many went. */
export async function pruneRevisions(db: SoanDb, docId: string, now: number): Promise<number> {
  const drop = revisionsToDrop(await datedRevisions(db, docId), now);
  if (drop.length > 0) await db.revisions.bulkDelete(drop);
  return drop.length;
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

  /** A snapshot before something the user may want to come back from (export, import, restore). */
  async snapshot(docId: string, reason: RevisionReason): Promise<RevisionRecord | null> {
    return this.write(async () => {
      const doc = await this.db.documents.get(docId);
      if (!doc) throw new NotFoundError('văn bản');
      return addSnapshot(this.db, doc, reason, this.now());
    });
  }

  /**
   * Thins the document's history by the retention policy now (snapshots do it as they are taken;
   * a document opened after a month away has not had one since).
   */
  prune(docId: string): Promise<number> {
    return this.write(() => pruneRevisions(this.db, docId, this.now()));
  }

  private async write<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction('rw', this.db.documents, this.db.revisions, fn);
    } catch (e) {
      throw toStorageError(e);
    }
  }
}

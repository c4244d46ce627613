// How much room the documents and their version history take, for the storage screen. A record's
// size is the UTF-8 length of its JSON: what it weighs in a backup, and near what the browser keeps.
import type { SoanDb } from './db.ts';
import { withoutDerived } from './search-index.ts';

export interface StorageUsage {
  documents: { count: number; bytes: number };
  /** `documents`: how many documents have any history. */
  revisions: { count: number; bytes: number; documents: number };
}

export async function storageUsage(db: SoanDb): Promise<StorageUsage> {
  const encoder = new TextEncoder();
  // encodeInto a buffer kept between records: encode() allocated an array for each one, which took
  // longer than reading the records (Chromium, 2 000 revisions of ~9 KB).
  let buffer = new Uint8Array(1 << 16);
  const size = (x: unknown) => {
    const json = JSON.stringify(x);
    if (buffer.length < json.length * 3) buffer = new Uint8Array(json.length * 3);
    return encoder.encodeInto(json, buffer).written;
  };
  // One read transaction: a consistent picture even while another tab writes.
  return db.transaction('r', db.documents, db.revisions, async () => {
    const usage: StorageUsage = { documents: { count: 0, bytes: 0 }, revisions: { count: 0, bytes: 0, documents: 0 } };
    await db.documents.each((d) => {
      usage.documents.count++;
      usage.documents.bytes += size(withoutDerived(d));
    });
    const withHistory = new Set<string>();
    await db.revisions.each((r) => {
      usage.revisions.count++;
      usage.revisions.bytes += size(r);
      withHistory.add(r.docId);
    });
    usage.revisions.documents = withHistory.size;
    return usage;
  });
}

// Backup to one JSON file and restore from it. Import is all or nothing: the file is fully
// validated first (backup-format.ts), then merged in one transaction where the newer
// `updatedAt` wins, and a document about to be replaced is snapshotted so the import is undoable.
// A document whose copy on this device is newer and different is kept, counted as such (not as
// "unchanged"), and handed back so the user can bring the backup's version in as a copy.
import type { SoanDb } from './db.ts';
import { BackupError, toStorageError } from './errors.ts';
import {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  BACKUP_LIMITS,
  backupFileName,
  readBackupFile,
  type BackupDocument,
  type BackupFile,
} from './backup-format.ts';
import { newId, type DocumentRecord } from './records.ts';
import { addSnapshot, sameContent } from './revisions.ts';
import { withDerived, withoutDerived as stored } from './search-index.ts';
import { vanBanSchema, type VanBan } from '../core/model/van-ban.ts';

/**
 * The text stored on the device as today's schema reads it, to compare with the backup's (which the
 * schema read): a field added since (tenLoai) takes its default in both, so a document saved before
 * it is not told apart from the same document in a backup. Stored text the schema refuses stays as is.
 */
function asRead(v: VanBan): VanBan {
  const r = vanBanSchema.safeParse(v);
  return r.success ? r.data : v;
}

export interface ExportedBackup {
  fileName: string;
  /** The file's content (JSON). */
  text: string;
  bytes: number;
  counts: { documents: number; profiles: number; settings: number; revisions: number };
  /** Set when the file is larger than this app accepts on import; the message says what to do. */
  warning: string | null;
}

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport extends MergeCounts {
  /** Documents whose copy on this device is newer than the backup's and different: kept as they are. */
  newerOnDevice: number;
  /** Those documents as the backup has them, to bring in as copies if the user wants them. */
  olderInBackup: BackupDocument[];
  profiles: MergeCounts;
  settings: MergeCounts;
  /** Keys of settings this version does not know, set aside. */
  ignoredSettings: string[];
  revisionsAdded: number;
  /** "N thêm mới, M cập nhật, K không đổi", and the documents kept because this device's are newer. */
  message: string;
}

export async function exportBackup(
  db: SoanDb,
  options: { includeRevisions?: boolean; now?: () => number } = {},
): Promise<ExportedBackup> {
  const now = new Date((options.now ?? Date.now)());
  // One read transaction, so the file is a consistent picture even while another tab writes.
  const file = await db.transaction('r', db.documents, db.profiles, db.settings, db.revisions, async () => {
    const out: BackupFile = {
      app: BACKUP_APP,
      format: BACKUP_FORMAT_VERSION,
      exportedAt: now.toISOString(),
      documents: (await db.documents.toArray()).map(stored),
      profiles: await db.profiles.toArray(),
      settings: (await db.settings.toArray()) as BackupFile['settings'],
    };
    if (options.includeRevisions) out.revisions = await db.revisions.toArray();
    return out;
  });
  const text = JSON.stringify(file);
  const bytes = new TextEncoder().encode(text).byteLength;
  return {
    fileName: backupFileName(now),
    text,
    bytes,
    counts: {
      documents: file.documents.length,
      profiles: file.profiles.length,
      settings: file.settings.length,
      revisions: file.revisions?.length ?? 0,
    },
    warning: tooBigWarning(bytes, file),
  };
}

/** Set when the file is more than this app accepts on import; says what would make it fit. */
export function tooBigWarning(bytes: number, file: BackupFile): string | null {
  const revisions = file.revisions?.length ?? 0;
  if (bytes <= BACKUP_LIMITS.fileBytes && file.documents.length <= BACKUP_LIMITS.documents && revisions <= BACKUP_LIMITS.revisions) return null;
  const said = 'Tệp sao lưu này lớn hơn mức ứng dụng nhận khi khôi phục.';
  return file.revisions
    ? `${said} Hãy sao lưu lại mà không chọn «Kèm lịch sử phiên bản», hoặc xóa hẳn các văn bản trong thùng rác rồi sao lưu lại.`
    : `${said} Hãy xóa hẳn các văn bản trong thùng rác rồi sao lưu lại.`;
}

export function importMessage(c: MergeCounts & { newerOnDevice: number }): string {
  const kept = c.newerOnDevice > 0 ? `; ${c.newerOnDevice} văn bản trên máy mới hơn bản sao lưu — giữ bản trên máy` : '';
  return `${c.added} thêm mới, ${c.updated} cập nhật, ${c.unchanged} không đổi${kept}`;
}

/**
 * Import a backup file (File/Blob or its text). Throws BackupError, with nothing written, when
 * the file is refused; throws a StorageError, with nothing written, when the write fails.
 */
export async function importBackup(db: SoanDb, input: Blob | string, options: { now?: () => number } = {}): Promise<ImportReport> {
  const file = await readBackupFile(input);
  const now = (options.now ?? Date.now)();
  try {
    return await db.transaction('rw', db.documents, db.revisions, db.profiles, db.settings, async () => {
      const docs = { added: 0, updated: 0, unchanged: 0, newerOnDevice: 0 };
      const olderInBackup: BackupDocument[] = [];
      const existing = await db.documents.bulkGet(file.documents.map((d) => d.id));
      const toPut: DocumentRecord[] = [];
      for (let i = 0; i < file.documents.length; i++) {
        const incoming = file.documents[i]!;
        const current = existing[i];
        if (!current) {
          toPut.push(withDerived(incoming));
          docs.added++;
        } else if (incoming.updatedAt > current.updatedAt) {
          await addSnapshot(db, current, 'import', now);
          // Past both revs, so an editor still open on the old text conflicts instead of overwriting.
          toPut.push(withDerived({ ...incoming, rev: Math.max(current.rev, incoming.rev) + 1 }));
          docs.updated++;
        } else if (sameContent(incoming.vanBan, asRead(current.vanBan))) {
          docs.unchanged++;
        } else {
          // Restoring an old backup to roll back must not be told "nothing changed".
          docs.newerOnDevice++;
          olderInBackup.push(incoming);
        }
      }
      await db.documents.bulkPut(toPut);

      const profiles = await mergeByUpdatedAt(db.profiles, file.profiles, (p) => p.id);
      const settings = await mergeByUpdatedAt(db.settings, file.settings, (s) => s.key);

      let revisionsAdded = 0;
      if (file.revisions?.length) {
        const have = await db.revisions.bulkGet(file.revisions.map((r) => r.id));
        const fresh = file.revisions.filter((_, i) => !have[i]);
        await db.revisions.bulkAdd(fresh);
        revisionsAdded = fresh.length;
      }
      return {
        ...docs,
        olderInBackup,
        profiles,
        settings,
        ignoredSettings: file.ignoredSettings,
        revisionsAdded,
        message: importMessage(docs),
      };
    });
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw toStorageError(e);
  }
}

/**
 * The backup's versions of documents kept on this device as newer: each becomes a new draft beside
 * the original, which does not change. One transaction: all of them or none.
 */
export async function importAsCopies(db: SoanDb, docs: readonly BackupDocument[], options: { now?: () => number } = {}): Promise<DocumentRecord[]> {
  const now = (options.now ?? Date.now)();
  const copies = docs.map((d) =>
    withDerived({ id: newId(), vanBan: d.vanBan, status: 'draft' as const, createdAt: d.createdAt, updatedAt: now, rev: 1 }),
  );
  try {
    await db.transaction('rw', db.documents, () => db.documents.bulkAdd(copies));
  } catch (e) {
    throw toStorageError(e);
  }
  return copies;
}

async function mergeByUpdatedAt<T extends { updatedAt: number }>(
  table: { bulkGet(keys: string[]): Promise<(T | undefined)[]>; bulkPut(items: readonly T[]): Promise<unknown> },
  incoming: readonly T[],
  key: (x: T) => string,
): Promise<MergeCounts> {
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  const have = await table.bulkGet(incoming.map(key));
  const toPut: T[] = [];
  incoming.forEach((x, i) => {
    const cur = have[i];
    if (!cur) counts.added++;
    else if (x.updatedAt > cur.updatedAt) counts.updated++;
    else return void counts.unchanged++;
    toPut.push(x);
  });
  await table.bulkPut(toPut);
  return counts;
}

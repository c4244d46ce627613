// Documents: create, read, save with optimistic concurrency, copy, trash. Every write is awaited
// inside a transaction and every document is validated with the core schema before it is written.
import type { LoaiVanBan } from '../core/decree/document-types.ts';
import type { VanBan } from '../core/model/van-ban.ts';
import type { SoanDb } from './db.ts';
import {
  countDocuments,
  documentYears,
  listDocuments,
  searchDocuments,
  type DocumentPage,
  type DocumentQuery,
  type SearchPage,
  type SearchQuery,
} from './document-query.ts';
import { NotFoundError, ValidationError, toStorageError } from './errors.ts';
import { applyProfile, type ProfileRepository } from './profiles.ts';
import { newId, type DocumentRecord, type DocumentStatus, type StoredDocument } from './records.ts';
import { addSnapshot } from './revisions.ts';
import { documentWords, withDerived, withoutDerived } from './search-index.ts';

/** Documents stay in the trash this long before `purgeTrash` deletes them for good. */
export const TRASH_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export type SaveOutcome =
  | { status: 'saved'; record: DocumentRecord }
  /**
   * Someone else saved first (another tab), or the document is gone. Nothing was overwritten:
   * this writer's text was stored as a new document, `record`, split off from `current`.
   */
  | { status: 'conflict'; record: DocumentRecord; current: DocumentRecord | null };

/** What `src/core/import` provides; injected so storage does not depend on the importer. */
export type Importer<N> = (text: string) => { vanBan: unknown; notes: N };

export interface RepositoryOptions {
  now?: () => number;
  /** Called after every successful write of a document (e.g. to ask for persistent storage). */
  onSaved?: (record: DocumentRecord) => void | Promise<void>;
}

// The model's schemas (zod) load with the first write, not with the list: a first visit shows its
// screen without them.
let model: Promise<[typeof import('../core/model/parse.ts'), typeof import('../core/model/blank.ts')]> | null = null;
function loadModel() {
  model ??= Promise.all([import('../core/model/parse.ts'), import('../core/model/blank.ts')]).catch((e: unknown) => {
    model = null;
    throw e;
  });
  return model;
}

export async function validateVanBan(input: unknown): Promise<VanBan> {
  const [{ parseVanBan }] = await loadModel();
  const r = parseVanBan(input);
  if (!r.ok) throw new ValidationError(r.errors);
  return r.value;
}

/** The record's import notes, when there are any. */
function withNotes(notes: readonly string[]): Partial<StoredDocument> {
  return notes.length > 0 ? { ghiChuNhap: [...notes] } : {};
}

/**
 * What a first save of this text would do before writing, done ahead (the editor opens a document and
 * calls this in idle time): the schema's check, which then knows every block (known-blocks.ts), the
 * search words of every part, which are then remembered, and the loading of the save's comparison.
 */
export async function warmUpSave(input: unknown): Promise<void> {
  documentWords(await validateVanBan(input));
  await import('./same-content.ts');
}

/** Documents whose last write this tab remembers (one is open in the editor at a time). */
const REMEMBERED_WRITES = 4;

/**
 * A rewritten record's `updatedAt`: now, but always past the one it replaces, even with two writes in
 * one millisecond or a clock put back, so that a record's key in `[inTrash+updatedAt]` changes with
 * every write (`unchangedSinceWritten` relies on it).
 */
function later(current: Pick<StoredDocument, 'updatedAt'>, now: number): number {
  return Math.max(now, current.updatedAt + 1);
}

export class DocumentRepository {
  private readonly now: () => number;
  private readonly onSaved: RepositoryOptions['onSaved'];
  /** This tab's last saved record of a document, by id (see `unchangedSinceWritten`). */
  private readonly written = new Map<string, DocumentRecord>();

  constructor(
    private readonly db: SoanDb,
    private readonly profiles: ProfileRepository,
    options: RepositoryOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.onSaved = options.onSaved;
  }

  // ---- create -----------------------------------------------------------------------------

  /**
   * A blank document of a type, pre-filled from the given or default organisation profile; `tenLoai`
   * names a type the decree does not list ("khac").
   */
  async createBlank(loai: LoaiVanBan, options: { profileId?: string; tenLoai?: string } = {}): Promise<DocumentRecord> {
    const profile = await this.profileFor(options.profileId);
    const [, { blankVanBan }] = await loadModel();
    const blank = blankVanBan(loai, new Date(this.now()));
    return this.insert(applyProfile(options.tenLoai ? { ...blank, tenLoai: options.tenLoai } : blank, profile));
  }

  /**
   * A new document from a template (any VanBan-like object). Number and date are the new
   * document's own; organisation fields the template leaves empty come from the profile.
   */
  async createFromTemplate(template: unknown, options: { profileId?: string } = {}): Promise<DocumentRecord> {
    const base = template && typeof template === 'object' ? template : {};
    const year = new Date(this.now()).getFullYear();
    const vanBan = await validateVanBan({ ...base, so: '', ngayBanHanh: { ngay: null, thang: null, nam: year } });
    return this.insert(applyProfile(vanBan, await this.profileFor(options.profileId), true));
  }

  /** A new document from pasted text; the importer's notes are handed back for the UI. */
  async createFromImport<N>(text: string, importer: Importer<N>): Promise<{ record: DocumentRecord; notes: N }> {
    const { vanBan, notes } = importer(text);
    const kept = Array.isArray(notes) ? notes.filter((n): n is string => typeof n === 'string') : [];
    return { record: await this.insert(await validateVanBan(vanBan), withNotes(kept)), notes };
  }

  /**
   * A new document from a file (Word, plain text, the app's JSON) read by core import. The text as
   * read is also kept as a version ("Trước khi nhập"), in the same transaction: whatever the user
   * changes afterwards, what the file said can come back from the history.
   */
  async createFromFile(vanBan: unknown, notes: readonly string[] = []): Promise<DocumentRecord> {
    return this.insert(vanBan, withNotes(notes), (record) => addSnapshot(this.db, record, 'import', record.createdAt));
  }

  /**
   * "Đóng ghi chú": the import notes go. The rev does not move: the text is untouched, so an editor
   * open on it (this tab's or another's) saves on without a conflict. `updatedAt` moves by a millisecond
   * only, as every write must (`later`); the list keeps its order.
   */
  async dismissImportNotes(id: string): Promise<void> {
    await this.write(async () => {
      const current = await this.db.documents.get(id);
      if (!current?.ghiChuNhap) return;
      const { ghiChuNhap: _gone, ...rest } = current;
      await this.db.documents.put({ ...rest, updatedAt: current.updatedAt + 1 });
    });
  }

  /** An exact copy, as a draft. */
  async duplicate(id: string): Promise<DocumentRecord> {
    const src = await this.require(id);
    return this.insert(structuredClone(src.vanBan));
  }

  /** A copy for the next period: years in summary and headings move on by one; number and date cleared. */
  async newPeriod(id: string): Promise<DocumentRecord> {
    const src = await this.require(id);
    const { newPeriodVanBan } = await import('./new-period.ts');
    return this.insert(await validateVanBan(newPeriodVanBan(src.vanBan)));
  }

  private async insert(
    input: unknown,
    extra: Partial<StoredDocument> = {},
    /** More writes that stand or fall with the new record (same transaction). */
    also?: (record: DocumentRecord) => Promise<unknown>,
  ): Promise<DocumentRecord> {
    const vanBan = await validateVanBan(input);
    const now = this.now();
    const record = withDerived({ id: newId(), vanBan, status: 'draft', createdAt: now, updatedAt: now, rev: 1, ...extra });
    await this.write(async () => {
      await this.db.documents.add(record);
      await also?.(record);
    });
    this.notifySaved(record);
    return record;
  }

  // ---- read -------------------------------------------------------------------------------

  get(id: string): Promise<DocumentRecord | undefined> {
    return this.db.documents.get(id);
  }

  /** Newest first, paged, filtered by year, type, status or trash. */
  list(query: DocumentQuery = {}): Promise<DocumentPage> {
    return listDocuments(this.db, query);
  }

  /** Diacritics-insensitive search over summary, number, recipients and body, with the list's filters. */
  search(text: string, query: DocumentQuery = {}): Promise<SearchPage> {
    return searchDocuments(this.db, { ...query, text });
  }

  /** Exact number of matches when a broad search left `total` null. */
  count(query: SearchQuery = {}): Promise<number> {
    return countDocuments(this.db, query);
  }

  years(): Promise<number[]> {
    return documentYears(this.db);
  }

  // ---- save -------------------------------------------------------------------------------

  /**
   * Save the document's content. `baseRev` is the rev the editor loaded; if the stored rev
   * moved on (another tab saved), nothing is overwritten and this text is kept as a copy.
   * `between` is awaited between the parts of the save: autosave's lets typing be handled meanwhile
   * (save-tasks.ts).
   */
  async save(id: string, input: unknown, baseRev: number, between: () => Promise<void> = async () => {}): Promise<SaveOutcome> {
    const vanBan = await validateVanBan(input);
    await between();
    const words = documentWords(vanBan);
    await between();
    const { samePlainData } = await import('./same-content.ts');
    const now = this.now();
    const outcome = await this.write(async (): Promise<SaveOutcome> => {
      const current = (await this.unchangedSinceWritten(id)) ?? (await this.db.documents.get(id));
      if (!current || current.rev !== baseRev || current.deletedAt !== undefined) {
        const copy = withDerived(
          {
            id: newId(),
            vanBan,
            status: 'draft',
            createdAt: now,
            updatedAt: now,
            rev: 1,
            conflictOf: id,
          },
          words,
        );
        await this.db.documents.add(copy);
        return { status: 'conflict', record: copy, current: current ?? null };
      }
      if (samePlainData(current.vanBan, vanBan)) return { status: 'saved', record: current };
      await addSnapshot(this.db, current, 'edit', now);
      const next = withDerived({ ...current, vanBan, updatedAt: later(current, now), rev: current.rev + 1 }, words);
      await this.db.documents.put(next);
      return { status: 'saved', record: next };
    }).catch((e: unknown) => {
      this.written.delete(id);
      throw e;
    });
    this.written.delete(id);
    if (outcome.status === 'saved') {
      // A copy of its own: what the caller does with the record it is given cannot change the memory.
      this.written.set(id, { ...outcome.record, vanBan: { ...outcome.record.vanBan } });
      for (const old of this.written.keys()) if (this.written.size > REMEMBERED_WRITES) this.written.delete(old);
    }
    this.notifySaved(outcome.record);
    return outcome;
  }

  /**
   * The record this tab last wrote, when the stored one is still that record: read from an index
   * alone, without the stored text, which on a long document is most of a save's main-thread time
   * after the write itself (its reading back, then comparing it with the new text). Every write to a
   * stored document moves its `updatedAt` on (`later`), so the same key in `[inTrash+updatedAt]`
   * means no one, in this tab or another, wrote it since.
   */
  private async unchangedSinceWritten(id: string): Promise<DocumentRecord | undefined> {
    const mine = this.written.get(id);
    if (!mine) return undefined;
    const ids = await this.db.documents.where('[inTrash+updatedAt]').equals([mine.inTrash, mine.updatedAt]).primaryKeys();
    return ids.includes(id) ? mine : undefined;
  }

  async setStatus(id: string, status: DocumentStatus): Promise<DocumentRecord> {
    return this.update(id, (r) => ({ ...r, status }));
  }

  // ---- trash ------------------------------------------------------------------------------

  trash(id: string): Promise<DocumentRecord> {
    return this.update(id, (r) => ({ ...r, deletedAt: this.now() }));
  }

  restoreFromTrash(id: string): Promise<DocumentRecord> {
    return this.update(id, (r) => {
      const { deletedAt: _drop, ...rest } = r;
      return rest;
    });
  }

  /** Gone for good, with its history. */
  async deleteForever(id: string): Promise<void> {
    await this.write(async () => {
      await this.db.documents.delete(id);
      await this.db.revisions.where('docId').equals(id).delete();
    });
  }

  /** Delete what has been in the trash for more than 30 days; returns how many. */
  async purgeTrash(): Promise<number> {
    const cutoff = this.now() - TRASH_RETENTION_MS;
    return this.write(async () => {
      const ids = await this.db.documents.where('deletedAt').below(cutoff).primaryKeys();
      await this.db.documents.bulkDelete(ids);
      await this.db.revisions.where('docId').anyOf(ids).delete();
      return ids.length;
    });
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** Changes that are not the user's text (status, trash) bump rev so stale editors conflict. */
  private async update(id: string, change: (r: StoredDocument) => StoredDocument): Promise<DocumentRecord> {
    return this.write(async () => {
      const current = await this.db.documents.get(id);
      if (!current) throw new NotFoundError('văn bản');
      const next = withDerived({ ...change(withoutDerived(current)), updatedAt: later(current, this.now()), rev: current.rev + 1 });
      await this.db.documents.put(next);
      return next;
    });
  }

  private async require(id: string): Promise<DocumentRecord> {
    const r = await this.db.documents.get(id);
    if (!r) throw new NotFoundError('văn bản');
    return r;
  }

  private async profileFor(profileId: string | undefined) {
    return profileId ? await this.profiles.get(profileId) : await this.profiles.getDefault();
  }

  private async write<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction('rw', this.db.documents, this.db.revisions, fn);
    } catch (e) {
      throw toStorageError(e);
    }
  }

  private notifySaved(record: DocumentRecord): void {
    if (!this.onSaved) return;
    // The save itself succeeded; a failing hook (e.g. persist() refused) is reported by its owner.
    void Promise.resolve()
      .then(() => this.onSaved?.(record))
      .catch(() => undefined);
  }
}

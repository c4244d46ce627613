// The rescue store: text whose save the schema refused (or a box the editor could not take), kept
// exactly as it was in a table of its own that never validates, so that nothing typed is lost even
// when the document cannot be stored. The next start offers it back ("Khôi phục bản chưa lưu được").
import type { SoanDb } from './db.ts';
import { toStorageError } from './errors.ts';
import type { RescueRecord } from './records.ts';

/** The two parts of a record, each written and cleared by its own owner (autosave, the editor's boxes). */
export type RescuePart = 'refused' | 'held';

export class RescueStore {
  constructor(
    private readonly db: SoanDb,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keep (or replace) one part of the document's record; the other part stays as it was. */
  async keep(docId: string, part: Pick<RescueRecord, 'refused'> | Pick<RescueRecord, 'held'>): Promise<void> {
    await this.write(async () => {
      const current = await this.db.rescue.get(docId);
      await this.db.rescue.put({ ...current, ...part, docId, at: this.now() });
    });
  }

  /** The part's owner stored its text after all: that part goes; the record goes when nothing is left. */
  async drop(docId: string, part: RescuePart): Promise<void> {
    await this.write(async () => {
      const current = await this.db.rescue.get(docId);
      if (!current || current[part] === undefined) return;
      const rest: RescueRecord = { ...current };
      delete rest[part];
      if (rest.refused === undefined && !rest.held?.length) await this.db.rescue.delete(docId);
      else await this.db.rescue.put(rest);
    });
  }

  /** Newest first. */
  async list(): Promise<RescueRecord[]> {
    return (await this.db.rescue.orderBy('docId').toArray()).sort((a, b) => b.at - a.at);
  }

  get(docId: string): Promise<RescueRecord | undefined> {
    return this.db.rescue.get(docId);
  }

  /** The user brought it back or let it go. */
  async remove(docId: string): Promise<void> {
    await this.write(() => this.db.rescue.delete(docId));
  }

  private async write(fn: () => Promise<void>): Promise<void> {
    try {
      await this.db.transaction('rw', this.db.rescue, fn);
    } catch (e) {
      throw toStorageError(e);
    }
  }
}
